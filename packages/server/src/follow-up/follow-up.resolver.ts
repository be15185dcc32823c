import { FollowUpKind, FollowUpStatus, hospitalDate, Permission } from '@pj/shared';
import { CLINICAL_TEXT } from '../auth/clinical-text.js';
import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { loadRef, loadRequiredRef, type MaybePromise } from '../graphql/loader-factory.js';
import { INPUT_ARG, keyOf, toConnection, PageArgs } from '../graphql/relay.js';
import { Keyset, readKeysetPage } from '../graphql/keyset.js';
import { LocalDate } from '../graphql/scalars.js';
import { Discharge } from '../inpatient/admission.entity.js';
import { localDate } from '../oncology/oncology.service.js';
import { TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import { Patient } from '../patients/patient.entity.js';
import { Surgery } from '../surgery/surgery.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { CancelFollowUpInput, MoveFollowUpInput, RecordFollowUpInput, ScheduleFollowUpInput } from './follow-up.input.js';
import { listFollowUps } from './follow-up.query.js';
import { cancelFollowUp, markLostToFollowUp, moveFollowUp, recordFollowUp, scheduleFollowUp } from './follow-up.service.js';
import { FollowUpConnection } from './follow-up.types.js';

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => FollowUpConnection, {
    description:
      'The follow-up list: follow-ups due on or before `date` (default today, Phnom Penh), so the overdue ones are included, ' +
      'in `statuses` (default SCHEDULED), oldest due first. `dueFrom` narrows it to a range (e.g. dueFrom = date: that day only).',
  })
  async followUps(
    @Ctx() ctx: GraphQLContext,
    @Arg('date', () => LocalDate, { nullable: true, description: 'Due on or before this day; defaults to today.' }) date?: string | null,
    @Arg('statuses', () => [FollowUpStatus], { nullable: true, description: 'Defaults to [SCHEDULED].' }) statuses?: FollowUpStatus[] | null,
    @Arg('dueFrom', () => LocalDate, { nullable: true, description: 'Due on or after this day.' }) dueFrom?: string | null,
    @Arg('kinds', () => [FollowUpKind], { nullable: true, description: 'Only follow-ups of these kinds; omit it for every kind.' }) kinds?: FollowUpKind[] | null,
    @Args(() => PageArgs) paging: PageArgs = {},
  ) {
    return toConnection(
      await listFollowUps(ctx.em, {
        date: date ? localDate('date', date) : hospitalDate(ctx.clock()),
        dueFrom: dueFrom ? localDate('dueFrom', dueFrom) : null,
        statuses: statuses?.length ? statuses : [FollowUpStatus.SCHEDULED],
        kinds,
        ...paging,
      }),
    );
  }

  @Authorized(Permission.MANAGE_FOLLOW_UP)
  @Mutation(() => FollowUp, { description: 'Book a follow-up (due today or later). Discharges after an operation book the standard ones by themselves.' })
  scheduleFollowUp(@Arg('input', INPUT_ARG) input: ScheduleFollowUpInput, @Ctx() ctx: GraphQLContext): Promise<FollowUp> {
    return scheduleFollowUp(
      ctx,
      {
        patientId: keyOf(input.patientId, 'Patient', 'patientId'),
        dischargeId: input.dischargeId ? keyOf(input.dischargeId, 'Discharge', 'dischargeId') : null,
        surgeryId: input.surgeryId ? keyOf(input.surgeryId, 'Surgery', 'surgeryId') : null,
        treatmentPlanId: input.treatmentPlanId ? keyOf(input.treatmentPlanId, 'TreatmentPlan', 'treatmentPlanId') : null,
      },
      input,
    );
  }

  @Authorized(Permission.MANAGE_FOLLOW_UP)
  @Mutation(() => FollowUp, {
    description: 'Record a follow-up as ATTENDED or MISSED (a day-30 call reached: ALIVE, READMITTED or DIED; DIED makes the patient DECEASED).',
  })
  recordFollowUp(@Arg('input', INPUT_ARG) input: RecordFollowUpInput, @Ctx() ctx: GraphQLContext): Promise<FollowUp> {
    return recordFollowUp(ctx, keyOf(input.followUpId, 'FollowUp', 'followUpId'), input);
  }

  @Authorized(Permission.MANAGE_FOLLOW_UP)
  @Mutation(() => FollowUp, {
    description:
      'Move a booked follow-up to another day (today or later), with a reason; the timeline records the new booking. ' +
      'CONFLICT FOLLOW_UP_CLOSED once it is attended, missed or cancelled.',
  })
  moveFollowUp(@Arg('input', INPUT_ARG) input: MoveFollowUpInput, @Ctx() ctx: GraphQLContext): Promise<FollowUp> {
    return moveFollowUp(ctx, keyOf(input.followUpId, 'FollowUp', 'followUpId'), input);
  }

  @Authorized(Permission.MANAGE_FOLLOW_UP)
  @Mutation(() => FollowUp, {
    description: 'Cancel a booked follow-up, with a reason kept on it and on the timeline. CONFLICT FOLLOW_UP_CLOSED once it is attended, missed or cancelled.',
  })
  cancelFollowUp(@Arg('input', INPUT_ARG) input: CancelFollowUpInput, @Ctx() ctx: GraphQLContext): Promise<FollowUp> {
    return cancelFollowUp(ctx, keyOf(input.followUpId, 'FollowUp', 'followUpId'), input);
  }

  @Authorized(Permission.MANAGE_FOLLOW_UP)
  @Mutation(() => [Patient], {
    description:
      'Marks LOST_TO_FOLLOW_UP (stage and timeline) every patient in FOLLOW_UP, not on an active treatment plan, with a follow-up missed ' +
      'or never recorded more than 60 days before `asOf` (61 days: lost) and nothing attended since. Returns the patients marked; running it again marks nobody twice.',
  })
  markLostToFollowUp(
    @Ctx() ctx: GraphQLContext,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Defaults to today; not in the future.' }) asOf?: string | null,
  ): Promise<Patient[]> {
    return markLostToFollowUp(ctx, asOf);
  }

  @Authorized(Permission.READ_PATIENTS)
  @FieldResolver(() => Patient, { nullable: true, description: 'The patient to be seen; null (with a FORBIDDEN error on this field alone) for roles that may not open patient records.' })
  patient(@Root() followUp: FollowUp, @Ctx() ctx: GraphQLContext): MaybePromise<Patient> {
    return loadRequiredRef(followUp.patient, ctx.loaders.patient);
  }

  @Authorized(Permission.READ_PATIENTS)
  @FieldResolver(() => Discharge, { nullable: true, description: `The discharge it follows. ${CLINICAL_TEXT}` })
  async discharge(@Root() followUp: FollowUp, @Ctx() ctx: GraphQLContext): Promise<Discharge | null> {
    return followUp.discharge ? loadRef(followUp.discharge, ctx.loaders.discharge) : null;
  }

  @FieldResolver(() => Surgery, { nullable: true, description: 'The operation it follows.' })
  async surgery(@Root() followUp: FollowUp, @Ctx() ctx: GraphQLContext): Promise<Surgery | null> {
    return followUp.surgery ? loadRef(followUp.surgery, ctx.loaders.surgery) : null;
  }

  @Authorized(Permission.READ_PATIENTS)
  @FieldResolver(() => TreatmentPlan, { nullable: true, description: `The treatment plan it belongs to. ${CLINICAL_TEXT}` })
  async treatmentPlan(@Root() followUp: FollowUp, @Ctx() ctx: GraphQLContext): Promise<TreatmentPlan | null> {
    return followUp.treatmentPlan ? loadRef(followUp.treatmentPlan, ctx.loaders.treatmentPlan) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Days past its due day while still SCHEDULED (against today); null otherwise.' })
  daysOverdue(@Root() followUp: FollowUp, @Ctx() ctx: GraphQLContext): number | null {
    if (followUp.status !== FollowUpStatus.SCHEDULED) return null;
    const days = daysBetween(followUp.dueDate, hospitalDate(ctx.clock()));
    return days > 0 ? days : null;
  }
}

/** A patient's follow-ups, latest due first. */
const PATIENT_FOLLOW_UPS = new Keyset<FollowUp>(
  [
    { sql: 'f.due_date', type: 'date', of: (f) => f.dueDate },
    { sql: 'f.id', type: 'uuid', of: (f) => f.id },
  ],
  'desc',
);

@Resolver(() => Patient)
export class PatientFollowUpsResolver {
  @FieldResolver(() => [FollowUp], { description: 'Follow-ups, latest due first (all of them).', deprecationReason: 'Use followUpsConnection, which pages.' })
  followUps(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<FollowUp[]> {
    return ctx.loaders.followUpsByPatient.load(patient.id);
  }

  @FieldResolver(() => FollowUpConnection, { description: 'The patient\'s follow-ups, latest due first (due day in Phnom Penh), a page at a time.' })
  async followUpsConnection(@Root() patient: Patient, @Ctx() ctx: GraphQLContext, @Args(() => PageArgs) paging: PageArgs) {
    return toConnection(await readKeysetPage(ctx.em, FollowUp, 'f', { patient: patient.id }, PATIENT_FOLLOW_UPS, paging));
  }
}

@Resolver(() => Discharge)
export class DischargeFollowUpsResolver {
  @FieldResolver(() => [FollowUp], { description: 'Follow-ups booked after this discharge (the standard ones are booked by the discharge itself).' })
  followUps(@Root() discharge: Discharge, @Ctx() ctx: GraphQLContext): Promise<FollowUp[]> {
    return ctx.loaders.followUpsByDischarge.load(discharge.id);
  }
}
