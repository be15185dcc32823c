import { CHECKLIST_ITEMS, ChecklistPhase, nextChecklistPhase, Permission, TeamRole } from '@pj/shared';
import type { MetadataStorage } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Authorized, Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { oncePerField, selectedPlan, selectsPath } from '../graphql/selection.js';
import { columnsPlan, mergePlans, type LeanPlan } from '../persistence/lean.js';
import { Episode } from '../episodes/episode.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { loadRef, loadRequiredRef, type MaybePromise } from '../graphql/loader-factory.js';
import { Keyset, readKeysetPage } from '../graphql/keyset.js';
import { INPUT_ARG, keyOf, PageArgs, toConnection } from '../graphql/relay.js';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { Patient } from '../patients/patient.entity.js';
import { Referral } from '../referrals/referral.entity.js';
import { Complication } from './complication.entity.js';
import { Mission } from './mission.entity.js';
import { StaffMember, Theatre } from './staff.entity.js';
import {
  CancelSurgeryInput,
  CompleteSurgeryInput,
  RecordChecklistPhaseInput,
  RecordComplicationInput,
  RescheduleSurgeryInput,
  ScheduleSurgeryInput,
  type TeamMemberInput,
} from './surgery.input.js';
import { Surgery, SurgeryChecklistPhase, SurgeryTeamMember } from './surgery.entity.js';
import {
  cancelSurgery,
  completeSurgery,
  recordChecklistPhase,
  recordComplication,
  rescheduleSurgery,
  scheduleSurgery,
  type TeamKeys,
} from './surgery.service.js';
import { ChecklistItemDefinition, SurgeryConnection, TheatreBoardColumn, TheatreFreeSlot } from './surgery.types.js';
import { theatreFreeSlots } from './free-slots.js';
import { checklistOf, hospitalDay, SCHEDULE_RECORDS, teamOf, theatreBoard, theatreSchedule, type SchedulePlans } from './theatre-schedule.js';
import { Reads } from '../graphql/reads.js';

/** A team from GraphQL, with global IDs turned into keys. */
export function teamKeys(team: readonly TeamMemberInput[], field = 'team'): TeamKeys {
  return team.map((m, i) => ({ staffId: keyOf(m.staffId, 'StaffMember', `${field}[${i}].staffId`), role: m.role }));
}

/**
 * What the theatre schedule reads (graphql/selection.ts): of each operation, its theatre and
 * patient, what is selected; of its team, what `team` selects, and the role and staff member
 * `primarySurgeon` picks (with what it selects of them); of its checklist, what `checklist`
 * selects, and the phase (`nextChecklistPhase`).
 */
function schedulePlans(info: GraphQLResolveInfo, metadata: MetadataStorage): SchedulePlans {
  const plan = (path: string[], className: string, available = {}) => selectedPlan(info, metadata, path, className, { available });
  const primary: Record<string, LeanPlan> = selectsPath(info, ['primarySurgeon']) ? { staffMember: plan(['primarySurgeon'], 'StaffMember') } : {};
  return {
    surgery: plan([], 'Surgery', SCHEDULE_RECORDS),
    team: mergePlans(plan(['team'], 'SurgeryTeamMember', { staffMember: {} }), columnsPlan(['role'], primary)),
    checklist: mergePlans(plan(['checklist'], 'SurgeryChecklistPhase'), columnsPlan(['phase'])),
  };
}

@Resolver(() => Surgery)
export class SurgeryResolver {
  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => [Surgery], { description: 'Operations booked on a day (Phnom Penh time), by theatre and start.' })
  theatreSchedule(@Arg('date', () => LocalDate, { description: 'The day (Phnom Penh calendar date).' }) date: string, @Ctx() ctx: GraphQLContext, @Info() info?: GraphQLResolveInfo): Promise<Surgery[]> {
    const { start, end } = hospitalDay(date);
    return theatreSchedule(ctx, start, end, { plans: info ? oncePerField(info, 'schedule plans', () => schedulePlans(info, ctx.em.getMetadata())) : undefined });
  }

  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => [TheatreBoardColumn], { description: 'The day\'s board (Phnom Penh time): every theatre with its booked and performed operations, by start.' })
  theatreBoard(@Arg('date', () => LocalDate, { description: 'The day (Phnom Penh calendar date).' }) date: string, @Ctx() ctx: GraphQLContext): Promise<TheatreBoardColumn[]> {
    return theatreBoard(ctx, date);
  }

  @Authorized(Permission.READ_WORKLISTS)
  @Query(() => [ChecklistItemDefinition], { description: 'The 19 items of the WHO Surgical Safety Checklist, by phase, with the answers each allows.' })
  checklistItems(): ChecklistItemDefinition[] {
    return CHECKLIST_ITEMS.map((item) => ({ key: item.key, phase: item.phase, text: item.text, allowedAnswers: [...item.allowed] }));
  }

  @Authorized(Permission.BOOK_SURGERY)
  @Query(() => [TheatreFreeSlot], {
    description:
      'The next free slots of a theatre for an operation of the given duration, when the theatre, the team (staffIds) and the patient are all free, from `from` (not before now) over the next 14 days, earliest first. Planned operations: within the usual session, 08:00–17:00 Phnom Penh time; emergency: at any hour.',
  })
  theatreFreeSlots(
    @Ctx() ctx: GraphQLContext,
    @Arg('theatreId', () => ID, { description: 'The theatre (a Theatre ID).' }) theatreId: string,
    @Arg('from', () => DateTime, { description: 'Look for slots from this instant (now, if it is earlier).' }) from: Date,
    @Arg('durationMinutes', () => Int, { description: 'The expected duration in minutes (5–1440).' }) durationMinutes: number,
    @Arg('staffIds', () => [ID], { defaultValue: [], description: 'The team (StaffMember IDs): each must be free for the whole slot.' }) staffIds: string[],
    @Arg('patientId', () => ID, { nullable: true, description: 'The patient (a Patient ID): their other operations are avoided too.' }) patientId: string | null | undefined,
    @Arg('emergency', () => Boolean, { defaultValue: false, description: 'An emergency: slots at any hour, not only within the usual session.' }) emergency: boolean,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many slots (1–20).' }) first: number,
  ): Promise<TheatreFreeSlot[]> {
    return theatreFreeSlots(ctx.em, ctx.clock(), {
      theatreId: keyOf(theatreId, 'Theatre', 'theatreId'),
      from,
      durationMinutes,
      staffIds: staffIds.map((id, i) => keyOf(id, 'StaffMember', `staffIds[${i}]`)),
      patientId: patientId ? keyOf(patientId, 'Patient', 'patientId') : null,
      emergency,
      count: first,
    });
  }

  @Authorized(Permission.BOOK_SURGERY)
  @Mutation(() => Surgery, { description: 'Book an operation with its team; a linked referral moves to SCHEDULED. CONFLICT THEATRE_DOUBLE_BOOKED / STAFF_DOUBLE_BOOKED / PATIENT_DOUBLE_BOOKED when the slot clashes. A planned (non-emergency) operation starts and ends within the theatre session of its day, 08:00–17:00 Phnom Penh (BAD_USER_INPUT OUTSIDE_SESSION, params `from`, `to`); an emergency (IMMEDIATE, URGENT) or a retrospective entry may be at any hour.' })
  scheduleSurgery(@Arg('input', INPUT_ARG) input: ScheduleSurgeryInput, @Ctx() ctx: GraphQLContext): Promise<Surgery> {
    return scheduleSurgery(
      ctx,
      {
        patientId: keyOf(input.patientId, 'Patient', 'patientId'),
        referralId: input.referralId ? keyOf(input.referralId, 'Referral', 'referralId') : null,
        episodeId: input.episodeId ? keyOf(input.episodeId, 'Episode', 'episodeId') : null,
        missionId: input.missionId ? keyOf(input.missionId, 'Mission', 'missionId') : null,
      },
      { ...input, theatreId: keyOf(input.theatreId, 'Theatre', 'theatreId'), team: [...teamKeys(input.team ?? [])] },
    );
  }

  @Authorized(Permission.BOOK_SURGERY)
  @Mutation(() => Surgery, { description: 'Move a booked operation to another start, duration, theatre or team; the same double-booking rules apply, and a planned operation moved to another start or length stays within the theatre session (BAD_USER_INPUT OUTSIDE_SESSION).' })
  rescheduleSurgery(@Arg('input', INPUT_ARG) input: RescheduleSurgeryInput, @Ctx() ctx: GraphQLContext): Promise<Surgery> {
    return rescheduleSurgery(
      ctx,
      keyOf(input.surgeryId, 'Surgery', 'surgeryId'),
      { theatreId: input.theatreId ? keyOf(input.theatreId, 'Theatre', 'theatreId') : null, team: input.team ? teamKeys(input.team) : null },
      input,
    );
  }

  @Authorized(Permission.RECORD_CHECKLIST)
  @Mutation(() => Surgery, {
    description:
      'Record a phase of the WHO Surgical Safety Checklist (Sign In, then Time Out, then Sign Out). Returns the operation the phase belongs to, ' +
      'the one record that says what comes next: the phase recorded is the last of its `checklist`, and `nextChecklistPhase` the one to record next.',
  })
  recordChecklistPhase(@Arg('input', INPUT_ARG) input: RecordChecklistPhaseInput, @Ctx() ctx: GraphQLContext): Promise<Surgery> {
    return recordChecklistPhase(ctx, keyOf(input.surgeryId, 'Surgery', 'surgeryId'), input);
  }

  @Authorized(Permission.RECORD_SURGERY)
  @Mutation(() => Surgery, { description: 'Record a booked operation as performed, with its operation record; CONFLICT CHECKLIST_INCOMPLETE unless all three checklist phases are recorded.' })
  completeSurgery(@Arg('input', INPUT_ARG) input: CompleteSurgeryInput, @Ctx() ctx: GraphQLContext): Promise<Surgery> {
    return completeSurgery(ctx, keyOf(input.surgeryId, 'Surgery', 'surgeryId'), input, { team: input.team ? teamKeys(input.team) : null });
  }

  @Authorized(Permission.BOOK_SURGERY)
  @Mutation(() => Surgery, { description: 'Cancel a booked operation; a linked referral returns to the waitlist.' })
  cancelSurgery(@Arg('input', INPUT_ARG) input: CancelSurgeryInput, @Ctx() ctx: GraphQLContext): Promise<Surgery> {
    return cancelSurgery(ctx, keyOf(input.surgeryId, 'Surgery', 'surgeryId'), input);
  }

  @Authorized(Permission.RECORD_SURGERY)
  @Mutation(() => Complication, { description: 'Record a complication of a performed operation (Clavien-Dindo); grade V records the patient\'s death.' })
  recordComplication(@Arg('input', INPUT_ARG) input: RecordComplicationInput, @Ctx() ctx: GraphQLContext): Promise<Complication> {
    return recordComplication(ctx, keyOf(input.surgeryId, 'Surgery', 'surgeryId'), input);
  }

  @Authorized(Permission.READ_PATIENTS)
  @Reads()
  @FieldResolver(() => Patient, { nullable: true, description: 'The patient operated on; null (with a FORBIDDEN error on this field alone) for roles that may not open patient records.' })
  patient(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): MaybePromise<Patient> {
    return loadRequiredRef(surgery.patient, ctx.loaders.patient);
  }

  @Reads()
  @FieldResolver(() => Episode, { description: 'The episode of care the operation belongs to.' })
  episode(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): MaybePromise<Episode> {
    return loadRequiredRef(surgery.episode, ctx.loaders.episode);
  }

  @Reads()
  @FieldResolver(() => Referral, { nullable: true, description: 'The referral the operation answers, if any.' })
  async referral(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): Promise<Referral | null> {
    return surgery.referral ? loadRef(surgery.referral, ctx.loaders.referral) : null;
  }

  @Reads()
  @FieldResolver(() => Theatre, { description: 'The theatre booked.' })
  theatre(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): MaybePromise<Theatre> {
    return loadRequiredRef(surgery.theatre, ctx.loaders.theatre);
  }

  @Reads()
  @FieldResolver(() => Mission, { nullable: true, description: 'The visiting team\'s mission, if the operation is part of one.' })
  async mission(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): Promise<Mission | null> {
    return surgery.mission ? loadRef(surgery.mission, ctx.loaders.mission) : null;
  }

  @Reads()
  @FieldResolver(() => [SurgeryTeamMember], { description: 'The team, by role.' })
  team(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): MaybePromise<SurgeryTeamMember[]> {
    return teamOf(surgery, ctx.loaders);
  }

  @Reads()
  @FieldResolver(() => StaffMember, { nullable: true, description: 'The team member in the PRIMARY_SURGEON role.' })
  async primarySurgeon(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): Promise<StaffMember | null> {
    const primary = (await teamOf(surgery, ctx.loaders)).find((m) => m.role === TeamRole.PRIMARY_SURGEON);
    return primary ? loadRequiredRef(primary.staffMember, ctx.loaders.staffMember) : null;
  }

  @Reads()
  @FieldResolver(() => [SurgeryChecklistPhase], { description: 'Recorded phases of the WHO Surgical Safety Checklist, in order.' })
  checklist(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): MaybePromise<SurgeryChecklistPhase[]> {
    return checklistOf(surgery, ctx.loaders);
  }

  @Reads()
  @FieldResolver(() => ChecklistPhase, { nullable: true, description: 'The checklist phase to record next; null when all three are done.' })
  async nextChecklistPhase(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): Promise<ChecklistPhase | null> {
    return nextChecklistPhase(await checklistOf(surgery, ctx.loaders));
  }

  @Reads()
  @FieldResolver(() => [Complication], { description: 'Recorded complications, oldest first.' })
  complications(@Root() surgery: Surgery, @Ctx() ctx: GraphQLContext): Promise<Complication[]> {
    return ctx.loaders.complicationsBySurgery.load(surgery.id);
  }
}

@Resolver(() => SurgeryTeamMember)
export class SurgeryTeamMemberResolver {
  @Reads()
  @FieldResolver(() => StaffMember, { description: 'The staff member.' })
  staffMember(@Root() member: SurgeryTeamMember, @Ctx() ctx: GraphQLContext): MaybePromise<StaffMember> {
    return loadRequiredRef(member.staffMember, ctx.loaders.staffMember);
  }
}

@Resolver(() => Complication)
export class ComplicationResolver {
  @Reads()
  @FieldResolver(() => Surgery, { description: 'The operation the complication followed.' })
  surgery(@Root() complication: Complication, @Ctx() ctx: GraphQLContext): MaybePromise<Surgery> {
    return loadRequiredRef(complication.surgery, ctx.loaders.surgery);
  }
}

/** A patient's operations, latest booked start first. */
const PATIENT_SURGERIES = new Keyset<Surgery>(
  [
    { sql: 's.scheduled_start', type: 'instant', of: (s) => s.scheduledStart.toISOString() },
    { sql: 's.id', type: 'uuid', of: (s) => s.id },
  ],
  'desc',
);

@Resolver(() => Patient)
export class PatientSurgeriesResolver {
  @Reads()
  @FieldResolver(() => [Surgery], { description: 'Operations, latest booking first (all of them).', deprecationReason: 'Use surgeriesConnection, which pages.' })
  surgeries(@Root() patient: Patient, @Ctx() ctx: GraphQLContext): Promise<Surgery[]> {
    return ctx.loaders.surgeriesByPatient.load(patient.id);
  }

  @Reads()
  @FieldResolver(() => SurgeryConnection, { description: 'The patient\'s operations, latest booked start first (cancelled ones too), a page at a time.' })
  async surgeriesConnection(@Root() patient: Patient, @Ctx() ctx: GraphQLContext, @Args(() => PageArgs) paging: PageArgs) {
    return toConnection(await readKeysetPage(ctx.em, Surgery, 's', { patient: patient.id }, PATIENT_SURGERIES, paging));
  }
}
