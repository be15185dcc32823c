import { Permission, ReferralStatus } from '@pj/shared';
import { Authorized, Arg, Ctx, Field, FieldResolver, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Episode } from '../episodes/episode.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Connection } from '../graphql/connection.js';
import { loadRequiredRef } from '../graphql/loader-factory.js';
import { keyOf, pageSize, toConnection } from '../graphql/relay.js';
import { Patient } from '../patients/patient.entity.js';
import { ReceiveReferralInput, TransitionReferralInput } from './referral.input.js';
import { Referral, ReferralStatusChange } from './referral.entity.js';
import { listReferrals } from './referral.query.js';
import { receiveReferral, transitionReferral } from './referral.service.js';

export const ReferralConnection = Connection('Referral', Referral);

@InputType({ description: 'Which referrals to list.' })
export class ReferralFilter {
  @Field(() => [ReferralStatus], { nullable: true })
  statuses?: ReferralStatus[] | null;
}

@Resolver(() => Referral)
export class ReferralResolver {
  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => ReferralConnection, { description: 'Referrals, newest first.' })
  async referrals(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter?: ReferralFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return toConnection(await listReferrals(ctx.em, { statuses: filter?.statuses ?? null, first: pageSize(first), after }));
  }

  @Authorized(Permission.MANAGE_REFERRALS)
  @Mutation(() => Referral, { description: 'Record a referral that has arrived; it opens a new episode of care.' })
  receiveReferral(@Arg('input') input: ReceiveReferralInput, @Ctx() ctx: GraphQLContext): Promise<Referral> {
    return receiveReferral(ctx, keyOf(input.patientId, 'Patient', 'patientId'), input);
  }

  @Authorized(Permission.MANAGE_REFERRALS)
  @Mutation(() => Referral, { description: 'Move a referral to its next status; illegal moves fail with CONFLICT.' })
  transitionReferral(@Arg('input') input: TransitionReferralInput, @Ctx() ctx: GraphQLContext): Promise<Referral> {
    return transitionReferral(ctx, keyOf(input.referralId, 'Referral', 'referralId'), input);
  }

  @Authorized(Permission.READ_PATIENTS)
  @FieldResolver(() => Patient)
  patient(@Root() referral: Referral, @Ctx() ctx: GraphQLContext): Promise<Patient> {
    return loadRequiredRef(referral.patient, ctx.loaders.patient);
  }

  @FieldResolver(() => Episode)
  episode(@Root() referral: Referral, @Ctx() ctx: GraphQLContext): Promise<Episode> {
    return loadRequiredRef(referral.episode, ctx.loaders.episode);
  }

  @FieldResolver(() => [ReferralStatusChange], { description: 'Every status the referral has had, oldest first.' })
  statusHistory(@Root() referral: Referral, @Ctx() ctx: GraphQLContext): Promise<ReferralStatusChange[]> {
    return ctx.loaders.statusHistoryByReferral.load(referral.id);
  }
}

@Resolver(() => Patient)
export class PatientReferralsResolver {
  @Authorized(Permission.READ_WORKLISTS)
  @FieldResolver(() => [Referral], { description: 'Referrals, newest first.' })
  referrals(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<Referral[]> {
    return ctx.loaders.referralsByPatient.load(patient.id);
  }
}

