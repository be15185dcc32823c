import {
  ReferralOrderField,
  ReferralPriority,
  ReferralSourceType,
  ReferralStatus,
  Role,
  SortDirection,
  Specialty,
  UrgencyBand,
  hospitalDate,
  isReferralOpen,
} from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientInput, referralInput, serviceContext, testClock, testUser } from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { createUser } from '../auth/auth.service.js';
import { User } from '../auth/user.entity.js';
import { DomainError } from '../common/domain-error.js';
import { createContext } from '../graphql/context.js';
import { createSchema } from '../graphql/schema.js';
import { toGlobalId } from '../graphql/relay.js';
import { registerPatient } from '../patients/patient.service.js';
import { Referral } from './referral.entity.js';
import { assignReferral, receiveReferral, transitionReferral } from './referral.service.js';

const NOW = new Date('2026-11-24T05:00:00.000Z');
const TODAY = hospitalDate(NOW);
const RANK = { STAT: 4, ASAP: 3, URGENT: 2, ROUTINE: 1 } as const;

interface Row {
  id: string;
  status: ReferralStatus;
  priority: ReferralPriority;
  dueDate: string | null;
  receivedAt: string | Date;
  overdue: boolean;
}

const PAGE = /* GraphQL */ `
  query ($filter: ReferralFilter, $orderBy: ReferralOrder, $first: Int, $after: String) {
    referrals(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      statusCounts { status count }
      edges { node { id status priority dueDate receivedAt overdue patient { mrn familyName } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

describe('referral worklist', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  let all: Referral[];
  const clock = testClock(NOW.toISOString());

  async function page(variables: Record<string, unknown>) {
    const result = await graphql({ schema, source: PAGE, variableValues: variables, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
    expect(result.errors).toBeUndefined();
    return (result.data as { referrals: { totalCount: number; statusCounts: { status: string; count: number }[]; edges: { node: Row }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }).referrals;
  }

  async function everything(variables: Record<string, unknown>, between?: () => Promise<void>): Promise<Row[]> {
    const rows: Row[] = [];
    let after: string | null = null;
    for (;;) {
      const p = await page({ ...variables, first: 40, after });
      rows.push(...p.edges.map((e) => e.node));
      if (!p.pageInfo.hasNextPage) return rows;
      after = p.pageInfo.endCursor;
      await between?.();
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase({ demoHospitalAt: NOW });
    schema = await createSchema();
    // The combined filter below needs at least one match whatever the demo data holds: an urgent
    // referral received 60 days ago with a 30-day band, never triaged.
    const late = await registerPatient(serviceContext(db.orm, clock), patientInput({ familyName: 'Overdue', givenName: 'Urgent', phones: [], provinceCode: 8 }));
    await receiveReferral(
      serviceContext(db.orm, clock),
      late.id,
      referralInput(late.id, { priority: ReferralPriority.URGENT, urgencyBand: UrgencyBand.DAYS_30, receivedAt: new Date(NOW.getTime() - 60 * 86_400_000) }),
    );
    all = await db.orm.em.fork().find(Referral, {}, { populate: ['patient'] });
  }, 60_000);

  afterAll(async () => {
    await db?.close();
  });

  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
  const gid = (r: Referral) => toGlobalId('Referral', r.id);
  const overdue = (r: Referral) => isReferralOpen(r.status) && r.dueDate !== null && r.dueDate < TODAY;

  it.each([
    ['statuses', { statuses: ['WAITLISTED', 'RECEIVED'] }, (r: Referral) => ['WAITLISTED', 'RECEIVED'].includes(r.status)],
    ['priorities', { priorities: ['URGENT'] }, (r: Referral) => r.priority === ReferralPriority.URGENT],
    ['specialties', { specialties: ['ENT', 'UROLOGY'] }, (r: Referral) => [Specialty.ENT, Specialty.UROLOGY].includes(r.specialty)],
    ['source types', { sourceTypes: ['OUTREACH_SCREENING'] }, (r: Referral) => r.sourceType === ReferralSourceType.OUTREACH_SCREENING],
    ['overdue', { overdue: true }, overdue],
    ['not overdue', { overdue: false }, (r: Referral) => !overdue(r)],
    ['received range', { receivedFrom: '2026-06-01', receivedTo: '2026-06-30' }, (r: Referral) => hospitalDate(r.receivedAt) >= '2026-06-01' && hospitalDate(r.receivedAt) <= '2026-06-30'],
    ['text (patient name)', { text: 'sokha' }, (r: Referral) => /sokha/i.test(`${r.patient.familyName} ${r.patient.givenName}`) || /sokha/i.test(`${r.reason} ${r.sourceName ?? ''}`)],
    ['text (reason, two words)', { text: 'inguinal hernia' }, (r: Referral) => /inguinal/i.test(r.reason) && /hernia/i.test(r.reason)],
    ['overdue + urgent + open', { overdue: true, priorities: ['URGENT'], statuses: ['RECEIVED', 'TRIAGED'] }, (r: Referral) => overdue(r) && r.priority === 'URGENT' && ['RECEIVED', 'TRIAGED'].includes(r.status)],
  ])('filters by %s exactly', async (_name, filter, expected) => {
    const rows = await everything({ filter });
    const want = all.filter(expected).map(gid).sort();
    expect(want.length).toBeGreaterThan(0);
    expect(ids(rows)).toEqual(want);
    expect((await page({ filter, first: 1 })).totalCount).toBe(want.length);
  });

  it('counts every match on every page, past the last one too, and none for a filter nothing matches', async () => {
    const filter = { statuses: ['WAITLISTED', 'ACCEPTED', 'RECEIVED', 'SCHEDULED'] };
    const want = all.filter((r) => filter.statuses.includes(r.status)).length;
    expect(want).toBeGreaterThan(40);
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const p = await page({ filter, first: 40, after });
      expect(p.totalCount, `page ${pages + 1}`).toBe(want);
      pages++;
      after = p.pageInfo.endCursor;
      if (!p.pageInfo.hasNextPage) break;
    }
    expect(pages).toBeGreaterThan(1);
    // After the last row: an empty page, whose statement carries no count.
    const beyond = await page({ filter, first: 40, after });
    expect(beyond.edges).toEqual([]);
    expect(beyond.totalCount).toBe(want);
    const none = await page({ filter: { text: 'no-such-referral-anywhere' }, first: 40 });
    expect(none.edges).toEqual([]);
    expect(none.totalCount).toBe(0);
  });

  it.each([
    [ReferralOrderField.RECEIVED_AT, SortDirection.DESC],
    [ReferralOrderField.RECEIVED_AT, SortDirection.ASC],
    [ReferralOrderField.DUE_DATE, SortDirection.ASC],
    [ReferralOrderField.DUE_DATE, SortDirection.DESC],
    [ReferralOrderField.PRIORITY, SortDirection.DESC],
  ])('orders by %s %s across pages, every row once', async (field, direction) => {
    const rows = await everything({ orderBy: { field, direction }, filter: { statuses: ['WAITLISTED', 'ACCEPTED', 'RECEIVED', 'SCHEDULED'] } });
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    // Executed in-process, DateTime fields arrive as Date objects: compare their ISO text.
    const at = (value: string | Date): string => (value instanceof Date ? value.toISOString() : value);
    const key = (r: Row): [string | number, string] =>
      field === ReferralOrderField.DUE_DATE ? [r.dueDate ?? '9999-12-31', at(r.receivedAt)] : field === ReferralOrderField.PRIORITY ? [RANK[r.priority], at(r.receivedAt)] : [at(r.receivedAt), ''];
    const sign = direction === SortDirection.ASC ? 1 : -1;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [key(rows[i - 1]), key(rows[i])];
      const cmp = a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1;
      expect(cmp * sign, `${JSON.stringify(a)} before ${JSON.stringify(b)}`).toBeLessThanOrEqual(0);
    }
  });

  it('counts per status for the tabs, ignoring the status filter, in the same request', async () => {
    const filter = { priorities: ['ROUTINE'], statuses: ['TRIAGED'] };
    const { statusCounts } = await page({ filter, first: 1 });
    for (const { status, count } of statusCounts) {
      expect(count, status).toBe(all.filter((r) => r.priority === 'ROUTINE' && r.status === status).length);
    }
  });

  it('neither skips nor repeats rows while new referrals arrive between pages', async () => {
    const before = await db.orm.em.fork().find(Referral, { status: ReferralStatus.RECEIVED });
    const patient = await registerPatient(serviceContext(db.orm, clock), patientInput({ familyName: 'Arrival', phones: [], provinceCode: 1 }));
    let n = 0;
    for (const orderBy of [
      { field: ReferralOrderField.RECEIVED_AT, direction: SortDirection.DESC },
      { field: ReferralOrderField.DUE_DATE, direction: SortDirection.ASC },
    ]) {
      const rows = await everything({ orderBy, filter: { statuses: ['RECEIVED'] }, first: 3 }, async () => {
        for (let i = 0; i < 2; i++) {
          await receiveReferral(serviceContext(db.orm, clock), patient.id, referralInput(patient.id, { reason: `New arrival ${++n}` }));
        }
      });
      const seen = rows.map((r) => r.id);
      expect(new Set(seen).size).toBe(seen.length);
      for (const r of before) expect(seen, r.id).toContain(gid(r));
    }
  });

  it('costs at most 3 statements for a page with patient names, whatever its size', async () => {
    for (const first of [10, 100]) {
      db.resetQueries();
      const p = await page({ first, filter: { statuses: ['WAITLISTED', 'COMPLETED'] } });
      expect(p.edges.length).toBe(first);
      expect(p.edges.every((e) => (e.node as unknown as { patient: { mrn: string } }).patient.mrn)).toBe(true);
      expect(db.queries.length).toBeGreaterThan(0);
      expect(db.queries.length).toBeLessThanOrEqual(3);
    }
  });

  it('reads the records the request selects, of each the columns its fields declare, and no record it does not select', async () => {
    const run = async (source: string) => {
      db.resetQueries();
      const result = await graphql({ schema, source, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
      expect(result.errors).toBeUndefined();
      const reads = db.queries.filter((q) => q.includes('from referral r') && !q.includes('count('));
      expect(reads).toHaveLength(1);
      return { data: result.data as { referrals: { edges: { node: Record<string, unknown> }[] } }, read: reads[0] };
    };
    // Without the patient: the referral's selected columns and its keys, no patient subquery.
    const alone = await run(`{ referrals(first: 5, filter: { statuses: [RECEIVED, TRIAGED] }) { edges { node { id status specialty } } } }`);
    expect(alone.data.referrals.edges).toHaveLength(5);
    for (const column of ['"status"', '"specialty"', '"patient_id"', '"received_at"']) expect(alone.read).toContain(column);
    expect(alone.read).not.toContain('"reason"');
    expect(alone.read).not.toContain('from "patient"');

    // Fields with a resolver of their own read what they declare (@Reads): `overdue` the
    // status and due date, `daysWaiting` the received time, the patient's `age` its birth date.
    const computed = await run(`{ referrals(first: 5, filter: { statuses: [RECEIVED, TRIAGED] }) {
      edges { node { id overdue daysWaiting patient { mrn age } } } } }`);
    expect(computed.read).toContain('from "patient"');
    for (const column of ['"mrn"', '"birth_date"', '"due_date"', '"status"']) expect(computed.read).toContain(column);
    for (const column of ['"given_name"', '"phones"', '"reason"']) expect(computed.read).not.toContain(column);
    for (const { node } of computed.data.referrals.edges) {
      expect(typeof node.overdue).toBe('boolean');
      expect(node.daysWaiting).toEqual(expect.any(Number));
      expect((node.patient as { mrn: string; age: number }).mrn).toMatch(/^\d{6}-\d$/);
      expect((node.patient as { age: number }).age).toEqual(expect.any(Number));
    }

    // A field that declares nothing (a getter, a resolver without @Reads) reads every column.
    const undeclared = await run(`{ referrals(first: 5, filter: { statuses: [RECEIVED, TRIAGED] }) { edges { node { id missionListing { procedure } } } } }`);
    expect(undeclared.read).toContain('"reason"');
  });

  it('assigns to case managers only, refuses closed or stale referrals, and can unassign', async () => {
    const em = db.orm.em.fork();
    const manager = await createUser(em, { username: 'cm.worklist', displayName: 'Chantha (case manager)', roles: [Role.CASE_MANAGER], password: 'a-long-password' });
    const nurse = await createUser(em, { username: 'nurse.worklist', displayName: 'Nurse', roles: [Role.NURSE], password: 'a-long-password' });
    const open = all.find((r) => r.status === ReferralStatus.RECEIVED)!;
    const closed = all.find((r) => r.status === ReferralStatus.COMPLETED)!;
    const fail = async (run: () => Promise<unknown>) => {
      try {
        await run();
      } catch (error) {
        return error instanceof DomainError ? `${error.code}/${error.details.reason}` : String(error);
      }
      return 'no error';
    };
    const current = await db.orm.em.fork().findOneOrFail(Referral, { id: open.id });
    const assigned = await assignReferral(serviceContext(db.orm, clock), { referralId: open.id, assigneeId: manager.id }, { expectedVersion: current.version });
    expect(assigned.assignee?.id).toBe(manager.id);
    expect(assigned.version).toBe(current.version + 1);
    expect(await fail(() => assignReferral(serviceContext(db.orm, clock), { referralId: open.id, assigneeId: nurse.id }, {}))).toBe('BAD_USER_INPUT/NOT_A_CASE_MANAGER');
    expect(await fail(() => assignReferral(serviceContext(db.orm, clock), { referralId: open.id, assigneeId: null }, { expectedVersion: current.version }))).toBe('CONFLICT/STALE_VERSION');
    expect(await fail(() => assignReferral(serviceContext(db.orm, clock), { referralId: closed.id, assigneeId: manager.id }, {}))).toBe('CONFLICT/REFERRAL_CLOSED');

    const mine = await everything({ filter: { assigneeIds: [toGlobalId('User', manager.id)] } });
    expect(ids(mine)).toEqual([gid(open)]);
    await assignReferral(serviceContext(db.orm, clock), { referralId: open.id, assigneeId: null }, {});
    expect((await db.orm.em.fork().findOneOrFail(Referral, { id: open.id })).assignee).toBeNull();
    expect(await db.orm.em.fork().count(User, { roles: { $contains: [Role.CASE_MANAGER] } })).toBeGreaterThan(0);
  });

  it('reports the case managers\' figures', async () => {
    const result = await graphql({
      schema,
      source: `{ referralStats(from: "2026-01-01", to: "2026-11-24") {
        received medianDaysToTriage medianDaysDecisionToSurgery openPastTargetShare
        waitlist { specialty urgencyBand waiting pastTarget } cancellations { status reason count } } }`,
      contextValue: createContext(db.orm.em, clock, { user: testUser() }),
    });
    expect(result.errors).toBeUndefined();
    const stats = (result.data as { referralStats: { received: number; medianDaysToTriage: number; medianDaysDecisionToSurgery: number; openPastTargetShare: number; waitlist: { waiting: number; pastTarget: number }[]; cancellations: { count: number }[] } }).referralStats;
    const inRange = all.filter((r) => hospitalDate(r.receivedAt) >= '2026-01-01' && hospitalDate(r.receivedAt) <= '2026-11-24');
    expect(stats.received).toBe(inRange.length);
    // The demo triages within 1–10 days mostly, and up to 70 for the overdue few.
    expect(stats.medianDaysToTriage).toBeGreaterThan(1);
    expect(stats.medianDaysToTriage).toBeLessThan(15);
    expect(stats.medianDaysDecisionToSurgery).toBeGreaterThan(stats.medianDaysToTriage);
    const waiting = all.filter((r) => r.status === 'ACCEPTED' || r.status === 'WAITLISTED');
    expect(stats.waitlist.reduce((sum, w) => sum + w.waiting, 0)).toBe(waiting.length);
    expect(stats.waitlist.reduce((sum, w) => sum + w.pastTarget, 0)).toBe(waiting.filter((r) => r.dueDate !== null && r.dueDate < TODAY).length);
    const openDated = all.filter((r) => isReferralOpen(r.status) && r.dueDate !== null);
    expect(stats.openPastTargetShare).toBeCloseTo(openDated.filter((r) => r.dueDate! < TODAY).length / openDated.length, 2);
    expect(stats.cancellations.reduce((sum, c) => sum + c.count, 0)).toBeGreaterThan(0);
  });

  it('records the mission a patient waits for when waitlisted', async () => {
    const referral = all.find((r) => r.status === ReferralStatus.ACCEPTED)!;
    const moved = await transitionReferral(serviceContext(db.orm, clock), referral.id, {
      referralId: referral.id,
      to: ReferralStatus.WAITLISTED,
      targetMission: 'Tokyo gynaecology and abdominal team',
    });
    expect(moved.targetMission).toBe('Tokyo gynaecology and abdominal team');
    const rows = await everything({ filter: { targetMission: 'Tokyo gynaecology and abdominal team' } });
    expect(ids(rows)).toContain(gid(referral));
  });
});

