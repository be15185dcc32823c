import { Permission, Specialty, StaffRole } from '@pj/shared';
import { Authorized, Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { loadRequiredRef, type MaybePromise } from '../graphql/loader-factory.js';
import { Keyset, readKeysetPage } from '../graphql/keyset.js';
import { INPUT_ARG, keyOf, toConnection, PageArgs, pageRequest } from '../graphql/relay.js';
import { LocalDate } from '../graphql/scalars.js';
import { Referral } from '../referrals/referral.entity.js';
import {
  AssignReferralToMissionInput,
  ConfirmMissionScheduleInput,
  CreateMissionInput,
  CreateStaffMemberInput,
  UnassignReferralFromMissionInput,
} from './mission.input.js';
import { Mission, MissionReferral } from './mission.entity.js';
import {
  assignReferralToMission,
  confirmMissionSchedule,
  createMission,
  createStaffMember,
  proposeMissionSchedule,
  unassignReferralFromMission,
} from './mission.service.js';
import { localPrimarySurgeonShare, staffTrainingLog } from './surgery-reports.service.js';
import { teamKeys } from './surgery.resolver.js';
import { Surgery } from './surgery.entity.js';
import { LocalPrimarySurgeonMonth, MissionScheduleProposal, StaffTrainingLog } from './surgery.types.js';
import { StaffMember, Theatre } from './staff.entity.js';
import { MissionConnection, MissionReferralConnection, StaffMemberConnection } from './mission.types.js';
import { listStaffMembers, staffFilter } from './staff.query.js';
import { countOf, listOf } from '../persistence/replica-lists.js';

/** A mission's patient list, in the order referrals were added. */
const MISSION_REFERRALS = new Keyset<MissionReferral>([
  { sql: 'mr.assigned_at', type: 'instant', of: (r) => r.assignedAt.toISOString() },
  { sql: 'mr.id', type: 'uuid', of: (r) => r.id },
]);

/** Latest start first, then by id. */
const MISSION_KEYSET = new Keyset<Mission>(
  [
    { sql: 'm.start_date', type: 'date', of: (m) => m.startDate },
    { sql: 'm.id', type: 'uuid', of: (m) => m.id },
  ],
  'desc',
);

/** The period of a report: Phnom Penh calendar days, both included, at most ten years. */
const PERIOD_FROM = { description: 'First day of the period (Phnom Penh calendar date), included.' } as const;
const PERIOD_TO = { description: 'Last day of the period (Phnom Penh calendar date), included; not before `from`, at most ten years after it (BAD_USER_INPUT).' } as const;

@Resolver(() => Mission)
export class MissionResolver {
  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => MissionConnection, { description: 'Visiting-team missions, latest start first.' })
  async missions(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) paging: PageArgs = {},
  ): Promise<MissionConnection> {
    const request = pageRequest(paging);
    const window = MISSION_KEYSET.window(request);
    const qb = ctx.em.createQueryBuilder(Mission, 'm').select('*').where(window.sql, window.params);
    qb.orderBy(MISSION_KEYSET.qbOrderBy(request)).limit(window.limit);
    return Object.assign(
      new MissionConnection(),
      toConnection(MISSION_KEYSET.page(await listOf(ctx.em, Mission, qb), request, () => countOf(ctx.em, Mission, {}))),
    );
  }

  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => Mission, { nullable: true, description: 'One mission, with its team, theatres, patient list and booked operations.' })
  mission(@Arg('id', () => ID, { description: 'The mission\'s global ID.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<Mission | null> {
    return ctx.loaders.mission.load(keyOf(id, 'Mission', 'id'));
  }

  @Authorized(Permission.MANAGE_MISSIONS)
  @Query(() => MissionScheduleProposal, { description: 'A proposed schedule for the mission\'s waiting cases (by urgency band, then waiting time; never over capacity). Books nothing.' })
  proposeMissionSchedule(@Arg('missionId', () => ID, { description: 'The mission to plan.' }) missionId: string, @Ctx() ctx: GraphQLContext): Promise<MissionScheduleProposal> {
    return proposeMissionSchedule(ctx.em, keyOf(missionId, 'Mission', 'missionId'));
  }

  @Authorized(Permission.MANAGE_MISSIONS)
  @Mutation(() => Mission, { description: 'Create a visiting team\'s mission.' })
  createMission(@Arg('input', INPUT_ARG) input: CreateMissionInput, @Ctx() ctx: GraphQLContext): Promise<Mission> {
    return createMission(
      ctx,
      {
        theatreIds: input.theatreIds.map((id, i) => keyOf(id, 'Theatre', `theatreIds[${i}]`)),
        memberIds: (input.memberIds ?? []).map((id, i) => keyOf(id, 'StaffMember', `memberIds[${i}]`)),
      },
      input,
    );
  }

  @Authorized(Permission.MANAGE_MISSIONS)
  @Mutation(() => Mission, { description: 'Put a waitlisted referral on a mission\'s list.' })
  assignReferralToMission(@Arg('input', INPUT_ARG) input: AssignReferralToMissionInput, @Ctx() ctx: GraphQLContext): Promise<Mission> {
    return assignReferralToMission(
      ctx,
      { missionId: keyOf(input.missionId, 'Mission', 'missionId'), referralId: keyOf(input.referralId, 'Referral', 'referralId') },
      input,
    );
  }

  @Authorized(Permission.MANAGE_MISSIONS)
  @Mutation(() => Mission, { description: 'Take a referral off a mission\'s list (not once booked).' })
  unassignReferralFromMission(@Arg('input', INPUT_ARG) input: UnassignReferralFromMissionInput, @Ctx() ctx: GraphQLContext): Promise<Mission> {
    return unassignReferralFromMission(ctx, {
      missionId: keyOf(input.missionId, 'Mission', 'missionId'),
      referralId: keyOf(input.referralId, 'Referral', 'referralId'),
    });
  }

  @Authorized(Permission.MANAGE_MISSIONS)
  @Mutation(() => [Surgery], { description: 'Book the (edited) mission schedule: all operations in one transaction, or none; their referrals move to SCHEDULED.' })
  confirmMissionSchedule(@Arg('input', INPUT_ARG) input: ConfirmMissionScheduleInput, @Ctx() ctx: GraphQLContext): Promise<Surgery[]> {
    return confirmMissionSchedule(
      ctx,
      keyOf(input.missionId, 'Mission', 'missionId'),
      input.slots.map((slot, i) => ({
        referralId: keyOf(slot.referralId, 'Referral', `slots[${i}].referralId`),
        theatreId: keyOf(slot.theatreId, 'Theatre', `slots[${i}].theatreId`),
        scheduledStart: slot.scheduledStart,
        expectedDurationMinutes: slot.expectedDurationMinutes,
        procedure: slot.procedure,
        team: teamKeys(slot.team ?? [], `slots[${i}].team`),
      })),
      { retrospective: input.retrospective, retrospectiveReason: input.retrospectiveReason },
    );
  }

  @FieldResolver(() => [StaffMember], { description: 'The visiting team, by name.' })
  async members(@Root() mission: Mission, @Ctx() ctx: GraphQLContext): Promise<StaffMember[]> {
    const loaded = await ctx.loaders.missionWithTeam.load(mission.id);
    return [...(loaded?.members ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  }

  @FieldResolver(() => [Theatre], { description: 'The theatres the mission may use.' })
  async theatres(@Root() mission: Mission, @Ctx() ctx: GraphQLContext): Promise<Theatre[]> {
    const loaded = await ctx.loaders.missionWithTeam.load(mission.id);
    return [...(loaded?.theatres ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
  }

  @FieldResolver(() => [MissionReferral], {
    description: 'The mission\'s patient list (referrals assigned to it), in the order they were added (all of them).',
    deprecationReason: 'Use referralsConnection, which pages.',
  })
  referrals(@Root() mission: Mission, @Ctx() ctx: GraphQLContext): Promise<MissionReferral[]> {
    return ctx.loaders.referralsByMission.load(mission.id);
  }

  @FieldResolver(() => MissionReferralConnection, {
    description: 'The mission\'s patient list (referrals assigned to it), in the order they were added, a page at a time.',
  })
  async referralsConnection(@Root() mission: Mission, @Ctx() ctx: GraphQLContext, @Args(() => PageArgs) paging: PageArgs) {
    return toConnection(await readKeysetPage(ctx.em, MissionReferral, 'mr', { mission: mission.id }, MISSION_REFERRALS, paging));
  }

  @FieldResolver(() => [Surgery], { description: 'Operations booked as part of the mission, by start.' })
  surgeries(@Root() mission: Mission, @Ctx() ctx: GraphQLContext): Promise<Surgery[]> {
    return ctx.loaders.surgeriesByMission.load(mission.id);
  }
}

@Resolver(() => MissionReferral)
export class MissionReferralResolver {
  @FieldResolver(() => Referral, { description: 'The referral on the list.' })
  referral(@Root() entry: MissionReferral, @Ctx() ctx: GraphQLContext): MaybePromise<Referral> {
    return loadRequiredRef(entry.referral, ctx.loaders.referral);
  }

  @FieldResolver(() => Mission, { description: 'The mission whose list it is.' })
  mission(@Root() entry: MissionReferral, @Ctx() ctx: GraphQLContext): MaybePromise<Mission> {
    return loadRequiredRef(entry.mission, ctx.loaders.mission);
  }
}

/** Where a referral stands on the missions' lists (beside the missions, which own the lists). */
@Resolver(() => Referral)
export class ReferralMissionResolver {
  @FieldResolver(() => MissionReferral, {
    nullable: true,
    description: 'The mission list this referral is on, with the operation planned for it; null when it is on none (a referral is on one list at most).',
  })
  async missionListing(@Root() referral: Referral, @Ctx() ctx: GraphQLContext): Promise<MissionReferral | null> {
    return (await ctx.loaders.missionListingByReferral.load(referral.id))[0] ?? null;
  }
}

@Resolver(() => StaffMember)
export class StaffResolver {
  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => [Theatre], { description: 'The operating theatres.' })
  theatres(@Ctx() ctx: GraphQLContext): Promise<Theatre[]> {
    return ctx.em.find(Theatre, {}, { orderBy: { sortOrder: 'asc', name: 'asc' } });
  }

  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => [StaffMember], {
    description: 'Staff, local and visiting, by name; optionally only one role or only local/visiting (the first 1000).',
    deprecationReason: 'Use staffMembersConnection, which pages.',
  })
  staffMembers(
    @Ctx() ctx: GraphQLContext,
    @Arg('role', () => StaffRole, { nullable: true, description: 'Only staff in this role.' }) role?: StaffRole | null,
    @Arg('visiting', () => Boolean, { nullable: true, description: 'True: only visiting staff; false: only local staff; omitted: both.' }) visiting?: boolean | null,
  ): Promise<StaffMember[]> {
    return ctx.em.find(
      StaffMember,
      { ...(role ? { role } : {}), ...(visiting == null ? {} : { visiting }) },
      { orderBy: { name: 'asc', id: 'asc' }, limit: 1000 },
    );
  }

  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => StaffMemberConnection, { description: 'Staff, local and visiting, by name; optionally only one role, specialty, only local/visiting, or those whose name or institution contains a text; a page at a time.' })
  async staffMembersConnection(
    @Ctx() ctx: GraphQLContext,
    @Arg('role', () => StaffRole, { nullable: true, description: 'Only staff with this role.' }) role: StaffRole | null | undefined,
    @Arg('visiting', () => Boolean, { nullable: true, description: 'True: only visiting team members; false: only local staff.' })
    visiting: boolean | null | undefined,
    @Args(() => PageArgs) paging: PageArgs,
    @Arg('specialty', () => Specialty, { nullable: true, description: 'Only staff of this specialty.' }) specialty?: Specialty | null,
    @Arg('search', () => String, { nullable: true, description: 'Only staff whose name (Latin, Khmer or Japanese) or home institution contains this text (any case; up to 100 characters).' })
    search?: string | null,
  ) {
    return toConnection(await listStaffMembers(ctx.em, staffFilter({ role, visiting, specialty, search }), paging));
  }

  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => StaffMember, { nullable: true, description: 'One staff member.' })
  staffMember(@Arg('id', () => ID, { description: 'The staff member\'s global ID.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<StaffMember | null> {
    return ctx.loaders.staffMember.load(keyOf(id, 'StaffMember', 'id'));
  }

  @Authorized(Permission.MANAGE_MISSIONS)
  @Mutation(() => StaffMember, { description: 'Add a staff member, local or visiting.' })
  createStaffMember(@Arg('input', INPUT_ARG) input: CreateStaffMemberInput, @Ctx() ctx: GraphQLContext): Promise<StaffMember> {
    return createStaffMember(ctx, input);
  }

  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => StaffTrainingLog, { description: 'A staff member\'s performed operations by role, in total and by month (Phnom Penh time), from `from` to `to` inclusive.' })
  staffTrainingLog(
    @Arg('staffId', () => ID, { description: 'The staff member.' }) staffId: string,
    @Arg('from', () => LocalDate, PERIOD_FROM) from: string,
    @Arg('to', () => LocalDate, PERIOD_TO) to: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StaffTrainingLog> {
    return staffTrainingLog(ctx.em, keyOf(staffId, 'StaffMember', 'staffId'), from, to);
  }

  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => [LocalPrimarySurgeonMonth], { description: 'Performed operations per month with a local vs a visiting primary surgeon (the road to a locally run hospital).' })
  localPrimarySurgeonShare(
    @Arg('from', () => LocalDate, PERIOD_FROM) from: string,
    @Arg('to', () => LocalDate, PERIOD_TO) to: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LocalPrimarySurgeonMonth[]> {
    return localPrimarySurgeonShare(ctx.em, from, to);
  }
}
