import {
  AdmissionStatus,
  DischargeDisposition,
  EpisodeStatus,
  JourneyEventKind,
} from '@pj/shared';
import { badInput, conflict, notFound } from '../common/domain-error.js';
import { checkVersion, inTransaction } from '../common/transaction.js';
import { notInFuture, optionalText, requiredText } from '../common/validate.js';
import { closeEpisode, episodeFor } from '../episodes/episode.service.js';
import type { ServiceContext } from '../graphql/context.js';
import { bookStandardFollowUps } from '../follow-up/follow-up.service.js';
import { recordJourneyEvent } from '../journey/journey-recorder.js';
import { summaries } from '../journey/journey-summaries.js';
import { DeathRecordedBy } from '../patients/death-record.entity.js';
import { endJourneyAfterDeath } from '../patients/death.service.js';
import { refuseIfDeceased } from '../patients/deceased-guard.js';
import { getPatientOrFail } from '../patients/patient.service.js';
import type { AdmitPatientInput, DischargeMedicationInput, DischargePatientInput, TransferPatientInput } from './admission.input.js';
import { Admission, Discharge, type DischargeMedication } from './admission.entity.js';
import { BedStay } from './bed-stay.entity.js';
import { Bed } from './ward.entity.js';

const REASON_TEXT: Record<string, string> = {
  POST_OPERATIVE: 'post-operative care',
  PRE_OPERATIVE: 'pre-operative preparation',
  ONCOLOGY: 'oncology treatment',
  MEDICAL: 'medical care',
};

/** Admits a patient to a free bed. One open admission per patient and per bed. */
export async function admitPatient(
  ctx: ServiceContext,
  ids: { patientId: string; bedId: string; episodeId: string | null },
  input: AdmitPatientInput,
): Promise<Admission> {
  const now = ctx.clock();
  const admittedAt = input.admittedAt ? notInFuture('admittedAt', input.admittedAt, now) : now;

  return inTransaction(
    ctx.em,
    async (em) => {
      const patient = await getPatientOrFail(em, ids.patientId);
      refuseIfDeceased(patient);
      const bed = await em.findOne(Bed, { id: ids.bedId }, { populate: ['ward'] });
      if (!bed) throw notFound('Bed', ids.bedId);
      const open = await em.find(Admission, {
        status: AdmissionStatus.ADMITTED,
        $or: [{ patient }, { bed }],
      });
      if (open.some((a) => a.patient.id === patient.id)) {
        throw conflict('ALREADY_ADMITTED', 'The patient is already admitted');
      }
      if (open.length > 0) throw conflict('BED_OCCUPIED', `Bed ${bed.label} on ${bed.ward.name} is occupied`);

      const episode = await episodeFor(em, patient, {
        episodeId: ids.episodeId,
        title: `Admission for ${REASON_TEXT[input.reason]}`,
        specialty: null,
        at: admittedAt,
      });
      const admission = em.create(Admission, { patient, episode, bed, reason: input.reason, admittedAt });
      em.create(BedStay, { admission, bed, from: admittedAt });
      recordJourneyEvent(
        em,
        patient,
        {
          kind: JourneyEventKind.ADMITTED,
          occurredAt: admittedAt,
          summary: summaries.admitted(bed.ward.name, bed.label, input.reason),
          episode,
          admission,
        },
        ctx.actor,
      );
      return admission;
    },
    // Another request took the bed, or admitted the patient, between our check and commit.
    {
      admission_one_open_per_bed: () => conflict('BED_OCCUPIED', 'The bed was taken by another admission just now'),
      admission_one_open_per_patient: () => conflict('ALREADY_ADMITTED', 'The patient was admitted by someone else just now'),
      bed_stay_one_open_per_bed: () => conflict('BED_OCCUPIED', 'The bed was taken by another patient just now'),
    },
  );
}

const MAX_MEDICATIONS = 50;

/** The discharge medicines, checked: a name each, short single-line details. */
function medicationsOf(list: DischargeMedicationInput[] | null | undefined): DischargeMedication[] {
  if (!list) return [];
  if (list.length > MAX_MEDICATIONS) {
    throw badInput('medications', `At most ${MAX_MEDICATIONS} medications`, 'TOO_MANY');
  }
  return list.map((m, i) => ({
    name: requiredText(`medications[${i}].name`, m.name, 200),
    dose: optionalText(`medications[${i}].dose`, m.dose, 200),
    frequency: optionalText(`medications[${i}].frequency`, m.frequency, 200),
    duration: optionalText(`medications[${i}].duration`, m.duration, 200),
    reconciled: m.reconciled === true,
  }));
}

/**
 * Discharges the patient's open admission with its summary. After an operation performed
 * during the admission it books the standard follow-ups (bookStandardFollowUps); a death
 * (disposition DIED) ends the journey (endJourneyAfterDeath).
 */
export async function dischargePatient(
  ctx: ServiceContext,
  patientId: string,
  input: DischargePatientInput,
): Promise<Discharge> {
  const now = ctx.clock();
  const dischargedAt = input.dischargedAt ? notInFuture('dischargedAt', input.dischargedAt, now) : now;
  const summary = {
    disposition: input.disposition,
    diagnosis: requiredText('diagnosis', input.diagnosis, 2000, { multiline: true }),
    condition: optionalText('condition', input.condition, 2000, { multiline: true }),
    instructions: optionalText('instructions', input.instructions, 5000, { multiline: true }),
    followUpPlan: optionalText('followUpPlan', input.followUpPlan, 2000, { multiline: true }),
    clinician: optionalText('clinician', input.clinician, 100),
    reasonForAdmission: optionalText('reasonForAdmission', input.reasonForAdmission, 2000, { multiline: true }),
    proceduresAndTreatment: optionalText('proceduresAndTreatment', input.proceduresAndTreatment, 5000, { multiline: true }),
    medications: medicationsOf(input.medications),
    dietInstructions: optionalText('dietInstructions', input.dietInstructions, 2000, { multiline: true }),
    woundCareInstructions: optionalText('woundCareInstructions', input.woundCareInstructions, 2000, { multiline: true }),
    warningSigns: optionalText('warningSigns', input.warningSigns, 2000, { multiline: true }),
  };

  return inTransaction(ctx.em, async (em) => {
    const patient = await getPatientOrFail(em, patientId);
    refuseIfDeceased(patient);
    const stageBefore = patient.stage;
    const admission = await em.findOne(
      Admission,
      { patient, status: AdmissionStatus.ADMITTED },
      { populate: ['episode', 'bed', 'bed.ward'] },
    );
    if (!admission) throw conflict('NOT_ADMITTED', 'The patient is not admitted');
    checkVersion(admission, input.expectedVersion, 'admission');
    if (dischargedAt.getTime() < admission.admittedAt.getTime()) {
      throw badInput('dischargedAt', 'dischargedAt is before the admission', 'BEFORE_ADMISSION');
    }
    const stay = await em.findOne(BedStay, { admission, to: null });
    if (stay && dischargedAt.getTime() < stay.from.getTime()) {
      throw badInput('dischargedAt', 'dischargedAt is before the patient moved into the current bed', 'BEFORE_TRANSFER');
    }
    admission.status = AdmissionStatus.DISCHARGED;
    admission.dischargedAt = dischargedAt;
    if (stay) stay.to = dischargedAt;
    const discharge = em.create(Discharge, { admission, patient, dischargedAt, ...summary });
    closeEpisode(admission.episode, EpisodeStatus.FINISHED, dischargedAt);
    recordJourneyEvent(
      em,
      patient,
      {
        kind: JourneyEventKind.DISCHARGED,
        disposition: input.disposition,
        occurredAt: dischargedAt,
        summary: summaries.discharged(input.disposition, admission.bed.ward.name, summary.diagnosis),
        episode: admission.episode,
        admission,
        discharge,
      },
      ctx.actor,
    );
    // What comes after: a death ends the journey (endJourneyAfterDeath); after an operation
    // the standard follow-ups (wound check, day-30 call) are booked.
    if (input.disposition === DischargeDisposition.DIED) {
      await endJourneyAfterDeath(em, patient, { diedAt: dischargedAt, recordedBy: DeathRecordedBy.DISCHARGE, stageBefore, now, actor: ctx.actor });
    } else await bookStandardFollowUps(em, patient, admission, discharge, ctx.actor);
    return discharge;
  }, {
    discharge_admission_id_unique: () => conflict('NOT_ADMITTED', 'The patient was discharged by someone else just now'),
  });
}

/**
 * Moves the patient's open admission to a free bed: closes the stay in the old bed at `at`
 * and opens one in the new bed. The database allows one open stay per bed, so of concurrent
 * transfers and admissions into one bed exactly one succeeds.
 */
export async function transferPatient(
  ctx: ServiceContext,
  ids: { patientId: string; bedId: string },
  input: TransferPatientInput,
): Promise<BedStay> {
  const now = ctx.clock();
  const at = input.at ? notInFuture('at', input.at, now) : now;
  const reason = requiredText('reason', input.reason, 1000, { multiline: true });

  return inTransaction(
    ctx.em,
    async (em) => {
      const patient = await getPatientOrFail(em, ids.patientId);
      refuseIfDeceased(patient);
      const bed = await em.findOne(Bed, { id: ids.bedId }, { populate: ['ward'] });
      if (!bed) throw notFound('Bed', ids.bedId);
      const admission = await em.findOne(
        Admission,
        { patient, status: AdmissionStatus.ADMITTED },
        { populate: ['episode', 'bed', 'bed.ward'] },
      );
      if (!admission) throw conflict('NOT_ADMITTED', 'The patient is not admitted');
      checkVersion(admission, input.expectedVersion, 'admission');
      if (admission.bed.id === bed.id) throw badInput('bedId', 'The patient is already in this bed', 'SAME_BED');
      const current = await em.findOne(BedStay, { admission, to: null });
      const since = current?.from ?? admission.admittedAt;
      if (at.getTime() <= since.getTime()) {
        throw badInput('at', 'The transfer is not after the patient moved into the current bed', 'BEFORE_CURRENT_STAY');
      }
      const taken = await em.count(BedStay, { bed, to: null });
      if (taken > 0) throw conflict('BED_OCCUPIED', `Bed ${bed.label} on ${bed.ward.name} is occupied`);

      const from = admission.bed;
      if (current) current.to = at;
      // Flush the closed stay before the new one is inserted (the open-stay index is per admission).
      await em.flush();
      admission.bed = bed;
      const stay = em.create(BedStay, { admission, bed, from: at });
      recordJourneyEvent(
        em,
        patient,
        {
          kind: JourneyEventKind.TRANSFERRED,
          occurredAt: at,
          summary: summaries.transferred(from.ward.name, from.label, bed.ward.name, bed.label),
          note: reason,
          episode: admission.episode,
          admission,
          bedStay: stay,
        },
        ctx.actor,
      );
      return stay;
    },
    {
      admission_one_open_per_bed: () => conflict('BED_OCCUPIED', 'The bed was taken by another patient just now'),
      bed_stay_one_open_per_bed: () => conflict('BED_OCCUPIED', 'The bed was taken by another patient just now'),
      bed_stay_one_open_per_admission: () => conflict('STALE_VERSION', 'The patient was moved by someone else just now; reload and try again'),
    },
  );
}
