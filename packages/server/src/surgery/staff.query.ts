import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../common/domain-error.js';
import { pageOf } from '../graphql/keyset.js';
import { decodeCursor, encodeCursor, isUuid, pageRequest, type Page, type PageArgs } from '../graphql/relay.js';
import { StaffMember } from './staff.entity.js';

/**
 * A page of staff by name, then id. A cursor holds only the staff member's id (a cursor
 * carries no names); the name to continue from is read from that row, in the same statement.
 */
export async function listStaffMembers(em: EntityManager, where: FilterQuery<StaffMember>, paging: PageArgs): Promise<Page<StaffMember>> {
  const request = pageRequest(paging);
  const reading = request.backward ? 'desc' : 'asc';
  const qb = em.createQueryBuilder(StaffMember, 's').select('*').where(where as never);
  for (const [cursor, field, op] of [[request.after, 'after', '>'], [request.before, 'before', '<']] as const) {
    if (!cursor) continue;
    const [id] = decodeCursor(cursor, 1, field).map(String) as [string];
    if (!isUuid(id)) throw badInput(field, 'The cursor is not valid; start again from the first page', 'INVALID_CURSOR');
    qb.andWhere(`(s.name, s.id) ${op} (select c.name, c.id from staff_member c where c.id = ?::uuid)`, [id]);
  }
  qb.orderBy({ name: reading, id: reading }).limit(request.size + 1);
  return pageOf(await qb.getResultList(), request, (s) => encodeCursor([s.id]), () => em.count(StaffMember, where));
}
