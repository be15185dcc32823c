import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClavienDindoGrade, Day30Status } from '@pj/shared';
import { batchLoader, byIdLoader } from '../graphql/loader-factory.js';
import { queryPrepared } from '../persistence/prepared.js';
import { LogbookEntry } from './logbook-entry.entity.js';
import { ProcedureGroup } from './procedure-group.entity.js';
import { LogbookOutcome } from './logbook.types.js';

/**
 * The logbook's DataLoaders, part of the request's one registry (graphql/loaders.ts): one
 * statement per batch each.
 */
export const LOGBOOK_LOADERS = {
  logbookEntry: (em: EntityManager) => byIdLoader(em, LogbookEntry),
  /** By code, the group's key. */
  procedureGroup: (em: EntityManager) => byIdLoader(em, ProcedureGroup),
  /**
   * The outcome of operations, by surgery id: complications (count, highest grade, in the
   * enum's order), another operation of the patient performed within 30 days after this one
   * ended, and the day-30 call's finding.
   */
  logbookOutcome: (em: EntityManager) =>
    batchLoader<string, LogbookOutcome>(async (ids) => {
      const rows = await queryPrepared<{ id: string; complications: number; grade: ClavienDindoGrade | null; returned: boolean; day30: Day30Status | null }>(
        em,
        `select s."id"::text as "id",
                (select count(*)::int from "complication" c where c."surgery_id" = s."id") as "complications",
                (select c."grade" from "complication" c where c."surgery_id" = s."id"
                  order by array_position(array['I','II','IIIA','IIIB','IVA','IVB','V'], c."grade") desc limit 1) as "grade",
                exists (select 1 from "surgery" o where o."patient_id" = s."patient_id" and o."id" <> s."id" and o."status" = 'COMPLETED'
                          and o."started_at" >= s."ended_at" and o."started_at" < s."ended_at" + interval '30 days') as "returned",
                (select f."day30_status" from "follow_up" f where f."surgery_id" = s."id" and f."kind" = 'DAY_30_CALL' and f."day30_status" is not null
                  order by f."due_date" desc limit 1) as "day30"
           from "surgery" s where s."id" = any(?)`,
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => {
        const row = byId.get(id);
        return Object.assign(new LogbookOutcome(), {
          complications: row?.complications ?? 0,
          highestClavienDindoGrade: row?.grade ?? null,
          returnedToTheatre: row?.returned ?? false,
          day30Status: row?.day30 ?? null,
        });
      });
    }),
};
