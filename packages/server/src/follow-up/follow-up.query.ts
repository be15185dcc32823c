import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { FollowUpStatus, type FollowUpKind } from '@pj/shared';
import { Keyset } from '../graphql/keyset.js';
import { pageRequest, type Page, type PageArgs } from '../graphql/relay.js';
import { FollowUp } from './follow-up.entity.js';

export interface FollowUpListArgs extends PageArgs {
  /** Due on or before this day (today's list includes the overdue ones). */
  date: string;
  /** Due on or after this day, when given. */
  dueFrom?: string | null;
  statuses: FollowUpStatus[];
  kinds?: FollowUpKind[] | null;
}

/**
 * A follow-up still SCHEDULED whose patient has attended a follow-up on a LATER day than its
 * due day is superseded: the patient was seen (or reached) since, so it is no longer due. It
 * stays SCHEDULED in the record and the loss-to-follow-up rule ignores it too
 * (`lostToFollowUpBecauseOf`: "nothing attended since"). Two follow-ups due the same day (a
 * wound check and a day-30 call) are both still due when one of them is attended: each has its
 * own purpose. The condition reads the same `follow_up` rows through the patient index, so the
 * page stays one statement.
 */
const NOT_SUPERSEDED = `(f.status <> '${FollowUpStatus.SCHEDULED}' or not exists (select 1 from follow_up later
  where later.patient_id = f.patient_id and later.status = '${FollowUpStatus.ATTENDED}' and later.outcome_on > f.due_date))`;

/** Oldest due first, then by id. */
const FOLLOW_UP_KEYSET = new Keyset<FollowUp>([
  { sql: 'f.due_date', type: 'date', of: (f) => f.dueDate },
  { sql: 'f.id', type: 'uuid', of: (f) => f.id },
]);

/**
 * A page of follow-ups due on or before `date` (oldest due first, then by id), with their
 * patients, in one statement; a keyset cursor over (due_date, id). Superseded ones are left out.
 */
export async function listFollowUps(em: EntityManager, args: FollowUpListArgs): Promise<Page<FollowUp>> {
  const and: FilterQuery<FollowUp>[] = [
    { dueDate: { $lte: args.date } },
    { status: { $in: args.statuses.length ? args.statuses : [FollowUpStatus.SCHEDULED] } },
  ];
  if (args.dueFrom) and.push({ dueDate: { $gte: args.dueFrom } });
  if (args.kinds?.length) and.push({ kind: { $in: args.kinds } });
  const where: FilterQuery<FollowUp> = { $and: and };
  const qb = em.createQueryBuilder(FollowUp, 'f').select('*').leftJoinAndSelect('f.patient', 'p').where(where).andWhere(NOT_SUPERSEDED);
  const request = pageRequest(args);
  const window = FOLLOW_UP_KEYSET.window(request);
  qb.andWhere(window.sql, window.params);
  qb.orderBy(FOLLOW_UP_KEYSET.qbOrderBy(request)).limit(window.limit);
  return FOLLOW_UP_KEYSET.page(await qb.getResultList(), request, () =>
    em.createQueryBuilder(FollowUp, 'f').where(where).andWhere(NOT_SUPERSEDED).getCount(),
  );
}
