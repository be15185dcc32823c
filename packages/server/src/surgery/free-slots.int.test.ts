import { ErrorCode, OperationSide, Specialty, StaffRole, SurgicalUrgency, TeamRole } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { patientInput, rejectionOf, serviceContext, surgeryInput, testClock } from '../../../../tests/support/factories.js';
import { registerPatient } from '../patients/patient.service.js';
import { theatreFreeSlots, type FreeSlotRequest } from './free-slots.js';
import { createStaffMember } from './mission.service.js';
import { THEATRE_KEYS } from './staff.entity.js';
import { Surgery } from './surgery.entity.js';
import type { ScheduleSurgeryInput } from './surgery.input.js';
import { scheduleSurgery, type TeamKeys } from './surgery.service.js';

/** Phnom Penh is UTC+7: "2026-04-01 08:00" there is 01:00 UTC. */
const pp = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const iso = (d: Date) => d.toISOString();

describe('the next free slots of a theatre (for the duration, the team and the patient)', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const patient = async (givenName = 'Dara') => (await registerPatient(ctx(), patientInput({ givenName }))).id;
  const surgeon = async (name: string) => (await createStaffMember(ctx(), { name, role: StaffRole.SURGEON, visiting: false })).id;
  const book = async (at: Date, overrides: Partial<ScheduleSurgeryInput> = {}, team: TeamKeys = []) => {
    const patientId = await patient();
    return scheduleSurgery(ctx(), { patientId, referralId: null, episodeId: null }, { ...surgeryInput(patientId, at, { specialty: Specialty.GENERAL_SURGERY, ...overrides }), team: [...team] });
  };
  const slots = (request: Partial<FreeSlotRequest> & Pick<FreeSlotRequest, 'theatreId' | 'from' | 'durationMinutes'>) =>
    theatreFreeSlots(db.orm.em.fork(), clock(), { staffIds: [], patientId: null, emergency: false, count: 5, ...request });

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('an empty theatre: the first slot starts when the session starts and is free until it ends', async () => {
    const found = await slots({ theatreId: THEATRE_KEYS['OT 3'], from: pp('2026-04-01 06:00'), durationMinutes: 60, count: 2 });
    expect(found.map((s) => [iso(s.start), iso(s.end), iso(s.freeUntil)])).toEqual([
      [iso(pp('2026-04-01 08:00')), iso(pp('2026-04-01 09:00')), iso(pp('2026-04-01 17:00'))],
      [iso(pp('2026-04-02 08:00')), iso(pp('2026-04-02 09:00')), iso(pp('2026-04-02 17:00'))],
    ]);
  });

  it('back-to-back bookings leave no gap between them: the next slot starts where the last one ends', async () => {
    await book(pp('2026-04-03 08:00'), { theatreId: THEATRE_KEYS['OT 2'], expectedDurationMinutes: 60 });
    await book(pp('2026-04-03 09:00'), { theatreId: THEATRE_KEYS['OT 2'], expectedDurationMinutes: 90 });
    const [first] = await slots({ theatreId: THEATRE_KEYS['OT 2'], from: pp('2026-04-03 08:00'), durationMinutes: 5 });
    expect(iso(first.start)).toBe(iso(pp('2026-04-03 10:30')));
  });

  it('a gap exactly as long as needed is offered; one minute longer is not', async () => {
    await book(pp('2026-04-04 08:00'), { theatreId: THEATRE_KEYS['OT 2'], expectedDurationMinutes: 60 });
    await book(pp('2026-04-04 10:30'), { theatreId: THEATRE_KEYS['OT 2'], expectedDurationMinutes: 390 });
    const exact = await slots({ theatreId: THEATRE_KEYS['OT 2'], from: pp('2026-04-04 07:00'), durationMinutes: 90, count: 1 });
    expect(exact.map((s) => [iso(s.start), iso(s.end), iso(s.freeUntil)])).toEqual([[iso(pp('2026-04-04 09:00')), iso(pp('2026-04-04 10:30')), iso(pp('2026-04-04 10:30'))]]);
    const longer = await slots({ theatreId: THEATRE_KEYS['OT 2'], from: pp('2026-04-04 07:00'), durationMinutes: 91, count: 1 });
    expect(iso(longer[0].start)).toBe(iso(pp('2026-04-05 08:00')));
    // And the slot offered can be booked.
    await book(exact[0].start, { theatreId: THEATRE_KEYS['OT 2'], expectedDurationMinutes: 90 });
  });

  it('the team must be free too: a surgeon operating in another theatre moves the slot', async () => {
    const busy = await surgeon('Dr Busy Surgeon');
    await book(pp('2026-04-06 08:00'), { theatreId: THEATRE_KEYS['OT 1'], expectedDurationMinutes: 240 }, [{ staffId: busy, role: TeamRole.PRIMARY_SURGEON }]);
    const [withTeam] = await slots({ theatreId: THEATRE_KEYS['OT 3'], from: pp('2026-04-06 07:00'), durationMinutes: 60, staffIds: [busy] });
    expect(iso(withTeam.start)).toBe(iso(pp('2026-04-06 12:00')));
    const [without] = await slots({ theatreId: THEATRE_KEYS['OT 3'], from: pp('2026-04-06 07:00'), durationMinutes: 60 });
    expect(iso(without.start)).toBe(iso(pp('2026-04-06 08:00')));
  });

  it('the patient must be free too', async () => {
    const patientId = await patient('Busy');
    await scheduleSurgery(ctx(), { patientId, referralId: null, episodeId: null }, surgeryInput(patientId, pp('2026-04-07 08:00'), { specialty: Specialty.GENERAL_SURGERY, theatreId: THEATRE_KEYS['OT 1'], expectedDurationMinutes: 120 }));
    const [slot] = await slots({ theatreId: THEATRE_KEYS['OT 3'], from: pp('2026-04-07 07:00'), durationMinutes: 60, patientId });
    expect(iso(slot.start)).toBe(iso(pp('2026-04-07 10:00')));
  });

  it('overnight: an emergency gets slots at any hour and across midnight; a planned operation waits for the session', async () => {
    // An emergency from 22:00 to 01:00 the next morning.
    await book(pp('2026-04-08 22:00'), { theatreId: THEATRE_KEYS['OT 3'], expectedDurationMinutes: 180, urgency: SurgicalUrgency.IMMEDIATE });
    const hour = await slots({ theatreId: THEATRE_KEYS['OT 3'], from: pp('2026-04-08 21:00'), durationMinutes: 60, emergency: true, count: 2 });
    expect(hour.map((s) => [iso(s.start), iso(s.freeUntil)])).toEqual([
      [iso(pp('2026-04-08 21:00')), iso(pp('2026-04-08 22:00'))],
      [iso(pp('2026-04-09 01:00')), iso(pp('2026-04-22 21:00'))],
    ]);
    const twoHours = await slots({ theatreId: THEATRE_KEYS['OT 3'], from: pp('2026-04-08 21:00'), durationMinutes: 120, emergency: true, count: 1 });
    expect(iso(twoHours[0].start)).toBe(iso(pp('2026-04-09 01:00')));
    const planned = await slots({ theatreId: THEATRE_KEYS['OT 3'], from: pp('2026-04-08 21:00'), durationMinutes: 120, count: 1 });
    expect(iso(planned[0].start)).toBe(iso(pp('2026-04-09 08:00')));
  });

  it('a planned operation longer than a session has no slot; an emergency does', async () => {
    expect(await slots({ theatreId: THEATRE_KEYS['OT 3'], from: pp('2026-04-10 07:00'), durationMinutes: 600 })).toEqual([]);
    expect(await slots({ theatreId: THEATRE_KEYS['OT 3'], from: pp('2026-04-10 07:00'), durationMinutes: 600, emergency: true })).toHaveLength(1);
  });

  it('never offers the past, and starts on whole five minutes', async () => {
    const [slot] = await slots({ theatreId: THEATRE_KEYS['OT 3'], from: new Date('2020-01-01T00:00:00Z'), durationMinutes: 30, emergency: true });
    expect(slot.start.getTime()).toBeGreaterThanOrEqual(clock().getTime());
    expect(slot.start.getTime() % (5 * 60_000)).toBe(0);
  });

  it('refuses a bad duration, count or theatre', async () => {
    expect(await rejectionOf(slots({ theatreId: THEATRE_KEYS['OT 3'], from: pp('2026-04-10 07:00'), durationMinutes: 0 }))).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'durationMinutes' } });
    expect(await rejectionOf(slots({ theatreId: THEATRE_KEYS['OT 3'], from: pp('2026-04-10 07:00'), durationMinutes: 30, count: 21 }))).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'count' } });
    expect(await rejectionOf(slots({ theatreId: '00000000-0000-4000-8000-000000000000', from: pp('2026-04-10 07:00'), durationMinutes: 30 }))).toMatchObject({ code: ErrorCode.NOT_FOUND });
  });
});

describe('booking a single or emergency operation', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const patient = async (givenName = 'Dara', familyName = 'Sok') => (await registerPatient(ctx(), patientInput({ givenName, familyName }))).id;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('books an emergency caesarean at 02:00, marked by its urgency, with its side', async () => {
    const mother = await patient('Srey', 'Chan');
    const night = pp('2026-04-01 02:00');
    const input = surgeryInput(mother, night, { specialty: Specialty.OBSTETRICS_GYNAECOLOGY, procedure: 'Caesarean section', theatreId: THEATRE_KEYS['OT 3'] });
    const booked = await scheduleSurgery(ctx(), { patientId: mother, referralId: null, episodeId: null }, { ...input, urgency: SurgicalUrgency.IMMEDIATE, side: OperationSide.NOT_APPLICABLE });
    const row = await db.orm.em.fork().findOneOrFail(Surgery, { id: booked.id });
    expect(row).toMatchObject({ urgency: SurgicalUrgency.IMMEDIATE, side: OperationSide.NOT_APPLICABLE });
    expect(row.scheduledStart.toISOString()).toBe(night.toISOString());
  });

  it('a clash names the booking it clashes with: theatre, patient and times (Phnom Penh), as params', async () => {
    const first = await patient('Sophal', 'Chea');
    await scheduleSurgery(ctx(), { patientId: first, referralId: null, episodeId: null }, surgeryInput(first, pp('2026-04-02 09:00'), { specialty: Specialty.GENERAL_SURGERY, theatreId: THEATRE_KEYS['OT 2'], expectedDurationMinutes: 120 }));
    const second = await patient('Malis', 'Keo');
    const refused = await rejectionOf(
      scheduleSurgery(ctx(), { patientId: second, referralId: null, episodeId: null }, surgeryInput(second, pp('2026-04-02 10:00'), { specialty: Specialty.GENERAL_SURGERY, theatreId: THEATRE_KEYS['OT 2'] })),
    );
    expect(refused).toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { reason: 'THEATRE_DOUBLE_BOOKED', params: { theatre: 'OT 2', patient: expect.stringMatching(/^CHEA Sophal \(/), from: '2026-04-02T02:00:00.000Z', to: '2026-04-02T04:00:00.000Z' } },
    });
    expect((refused as Error).message).toContain('CHEA Sophal');
  });
});
