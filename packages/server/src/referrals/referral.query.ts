import type { EntityManager } from '@mikro-orm/postgresql';
import {
  HOSPITAL_UTC_OFFSET,
  REFERRAL_TRANSITIONS,
  ReferralOrderField,
  ReferralStatus,
  SortDirection,
  addDays,
  type ReferralPriority,
  type ReferralSourceType,
  type Specialty,
} from '@pj/shared';
import { columnsPlan, leanPlanReader, mergePlans, planOf, type LeanInclude, type LeanPlan } from '../persistence/lean.js';
import { queryPrepared } from '../persistence/prepared.js';
import { optionalText } from '../common/validate.js';
import { Keyset, type SortKey } from '../graphql/keyset.js';
import { pageRequest, type Page, type PageArgs } from '../graphql/relay.js';
import { type Referral } from './referral.entity.js';

export interface WorklistFilter {
  statuses?: ReferralStatus[] | null;
  priorities?: ReferralPriority[] | null;
  specialties?: Specialty[] | null;
  assigneeIds?: string[] | null;
  unassigned?: boolean | null;
  sourceTypes?: ReferralSourceType[] | null;
  targetMission?: string | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
  overdue?: boolean | null;
  text?: string | null;
  /**
   * Whether `text` may match what identifies a patient or describes their condition (the
   * patient's names and MRN, the referral's reason). Only for roles that may open records
   * (READ_PATIENTS); for the others it matches the source and mission alone, so a work list
   * cannot be used to find a person.
   */
  textMatchesPatients?: boolean;
  /** Only these referrals (not in the API's filter: the live worklist reads changed referrals by key). */
  ids?: string[] | null;
}

export interface WorklistOrder {
  field: ReferralOrderField;
  direction: SortDirection;
}

/** What a worklist page reads with each referral: its patient. */
export const WORKLIST_RECORDS: LeanInclude = { patient: {} };

export const OPEN_STATUSES = Object.values(ReferralStatus).filter((s) => REFERRAL_TRANSITIONS[s].length > 0);

const PRIORITY_RANK: Record<ReferralPriority, number> = { STAT: 4, ASAP: 3, URGENT: 2, ROUTINE: 1 };

/** The leading sort key of each order, as SQL over the alias `r` (none: received time alone). */
const SORT_KEY: Record<ReferralOrderField, SortKey<Referral> | null> = {
  [ReferralOrderField.RECEIVED_AT]: null,
  [ReferralOrderField.DUE_DATE]: { sql: 'r.due_date', type: 'date', ifNull: '9999-12-31', of: (r) => r.dueDate },
  [ReferralOrderField.PRIORITY]: {
    sql: `(case r.priority when 'STAT' then 4 when 'ASAP' then 3 when 'URGENT' then 2 else 1 end)`,
    type: 'int',
    valid: (rank) => /^[1-4]$/.test(rank),
    of: (r) => PRIORITY_RANK[r.priority],
  },
};

/** What the cursors of a page read of its rows: every order's keys (SORT_KEY, then received time and id). */
const CURSOR_READS = columnsPlan(['dueDate', 'priority', 'receivedAt']);

/**
 * The keyset of each order and direction: its sort key, then the immutable (received_at, id),
 * so that the order is total and a cursor is a row-value comparison.
 */
const KEYSETS = Object.fromEntries(
  Object.values(ReferralOrderField).map((field) => {
    const keys: SortKey<Referral>[] = [
      ...(SORT_KEY[field] ? [SORT_KEY[field]] : []),
      { sql: 'r.received_at', type: 'instant', of: (r) => r.receivedAt.toISOString() },
      { sql: 'r.id', type: 'uuid', of: (r) => r.id },
    ];
    return [field, { asc: new Keyset(keys, 'asc'), desc: new Keyset(keys, 'desc') }];
  }),
) as Record<ReferralOrderField, Record<'asc' | 'desc', Keyset<Referral>>>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const startOfDay = (day: string): Date => new Date(`${day}T00:00:00${HOSPITAL_UTC_OFFSET}`);

/** SQL conditions over the alias `r` (referral), with their parameters. */
export interface SqlConditions {
  sql: string;
  params: unknown[];
}

/** The conditions of a worklist filter; `withStatuses: false` leaves statuses out (for the tab counts). */
export function worklistWhere(filter: WorklistFilter, today: string, withStatuses = true): SqlConditions {
  const and: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    and.push(sql);
    params.push(...values);
  };
  if (filter.ids) add('r.id = any(?)', filter.ids);
  if (withStatuses && filter.statuses?.length) add('r.status = any(?)', filter.statuses);
  if (filter.priorities?.length) add('r.priority = any(?)', filter.priorities);
  if (filter.specialties?.length) add('r.specialty = any(?)', filter.specialties);
  if (filter.sourceTypes?.length) add('r.source_type = any(?)', filter.sourceTypes);
  if (filter.assigneeIds?.length && filter.unassigned) add('(r.assignee_id = any(?) or r.assignee_id is null)', filter.assigneeIds);
  else if (filter.assigneeIds?.length) add('r.assignee_id = any(?)', filter.assigneeIds);
  else if (filter.unassigned) add('r.assignee_id is null');
  const mission = optionalText('filter.targetMission', filter.targetMission, 200);
  if (mission) add('r.target_mission = ?', mission);
  if (filter.receivedFrom) add('r.received_at >= ?', startOfDay(filter.receivedFrom));
  if (filter.receivedTo) add('r.received_at < ?', startOfDay(addDays(filter.receivedTo, 1)));
  if (filter.overdue === true) add('r.status = any(?) and r.due_date < ?', OPEN_STATUSES, today);
  if (filter.overdue === false) add('(r.status <> all(?) or r.due_date is null or r.due_date >= ?)', OPEN_STATUSES, today);
  const text = optionalText('filter.text', filter.text, 100);
  if (text) {
    for (const word of text.split(/\s+/).slice(0, 5)) {
      const like = `%${escapeLike(word)}%`;
      if (filter.textMatchesPatients) {
        add(
          `(r.reason ilike ? or r.source_name ilike ? or r.target_mission ilike ? or exists (select 1 from patient tp where tp.id = r.patient_id
            and (tp.family_name ilike ? or tp.given_name ilike ? or tp.family_name_khmer like ? or tp.given_name_khmer like ? or tp.mrn like ?)))`,
          like, like, like, like, like, like, like, `${escapeLike(word)}%`,
        );
      } else {
        add('(r.source_name ilike ? or r.target_mission ilike ?)', like, like);
      }
    }
  }
  return { sql: and.length ? and.join(' and ') : 'true', params };
}

/**
 * One page of the referral worklist, with each referral's patient, in one statement: a
 * keyset read over (sort key, received_at, id), so pages neither repeat nor skip rows when
 * referrals are added or change status between requests. Rows are read lean (persistence/lean.ts),
 * as `plan` says (by default every column, with the patient).
 *
 * `withTotal` (the request selects `totalCount`): the same statement also counts every referral
 * the filter matches, in a subquery PostgreSQL runs once, so the count costs no second round
 * trip. An empty page carries no count: without a cursor it is none; after one, a statement of its own.
 */
export async function listReferrals(
  em: EntityManager,
  args: { filter: WorklistFilter; order: WorklistOrder; today: string; plan?: LeanPlan; withTotal?: boolean } & PageArgs,
): Promise<Page<Referral>> {
  const request = pageRequest(args);
  const where = worklistWhere(args.filter, args.today);
  const keyset = KEYSETS[args.order.field][args.order.direction === SortDirection.ASC ? 'asc' : 'desc'];
  const reader = leanPlanReader<Referral>(em, 'Referral', 'r', mergePlans(args.plan ?? planOf(WORKLIST_RECORDS), CURSOR_READS));
  const window = keyset.window(request);
  const countSql = `select count(*)::int as n from referral r where ${where.sql}`;
  const total = args.withTotal ? { sql: `, (${countSql}) as total`, params: where.params } : { sql: '', params: [] };
  const found = await queryPrepared<{ row: unknown; total?: number }>(
    em,
    // The limit is written into the text (a page size, an integer the page request checked), not
    // bound: with `limit $n` PostgreSQL's generic plan assumes a tenth of the table, so it plans
    // this statement afresh on every run; with the number it keeps one plan per connection.
    `select ${reader.sql} as row${total.sql} from referral r where ${where.sql} and ${window.sql} order by ${window.orderBy} limit ${window.limit}`,
    [...total.params, ...where.params, ...window.params],
  );
  return keyset.page(
    found.map((r) => reader.read(r.row)),
    request,
    async () => {
      if (args.withTotal && found.length > 0) return found[0].total!;
      // No cursor: the page's window is every match, so an empty one counts none.
      if (args.withTotal && !request.after && !request.before) return 0;
      const [row] = await queryPrepared<{ n: number }>(em, countSql, where.params);
      return row.n;
    },
  );
}

/** Referrals per status for the same filter without its statuses: the worklist's tabs. */
export async function countByStatus(em: EntityManager, filter: WorklistFilter, today: string): Promise<{ status: ReferralStatus; count: number }[]> {
  const where = worklistWhere(filter, today, false);
  const rows = await queryPrepared<{ status: ReferralStatus; count: number }>(
    em,
    `select r.status, count(*)::int as count from referral r where ${where.sql} group by r.status`,
    where.params,
  );
  const counts = new Map(rows.map((row) => [row.status, Number(row.count)]));
  return Object.values(ReferralStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
}
