import type { EntityManager } from '@mikro-orm/postgresql';
import { JourneyEventKind, ReferralStatus, SurgeryStatus } from '@pj/shared';
import { badInput, conflict, notFound } from '../common/domain-error.js';
import { checkVersion, inTransaction } from '../common/transaction.js';
import { intInRange, notInFuture, optionalText, requiredText, validInstant } from '../common/validate.js';
import { episodeFor } from '../episodes/episode.service.js';
import type { ServiceContext } from '../graphql/context.js';
import { recordJourneyEvent } from '../journey/journey-recorder.js';
import { summaries } from '../journey/journey-summaries.js';
import { getPatientOrFail } from '../patients/patient.service.js';
import { applyReferralTransition, getReferralOrFail } from '../referrals/referral.service.js';
import type { CancelSurgeryInput, CompleteSurgeryInput, ScheduleSurgeryInput } from './surgery.input.js';
import { Surgery } from './surgery.entity.js';

const MINUTE = 60_000;

async function getSurgeryOrFail(em: EntityManager, id: string): Promise<Surgery> {
  const surgery = await em.findOne(Surgery, { id }, { populate: ['patient', 'episode', 'referral'] });
  if (!surgery) throw notFound('Surgery', id);
  return surgery;
}

/** Books an operation; a linked referral moves to SCHEDULED in the same transaction. */
export async function scheduleSurgery(
  ctx: ServiceContext,
  ids: { patientId: string; referralId: string | null; episodeId: string | null },
  input: ScheduleSurgeryInput,
): Promise<Surgery> {
  const now = ctx.clock();
  const procedure = requiredText('procedure', input.procedure, 300);
  const theatre = requiredText('theatre', input.theatre, 50);
  const scheduledStart = validInstant('scheduledStart', input.scheduledStart);
  const duration = intInRange('expectedDurationMinutes', input.expectedDurationMinutes, 5, 24 * 60);
  const primarySurgeon = optionalText('primarySurgeon', input.primarySurgeon, 100);

  return inTransaction(ctx.em, async (em) => {
    const patient = await getPatientOrFail(em, ids.patientId);
    const referral = ids.referralId ? await getReferralOrFail(em, ids.referralId) : null;
    if (referral && referral.patient.id !== patient.id) {
      throw badInput('referralId', 'The referral belongs to another patient', 'REFERRAL_OF_OTHER_PATIENT');
    }
    if (referral?.status === ReferralStatus.SCHEDULED) {
      throw conflict('REFERRAL_ALREADY_SCHEDULED', 'The referral already has a booked operation; cancel it first');
    }
    const specialty = input.specialty ?? referral?.specialty;
    if (!specialty) throw badInput('specialty', 'specialty is required without a referral', 'REQUIRED');
    const episode = referral
      ? referral.episode
      : await episodeFor(em, patient, { episodeId: ids.episodeId, title: procedure, specialty, at: now });

    const surgery = em.create(Surgery, {
      patient,
      episode,
      referral,
      procedure,
      specialty,
      theatre,
      scheduledStart,
      expectedDurationMinutes: duration,
      urgency: input.urgency,
      primarySurgeon,
    });
    if (referral) {
      applyReferralTransition(em, referral, ReferralStatus.SCHEDULED, { at: now, reason: null, actor: ctx.actor });
    }
    recordJourneyEvent(
      em,
      patient,
      {
        kind: JourneyEventKind.SURGERY_SCHEDULED,
        occurredAt: now,
        summary: summaries.surgeryScheduled(procedure, theatre, scheduledStart),
        episode,
        referral,
        surgery,
      },
      ctx.actor,
    );
    return surgery;
  }, {
    surgery_one_booking_per_referral: () =>
      conflict('REFERRAL_ALREADY_SCHEDULED', 'The referral was booked by someone else just now'),
  });
}

/** Records the operation as performed; only a scheduled operation can be completed. */
export async function completeSurgery(ctx: ServiceContext, surgeryId: string, input: CompleteSurgeryInput): Promise<Surgery> {
  const now = ctx.clock();
  const startedAt = notInFuture('startedAt', input.startedAt, now);
  const endedAt = notInFuture('endedAt', input.endedAt, now);
  if (endedAt.getTime() <= startedAt.getTime()) {
    throw badInput('endedAt', 'endedAt must be after startedAt', 'END_BEFORE_START');
  }
  if (endedAt.getTime() - startedAt.getTime() > 24 * 60 * MINUTE) {
    throw badInput('endedAt', 'An operation cannot last more than 24 hours', 'OUT_OF_RANGE');
  }
  const findings = optionalText('findings', input.findings, 5000, { multiline: true });
  const operativeNote = optionalText('operativeNote', input.operativeNote, 20_000, { multiline: true });

  return inTransaction(ctx.em, async (em) => {
    const surgery = await getSurgeryOrFail(em, surgeryId);
    checkVersion(surgery, input.expectedVersion, 'operation');
    if (surgery.status !== SurgeryStatus.SCHEDULED) {
      throw conflict('SURGERY_NOT_SCHEDULED', `A ${surgery.status.toLowerCase()} surgery cannot be completed`);
    }
    Object.assign(surgery, { status: SurgeryStatus.COMPLETED, startedAt, endedAt, findings, operativeNote });
    if (surgery.referral?.status === ReferralStatus.SCHEDULED) {
      applyReferralTransition(em, surgery.referral, ReferralStatus.COMPLETED, { at: endedAt, reason: null, actor: ctx.actor });
    }
    recordJourneyEvent(
      em,
      surgery.patient,
      {
        kind: JourneyEventKind.SURGERY_PERFORMED,
        occurredAt: startedAt,
        summary: summaries.surgeryPerformed(
          surgery.procedure,
          surgery.theatre,
          Math.round((endedAt.getTime() - startedAt.getTime()) / MINUTE),
        ),
        episode: surgery.episode,
        referral: surgery.referral,
        surgery,
      },
      ctx.actor,
    );
    return surgery;
  });
}

/** Cancels a booked operation; a linked referral goes back to the waitlist. */
export async function cancelSurgery(ctx: ServiceContext, surgeryId: string, input: CancelSurgeryInput): Promise<Surgery> {
  const now = ctx.clock();
  const reason = requiredText('reason', input.reason, 500, { multiline: true });
  return inTransaction(ctx.em, async (em) => {
    const surgery = await getSurgeryOrFail(em, surgeryId);
    checkVersion(surgery, input.expectedVersion, 'operation');
    if (surgery.status !== SurgeryStatus.SCHEDULED) {
      throw conflict('SURGERY_NOT_SCHEDULED', `A ${surgery.status.toLowerCase()} surgery cannot be cancelled`);
    }
    surgery.status = SurgeryStatus.CANCELLED;
    surgery.cancellationReason = reason;
    if (surgery.referral?.status === ReferralStatus.SCHEDULED) {
      applyReferralTransition(em, surgery.referral, ReferralStatus.WAITLISTED, { at: now, reason, actor: ctx.actor });
    }
    recordJourneyEvent(
      em,
      surgery.patient,
      {
        kind: JourneyEventKind.SURGERY_CANCELLED,
        occurredAt: now,
        summary: summaries.surgeryCancelled(surgery.procedure, surgery.theatre, reason),
        episode: surgery.episode,
        referral: surgery.referral,
        surgery,
        note: reason,
      },
      ctx.actor,
    );
    return surgery;
  });
}
