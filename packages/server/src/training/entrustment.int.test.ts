import { randomUUID } from 'node:crypto';
import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../../tests/support/factories.js';
import { startHttpApp, type GraphQLClient, type HttpApp } from '../../../../tests/support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { toGlobalId } from '../graphql/relay.js';
import { entrustmentCandidates, trainingProgress } from './progress.service.js';

/**
 * Training progress and entrustment over a small hand-built history (on the demo hospital's
 * operations, for real complications): every figure below is counted by hand from the entries
 * inserted here.
 */
const PROGRESS = `query ($staffId: ID!) { trainingProgress(staffId: $staffId) {
  procedureGroup { code requiredSupervisedCases } casesByLevel { level cases } supervisedCases requiredSupervisedCases
  performedCases performedComplicationRate entrustedLevel meetsRule casesToRule
  latestDecision { level decidedOn reason decidedBy { name } staffMember { name } procedureGroup { code } } } }`;

describe('training progress and entrustment', () => {
  let db: TestDatabase;
  let api: HttpApp;
  // 09:00 in Phnom Penh on 2 March 2026.
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const trainee = randomUUID();
  const supervisor = randomUUID();
  const otherSupervisor = randomUUID();
  let groups: { G1: string; G2: string; g2Required: number };
  let supervisorClient: GraphQLClient;
  let otherSupervisorClient: GraphQLClient;
  let traineeClient: GraphQLClient;
  let strangerClient: GraphQLClient;
  let analystClient: GraphQLClient;
  const sql = (text: string, params: unknown[] = []) => db.orm.em.getConnection().execute(text, params);

  async function linkedUser(roles: Role[], staffId: string | null): Promise<GraphQLClient> {
    const username = `u${randomUUID().slice(0, 8)}`;
    const client = await api.userWithRoles(roles, username);
    if (staffId) await sql('update "app_user" set "staff_member_id" = ? where "username" = ?', [staffId, username]);
    return client;
  }

  beforeAll(async () => {
    db = await createTestDatabase({ demoHospitalAt: new Date('2026-03-02T02:00:00.000Z') });
    api = await startHttpApp(db, { clock });
    for (const [id, name] of [[trainee, 'Dr Trainee Sok'], [supervisor, 'Dr Supervisor Chea'], [otherSupervisor, 'Dr Second Supervisor']]) {
      await sql(`insert into "staff_member" ("id", "name", "role", "visiting") values (?, ?, 'SURGEON', false)`, [id, name]);
    }
    const [g1, g2] = await sql(`select "code", "required_supervised_cases" from "procedure_group" order by "code" limit 2`);
    // The rule of the first group, set for this history: 3 supervised cases.
    await sql(`update "procedure_group" set "required_supervised_cases" = 3 where "code" = ?`, [g1.code]);
    groups = { G1: g1.code as string, G2: g2.code as string, g2Required: g2.required_supervised_cases as number };
    const withComplication = await sql(`select s."id", s."scheduled_start" from "surgery" s where s."status" = 'COMPLETED' and exists (select 1 from "complication" c where c."surgery_id" = s."id") order by s."id" limit 1`);
    const without = await sql(`select s."id" from "surgery" s where s."status" = 'COMPLETED' and not exists (select 1 from "complication" c where c."surgery_id" = s."id") order by s."id" limit 5`);
    expect(withComplication).toHaveLength(1);
    expect(without).toHaveLength(5);
    const [s1] = withComplication.map((r) => r.id as string);
    const [s2, s3, s4, s5, s6] = without.map((r) => r.id as string);
    const entry = (e: { surgery?: string; group: string | null; level: string; role?: string; countersigned?: boolean; superseded?: boolean }) =>
      sql(
        `insert into "logbook_entry" ("id", "staff_member_id", "surgery_id", "source", "performed_on", "team_role", "level", "supervisor_id",
           "procedure_group", "procedure_text", "confirmed_at", "countersigned_at", "countersigned_by", "superseded_at")
         values (?, ?, ?, ?, '2026-02-01', ?, ?, ?, ?, 'Procedure', ?, ?, ?, ?)`,
        [
          randomUUID(), trainee, e.surgery ?? null, e.surgery ? 'OPERATION' : 'TRANSCRIBED', e.role ?? null, e.level, supervisor, e.group,
          e.countersigned ? '2026-02-02T00:00:00Z' : null, e.countersigned ? '2026-02-02T00:00:00Z' : null, e.countersigned ? supervisor : null,
          e.superseded ? '2026-02-03T00:00:00Z' : null,
        ],
      );
    // G1: supervised S1 (complication), S2, T1; performer S1, S2, S3, T1 (1 of 4 with a complication).
    await entry({ surgery: s1, group: g1.code, level: 'PERFORMED_TRAINER_SCRUBBED', role: 'PRIMARY_SURGEON', countersigned: true });
    await entry({ surgery: s2, group: g1.code, level: 'PERFORMED_TRAINER_UNSCRUBBED', role: 'PRIMARY_SURGEON', countersigned: true });
    await entry({ surgery: s3, group: g1.code, level: 'PERFORMED_TRAINER_SCRUBBED', role: 'PRIMARY_SURGEON' });
    await entry({ surgery: s4, group: g1.code, level: 'ASSISTED', role: 'ASSISTANT', countersigned: true });
    // Not counted: an anaesthetist's entry, a superseded entry, a transcribed entry with no group.
    await entry({ surgery: s5, group: g1.code, level: 'OBSERVED', role: 'ANAESTHETIST' });
    await entry({ surgery: s6, group: g1.code, level: 'PERFORMED_INDEPENDENTLY', role: 'PRIMARY_SURGEON', superseded: true });
    await entry({ group: null, level: 'PERFORMED_TRAINER_SCRUBBED', countersigned: true });
    // Transcribed from the paper logbook, countersigned: a supervised case.
    await entry({ group: g1.code, level: 'PERFORMED_TRAINER_SCRUBBED', countersigned: true });
    // G2: a decision only.
    await sql(
      `insert into "entrustment_decision" ("id", "staff_member_id", "procedure_group", "level", "decided_by", "decided_on", "reason") values (?, ?, ?, 'PERFORMED_TRAINER_SCRUBBED', ?, '2026-01-15', 'Good start')`,
      [randomUUID(), trainee, g2.code, supervisor],
    );
    supervisorClient = await linkedUser([Role.SURGEON], supervisor);
    otherSupervisorClient = await linkedUser([Role.SURGEON], otherSupervisor);
    traineeClient = await linkedUser([Role.CLINICIAN], trainee);
    strangerClient = await linkedUser([Role.CLINICIAN], null);
    analystClient = await linkedUser([Role.ANALYST], null);
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  const staffId = (id: string) => toGlobalId('StaffMember', id);
  type Row = Record<string, unknown> & { procedureGroup: { code: string } };
  const progressOf = async (client: GraphQLClient, id = trainee) => {
    const body = await client.gql<{ trainingProgress: Row[] }>(PROGRESS, { staffId: staffId(id) });
    return body;
  };

  it('counts the figures of each group from the history, as counted by hand', async () => {
    const body = await progressOf(supervisorClient);
    expect(body.errors).toBeUndefined();
    const rows = body.data!.trainingProgress;
    const byCode = new Map(rows.map((r) => [r.procedureGroup.code, r]));
    expect([...byCode.keys()].sort()).toEqual([groups.G1, groups.G2].sort());
    expect(byCode.get(groups.G1)).toEqual({
      procedureGroup: { code: groups.G1, requiredSupervisedCases: 3 },
      casesByLevel: [
        { level: 'OBSERVED', cases: 0 },
        { level: 'ASSISTED', cases: 1 },
        { level: 'PERFORMED_TRAINER_SCRUBBED', cases: 3 },
        { level: 'PERFORMED_TRAINER_UNSCRUBBED', cases: 1 },
        { level: 'PERFORMED_INDEPENDENTLY', cases: 0 },
        { level: 'TAUGHT', cases: 0 },
      ],
      supervisedCases: 3,
      requiredSupervisedCases: 3,
      performedCases: 4,
      performedComplicationRate: 0.25,
      entrustedLevel: null,
      latestDecision: null,
      meetsRule: true,
      casesToRule: 0,
    });
    expect(byCode.get(groups.G2)).toMatchObject({
      casesByLevel: expect.arrayContaining([{ level: 'ASSISTED', cases: 0 }]),
      supervisedCases: 0,
      performedCases: 0,
      performedComplicationRate: null,
      entrustedLevel: 'PERFORMED_TRAINER_SCRUBBED',
      latestDecision: {
        level: 'PERFORMED_TRAINER_SCRUBBED', decidedOn: '2026-01-15', reason: 'Good start',
        decidedBy: { name: 'Dr Supervisor Chea' }, staffMember: { name: 'Dr Trainee Sok' }, procedureGroup: { code: groups.G2 },
      },
      meetsRule: false,
      casesToRule: groups.g2Required,
    });
  });

  it('reads a person\'s progress, and everyone\'s candidates, in one statement each', async () => {
    db.resetQueries();
    expect(await trainingProgress(db.orm.em.fork(), trainee)).toHaveLength(2);
    expect(db.queries).toHaveLength(1);
    db.resetQueries();
    const candidates = await entrustmentCandidates(db.orm.em.fork(), supervisor);
    expect(candidates.filter((c) => c.staffMemberId === trainee).map((c) => c.procedureGroup.code)).toEqual([groups.G1]);
    expect(db.queries).toHaveLength(1);
  });

  it('shows progress to its owner and to READ_TRAINING, and to nobody else', async () => {
    expect((await progressOf(traineeClient)).data!.trainingProgress).toHaveLength(2);
    expect((await traineeClient.gql<{ myTrainingProgress: unknown[] }>('{ myTrainingProgress { supervisedCases } }')).data!.myTrainingProgress).toHaveLength(2);
    expect((await progressOf(analystClient)).data!.trainingProgress).toHaveLength(2);
    expect((await progressOf(strangerClient)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await progressOf(traineeClient, supervisor)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await strangerClient.gql<{ myTrainingProgress: unknown[] }>('{ myTrainingProgress { supervisedCases } }')).data!.myTrainingProgress).toEqual([]);
  });

  it('lists the trainee who meets the rule, records a decision, and then no longer lists them', async () => {
    const candidates = `{ entrustmentCandidates { staffMember { name } progress { procedureGroup { code } supervisedCases meetsRule } } }`;
    const before = await supervisorClient.gql<{ entrustmentCandidates: { staffMember: { name: string }; progress: { procedureGroup: { code: string } } }[] }>(candidates);
    expect(before.errors).toBeUndefined();
    expect(before.data!.entrustmentCandidates.filter((c) => c.staffMember.name === 'Dr Trainee Sok')).toEqual([
      { staffMember: { name: 'Dr Trainee Sok' }, progress: { procedureGroup: { code: groups.G1 }, supervisedCases: 3, meetsRule: true } },
    ]);
    expect((await traineeClient.gql(candidates)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });

    const record = `mutation ($input: RecordEntrustmentInput!) { recordEntrustment(input: $input) { level decidedOn reason decidedBy { name } } }`;
    const input = { staffId: staffId(trainee), procedureGroup: groups.G1, level: 'PERFORMED_INDEPENDENTLY', reason: ' Safe and consistent ' };
    const recorded = await supervisorClient.gql(record, { input });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data).toEqual({ recordEntrustment: { level: 'PERFORMED_INDEPENDENTLY', decidedOn: '2026-03-02', reason: 'Safe and consistent', decidedBy: { name: 'Dr Supervisor Chea' } } });

    const after = await supervisorClient.gql<{ entrustmentCandidates: { staffMember: { name: string } }[] }>(candidates);
    expect(after.data!.entrustmentCandidates.filter((c) => c.staffMember.name === 'Dr Trainee Sok')).toEqual([]);
    const g1 = (await progressOf(traineeClient)).data!.trainingProgress.find((r) => r.procedureGroup.code === groups.G1)!;
    expect(g1).toMatchObject({ entrustedLevel: 'PERFORMED_INDEPENDENTLY', meetsRule: false, casesToRule: 0, latestDecision: { reason: 'Safe and consistent' } });

    // The staff member's current entrusted levels, one per group.
    const entrustments = await traineeClient.gql<{ staffMember: unknown }>(
      `query ($id: ID!) { staffMember(id: $id) { entrustments { procedureGroup { code } level } } }`,
      { id: staffId(trainee) },
    );
    // A clinician reads the staff list (READ_WORKLISTS) and their own entrusted levels.
    expect(entrustments.errors).toBeUndefined();
    const levels = (entrustments.data!.staffMember as { entrustments: { procedureGroup: { code: string }; level: string }[] }).entrustments;
    expect(levels.map((e) => [e.procedureGroup.code, e.level]).sort()).toEqual(
      [[groups.G1, 'PERFORMED_INDEPENDENTLY'], [groups.G2, 'PERFORMED_TRAINER_SCRUBBED']].sort(),
    );
    const hidden = await strangerClient.gql(`query ($id: ID!) { staffMember(id: $id) { name entrustments { level } development { title } } }`, { id: staffId(trainee) });
    expect(hidden.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['staffMember.entrustments', 'FORBIDDEN'],
      ['staffMember.development', 'FORBIDDEN'],
    ]);
  });

  it('refuses bad decisions with typed errors', async () => {
    const record = `mutation ($input: RecordEntrustmentInput!) { recordEntrustment(input: $input) { level } }`;
    const base = { staffId: staffId(trainee), procedureGroup: groups.G2, level: 'PERFORMED_TRAINER_UNSCRUBBED', reason: 'Ready' };
    const refusal = async (client: GraphQLClient, input: Record<string, unknown>) => (await client.gql(record, { input: { ...base, ...input } })).errors?.[0]?.extensions;
    expect(await refusal(supervisorClient, { staffId: staffId(supervisor) })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ALLOWED' });
    expect(await refusal(supervisorClient, { decidedOn: '2026-03-03' })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IN_FUTURE' });
    expect(await refusal(supervisorClient, { reason: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED' });
    expect(await refusal(supervisorClient, { reason: 'x'.repeat(1001) })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG' });
    expect(await refusal(supervisorClient, { procedureGroup: 'NO-SUCH' })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_CODE' });
    expect(await refusal(supervisorClient, { staffId: staffId(randomUUID()) })).toMatchObject({ code: 'NOT_FOUND' });
    // A surgeon whose account names no staff record cannot decide.
    expect(await refusal(await linkedUser([Role.SURGEON], null), {})).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(traineeClient, {})).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records one decision a day per trainee and group: of 20 at once one succeeds, and a write past the service is refused too', async () => {
    const record = `mutation ($input: RecordEntrustmentInput!) { recordEntrustment(input: $input) { level } }`;
    const input = { staffId: staffId(trainee), procedureGroup: groups.G2, level: 'PERFORMED_TRAINER_UNSCRUBBED', reason: 'Ready', decidedOn: '2026-02-20' };
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? supervisorClient : otherSupervisorClient).gql(record, { input })),
    );
    const codes = answers.map((a) => (a.errors ? `${a.errors[0].extensions?.code}/${a.errors[0].extensions?.reason}` : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK')).toEqual(Array(19).fill('CONFLICT/SAME_DAY'));
    const [{ n }] = await sql(`select count(*)::int as n from "entrustment_decision" where "staff_member_id" = ? and "procedure_group" = ? and "decided_on" = '2026-02-20'`, [trainee, groups.G2]);
    expect(n).toBe(1);
    await expect(
      sql(`insert into "entrustment_decision" ("id", "staff_member_id", "procedure_group", "level", "decided_by", "decided_on", "reason") values (?, ?, ?, 'TAUGHT', ?, '2026-02-20', 'Bypass')`, [
        randomUUID(), trainee, groups.G2, otherSupervisor,
      ]),
    ).rejects.toThrow(/entrustment_decision_one_a_day/);
    // Nor by oneself, whatever writes it.
    await expect(
      sql(`insert into "entrustment_decision" ("id", "staff_member_id", "procedure_group", "level", "decided_by", "decided_on", "reason") values (?, ?, ?, 'TAUGHT', ?, '2026-02-21', 'Self')`, [
        randomUUID(), trainee, groups.G2, trainee,
      ]),
    ).rejects.toThrow(/entrustment_decision_not_own/);
    // The mutation was audited, once.
    const [{ audited }] = await sql(`select count(*)::int as audited from "audit_entry" where "action" = 'mutation:recordEntrustment' and "outcome" = 'OK'`);
    expect(audited).toBe(2);
  });

  it('adds and removes development activities: one\'s own, or anyone\'s with MANAGE_MISSIONS', async () => {
    const add = `mutation ($input: AddDevelopmentActivityInput!) { addDevelopmentActivity(input: $input) { id kind title place startsOn endsOn evidence staffMember { name } } }`;
    const input = { staffId: staffId(trainee), kind: 'STUDY_ABROAD', title: ' Paediatric surgery fellowship ', place: 'Vientiane, Laos', startsOn: '2025-09-01', endsOn: '2025-12-20', evidence: 'Certificate 2025-117' };
    const added = await traineeClient.gql<{ addDevelopmentActivity: { id: string } }>(add, { input });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addDevelopmentActivity).toMatchObject({ kind: 'STUDY_ABROAD', title: 'Paediatric surgery fellowship', endsOn: '2025-12-20', staffMember: { name: 'Dr Trainee Sok' } });
    const byManager = await supervisorClient.gql<{ addDevelopmentActivity: { id: string } }>(add, { input: { staffId: staffId(trainee), kind: 'COURSE', title: 'Primary Trauma Care', startsOn: '2026-01-10' } });
    expect(byManager.errors).toBeUndefined();

    expect((await strangerClient.gql(add, { input })).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await traineeClient.gql(add, { input: { ...input, staffId: staffId(supervisor) } })).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await traineeClient.gql(add, { input: { ...input, endsOn: '2025-08-01' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'END_BEFORE_START' });
    expect((await traineeClient.gql(add, { input: { ...input, title: '' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUIRED' });

    const development = `query ($id: ID!) { staffMember(id: $id) { development { title } } }`;
    const list = async (client: GraphQLClient) => ((await client.gql<{ staffMember: { development: { title: string }[] } }>(development, { id: staffId(trainee) })).data!.staffMember.development ?? []).map((d) => d.title);
    expect(await list(traineeClient)).toEqual(['Primary Trauma Care', 'Paediatric surgery fellowship']);
    expect(await list(analystClient)).toEqual(['Primary Trauma Care', 'Paediatric surgery fellowship']);

    const remove = `mutation ($id: ID!) { removeDevelopmentActivity(id: $id) { title } }`;
    // Someone else's is not the trainee's to remove; their own is.
    const supervisorsOwn = await supervisorClient.gql<{ addDevelopmentActivity: { id: string } }>(add, { input: { ...input, staffId: staffId(supervisor) } });
    expect((await traineeClient.gql(remove, { id: supervisorsOwn.data!.addDevelopmentActivity.id })).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await traineeClient.gql(remove, { id: added.data!.addDevelopmentActivity.id })).data).toEqual({ removeDevelopmentActivity: { title: 'Paediatric surgery fellowship' } });
    expect((await traineeClient.gql(remove, { id: added.data!.addDevelopmentActivity.id })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await list(traineeClient)).toEqual(['Primary Trauma Care']);
    const [{ audited }] = await sql(`select count(*)::int as audited from "audit_entry" where "action" = 'mutation:removeDevelopmentActivity' and "outcome" = 'OK' and "target" like 'DevelopmentActivity:%'`);
    expect(audited).toBe(1);
  });
});
