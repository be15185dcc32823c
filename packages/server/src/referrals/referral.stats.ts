import type { EntityManager } from '@mikro-orm/postgresql';
import { CLINICAL_TEXT } from '../auth/clinical-text.js';
import { ReferralStatus, Specialty, UrgencyBand, Permission } from '@pj/shared';
import { Authorized, Field, Float, Int, ObjectType } from 'type-graphql';
import { badInput } from '../common/domain-error.js';
import { LocalDate } from '../graphql/scalars.js';
import { OPEN_STATUSES } from './referral.query.js';
import { aggregateIndicator, periodOf, round1 } from '../reports/indicator.service.js';
import { WAIT_REFERRAL_TO_TRIAGE } from '../reports/indicators/waiting.js';

@ObjectType({ description: 'Waiting referrals of one specialty and urgency band.' })
export class WaitlistGroup {
  @Field(() => Specialty, { description: 'The specialty the patients wait for.' })
  specialty!: Specialty;

  @Field(() => UrgencyBand, { nullable: true, description: 'Their urgency band; null for referrals not yet given one.' })
  urgencyBand!: UrgencyBand | null;

  @Field(() => Int, { description: 'How many referrals wait (ACCEPTED or WAITLISTED now).' })
  waiting!: number;

  @Field(() => Int, { description: 'Of which past their due date.' })
  pastTarget!: number;
}

@ObjectType({ description: 'Referrals declined or cancelled for one reason.' })
export class CancellationCount {
  @Field(() => ReferralStatus, { description: 'DECLINED or CANCELLED.' })
  status!: ReferralStatus;

  @Authorized(Permission.READ_PATIENTS)
  @Field(() => String, { nullable: true, description: `The reason given (free text). ${CLINICAL_TEXT}` })
  reason!: string;

  @Field(() => Int, { description: 'How many referrals with this status and reason.' })
  count!: number;
}

@ObjectType({ description: 'The case managers\' figures for a period (days in Phnom Penh).' })
export class ReferralStats {
  @Field(() => LocalDate, { description: 'First day of the period (Phnom Penh), as asked.' })
  from!: string;

  @Field(() => LocalDate, { description: 'Last day of the period (Phnom Penh), included, as asked.' })
  to!: string;

  @Field(() => Int, { description: 'Referrals received in the period.' })
  received!: number;

  @Field(() => Float, { nullable: true, description: 'Median days from receipt to triage, for referrals received in the period.' })
  medianDaysToTriage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from acceptance to the operation, for operations in the period.' })
  medianDaysDecisionToSurgery!: number | null;

  @Field(() => [WaitlistGroup], { description: 'Accepted and waitlisted referrals now, by specialty and urgency band.' })
  waitlist!: WaitlistGroup[];

  @Field(() => Float, { nullable: true, description: 'Share (0–1) of open referrals with a due date that are past it now.' })
  openPastTargetShare!: number | null;

  @Field(() => [CancellationCount], { description: 'Referrals declined or cancelled in the period, by reason.' })
  cancellations!: CancellationCount[];
}

/** The figures case managers track, each one aggregate query. */
export async function referralStats(em: EntityManager, from: string, to: string, today: string): Promise<ReferralStats> {
  if (to < from) throw badInput('to', '`to` must not be before `from`', 'RANGE');
  const period = periodOf(from, to, today);
  const { start, end } = period;
  const conn = em.getConnection();
  const open = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

  // Received and the median time to triage: the indicator WAIT_REFERRAL_TO_TRIAGE's figures (one definition).
  const [triage] = await aggregateIndicator(em, WAIT_REFERRAL_TO_TRIAGE, period, []);
  const [surgery] = await conn.execute<{ median: string | null }[]>(
    `select percentile_cont(0.5) within group (order by extract(epoch from (s.started_at - a.at)) / 86400) as median
       from surgery s
       join lateral (select min(c.changed_at) as at from referral_status_change c
                      where c.referral_id = s.referral_id and c.to_status = 'ACCEPTED') a on a.at is not null
      where s.status = 'COMPLETED' and s.started_at >= ? and s.started_at < ?`,
    [start, end],
  );
  const waitlist = await conn.execute<{ specialty: Specialty; urgency_band: UrgencyBand | null; waiting: number; past_target: number }[]>(
    `select specialty, urgency_band, count(*)::int as waiting, count(*) filter (where due_date < ?)::int as past_target
       from referral where status in ('ACCEPTED', 'WAITLISTED')
      group by specialty, urgency_band order by specialty, urgency_band nulls last`,
    [today],
  );
  const [pastTarget] = await conn.execute<{ share: string | null }[]>(
    `select (count(*) filter (where due_date < ?))::float / nullif(count(*), 0) as share
       from referral where status in (${open}) and due_date is not null`,
    [today],
  );
  const cancellations = await conn.execute<{ status: ReferralStatus; reason: string; count: number }[]>(
    `select to_status as status, coalesce(reason, '(no reason given)') as reason, count(*)::int as count
       from referral_status_change
      where to_status in ('DECLINED', 'CANCELLED') and changed_at >= ? and changed_at < ?
      group by 1, 2 order by count desc, reason`,
    [start, end],
  );
  return {
    from,
    to,
    received: triage?.cases ?? 0,
    medianDaysToTriage: round1(triage?.median),
    medianDaysDecisionToSurgery: round1(surgery?.median),
    waitlist: waitlist.map((w) => ({ specialty: w.specialty, urgencyBand: w.urgency_band, waiting: w.waiting, pastTarget: w.past_target })),
    openPastTargetShare: pastTarget?.share === null || pastTarget?.share === undefined ? null : Math.round(Number(pastTarget.share) * 1000) / 1000,
    cancellations,
  };
}
