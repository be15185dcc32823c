import { AdmissionReason, addDays, DischargeDisposition, hospitalDate } from '@pj/shared';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { admitPatient } from '../../packages/server/src/inpatient/admission.service.js';
import { dischargeInput, dischargePatient, serviceContext, vacantBeds, waitlistedPatient } from './factories.js';
import type { GraphQLClient } from './http-app.js';
import type { TestDatabase } from './test-database.js';

export { rolesOfRoute, routeOfPath, routePermissions, routesOfRouter } from './routes.js';

/**
 * What the browser walks of the web app (the accessibility audit, the Content-Security-Policy
 * walk): the router's routes, and one small hospital with something on every screen.
 */

const realClock = () => new Date();

/**
 * 08:00 today in Phnom Penh, or the next quarter hour but one when that has passed (a booking may
 * not start in the past): after 23:30 that is tomorrow, so the fixture says which day it booked.
 */
function laterToday(today: string): Date {
  const eight = new Date(`${today}T08:00:00+07:00`);
  const soon = new Date(Math.ceil((Date.now() + 15 * 60_000) / (15 * 60_000)) * 15 * 60_000);
  return soon > eight ? soon : eight;
}

export function ok<T>(body: { data?: T | null; errors?: { message: string }[] }): T {
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Global IDs of the records the screens open. */
export interface ScreenIds {
  patient: string;
  discharged: string;
  discharge: string;
  referral: string;
  mission: string;
  surgery: string;
  staff: string;
  /** The Phnom Penh day of the booked operation: today, or tomorrow when seeded after 23:30. */
  theatreDay: string;
}

/**
 * A patient with a Khmer name on the waitlist (a referral for the drawer), in a bed and booked for
 * theatre today; another admitted and discharged (the printed copy); a mission with a patient on
 * its list. `surgeon` is a signed-in client with the SURGEON role.
 */
export async function seedScreenFixture(db: TestDatabase, surgeon: GraphQLClient): Promise<ScreenIds> {
  const ctx = () => serviceContext(db.orm, realClock);
  const today = hospitalDate(realClock());
  const start = laterToday(today);
  const ids: ScreenIds = { patient: '', discharged: '', discharge: '', referral: '', mission: '', surgery: '', staff: '', theatreDay: hospitalDate(start) };

  // A patient with a Khmer name, on the waitlist (a referral for the drawer), in a bed, booked for theatre today.
  const { patient, referral } = await waitlistedPatient(db.orm, realClock, { familyName: 'Sok', givenName: 'Dara', familyNameKhmer: 'សុខ', givenNameKhmer: 'តារា' });
  ids.patient = toGlobalId('Patient', patient.id);
  ids.referral = toGlobalId('Referral', referral.id);
  const [bed, otherBed] = await vacantBeds(db.orm, 2);
  await admitPatient(ctx(), { patientId: patient.id, bedId: bed.id, episodeId: null }, { patientId: patient.id, bedId: bed.id, reason: AdmissionReason.PRE_OPERATIVE });
  const { theatres } = ok(await surgeon.gql<{ theatres: { id: string; name: string }[] }>('{ theatres { id name } }'));
  const { createStaffMember } = ok(
    await surgeon.gql<{ createStaffMember: { id: string } }>(`mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }`, {
      input: { name: 'Dr Vannak Chhim', nameKhmer: 'វណ្ណៈ ឈឹម', role: 'SURGEON', specialty: 'GENERAL_SURGERY' },
    }),
  );
  ids.staff = createStaffMember.id;
  const { scheduleSurgery } = ok(
    await surgeon.gql<{ scheduleSurgery: { id: string } }>(`mutation($input: ScheduleSurgeryInput!) { scheduleSurgery(input: $input) { id } }`, {
      input: {
        patientId: ids.patient,
        procedure: 'Open inguinal hernia repair (Lichtenstein)',
        specialty: 'GENERAL_SURGERY',
        theatreId: theatres.find((t) => t.name === 'OT 1')!.id,
        scheduledStart: start.toISOString(),
        expectedDurationMinutes: 60,
        // "Later today" may fall after the 17:00 session when the tests run: an urgent operation may be booked at any hour.
        urgency: 'URGENT',
        team: [{ staffId: ids.staff, role: 'PRIMARY_SURGEON' }],
      },
    }),
  );
  ids.surgery = scheduleSurgery.id;

  // Another patient, admitted and discharged, for the family's printed copy.
  const { patient: discharged } = await waitlistedPatient(db.orm, realClock, { familyName: 'Chea', givenName: 'Sokha', familyNameKhmer: 'ជា', givenNameKhmer: 'សុខា' });
  await admitPatient(ctx(), { patientId: discharged.id, bedId: otherBed.id, episodeId: null }, { patientId: discharged.id, bedId: otherBed.id, reason: AdmissionReason.PRE_OPERATIVE });
  const discharge = await dischargePatient(ctx(), discharged.id, dischargeInput(discharged.id, { disposition: DischargeDisposition.HOME }));
  ids.discharged = toGlobalId('Patient', discharged.id);
  ids.discharge = toGlobalId('Discharge', discharge.id);

  // A mission with the waitlisted patient assigned.
  const { createMission } = ok(
    await surgeon.gql<{ createMission: { id: string } }>(`mutation($input: CreateMissionInput!) { createMission(input: $input) { id } }`, {
      input: {
        name: 'Kyoto general surgery team',
        institution: 'Kyoto University Hospital',
        startDate: addDays(today, 1),
        endDate: addDays(today, 2),
        dailyCapacityMinutes: 300,
        specialties: ['GENERAL_SURGERY'],
        theatreIds: [theatres.find((t) => t.name === 'OT 2')?.id ?? theatres[0].id],
      },
    }),
  );
  ids.mission = createMission.id;
  const { referral: secondReferral } = await waitlistedPatient(db.orm, realClock, { familyName: 'Keo', givenName: 'Malis' });
  ok(
    await surgeon.gql(`mutation($input: AssignReferralToMissionInput!) { assignReferralToMission(input: $input) { id } }`, {
      input: { missionId: ids.mission, referralId: toGlobalId('Referral', secondReferral.id), procedure: 'Excision of lipoma', expectedDurationMinutes: 60 },
    }),
  );
  return ids;
}
