import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReferralStatus } from '@pj/shared';
import { badInput } from '../common/domain-error.js';
import { decodeCursor, encodeCursor, isUuid, type Page } from '../graphql/relay.js';
import { Referral } from './referral.entity.js';

/** Referrals newest first, keyset-paginated on (received_at, id). */
export async function listReferrals(
  em: EntityManager,
  args: { statuses: ReferralStatus[] | null; first: number; after?: string | null },
): Promise<Page<Referral>> {
  const where: FilterQuery<Referral> = args.statuses?.length ? { status: { $in: args.statuses } } : {};
  let keyset: FilterQuery<Referral> = {};
  if (args.after) {
    const [receivedAt, id] = decodeCursor(args.after, 2).map(String) as [string, string];
    const at = new Date(receivedAt);
    if (Number.isNaN(at.getTime()) || !isUuid(id)) throw badInput('after', 'The cursor is not valid', 'INVALID_CURSOR');
    keyset = { $or: [{ receivedAt: { $lt: at } }, { receivedAt: at, id: { $lt: id } }] };
  }
  const rows = await em.find(Referral, { $and: [where, keyset] }, {
    orderBy: { receivedAt: 'desc', id: 'desc' },
    limit: args.first + 1,
  });
  return {
    nodes: rows.slice(0, args.first),
    hasNextPage: rows.length > args.first,
    cursorOf: (r) => encodeCursor([r.receivedAt.toISOString(), r.id]),
    count: () => em.count(Referral, where),
  };
}
