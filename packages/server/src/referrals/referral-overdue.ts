import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@pj/shared';
import { OPEN_STATUSES } from './referral.query.js';

/**
 * Announces on the live channel (`pj_live`, as the `referral` triggers do: db/migrations/…-referral-live-notify.ts)
 * every open referral that became overdue on a hospital day from `coversFrom` to `asOf`: a
 * referral is overdue once its due date has passed (`Referral.overdue`: open and due before
 * today), so it becomes overdue at the start of the day after its due date. Nothing in the row
 * changes then, so no trigger can fire; this is sent from the scheduled job's transaction
 * instead, and only if its run commits. Returns the referrals announced and their patients.
 */
export async function announceOverdueReferrals(
  em: EntityManager,
  coversFrom: string,
  asOf: string,
): Promise<{ referralIds: string[]; patientIds: string[] }> {
  const rows = await em.execute<{ id: string; patient_id: string }[]>(
    `select r.id, r.patient_id, pg_notify('pj_live', json_build_object('t', 'r', 'id', r.id)::text)::text as sent
     from referral r where r.status in (?) and r.due_date >= ? and r.due_date < ? order by r.due_date, r.id`,
    [OPEN_STATUSES, addDays(coversFrom, -1), asOf],
  );
  return { referralIds: rows.map((r) => r.id), patientIds: [...new Set(rows.map((r) => r.patient_id))] };
}
