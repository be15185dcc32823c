import type { EntityManager } from '@mikro-orm/postgresql';
import { batchLoader, childrenLoader } from '../graphql/loader-factory.js';
import { queryPrepared } from '../persistence/prepared.js';
import { DevelopmentActivity } from './development.entity.js';
import { EntrustmentDecision } from './entrustment.entity.js';
import { missionTeachingPlans } from './handover.service.js';
import type { MissionTeachingCase } from './handover.types.js';
import { latestEntrustmentsSql } from './latest-entrustment.js';

/**
 * The entrustment and development loaders, part of the request's one registry (`createLoaders`
 * in graphql/loaders.ts, reached as `ctx.loaders`).
 */
export const ENTRUSTMENT_LOADERS = {
  /**
   * Missions' teaching plans, keyed `<day> <mission id>`: the day (a request's, in Phnom Penh)
   * on which the trainees' standing is read. Four statements per day in a batch.
   */
  teachingPlan: (em: EntityManager) =>
    batchLoader<string, MissionTeachingCase[]>(async (keys) => {
      const plans = new Map<string, MissionTeachingCase[]>();
      for (const day of new Set(keys.map((key) => key.split(' ')[0]))) {
        const ids = keys.filter((key) => key.startsWith(`${day} `)).map((key) => key.slice(day.length + 1));
        const found = await missionTeachingPlans(em, day, ids);
        ids.forEach((id, i) => plans.set(`${day} ${id}`, found[i]));
      }
      return keys.map((key) => plans.get(key) ?? []);
    }),
  /** A staff member's development activities, latest first. */
  developmentByStaff: (em: EntityManager) => childrenLoader(em, DevelopmentActivity, 'staffMember', { startsOn: 'desc', createdAt: 'desc', id: 'desc' }),
  /** Each staff member's latest entrustment decision per procedure group (their entrusted levels), by group; one statement per batch. */
  entrustmentsByStaff: (em: EntityManager) =>
    batchLoader<string, EntrustmentDecision[]>(async (staffIds) => {
      const rows = await queryPrepared<Record<string, unknown>>(
        em,
        latestEntrustmentsSql(
          '"staff_member_id" = any(?::uuid[])',
          '"id", "staff_member_id", "procedure_group", "level", "decided_by", "decided_on"::text as "decided_on", "reason", "created_at"',
        ),
        [[...staffIds]],
      );
      const byStaff = new Map<string, EntrustmentDecision[]>(staffIds.map((id) => [id, []]));
      for (const row of rows) byStaff.get(row.staff_member_id as string)?.push(em.map(EntrustmentDecision, row));
      return staffIds.map((id) => byStaff.get(id)!);
    }),
};
