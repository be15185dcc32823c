import { ReferralStatus, Specialty, StaffRole } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { referralInStatus, serviceContext, surgeryInput, testClock, testUser } from '../../../../tests/support/factories.js';
import { createContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { createMission, createStaffMember } from '../surgery/mission.service.js';
import { THEATRE_KEYS } from '../surgery/staff.entity.js';
import { scheduleSurgery } from '../surgery/surgery.service.js';

/*
 * A small hand-built history, today = 2 March 2026 (Phnom Penh), period October 2025 – January 2026.
 * Every figure below is counted by hand from the rows inserted in beforeAll.
 *
 *   Sok (local surgeon)   GEN-HERNIA: entrusted ASSISTED (2024-01-10), then PERFORMED_INDEPENDENTLY (2025-06-01).
 *                         Independent entries: 2 in Oct, 1 in Dec (+1 superseded in Dec, not counted);
 *                         URO-SCROTAL independent in Oct, an uncoded independent one in Nov.
 *   Dara (local resident) GEN-HERNIA: entrusted PERFORMED_TRAINER_SCRUBBED (2025-09-01); supervised countersigned:
 *                         1 in Oct, 2 in Nov (3 cases); 1 in Dec not countersigned (a performer entry, not a case).
 *   Vanna (local resident) June 2025: 5 supervised APPX, 3 supervised HERNIA (countersigned), no decision;
 *                         an APPX decision dated after today (ignored); observed a hernia repair in Oct.
 *   Tanaka (visiting)     GEN-CHOLE: entrusted PERFORMED_INDEPENDENTLY (2020-05-01) — decided the others.
 *   Yamada (visiting)     APPX independent, countersigned, 2025-11-10; CHOLE independent unsupervised 2025-12-05;
 *                         HERNIA independent unsupervised 2022-12-01 (more than three years ago: not counted).
 */
describe('handover dashboard', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const staff: Record<string, string> = {};
  let missionId = '';

  async function run<T>(source: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await graphql({ schema, source, variableValues: variables, contextValue: createContext(db.orm.em.fork(), clock, { user: testUser() }) });
    expect(result.errors).toBeUndefined();
    return result.data as T;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
    const people: [string, StaffRole, boolean][] = [
      ['Sok Pisey', StaffRole.SURGEON, false],
      ['Dara Chann', StaffRole.RESIDENT, false],
      ['Vanna Keo', StaffRole.RESIDENT, false],
      ['Tanaka Hiroshi', StaffRole.SURGEON, true],
      ['Yamada Aiko', StaffRole.SURGEON, true],
    ];
    for (const [name, role, visiting] of people) {
      const member = await createStaffMember(ctx(), { name, role, visiting, institution: visiting ? 'Kyoto University Hospital' : null });
      staff[name.split(' ')[0]] = member.id;
    }
    const { Sok, Dara, Vanna, Tanaka, Yamada } = staff;
    const decisions: [string, string, string, string][] = [
      [Sok, 'GEN-HERNIA', 'ASSISTED', '2024-01-10'],
      [Sok, 'GEN-HERNIA', 'PERFORMED_INDEPENDENTLY', '2025-06-01'],
      [Dara, 'GEN-HERNIA', 'PERFORMED_TRAINER_SCRUBBED', '2025-09-01'],
      [Vanna, 'GEN-APPX', 'PERFORMED_INDEPENDENTLY', '2026-05-01'],
      [Tanaka, 'GEN-CHOLE', 'PERFORMED_INDEPENDENTLY', '2020-05-01'],
    ];
    for (const [who, group, level, on] of decisions) {
      await db.orm.em.execute(
        `insert into entrustment_decision (id, staff_member_id, procedure_group, level, decided_by, decided_on, reason) values (gen_random_uuid(), ?, ?, ?, ?, ?, 'Seen operating')`,
        [who, group, level, who === Tanaka ? Sok : Tanaka, on],
      );
    }
    // [who, group, level, on, supervisor, countersigned, superseded]
    const entries: [string, string | null, string, string, string | null, boolean, boolean][] = [
      [Sok, 'GEN-HERNIA', 'PERFORMED_INDEPENDENTLY', '2025-10-03', null, false, false],
      [Sok, 'GEN-HERNIA', 'PERFORMED_INDEPENDENTLY', '2025-10-17', null, false, false],
      [Sok, 'URO-SCROTAL', 'PERFORMED_INDEPENDENTLY', '2025-10-20', null, false, false],
      [Sok, null, 'PERFORMED_INDEPENDENTLY', '2025-11-20', null, false, false],
      [Sok, 'GEN-HERNIA', 'PERFORMED_INDEPENDENTLY', '2025-12-02', null, false, false],
      [Sok, 'GEN-HERNIA', 'PERFORMED_INDEPENDENTLY', '2025-12-09', null, false, true],
      [Dara, 'GEN-HERNIA', 'PERFORMED_TRAINER_SCRUBBED', '2025-10-08', Sok, true, false],
      [Dara, 'GEN-HERNIA', 'PERFORMED_TRAINER_SCRUBBED', '2025-11-04', Sok, true, false],
      [Dara, 'GEN-HERNIA', 'PERFORMED_TRAINER_UNSCRUBBED', '2025-11-18', Sok, true, false],
      [Dara, 'GEN-HERNIA', 'PERFORMED_TRAINER_UNSCRUBBED', '2025-12-16', Sok, false, false],
      [Vanna, 'GEN-HERNIA', 'OBSERVED', '2025-10-08', Sok, true, false],
      [Yamada, 'GEN-APPX', 'PERFORMED_INDEPENDENTLY', '2025-11-10', Tanaka, true, false],
      [Yamada, 'GEN-CHOLE', 'PERFORMED_INDEPENDENTLY', '2025-12-05', null, false, false],
      [Yamada, 'GEN-HERNIA', 'PERFORMED_INDEPENDENTLY', '2022-12-01', null, false, false],
      ...Array.from({ length: 5 }, (_, i): [string, string, string, string, string, boolean, boolean] => [Vanna, 'GEN-APPX', 'PERFORMED_TRAINER_SCRUBBED', `2025-06-0${i + 1}`, Sok, true, false]),
      ...Array.from({ length: 3 }, (_, i): [string, string, string, string, string, boolean, boolean] => [Vanna, 'GEN-HERNIA', 'PERFORMED_TRAINER_SCRUBBED', `2025-06-1${i + 1}`, Sok, true, false]),
    ];
    for (const [who, group, level, on, supervisor, countersigned, superseded] of entries) {
      await db.orm.em.execute(
        `insert into logbook_entry (id, staff_member_id, source, performed_on, level, supervisor_id, procedure_group, procedure_text, confirmed_at, countersigned_at, countersigned_by, superseded_at)
         values (gen_random_uuid(), ?, 'TRANSCRIBED', ?, ?, ?, ?, 'From the paper logbook', ?, ?, ?, ?)`,
        [who, on, level, supervisor, group, countersigned ? '2026-01-05T00:00:00Z' : null, countersigned ? '2026-01-06T00:00:00Z' : null, countersigned ? supervisor : null, superseded ? '2026-01-07T00:00:00Z' : null],
      );
    }

    // A mission in April with four bookings: hernia, appendicectomy, an uncoded one, and a hernia repair cancelled.
    const lead = await createStaffMember(ctx(), { name: 'Dr Visiting Lead', role: StaffRole.SURGEON, visiting: true, institution: 'Kyoto University Hospital' });
    const mission = await createMission(
      ctx(),
      { theatreIds: [THEATRE_KEYS['OT 1']], memberIds: [lead.id] },
      { name: 'Kyoto general surgery team', institution: 'Kyoto University Hospital', specialties: [Specialty.GENERAL_SURGERY], startDate: '2026-04-06', endDate: '2026-04-08', dailyCapacityMinutes: 480, theatreIds: [], memberIds: [] },
    );
    missionId = mission.id;
    const bookings: [string | null, string][] = [['GEN-08', '08:00'], ['GEN-01', '10:00'], [null, '12:00'], ['GEN-01', '14:00']];
    for (const [code, time] of bookings) {
      const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED);
      const surgery = await scheduleSurgery(ctx(), { patientId, referralId: referral.id, episodeId: null, missionId }, {
        ...surgeryInput(patientId, new Date(`2026-04-06T${time}:00+07:00`)),
        procedure: code ? 'Coded procedure' : 'Something uncoded',
        procedureCode: code,
      });
      if (time === '14:00') await db.orm.em.execute(`update surgery set status = 'CANCELLED', cancellation_reason = 'Patient unwell' where id = ?`, [surgery.id]);
    }
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  const DASHBOARD = `query ($specialty: Specialty, $from: LocalDate!, $to: LocalDate!) {
    handoverDashboard(specialty: $specialty, from: $from, to: $to) {
      specialty from to
      groups { procedureGroup { code } operations gap independentLocal { name } independentVisiting { name }
        trainees { staffMember { name } entrustedLevel supervisedCases casesLeft } }
      months { month performerEntries localIndependent localIndependentShare }
      projection { slopePerYear monthsFitted yearEnds { month share lower upper } reachesHalf { month } reachesFourFifths { month } }
      gaps { procedureGroup { code } operations }
    }
  }`;
  interface Dashboard {
    groups: { procedureGroup: { code: string }; operations: number; gap: boolean; independentLocal: { name: string }[]; independentVisiting: { name: string }[];
      trainees: { staffMember: { name: string }; entrustedLevel: string | null; supervisedCases: number; casesLeft: number }[] }[];
    months: { month: string; performerEntries: number; localIndependent: number; localIndependentShare: number | null }[];
    projection: { slopePerYear: number; monthsFitted: number; yearEnds: { month: string; share: number; lower: number; upper: number }[]; reachesHalf: unknown; reachesFourFifths: unknown } | null;
    gaps: { procedureGroup: { code: string }; operations: number }[];
  }
  const dashboard = async (specialty: Specialty | null) =>
    (await run<{ handoverDashboard: Dashboard }>(DASHBOARD, { specialty, from: '2025-10-01', to: '2026-01-31' })).handoverDashboard;

  it('lists per group the independent local and visiting surgeons, and the local trainees in progress', async () => {
    const { groups } = await dashboard(Specialty.GENERAL_SURGERY);
    expect(groups.map((g) => g.procedureGroup.code)).toEqual(['GEN-ANORECTAL', 'GEN-APPX', 'GEN-CHOLE', 'GEN-HERNIA', 'GEN-LAPAROTOMY', 'GEN-MINOR']);
    const of = (code: string) => groups.find((g) => g.procedureGroup.code === code)!;
    expect(of('GEN-HERNIA')).toMatchObject({
      gap: false,
      independentLocal: [{ name: 'Sok Pisey' }],
      // Yamada's independent hernia repair is more than three years old.
      independentVisiting: [],
      trainees: [
        // Both 22 cases left (25 − 3); Dara is entrusted higher, Vanna has no decision yet.
        { staffMember: { name: 'Dara Chann' }, entrustedLevel: 'PERFORMED_TRAINER_SCRUBBED', supervisedCases: 3, casesLeft: 22 },
        { staffMember: { name: 'Vanna Keo' }, entrustedLevel: null, supervisedCases: 3, casesLeft: 22 },
      ],
    });
    // Vanna's decision in May is after today: she is still a trainee, 20 − 5 = 15 cases left.
    expect(of('GEN-APPX')).toMatchObject({
      gap: true,
      independentLocal: [],
      independentVisiting: [{ name: 'Yamada Aiko' }],
      trainees: [{ staffMember: { name: 'Vanna Keo' }, entrustedLevel: null, supervisedCases: 5, casesLeft: 15 }],
    });
    expect(of('GEN-CHOLE')).toMatchObject({ gap: true, independentLocal: [], independentVisiting: [{ name: 'Tanaka Hiroshi' }, { name: 'Yamada Aiko' }], trainees: [] });
    expect(of('GEN-MINOR')).toMatchObject({ gap: true, independentLocal: [], independentVisiting: [], trainees: [] });
  });

  it('counts performer entries and local independent ones per month, and their share', async () => {
    const general = await dashboard(Specialty.GENERAL_SURGERY);
    expect(general.months).toEqual([
      { month: '2025-10', performerEntries: 3, localIndependent: 2, localIndependentShare: 2 / 3 },
      { month: '2025-11', performerEntries: 3, localIndependent: 0, localIndependentShare: 0 },
      { month: '2025-12', performerEntries: 3, localIndependent: 1, localIndependentShare: 1 / 3 },
      { month: '2026-01', performerEntries: 0, localIndependent: 0, localIndependentShare: null },
    ]);
    // All specialties: Sok's urology repair in October and his uncoded operation in November count too.
    const all = await dashboard(null);
    expect(all.months.map((m) => [m.performerEntries, m.localIndependent])).toEqual([[4, 3], [4, 1], [3, 1], [0, 0]]);
    expect(all.groups).toHaveLength(22);
  });

  it('projects the share to 2030 from the months with entries', async () => {
    // x = 0, 1, 2 with shares 2/3, 0, 1/3, weight 3 each: slope = Sxy / Sxx = −1 / 6 a month = −2 a year.
    const { projection } = await dashboard(Specialty.GENERAL_SURGERY);
    expect(projection!.monthsFitted).toBe(3);
    expect(projection!.slopePerYear).toBeCloseTo(-2, 10);
    expect(projection!.reachesHalf).toBeNull();
    expect(projection!.reachesFourFifths).toBeNull();
    // The line is far below 0 by 2027; the band (t(0.95, 1) = 6.31 with one degree of freedom) covers all of [0, 1].
    expect(projection!.yearEnds).toEqual(['2027-12', '2028-12', '2029-12', '2030-12'].map((month) => ({ month, share: 0, lower: 0, upper: 1 })));
  });

  it('lists the gaps, most operations in the period first', async () => {
    const { gaps, groups } = await dashboard(Specialty.GENERAL_SURGERY);
    // Hernia: Sok 2 + 1, Dara 1 + 2 + 1 (the superseded entry and Vanna's observation are not operations).
    expect(groups.find((g) => g.procedureGroup.code === 'GEN-HERNIA')!.operations).toBe(7);
    expect(gaps.map((g) => [g.procedureGroup.code, g.operations])).toEqual([
      ['GEN-APPX', 1],
      ['GEN-CHOLE', 1],
      ['GEN-ANORECTAL', 0],
      ['GEN-LAPAROTOMY', 0],
      ['GEN-MINOR', 0],
    ]);
  });

  it('counts completed operations of the group in the period besides transcribed entries', async () => {
    const [surgery] = await db.orm.em.execute<{ id: string }[]>(`select id from surgery where mission_id = ? and procedure_code = 'GEN-08' limit 1`, [missionId]);
    await db.orm.em.execute(`update surgery set status = 'COMPLETED', started_at = '2025-12-20T02:00:00Z', ended_at = '2025-12-20T03:00:00Z' where id = ?`, [surgery.id]);
    try {
      const { gaps } = await dashboard(Specialty.GENERAL_SURGERY);
      expect(gaps.slice(0, 2).map((g) => [g.procedureGroup.code, g.operations])).toEqual([['GEN-APPX', 2], ['GEN-CHOLE', 1]]);
    } finally {
      await db.orm.em.execute(`update surgery set status = 'SCHEDULED', started_at = null, ended_at = null where id = ?`, [surgery.id]);
    }
  });

  it("plans who should scrub with a mission's team on its booked cases", async () => {
    const { mission } = await run<{ mission: { teachingPlan: { surgery: { procedure: string; plannedProcedure: { code: string } | null }; procedureGroup: { code: string }; trainees: { staffMember: { name: string }; casesLeft: number }[] }[] } }>(
      `query ($id: ID!) { mission(id: $id) { teachingPlan { surgery { procedure plannedProcedure { code } } procedureGroup { code } trainees { staffMember { name } casesLeft } } } }`,
      { id: toGlobalId('Mission', missionId) },
    );
    // The uncoded booking and the cancelled one are left out; by start.
    expect(mission.teachingPlan).toEqual([
      { surgery: { procedure: 'Coded procedure', plannedProcedure: { code: 'GEN-08' } }, procedureGroup: { code: 'GEN-APPX' }, trainees: [{ staffMember: { name: 'Vanna Keo' }, casesLeft: 15 }] },
      {
        surgery: { procedure: 'Coded procedure', plannedProcedure: { code: 'GEN-01' } },
        procedureGroup: { code: 'GEN-HERNIA' },
        trainees: [{ staffMember: { name: 'Dara Chann' }, casesLeft: 22 }, { staffMember: { name: 'Vanna Keo' }, casesLeft: 22 }],
      },
    ]);
  });

  it('reads the teaching plans of several missions in one batch: as many statements as for one', async () => {
    const other = await createMission(
      ctx(),
      { theatreIds: [THEATRE_KEYS['OT 2']], memberIds: [] },
      { name: 'Osaka ENT team', institution: 'Osaka University Hospital', specialties: [Specialty.ENT], startDate: '2026-05-04', endDate: '2026-05-06', dailyCapacityMinutes: 480, theatreIds: [], memberIds: [] },
    );
    const PLAN = `teachingPlan { procedureGroup { code } trainees { staffMember { name } casesLeft } }`;
    db.resetQueries();
    const one = await run<{ a: { teachingPlan: unknown[] } }>(`query ($a: ID!) { a: mission(id: $a) { ${PLAN} } }`, { a: toGlobalId('Mission', missionId) });
    const single = db.queries.length;
    db.resetQueries();
    const both = await run<{ a: { teachingPlan: unknown[] }; b: { teachingPlan: unknown[] } }>(`query ($a: ID!, $b: ID!) { a: mission(id: $a) { ${PLAN} } b: mission(id: $b) { ${PLAN} } }`, {
      a: toGlobalId('Mission', missionId),
      b: toGlobalId('Mission', other.id),
    });
    expect(db.queries.length).toBe(single);
    expect(both.a.teachingPlan).toEqual(one.a.teachingPlan);
    expect(both.a.teachingPlan).toHaveLength(2);
    expect(both.b.teachingPlan).toEqual([]);
  });

  it('refuses a period that ends before it starts', async () => {
    const result = await graphql({ schema, source: DASHBOARD, variableValues: { from: '2026-01-31', to: '2025-10-01' }, contextValue: createContext(db.orm.em.fork(), clock, { user: testUser() }) });
    expect(result.errors?.[0].originalError).toMatchObject({ code: 'BAD_USER_INPUT', details: { reason: 'END_BEFORE_START' } });
  });
});
