import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../common/domain-error.js';
import { pageOf } from '../graphql/keyset.js';
import { decodeCursor, encodeCursor, isUuid, pageRequest, type Page, type PageArgs } from '../graphql/relay.js';
import type { Specialty, StaffRole } from '@pj/shared';
import { StaffMember } from './staff.entity.js';
import { countOf, listOf } from '../persistence/replica-lists.js';

/** The staff directory's filters as a query: role, specialty, local or visiting, and a text in any name or the institution. */
export function staffFilter(filter: { role?: StaffRole | null; visiting?: boolean | null; specialty?: Specialty | null; search?: string | null }): FilterQuery<StaffMember> {
  const text = filter.search?.trim() ?? '';
  if (text.length > 100) throw badInput('search', 'search is at most 100 characters', 'TOO_LONG', { max: 100 });
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.specialty ? { specialty: filter.specialty } : {}),
    ...(filter.visiting == null ? {} : { visiting: filter.visiting }),
    ...(text ? { $or: [{ name: { $ilike: like } }, { nameKhmer: { $ilike: like } }, { nameJapanese: { $ilike: like } }, { institution: { $ilike: like } }] } : {}),
  };
}

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
  return pageOf(await listOf(em, StaffMember, qb), request, (s) => encodeCursor([s.id]), () => countOf(em, StaffMember, where));
}
