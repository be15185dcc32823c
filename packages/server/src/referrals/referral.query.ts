import { raw, type ObjectQuery } from '@mikro-orm/core';
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
import { badInput } from '../common/domain-error.js';
import { leanReader } from '../db/lean.js';
import { optionalText } from '../common/validate.js';
import { decodeCursor, encodeCursor, isUuid, type Page } from '../graphql/relay.js';
import { Referral } from './referral.entity.js';

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
}

export interface WorklistOrder {
  field: ReferralOrderField;
  direction: SortDirection;
}

export const OPEN_STATUSES = Object.values(ReferralStatus).filter((s) => REFERRAL_TRANSITIONS[s].length > 0);

/**
 * The sort key of each order, as SQL over the alias `r`, always ending in the immutable
 * (received_at, id) so that the order is total and a cursor is a row-value comparison.
 */
const SORT_KEY: Record<ReferralOrderField, { sql: string; of: (r: Referral) => string | number }> = {
  [ReferralOrderField.RECEIVED_AT]: { sql: '', of: () => 0 },
  [ReferralOrderField.DUE_DATE]: {
    sql: `coalesce(r.due_date, date '9999-12-31')`,
    of: (r) => r.dueDate ?? '9999-12-31',
  },
  [ReferralOrderField.PRIORITY]: {
    sql: `(case r.priority when 'STAT' then 4 when 'ASAP' then 3 when 'URGENT' then 2 else 1 end)`,
    of: (r) => ({ STAT: 4, ASAP: 3, URGENT: 2, ROUTINE: 1 })[r.priority],
  },
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const startOfDay = (day: string): Date => new Date(`${day}T00:00:00${HOSPITAL_UTC_OFFSET}`);

/** The conditions of a worklist filter; `withStatuses: false` leaves statuses out (for the tab counts). */
export function worklistWhere(filter: WorklistFilter, today: string, withStatuses = true): ObjectQuery<Referral> {
  const and: ObjectQuery<Referral>[] = [];
  if (withStatuses && filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
  if (filter.priorities?.length) and.push({ priority: { $in: filter.priorities } });
  if (filter.specialties?.length) and.push({ specialty: { $in: filter.specialties } });
  if (filter.sourceTypes?.length) and.push({ sourceType: { $in: filter.sourceTypes } });
  const assignees: ObjectQuery<Referral>[] = [];
  if (filter.assigneeIds?.length) assignees.push({ assignee: { $in: filter.assigneeIds } });
  if (filter.unassigned) assignees.push({ assignee: null });
  if (assignees.length) and.push({ $or: assignees });
  const mission = optionalText('filter.targetMission', filter.targetMission, 200);
  if (mission) and.push({ targetMission: mission });
  if (filter.receivedFrom) and.push({ receivedAt: { $gte: startOfDay(filter.receivedFrom) } });
  if (filter.receivedTo) and.push({ receivedAt: { $lt: startOfDay(addDays(filter.receivedTo, 1)) } });
  if (filter.overdue === true) and.push({ status: { $in: OPEN_STATUSES }, dueDate: { $lt: today } });
  if (filter.overdue === false) and.push({ $or: [{ status: { $nin: OPEN_STATUSES } }, { dueDate: null }, { dueDate: { $gte: today } }] });
  const text = optionalText('filter.text', filter.text, 100);
  if (text) {
    const words = text.split(/\s+/).slice(0, 5);
    for (const word of words) {
      const like = `%${escapeLike(word)}%`;
      and.push({
        $or: [
          { reason: { $ilike: like } },
          { sourceName: { $ilike: like } },
          { targetMission: { $ilike: like } },
          { patient: { familyName: { $ilike: like } } },
          { patient: { givenName: { $ilike: like } } },
          { patient: { familyNameKhmer: { $like: like } } },
          { patient: { givenNameKhmer: { $like: like } } },
          { patient: { mrn: { $like: `${escapeLike(word)}%` } } },
        ],
      });
    }
  }
  return and.length ? { $and: and } : {};
}

/**
 * One page of the referral worklist, with each referral's patient, in one statement: a
 * keyset read over (sort key, received_at, id), so pages neither repeat nor skip rows when
 * referrals are added or change status between requests. Rows are read lean (db/lean.ts).
 */
export async function listReferrals(
  em: EntityManager,
  args: { filter: WorklistFilter; order: WorklistOrder; first: number; after?: string | null; today: string },
): Promise<Page<Referral>> {
  const where = worklistWhere(args.filter, args.today);
  const key = SORT_KEY[args.order.field];
  const dir = args.order.direction === SortDirection.ASC ? 'asc' : 'desc';
  const reader = leanReader<Referral>(em, 'Referral', 'r', { patient: {} });
  const qb = em.createQueryBuilder(Referral, 'r').select(raw(`${reader.sql} as row`)).where(where);

  const tuple = key.sql ? `(${key.sql}, r.received_at, r.id)` : '(r.received_at, r.id)';
  if (args.after) {
    const values = decodeCursor(args.after, key.sql ? 3 : 2).map(String);
    const [receivedAt, id] = values.slice(-2) as [string, string];
    if (Number.isNaN(Date.parse(receivedAt)) || !isUuid(id)) {
      throw badInput('after', 'The cursor is not valid; start again from the first page', 'INVALID_CURSOR');
    }
    const params: unknown[] = key.sql ? [values[0], new Date(receivedAt), id] : [new Date(receivedAt), id];
    if (args.order.field === ReferralOrderField.PRIORITY && !/^[1-4]$/.test(values[0])) {
      throw badInput('after', 'The cursor is not valid; start again from the first page', 'INVALID_CURSOR');
    }
    const cast = args.order.field === ReferralOrderField.PRIORITY ? '?::int' : args.order.field === ReferralOrderField.DUE_DATE ? '?::date' : '';
    const placeholders = key.sql ? `(${cast}, ?, ?)` : '(?, ?)';
    qb.andWhere(`${tuple} ${dir === 'asc' ? '>' : '<'} ${placeholders}`, params);
  }
  const orderBy: Record<string, 'asc' | 'desc'>[] = [];
  if (key.sql) orderBy.push({ [raw(key.sql)]: dir });
  orderBy.push({ receivedAt: dir }, { id: dir });
  qb.orderBy(orderBy).limit(args.first + 1);

  const rows = (await qb.execute<{ row: unknown }[]>('all', false)).map((r) => reader.read(r.row));
  return {
    nodes: rows.slice(0, args.first),
    hasNextPage: rows.length > args.first,
    cursorOf: (r) => encodeCursor(key.sql ? [key.of(r), r.receivedAt.toISOString(), r.id] : [r.receivedAt.toISOString(), r.id]),
    count: () => em.count(Referral, where),
  };
}

/** Referrals per status for the same filter without its statuses: the worklist's tabs. */
export async function countByStatus(em: EntityManager, filter: WorklistFilter, today: string): Promise<{ status: ReferralStatus; count: number }[]> {
  const rows = await em
    .createQueryBuilder(Referral, 'r')
    .select(['r.status', raw('count(*)::int as count')])
    .where(worklistWhere(filter, today, false))
    .groupBy('r.status')
    .execute<{ status: ReferralStatus; count: number }[]>('all', false);
  const counts = new Map(rows.map((row) => [row.status, Number(row.count)]));
  return Object.values(ReferralStatus).map((status) => ({ status, count: counts.get(status) ?? 0 }));
}
