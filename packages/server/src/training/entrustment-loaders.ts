import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader, childrenLoader } from '../graphql/loader-factory.js';
import { DevelopmentActivity } from './development.entity.js';
import { EntrustmentDecision } from './entrustment.entity.js';
import { ProcedureGroup } from './procedure-group.entity.js';

/**
 * The entrustment and development loaders, part of the request's one registry (`createLoaders`
 * in graphql/loaders.ts, reached as `ctx.loaders`).
 */
export const ENTRUSTMENT_LOADERS = {
  /** Procedure groups by code (reference data: the identity map usually has them). */
  procedureGroup: (em: EntityManager) =>
    batchLoader<string, ProcedureGroup | null>(async (codes) => {
      const groups = await em.find(ProcedureGroup, { code: { $in: [...codes] } });
      return codes.map((code) => groups.find((group) => group.code === code) ?? null);
    }),
  /** A staff member's development activities, latest first. */
  developmentByStaff: (em: EntityManager) => childrenLoader(em, DevelopmentActivity, 'staffMember', { startsOn: 'desc', createdAt: 'desc', id: 'desc' }),
  /** Each staff member's latest entrustment decision per procedure group (their entrusted levels), by group; one statement per batch. */
  entrustmentsByStaff: (em: EntityManager) =>
    batchLoader<string, EntrustmentDecision[]>(async (staffIds) => {
      const rows = await em.getConnection().execute<Record<string, unknown>[]>(
        `select distinct on ("staff_member_id", "procedure_group") "id", "staff_member_id", "procedure_group", "level", "decided_by",
                "decided_on"::text as "decided_on", "reason", "created_at"
         from "entrustment_decision" where "staff_member_id" = any(?::uuid[])
         order by "staff_member_id", "procedure_group", "decided_on" desc, "created_at" desc, "id" desc`,
        // As an array literal: the driver would spread a JavaScript array into a list of values.
        [`{${staffIds.join(',')}}`],
      );
      const byStaff = new Map<string, EntrustmentDecision[]>(staffIds.map((id) => [id, []]));
      for (const row of rows) byStaff.get(row.staff_member_id as string)?.push(em.map(EntrustmentDecision, row));
      return staffIds.map((id) => byStaff.get(id)!);
    }),
};
