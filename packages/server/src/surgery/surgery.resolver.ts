import { Permission, HOSPITAL_UTC_OFFSET } from '@pj/shared';
import { Authorized, Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Episode } from '../episodes/episode.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { loadRef, loadRequiredRef } from '../graphql/loader-factory.js';
import { keyOf } from '../graphql/relay.js';
import { LocalDate } from '../graphql/scalars.js';
import { Patient } from '../patients/patient.entity.js';
import { Referral } from '../referrals/referral.entity.js';
import { CancelSurgeryInput, CompleteSurgeryInput, ScheduleSurgeryInput } from './surgery.input.js';
import { Surgery } from './surgery.entity.js';
import { cancelSurgery, completeSurgery, scheduleSurgery } from './surgery.service.js';

@Resolver(() => Surgery)
export class SurgeryResolver {
  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => [Surgery], { description: 'Operations booked on a day (Phnom Penh time), by theatre and start.' })
  theatreSchedule(@Arg('date', () => LocalDate) date: string, @Ctx() ctx: GraphQLContext): Promise<Surgery[]> {
    // Phnom Penh keeps UTC+7 all year (no daylight saving), so a day is a fixed range.
    const start = new Date(`${date}T00:00:00${HOSPITAL_UTC_OFFSET}`);
    const end = new Date(start.getTime() + 86_400_000);
    return ctx.em.find(
      Surgery,
      { scheduledStart: { $gte: start, $lt: end } },
      { orderBy: { theatre: 'asc', scheduledStart: 'asc' } },
    );
  }

  @Authorized(Permission.BOOK_SURGERY)
  @Mutation(() => Surgery, { description: 'Book an operation; a linked referral moves to SCHEDULED.' })
  scheduleSurgery(@Arg('input') input: ScheduleSurgeryInput, @Ctx() ctx: GraphQLContext): Promise<Surgery> {
    return scheduleSurgery(
      ctx,
      {
        patientId: keyOf(input.patientId, 'Patient', 'patientId'),
        referralId: input.referralId ? keyOf(input.referralId, 'Referral', 'referralId') : null,
        episodeId: input.episodeId ? keyOf(input.episodeId, 'Episode', 'episodeId') : null,
      },
      input,
    );
  }

  @Authorized(Permission.RECORD_SURGERY)
  @Mutation(() => Surgery, { description: 'Record a booked operation as performed.' })
  completeSurgery(@Arg('input') input: CompleteSurgeryInput, @Ctx() ctx: GraphQLContext): Promise<Surgery> {
    return completeSurgery(ctx, keyOf(input.surgeryId, 'Surgery', 'surgeryId'), input);
  }

  @Authorized(Permission.BOOK_SURGERY)
  @Mutation(() => Surgery, { description: 'Cancel a booked operation; a linked referral returns to the waitlist.' })
  cancelSurgery(@Arg('input') input: CancelSurgeryInput, @Ctx() ctx: GraphQLContext): Promise<Surgery> {
    return cancelSurgery(ctx, keyOf(input.surgeryId, 'Surgery', 'surgeryId'), input);
  }

  @Authorized(Permission.READ_PATIENTS)
  @FieldResolver(() => Patient)
  patient(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): Promise<Patient> {
    return loadRequiredRef(surgery.patient, ctx.loaders.patient);
  }

  @FieldResolver(() => Episode)
  episode(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): Promise<Episode> {
    return loadRequiredRef(surgery.episode, ctx.loaders.episode);
  }

  @FieldResolver(() => Referral, { nullable: true })
  async referral(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): Promise<Referral | null> {
    return surgery.referral ? loadRef(surgery.referral, ctx.loaders.referral) : null;
  }
}

@Resolver(() => Patient)
export class PatientSurgeriesResolver {
  @FieldResolver(() => [Surgery], { description: 'Operations, latest booking first.' })
  surgeries(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<Surgery[]> {
    return ctx.loaders.surgeriesByPatient.load(patient.id);
  }
}
