import { Permission } from '@pj/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { INPUT_ARG } from '../graphql/relay.js';
import { loadRequiredRef } from '../graphql/loader-factory.js';
import { StaffMember } from '../surgery/staff.entity.js';
import { DevelopmentActivity } from './development.entity.js';
import { EntrustmentDecision } from './entrustment.entity.js';
import { ProcedureGroup } from './procedure-group.entity.js';
import { AddDevelopmentActivityInput, RecordEntrustmentInput } from './entrustment.input.js';
import { addDevelopmentActivity, recordEntrustment, removeDevelopmentActivity } from './entrustment.service.js';
import { entrustmentCandidates, trainingProgress } from './progress.service.js';
import { EntrustmentCandidate, ProcedureGroupProgress } from './progress.types.js';
import { mayActOn, notOwn, ownOrPermitted, ownStaffMemberId } from './training-access.js';

const OWN_OR_READ = 'Your own (the staff record your account names) with no permission; anyone\'s with READ_TRAINING; FORBIDDEN otherwise.';

/** Training progress and entrustment decisions. */
@Resolver(() => ProcedureGroupProgress)
export class TrainingProgressResolver {
  @Authorized()
  // Nullable, like every field a role may be refused: a refusal nulls this field, not the
  // whole answer (the staff member's other fields asked beside it still answer).
  @Query(() => [ProcedureGroupProgress], {
    nullable: true,
    description: `A staff member's progress per procedure group where they have a counted logbook entry or an entrustment decision, by specialty then group. ${OWN_OR_READ.replace('FORBIDDEN otherwise', 'null with FORBIDDEN otherwise')}`,
  })
  async trainingProgress(@Arg('staffId', () => ID, { description: 'The staff member.' }) staffId: string, @Ctx() ctx: GraphQLContext): Promise<ProcedureGroupProgress[] | null> {
    const key = await ownOrPermitted(ctx, staffId, Permission.READ_TRAINING, 'training progress');
    return trainingProgress(ctx.em, key);
  }

  @Authorized()
  @Query(() => [ProcedureGroupProgress], { description: 'The signed-in user\'s own progress per procedure group (as `trainingProgress`); empty when the account names no staff record.' })
  async myTrainingProgress(@Ctx() ctx: GraphQLContext): Promise<ProcedureGroupProgress[]> {
    const own = await ownStaffMemberId(ctx);
    return own ? trainingProgress(ctx.em, own) : [];
  }

  @Authorized(Permission.SUPERVISE_TRAINING)
  @Query(() => [EntrustmentCandidate], {
    description: 'Trainees who meet the rule in a procedure group (supervised cases reached) and are not independent there, by group then trainee: an entrustment decision is due. The signed-in supervisor is not listed.',
  })
  async entrustmentCandidates(@Ctx() ctx: GraphQLContext): Promise<EntrustmentCandidate[]> {
    const rows = await entrustmentCandidates(ctx.em, await ownStaffMemberId(ctx));
    const staff = await ctx.loaders.staffMember.loadMany(rows.map((row) => row.staffMemberId));
    return rows.map((progress, index) => ({ staffMember: staff[index] as StaffMember, progress }));
  }

  @Authorized(Permission.SUPERVISE_TRAINING)
  @Mutation(() => EntrustmentDecision, {
    description:
      'Record an entrustment decision (audited) for a trainee in a procedure group, as the signed-in user\'s staff record (FORBIDDEN NOT_ALLOWED when the account names none). ' +
      'BAD_USER_INPUT NOT_ALLOWED (oneself), IN_FUTURE, TOO_LONG, REQUIRED, UNKNOWN_CODE; NOT_FOUND for an unknown trainee; CONFLICT SAME_DAY when a decision for the trainee and group was already recorded that day.',
  })
  recordEntrustment(@Arg('input', INPUT_ARG) input: RecordEntrustmentInput, @Ctx() ctx: GraphQLContext): Promise<EntrustmentDecision> {
    return recordEntrustment(ctx, input);
  }

  @Authorized()
  @Mutation(() => DevelopmentActivity, {
    description:
      'Add a development activity (audited) to a staff member\'s profile: one\'s own with no permission, anyone\'s with MANAGE_MISSIONS (FORBIDDEN otherwise). ' +
      'BAD_USER_INPUT REQUIRED, TOO_LONG, INVALID_DATE, END_BEFORE_START.',
  })
  addDevelopmentActivity(@Arg('input', INPUT_ARG) input: AddDevelopmentActivityInput, @Ctx() ctx: GraphQLContext): Promise<DevelopmentActivity> {
    return addDevelopmentActivity(ctx, input);
  }

  @Authorized()
  @Mutation(() => DevelopmentActivity, {
    description: 'Remove a development activity (audited): one\'s own with no permission, anyone\'s with MANAGE_MISSIONS (FORBIDDEN otherwise). Answers the activity removed; NOT_FOUND when there is none.',
  })
  removeDevelopmentActivity(@Arg('id', () => ID, { description: 'The activity.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<DevelopmentActivity> {
    return removeDevelopmentActivity(ctx, id);
  }
}

@Resolver(() => EntrustmentDecision)
export class EntrustmentDecisionResolver {
  @FieldResolver(() => StaffMember, { description: 'The trainee.' })
  staffMember(@Root() decision: EntrustmentDecision, @Ctx() ctx: GraphQLContext) {
    return loadRequiredRef(decision.staffMember, ctx.loaders.staffMember);
  }

  @FieldResolver(() => StaffMember, { description: 'The supervisor who decided.' })
  decidedBy(@Root() decision: EntrustmentDecision, @Ctx() ctx: GraphQLContext) {
    return loadRequiredRef(decision.decidedBy, ctx.loaders.staffMember);
  }

  @FieldResolver(() => ProcedureGroup, { description: 'The procedure group.' })
  async procedureGroup(@Root() decision: EntrustmentDecision, @Ctx() ctx: GraphQLContext): Promise<ProcedureGroup> {
    const group = await ctx.loaders.procedureGroup.load(decision.procedureGroup.code);
    if (!group) throw new Error(`Dangling procedure group ${decision.procedureGroup.code}`);
    return group;
  }
}

@Resolver(() => DevelopmentActivity)
export class DevelopmentActivityResolver {
  @FieldResolver(() => StaffMember, { description: 'Whose activity it is.' })
  staffMember(@Root() activity: DevelopmentActivity, @Ctx() ctx: GraphQLContext) {
    return loadRequiredRef(activity.staffMember, ctx.loaders.staffMember);
  }
}

/** A staff member's development and entrusted levels, on their profile. */
@Resolver(() => StaffMember)
export class StaffTrainingResolver {
  @FieldResolver(() => [DevelopmentActivity], {
    nullable: true,
    description: `Development beyond the theatre, latest first. ${OWN_OR_READ.replace('FORBIDDEN otherwise', 'null with FORBIDDEN otherwise')}`,
  })
  async development(@Root() staff: StaffMember, @Ctx() ctx: GraphQLContext): Promise<DevelopmentActivity[]> {
    if (!(await mayActOn(ctx, staff.id, Permission.READ_TRAINING))) throw notOwn('development record');
    return ctx.loaders.developmentByStaff.load(staff.id);
  }

  @FieldResolver(() => [EntrustmentDecision], {
    nullable: true,
    description: `The current entrusted level in each procedure group: the latest decision per group. ${OWN_OR_READ.replace('FORBIDDEN otherwise', 'null with FORBIDDEN otherwise')}`,
  })
  async entrustments(@Root() staff: StaffMember, @Ctx() ctx: GraphQLContext): Promise<EntrustmentDecision[]> {
    if (!(await mayActOn(ctx, staff.id, Permission.READ_TRAINING))) throw notOwn('entrustment decisions');
    return ctx.loaders.entrustmentsByStaff.load(staff.id);
  }
}
