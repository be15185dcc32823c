import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EpisodeStatus,
  ReferralSourceType,
  Role,
  JourneyEventKind,
  ReferralStatus,
  URGENCY_BAND_DAYS,
  addDays,
  ReferralMoveCause,
  canTransitionReferral,
  isReferralOpen,
  referralMoveCause,
  hospitalDate,
  type JourneyStage,
  type UrgencyBand,
} from '@pj/shared';
import { User } from '../auth/user.entity.js';
import { badInput, conflict, notFound } from '../common/domain-error.js';
import { asRow, ChangeStatement, readForChange } from '../common/change-statement.js';
import { checkVersion, inOneStatement, inTransaction } from '../common/transaction.js';
import { notInFuture, optionalText, requiredText } from '../common/validate.js';
import { closeEpisode, newEpisode } from '../episodes/episode.service.js';
import type { ServiceContext } from '../graphql/context.js';
import { recordJourneyEvent } from '../journey/journey-recorder.js';
import { addJourneyEvent } from '../journey/journey-statement.js';
import { summaries } from '../journey/journey-summaries.js';
import { refuseIfDeceased } from '../patients/deceased-guard.js';
import { getPatientOrFail } from '../patients/patient.service.js';
import type { AssignReferralInput, ReceiveReferralInput, TransitionReferralInput } from './referral.input.js';
import { Referral, ReferralStatusChange } from './referral.entity.js';

function dueDateFor(receivedAt: Date, band: UrgencyBand | null): string | null {
  return band ? addDays(hospitalDate(receivedAt), URGENCY_BAND_DAYS[band]) : null;
}

/** Records a new referral: a new episode of care, its first status, and the timeline entry. */
export async function receiveReferral(
  ctx: ServiceContext,
  patientId: string,
  input: ReceiveReferralInput,
  assigneeId: string | null = null,
): Promise<Referral> {
  const now = ctx.clock();
  const receivedAt = input.receivedAt ? notInFuture('receivedAt', input.receivedAt, now) : now;
  const reason = requiredText('reason', input.reason, 2000, { multiline: true });
  const sourceName = optionalText('sourceName', input.sourceName, 200);
  const targetMission = optionalText('targetMission', input.targetMission, 200);
  if (input.sourceCpaGrade && input.sourceType !== ReferralSourceType.REFERRAL_HOSPITAL) {
    throw badInput('sourceCpaGrade', 'Only a referral hospital has a CPA grade', 'NOT_A_HOSPITAL');
  }

  return inTransaction(ctx.em, async (em) => {
    const patient = await getPatientOrFail(em, patientId);
    refuseIfDeceased(patient);
    const assignee = assigneeId ? await caseManagerOrFail(em, assigneeId, 'assigneeId') : null;
    const episode = newEpisode(em, patient, {
      title: reason.slice(0, 120),
      specialty: input.specialty,
      at: receivedAt,
    });
    const referral = em.create(Referral, {
      patient,
      episode,
      sourceType: input.sourceType,
      sourceName,
      sourceCpaGrade: input.sourceCpaGrade ?? null,
      assignee,
      targetMission,
      specialty: input.specialty,
      reason,
      priority: input.priority,
      urgencyBand: input.urgencyBand ?? null,
      dueDate: dueDateFor(receivedAt, input.urgencyBand ?? null),
      receivedAt,
    });
    em.create(ReferralStatusChange, {
      referral,
      fromStatus: null,
      toStatus: ReferralStatus.RECEIVED,
      changedAt: receivedAt,
      changedBy: ctx.actor,
    });
    recordJourneyEvent(
      em,
      patient,
      {
        kind: JourneyEventKind.REFERRAL_RECEIVED,
        occurredAt: receivedAt,
        summary: summaries.referralReceived(summaries.sourceOf(sourceName, input.sourceType), reason),
        episode,
        referral,
        toStatus: ReferralStatus.RECEIVED,
      },
      ctx.actor,
    );
    return referral;
  });
}

export async function getReferralOrFail(em: EntityManager, id: string): Promise<Referral> {
  const referral = await em.findOne(Referral, { id }, { populate: ['patient', 'episode'] });
  if (!referral) throw notFound('Referral', id);
  return referral;
}

interface MoveOptions {
  at: Date;
  reason: string | null;
  actor: string | null;
  urgencyBand?: UrgencyBand | null;
  targetMission?: string | null;
}

/**
 * The rules of a move, for both ways of writing it: refuses an illegal one, and says what it
 * changes on the referral, whether it closes the episode and what goes on the timeline.
 */
function referralMove(referral: Pick<Referral, 'status' | 'receivedAt'>, to: ReferralStatus, options: MoveOptions) {
  const from = referral.status;
  if (!canTransitionReferral(from, to)) {
    throw conflict('ILLEGAL_TRANSITION', `A ${from.toLowerCase()} referral cannot become ${to.toLowerCase()}`, { from, to });
  }
  const closes = to === ReferralStatus.DECLINED || to === ReferralStatus.CANCELLED;
  if (closes && !options.reason) {
    throw badInput('reason', `A reason is required to mark a referral ${to.toLowerCase()}`, 'REASON_REQUIRED');
  }
  const changes: Partial<Pick<Referral, 'status' | 'targetMission' | 'urgencyBand' | 'dueDate'>> = { status: to };
  if (options.targetMission) changes.targetMission = options.targetMission;
  if (options.urgencyBand) {
    changes.urgencyBand = options.urgencyBand;
    changes.dueDate = dueDateFor(referral.receivedAt, options.urgencyBand);
  }
  return {
    changes,
    history: { fromStatus: from, toStatus: to, reason: options.reason, changedAt: options.at, changedBy: options.actor },
    closesEpisode: closes,
    event: {
      kind: JourneyEventKind.REFERRAL_STATUS_CHANGED as const,
      occurredAt: options.at,
      summary: summaries.referralStatusChanged(from, to, options.reason),
      fromStatus: from,
      toStatus: to,
      note: options.reason,
    },
  };
}

/**
 * Moves a referral along its workflow inside an open transaction: checks the move is legal,
 * keeps the history and records the timeline entry. Other services (surgery) call it too.
 */
export function applyReferralTransition(em: EntityManager, referral: Referral, to: ReferralStatus, options: MoveOptions): void {
  const move = referralMove(referral, to, options);
  Object.assign(referral, move.changes);
  em.create(ReferralStatusChange, { referral, ...move.history });
  if (move.closesEpisode) closeEpisode(referral.episode, EpisodeStatus.CANCELLED, options.at);
  recordJourneyEvent(em, referral.patient, { ...move.event, episode: referral.episode, referral }, options.actor);
}

/**
 * A person moves a referral only where no recorded fact does: SCHEDULED follows from booking
 * its operation, COMPLETED from performing it, and a booked referral changes only through its
 * operation. CONFLICT ILLEGAL_TRANSITION saying what to do instead.
 */
function refuseFactDrivenMove(from: ReferralStatus, to: ReferralStatus): void {
  const cause = referralMoveCause(from, to);
  if (cause === null || cause === ReferralMoveCause.BY_HAND) return;
  const message =
    to === ReferralStatus.SCHEDULED
      ? 'A referral becomes scheduled when its operation is booked: book the operation (on the theatre board or in a mission\'s schedule) instead'
      : to === ReferralStatus.COMPLETED
        ? 'A referral becomes completed when its operation is recorded as performed: record the operation instead'
        : 'The referral has a booked operation: cancel or move the operation instead (cancelling it returns the referral to the waitlist)';
  throw conflict('ILLEGAL_TRANSITION', message, { from, to });
}

/**
 * A person moves a referral. Written without the unit of work and, unless it races another
 * change, without BEGIN and COMMIT (`inOneStatement`): one statement reads the referral with
 * its patient and episode, the rules above decide, and one statement writes the referral, its
 * history row, the episode it closes, the timeline event, the patient's stage and the
 * mutation's audit entry (common/change-statement.ts). The write holds the referral to the
 * version read and the patient to the row version read; if either changed in between, it
 * writes nothing and the move is decided again under a locking read.
 */
export async function transitionReferral(
  ctx: ServiceContext,
  referralId: string,
  input: TransitionReferralInput,
): Promise<Referral> {
  const reason = optionalText('reason', input.reason, 2000, { multiline: true });
  const targetMission = optionalText('targetMission', input.targetMission, 200);
  return inOneStatement(ctx.em, async (em, lock) => {
    // Locked only after a lost race (see inOneStatement): a concurrent move then waits and reads
    // what the other one wrote.
    const rows = await readForChange<Record<string, unknown>>(
      em,
      `select r.*, p.stage as "patient·stage", p.row_version as "patient·row_version", e.status as "episode·status"
       from referral r join patient p on p.id = r.patient_id join episode e on e.id = r.episode_id
       where r.id = ?${lock ? ' for update of r, p' : ''}`,
      [referralId],
    );
    if (rows.length === 0) throw notFound('Referral', referralId);
    const {
      'patient·stage': patientStage,
      'patient·row_version': patientRowVersion,
      'episode·status': episodeStatus,
      ...columns
    } = rows[0];
    // The referral as read (a managed entity with nothing to flush; mapped again once written).
    const current = em.map(Referral, columns);
    const patient = { id: current.patient.id, stage: patientStage as JourneyStage, rowVersion: patientRowVersion as number };
    refuseIfDeceased(patient);
    if (current.status === input.to) throw conflict('ALREADY_IN_STATUS', `The referral is already ${input.to.toLowerCase()}`);
    checkVersion(current, input.expectedVersion, 'referral');
    refuseFactDrivenMove(current.status, input.to);
    const at = ctx.clock();
    const move = referralMove(current, input.to, { at, reason, actor: ctx.actor, urgencyBand: input.urgencyBand ?? null, targetMission });

    const statement = new ChangeStatement(em)
      .update('referral', 'Referral', { id: referralId, version: current.version }, move.changes, { expect: 1 })
      .insert('history', 'ReferralStatusChange', { id: randomUUID(), referral: referralId, ...move.history });
    const episode = { status: episodeStatus as EpisodeStatus, endedAt: null as Date | null };
    if (move.closesEpisode) {
      closeEpisode(episode, EpisodeStatus.CANCELLED, at);
      if (episode.status !== episodeStatus) statement.update('episode', 'Episode', { id: current.episode.id }, episode);
    }
    const stage = addJourneyEvent(statement, patient, { ...move.event, episode: current.episode.id, referral: referralId }, ctx.actor);
    // A new stage is written at the row version read; an unchanged one is held to it (a death
    // recorded in between refuses the move).
    if (stage === patient.stage) statement.hold('patient', 'Patient', { id: patient.id, version: patient.rowVersion });
    // The referral as it is once written: what the mutation returns and its audit entry names.
    const referral = em.map(Referral, { ...columns, ...asRow(em, 'Referral', move.changes), version: current.version + 1 });
    await statement.audit(referral).run();
    return referral;
  });
}

/** A user who may be given referrals: active, with the CASE_MANAGER role. */
async function caseManagerOrFail(em: EntityManager, userId: string, field: string): Promise<User> {
  const user = await em.findOne(User, { id: userId, active: true });
  if (!user) throw notFound('User', userId);
  if (!user.roles.includes(Role.CASE_MANAGER)) {
    throw badInput(field, `${user.displayName} is not a case manager`, 'NOT_A_CASE_MANAGER');
  }
  return user;
}

/** Gives the referral to a case manager, or takes it back (assignee null). */
export async function assignReferral(
  ctx: ServiceContext,
  ids: { referralId: string; assigneeId: string | null },
  input: Pick<AssignReferralInput, 'expectedVersion'>,
): Promise<Referral> {
  return inTransaction(ctx.em, async (em) => {
    const referral = await getReferralOrFail(em, ids.referralId);
    refuseIfDeceased(referral.patient);
    checkVersion(referral, input.expectedVersion, 'referral');
    if (!isReferralOpen(referral.status)) {
      throw conflict('REFERRAL_CLOSED', `A ${referral.status.toLowerCase()} referral cannot be reassigned`);
    }
    referral.assignee = ids.assigneeId ? await caseManagerOrFail(em, ids.assigneeId, 'assigneeId') : null;
    return referral;
  });
}
