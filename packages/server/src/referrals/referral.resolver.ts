import {
  Permission,
  MANUAL_REFERRAL_TRANSITIONS,
  ReferralOrderField,
  ReferralStatus,
  Role,
  SortDirection,
  hospitalDate,
  isReferralOpen,
} from '@pj/shared';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Episode } from '../episodes/episode.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { loadRef, loadRequiredRef, type MaybePromise } from '../graphql/loader-factory.js';
import { INPUT_ARG, keyOf, toConnection, PageArgs } from '../graphql/relay.js';
import { Keyset, readKeysetPage } from '../graphql/keyset.js';
import { LocalDate } from '../graphql/scalars.js';
import { Patient } from '../patients/patient.entity.js';
import { AssignReferralInput, ReceiveReferralInput, ReferralFilter, ReferralOrder, TransitionReferralInput } from './referral.input.js';
import { Referral, ReferralStatusChange } from './referral.entity.js';
import { countByStatus, listReferrals, WORKLIST_RECORDS, type WorklistFilter } from './referral.query.js';
import { selectedPlan, selectsPath } from '../graphql/selection.js';
import { assignReferral, receiveReferral, transitionReferral } from './referral.service.js';
import { ReferralStats, referralStats } from './referral.stats.js';
import { PatientReferralConnection, ReferralConnection, ReferralStatusChangeConnection } from './referral.types.js';
import { Reads } from '../graphql/reads.js';

function worklistFilter(filter: ReferralFilter | null | undefined): WorklistFilter {
  return {
    ...filter,
    assigneeIds: filter?.assigneeIds?.map((id, i) => keyOf(id, 'User', `filter.assigneeIds[${i}]`)) ?? null,
  };
}

/** A referral's status changes, oldest first. */
const STATUS_HISTORY = new Keyset<ReferralStatusChange>([
  { sql: 'c.changed_at', type: 'instant', of: (c) => c.changedAt.toISOString() },
  { sql: 'c.id', type: 'uuid', of: (c) => c.id },
]);

@Resolver(() => Referral)
export class ReferralResolver {
  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => ReferralConnection, { description: 'The referral worklist: filtered, sorted (newest first by default), paged.' })
  async referrals(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ReferralFilter, { nullable: true, description: 'Which referrals; omit it for all.' }) filter?: ReferralFilter | null,
    @Arg('orderBy', () => ReferralOrder, { nullable: true, description: 'How to sort; newest received first when omitted.' }) orderBy?: ReferralOrder | null,
    @Args(() => PageArgs) paging: PageArgs = {},
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ReferralConnection> {
    const today = hospitalDate(ctx.clock());
    const where = { ...worklistFilter(filter), textMatchesPatients: ctx.user?.permissions.has(Permission.READ_PATIENTS) === true };
    // Only the linked records the request selects (graphql/selection.ts).
    const plan = info
      ? selectedPlan(info, ctx.em.getMetadata(), ['edges', 'node'], 'Referral', {
          available: WORKLIST_RECORDS,
        })
      : undefined;
    const page = await listReferrals(ctx.em, {
      plan,
      // The count rides along with the page's statement when the request asks for it.
      withTotal: info ? selectsPath(info, ['totalCount']) : false,
      filter: where,
      order: orderBy ?? { field: ReferralOrderField.RECEIVED_AT, direction: SortDirection.DESC },
      ...paging,
      today,
    });
    return Object.assign(new ReferralConnection(), toConnection(page), {
      statusCountsOf: () => countByStatus(ctx.em, where, today),
    });
  }

  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => [User], { description: 'Active users who can be given referrals (case managers), by name.' })
  caseManagers(@Ctx() ctx: GraphQLContext): Promise<User[]> {
    return ctx.em.find(User, { active: true, roles: { $contains: [Role.CASE_MANAGER] } }, { orderBy: { displayName: 'asc' } });
  }

  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => ReferralStats, { description: 'Case managers\' figures for a period: times to triage and surgery, waitlist, targets, cancellations.' })
  referralStats(
    @Arg('from', () => LocalDate, { description: 'First day of the period (Phnom Penh calendar date), included.' }) from: string,
    @Arg('to', () => LocalDate, { description: 'Last day of the period (Phnom Penh calendar date), included; not before `from` (BAD_USER_INPUT).' }) to: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReferralStats> {
    return referralStats(ctx.em, from, to, hospitalDate(ctx.clock()));
  }

  @Authorized(Permission.MANAGE_REFERRALS)
  @Mutation(() => Referral, { description: 'Record a referral that has arrived; it opens a new episode of care.' })
  receiveReferral(@Arg('input', INPUT_ARG) input: ReceiveReferralInput, @Ctx() ctx: GraphQLContext): Promise<Referral> {
    return receiveReferral(
      ctx,
      keyOf(input.patientId, 'Patient', 'patientId'),
      input,
      input.assigneeId ? keyOf(input.assigneeId, 'User', 'assigneeId') : null,
    );
  }

  @Authorized(Permission.MANAGE_REFERRALS)
  @Mutation(() => Referral, {
    description:
      'Move a referral to its next status by hand (one of its allowedTransitions). Illegal moves fail with CONFLICT ILLEGAL_TRANSITION, ' +
      'and so do SCHEDULED and COMPLETED: booking, performing and cancelling the operation move the referral.',
  })
  transitionReferral(@Arg('input', INPUT_ARG) input: TransitionReferralInput, @Ctx() ctx: GraphQLContext): Promise<Referral> {
    return transitionReferral(ctx, keyOf(input.referralId, 'Referral', 'referralId'), input);
  }

  @Authorized(Permission.MANAGE_REFERRALS)
  @Mutation(() => Referral, { description: 'Give an open referral to a case manager, or take it back (assigneeId null).' })
  assignReferral(@Arg('input', INPUT_ARG) input: AssignReferralInput, @Ctx() ctx: GraphQLContext): Promise<Referral> {
    return assignReferral(
      ctx,
      {
        referralId: keyOf(input.referralId, 'Referral', 'referralId'),
        assigneeId: input.assigneeId ? keyOf(input.assigneeId, 'User', 'assigneeId') : null,
      },
      input,
    );
  }

  @Authorized(Permission.READ_PATIENTS)
  @Reads()
  @FieldResolver(() => Patient, { nullable: true, description: 'The patient referred; null (with a FORBIDDEN error on this field alone) for roles that may not open patient records.' })
  patient(@Root() referral: Referral, @Ctx() ctx: GraphQLContext): MaybePromise<Patient> {
    return loadRequiredRef(referral.patient, ctx.loaders.patient);
  }

  @Reads()
  @FieldResolver(() => Episode, { description: 'The episode of care the referral opened.' })
  episode(@Root() referral: Referral, @Ctx() ctx: GraphQLContext): MaybePromise<Episode> {
    return loadRequiredRef(referral.episode, ctx.loaders.episode);
  }

  @Reads()
  @FieldResolver(() => User, { nullable: true, description: 'The case manager following the referral.' })
  async assignee(@Root() referral: Referral, @Ctx() ctx: GraphQLContext): Promise<User | null> {
    return referral.assignee ? loadRef(referral.assignee, ctx.loaders.user) : null;
  }

  @Reads<Referral>('status', 'dueDate')
  @FieldResolver(() => Boolean, { description: 'Open and past its due date (Phnom Penh day).' })
  overdue(@Root() referral: Referral, @Ctx() ctx: GraphQLContext): boolean {
    return isReferralOpen(referral.status) && referral.dueDate !== null && referral.dueDate < hospitalDate(ctx.clock());
  }

  @Reads<Referral>('receivedAt')
  @FieldResolver(() => Int, { description: 'Whole days since the referral was received.' })
  daysWaiting(@Root() referral: Referral, @Ctx() ctx: GraphQLContext): number {
    const days = (Date.parse(hospitalDate(ctx.clock())) - Date.parse(hospitalDate(referral.receivedAt))) / 86_400_000;
    return Math.max(0, Math.round(days));
  }

  @Reads<Referral>('status')
  @FieldResolver(() => [ReferralStatus], {
    description:
      'The statuses a person may move this referral to next with transitionReferral. SCHEDULED and COMPLETED are never offered: ' +
      'booking the operation schedules the referral, performing it completes it, and cancelling it returns the referral to the waitlist.',
  })
  allowedTransitions(@Root() referral: Referral): readonly ReferralStatus[] {
    return MANUAL_REFERRAL_TRANSITIONS[referral.status as ReferralStatus];
  }

  @Reads()
  @FieldResolver(() => [ReferralStatusChange], { description: 'Every status the referral has had, oldest first (all of them).', deprecationReason: 'Use statusHistoryConnection, which pages.' })
  statusHistory(@Root() referral: Referral, @Ctx() ctx: GraphQLContext): Promise<ReferralStatusChange[]> {
    return ctx.loaders.statusHistoryByReferral.load(referral.id);
  }

  @Reads()
  @FieldResolver(() => ReferralStatusChangeConnection, { description: 'The statuses the referral has had, oldest change first, a page at a time.' })
  async statusHistoryConnection(@Root() referral: Referral, @Ctx() ctx: GraphQLContext, @Args(() => PageArgs) paging: PageArgs) {
    return toConnection(await readKeysetPage(ctx.em, ReferralStatusChange, 'c', { referral: referral.id }, STATUS_HISTORY, paging));
  }
}


/** A patient's referrals, newest received first. */
const PATIENT_REFERRALS = new Keyset<Referral>(
  [
    { sql: 'r.received_at', type: 'instant', of: (r) => r.receivedAt.toISOString() },
    { sql: 'r.id', type: 'uuid', of: (r) => r.id },
  ],
  'desc',
);

@Resolver(() => Patient)
export class PatientReferralsResolver {
  @Reads()
  @FieldResolver(() => [Referral], { description: 'Referrals, newest first (all of them).', deprecationReason: 'Use referralsConnection, which pages.' })
  referrals(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<Referral[]> {
    return ctx.loaders.referralsByPatient.load(patient.id);
  }

  @Reads()
  @FieldResolver(() => PatientReferralConnection, { description: 'The patient\'s referrals, newest received first, a page at a time.' })
  async referralsConnection(@Root() patient: Patient, @Ctx() ctx: GraphQLContext, @Args(() => PageArgs) paging: PageArgs) {
    return toConnection(await readKeysetPage(ctx.em, Referral, 'r', { patient: patient.id }, PATIENT_REFERRALS, paging));
  }
}
