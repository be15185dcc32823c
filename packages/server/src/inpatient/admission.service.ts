import {
  AdmissionStatus,
  CareInstruction,
  DischargeDisposition,
  hasKhmer,
  NO_HEAVY_LIFTING_WEEKS,
  EpisodeStatus,
  JourneyEventKind,
  type JourneyStage,
} from '@pj/shared';
import { badInput, conflict, notFound, type DomainError } from '../common/domain-error.js';
import { checkVersion, concurrentChange, inOneStatement, inTransaction } from '../common/transaction.js';
import { intInRange, notInFuture, optionalText, requiredText } from '../common/validate.js';
import { ChangeStatement, readForChange } from '../common/change-statement.js';
import { Episode } from '../episodes/episode.entity.js';
import { checkNamedEpisode, closeEpisode, newEpisode } from '../episodes/episode.service.js';
import type { ServiceContext } from '../graphql/context.js';
import { bookStandardFollowUps } from '../follow-up/follow-up.service.js';
import { recordJourneyEvent } from '../journey/journey-recorder.js';
import { addJourneyEvent } from '../journey/journey-statement.js';
import { summaries } from '../journey/journey-summaries.js';
import { DeathRecordedBy } from '../patients/death-record.entity.js';
import { endJourneyAfterDeath } from '../patients/death.service.js';
import { refuseIfDeceased } from '../patients/deceased-guard.js';
import { getPatientOrFail } from '../patients/patient.service.js';
import type { AdmitPatientInput, DischargeMedicationInput, DischargePatientInput, TransferPatientInput } from './admission.input.js';
import { Admission, Discharge, type DischargeMedication } from './admission.entity.js';
import { DischargeDiagnosisCode } from '../codes/coded.entity.js';
import { dischargeDiagnosisCodes } from '../codes/codes.service.js';
import { BedStay } from './bed-stay.entity.js';

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

  // Written without the unit of work nor BEGIN and COMMIT (`inOneStatement`): one statement
  // reads the patient, the bed and what could clash with the stay (the patient's admissions
  // and the bed's stays from `admittedAt` on, the episode), the rules decide, and one statement
  // writes the episode (when new), the admission, its first bed stay, the timeline event, the
  // patient's stage and the audit entry. The constraints refuse a clash that came in between.
  return inOneStatement(
    ctx.em,
    async (em) => {
      const [facts] = await readForChange<AdmissionFacts>(
        em,
        `select
           (select json_build_object('stage', p.stage, 'rowVersion', p.row_version) from patient p where p.id = ?) as patient,
           (select json_build_object('label', b.label, 'ward', json_build_object('name', w.name)) from bed b join ward w on w.id = b.ward_id where b.id = ?) as bed,
           (select json_agg(json_build_object('admittedAt', a.admitted_at, 'dischargedAt', a.discharged_at,
                                              'bed', json_build_object('label', b.label, 'ward', json_build_object('name', w.name))) order by a.admitted_at, a.id)
            from admission a join bed b on b.id = a.bed_id join ward w on w.id = b.ward_id
            where a.patient_id = ? and (a.discharged_at is null or a.discharged_at > ?)) as admissions,
           (select json_agg(json_build_object('from', s.from_at, 'to', s.to_at) order by s.from_at, s.id)
            from bed_stay s where s.bed_id = ? and (s.to_at is null or s.to_at > ?)) as stays,
           (select json_build_object('patientId', e.patient_id, 'status', e.status) from episode e where e.id = ?) as named,
           (select e.id from episode e where e.patient_id = ? and e.status = ? order by e.started_at desc, e.id desc limit 1) as active`,
        [ids.patientId, ids.bedId, ids.patientId, admittedAt, ids.bedId, admittedAt, ids.episodeId, ids.patientId, EpisodeStatus.ACTIVE],
      );
      if (!facts.patient) throw notFound('Patient', ids.patientId);
      const patient = { id: ids.patientId, ...facts.patient };
      refuseIfDeceased(patient);
      const bed = facts.bed;
      if (!bed) throw notFound('Bed', ids.bedId);
      // Against the whole history, not just who is in now: a back-dated admission may not
      // overlap the patient's earlier stays nor another patient's stay in the bed.
      const mine = (facts.admissions ?? [])
        .map((a) => ({ ...a, admittedAt: new Date(a.admittedAt), dischargedAt: a.dischargedAt === null ? null : new Date(a.dischargedAt) }))
        .find((a) => nonEmpty(a.admittedAt, a.dischargedAt));
      if (mine) throw alreadyAdmitted(mine, admittedAt);
      const other = (facts.stays ?? [])
        .map((st) => ({ from: new Date(st.from), to: st.to === null ? null : new Date(st.to) }))
        .find((st) => nonEmpty(st.from, st.to));
      if (other) throw bedOccupied(bed, admittedAt, other);

      const statement = new ChangeStatement(em);
      let episode: Episode;
      if (ids.episodeId) {
        checkNamedEpisode(facts.named, ids.episodeId, patient.id);
        episode = em.getReference(Episode, ids.episodeId);
      } else if (facts.active) {
        episode = em.getReference(Episode, facts.active);
      } else {
        episode = newEpisode(em, ids.patientId, { title: `Admission for ${REASON_TEXT[input.reason]}`, specialty: null, at: admittedAt }, { persist: false });
        statement.insertEntity('episode', episode);
      }
      const admission = em.create(Admission, { patient: ids.patientId, episode, bed: ids.bedId, reason: input.reason, admittedAt }, { persist: false });
      statement.insertEntity('admission', admission).insertEntity('bed_stay', em.create(BedStay, { admission, bed: ids.bedId, from: admittedAt }, { persist: false }));
      addJourneyEvent(
        statement,
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
      await statement.audit(admission).run();
      return admission;
    },
    // Another request took the bed, or admitted the patient, between our check and commit.
    {
      admission_one_open_per_bed: () => conflict('BED_OCCUPIED', 'The bed was taken by another admission just now'),
      admission_one_open_per_patient: () => conflict('ALREADY_ADMITTED', 'The patient was admitted by someone else just now'),
      admission_patient_no_overlap: (detail) => alreadyAdmittedJustNow(admittedAt, detail),
      bed_stay_one_open_per_bed: () => conflict('BED_OCCUPIED', 'The bed was taken by another patient just now'),
      bed_stay_bed_no_overlap: (detail) => bedTakenJustNow(admittedAt, detail),
    },
  );
}

const HOSPITAL_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "2026-03-09 08:00" in Phnom Penh time (UTC+7 all year), for messages. */
function hospitalMinute(at: Date): string {
  return new Date(at.getTime() + HOSPITAL_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** "from … to … (Phnom Penh time)", or "since …" while the period is still open. */
function periodText(from: Date, to: Date | null): string {
  return to ? `from ${hospitalMinute(from)} to ${hospitalMinute(to)} (Phnom Penh time)` : `since ${hospitalMinute(from)} (Phnom Penh time)`;
}

/** Not an empty period (one that ended as it began overlaps nothing, as in the constraints). */
const nonEmpty = (from: Date, to: Date | null): boolean => to === null || to.getTime() > from.getTime();

/** A bed as messages name it. */
interface BedName {
  label: string;
  ward: { name: string };
}

/** What the read before an admission found (one statement, JSON per part; null when absent). */
interface AdmissionFacts {
  patient: { stage: JourneyStage; rowVersion: number } | null;
  bed: BedName | null;
  admissions: { admittedAt: string; dischargedAt: string | null; bed: BedName }[] | null;
  stays: { from: string; to: string | null }[] | null;
  named: { patientId: string; status: EpisodeStatus } | null;
  active: string | null;
}

/** What the read before a transfer found (one statement, JSON per part; null when absent). */
interface TransferFacts {
  patient: { stage: JourneyStage; rowVersion: number } | null;
  bed: BedName | null;
  stays: { from: string; to: string | null }[] | null;
  admission: {
    id: string;
    version: number;
    admittedAt: string;
    episodeId: string;
    bedId: string;
    bed: BedName;
    stay: { id: string; from: string } | null;
  } | null;
}

/** ALREADY_ADMITTED, naming the admission an admission from `from` would overlap. */
function alreadyAdmitted(clash: { admittedAt: Date; dischargedAt: Date | null; bed: BedName }, from: Date): DomainError {
  const where = `bed ${clash.bed.label} on ${clash.bed.ward.name}`;
  return clash.dischargedAt === null
    ? conflict('ALREADY_ADMITTED', `The patient is already admitted (${where}, ${periodText(clash.admittedAt, null)})`)
    : conflict(
        'ALREADY_ADMITTED',
        `The patient was in hospital ${periodText(clash.admittedAt, clash.dischargedAt)} (${where}); an admission from ${hospitalMinute(from)} would overlap that stay`,
      );
}

/** BED_OCCUPIED, naming the bed and the stay a stay from `from` would overlap (not whose it is). */
function bedOccupied(bed: BedName, from: Date, clash: { from: Date; to: Date | null }): DomainError {
  return clash.to === null
    ? conflict('BED_OCCUPIED', `Bed ${bed.label} on ${bed.ward.name} is occupied ${periodText(clash.from, null)}`, {
        bed: bed.label,
        ward: bed.ward.name,
        from: clash.from.toISOString(),
      })
    : conflict(
        'BED_OCCUPIED',
        `Bed ${bed.label} on ${bed.ward.name} was occupied ${periodText(clash.from, clash.to)}; a stay from ${hospitalMinute(from)} would overlap it`,
        { bed: bed.label, ward: bed.ward.name, from: clash.from.toISOString(), to: clash.to.toISOString() },
      );
}

/**
 * The period of the row an exclusion constraint found in the way, from PostgreSQL's detail
 * ("… conflicts with existing key (…)=(…, [\"2026-03-01 02:00:00+00\",infinity))").
 */
export function clashingPeriod(detail: string): { from: Date; to: Date | null } | null {
  const existing = detail.slice(detail.lastIndexOf('existing key'));
  const match = /\[("?)([^",]+)\1,("?)([^")]+)\3\)\)/.exec(existing);
  if (!match) return null;
  const instant = (text: string) => new Date(text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
  const from = instant(match[2]);
  const to = match[4] === 'infinity' ? null : instant(match[4]);
  if (Number.isNaN(from.getTime()) || (to && Number.isNaN(to.getTime()))) return null;
  return { from, to };
}

/** What the database said when a concurrent request took the bed first. */
function bedTakenJustNow(from: Date, detail: string): DomainError {
  const clash = clashingPeriod(detail);
  return conflict(
    'BED_OCCUPIED',
    clash
      ? `The bed was taken by another patient just now: occupied ${periodText(clash.from, clash.to)}, a stay from ${hospitalMinute(from)} would overlap it`
      : 'The bed was taken by another patient just now',
  );
}

/** What the database said when a concurrent request admitted the patient first. */
function alreadyAdmittedJustNow(from: Date, detail: string): DomainError {
  const clash = clashingPeriod(detail);
  return conflict(
    'ALREADY_ADMITTED',
    clash
      ? `The patient was admitted by someone else just now (${periodText(clash.from, clash.to)}); an admission from ${hospitalMinute(from)} would overlap it`
      : 'The patient was admitted by someone else just now',
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

/** Text for the family in Khmer script: optional, but when given it must contain Khmer letters. */
function khmerText(field: string, value: string | null | undefined, max: number): string | null {
  const text = optionalText(field, value, max, { multiline: true });
  if (text !== null && !hasKhmer(text)) throw badInput(field, `${field} must be written in Khmer script`, 'NOT_KHMER');
  return text;
}

const CARE_INSTRUCTION_ORDER = Object.values(CareInstruction);

/**
 * The coded care instructions, each once and in the list's order, with the weeks of no heavy
 * lifting: required when that instruction is chosen, refused otherwise.
 */
function careInstructionsOf(
  list: CareInstruction[] | null | undefined,
  weeks: number | null | undefined,
): { careInstructions: CareInstruction[]; noHeavyLiftingWeeks: number | null } {
  const chosen = new Set(list ?? []);
  for (const [i, code] of [...chosen].entries()) {
    if (!CARE_INSTRUCTION_ORDER.includes(code)) throw badInput(`careInstructions[${i}]`, `Unknown care instruction`, 'INVALID');
  }
  const careInstructions = CARE_INSTRUCTION_ORDER.filter((code) => chosen.has(code));
  const lifting = chosen.has(CareInstruction.NO_HEAVY_LIFTING);
  if (weeks === null || weeks === undefined) {
    if (lifting) throw badInput('noHeavyLiftingWeeks', 'noHeavyLiftingWeeks is required with NO_HEAVY_LIFTING', 'REQUIRED');
    return { careInstructions, noHeavyLiftingWeeks: null };
  }
  if (!lifting) throw badInput('noHeavyLiftingWeeks', 'noHeavyLiftingWeeks is given only with NO_HEAVY_LIFTING', 'NOT_ALLOWED');
  return { careInstructions, noHeavyLiftingWeeks: intInRange('noHeavyLiftingWeeks', weeks, NO_HEAVY_LIFTING_WEEKS.min, NO_HEAVY_LIFTING_WEEKS.max) };
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
    diagnosisForFamilyKhmer: khmerText('diagnosisForFamilyKhmer', input.diagnosisForFamilyKhmer, 2000),
    careInstructionsKhmer: khmerText('careInstructionsKhmer', input.careInstructionsKhmer, 5000),
    ...careInstructionsOf(input.careInstructions, input.noHeavyLiftingWeeks),
  };

  const diagnosisCodes = await dischargeDiagnosisCodes(ctx.em, input.primaryDiagnosisCode, input.secondaryDiagnosisCodes);

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
    diagnosisCodes.forEach((code, position) => em.create(DischargeDiagnosisCode, { discharge, position, code }));
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

  // Written without the unit of work nor BEGIN and COMMIT (`inOneStatement`): one statement
  // reads the patient, the new bed and its stays from `at` on, the open admission with its
  // bed and its open stay; the rules decide; one statement closes the old stay, moves the
  // admission, opens the new stay (after the old one is closed: one open stay per admission),
  // and writes the event and the audit entry.
  return inOneStatement(
    ctx.em,
    async (em) => {
      const [facts] = await readForChange<TransferFacts>(
        em,
        `select
           (select json_build_object('stage', p.stage, 'rowVersion', p.row_version) from patient p where p.id = ?) as patient,
           (select json_build_object('label', b.label, 'ward', json_build_object('name', w.name)) from bed b join ward w on w.id = b.ward_id where b.id = ?) as bed,
           (select json_agg(json_build_object('from', s.from_at, 'to', s.to_at) order by s.from_at, s.id)
            from bed_stay s where s.bed_id = ? and (s.to_at is null or s.to_at > ?)) as stays,
           (select json_build_object('id', a.id, 'version', a.version, 'admittedAt', a.admitted_at, 'episodeId', a.episode_id, 'bedId', a.bed_id,
                                     'bed', json_build_object('label', b.label, 'ward', json_build_object('name', w.name)),
                                     'stay', (select json_build_object('id', s.id, 'from', s.from_at) from bed_stay s where s.admission_id = a.id and s.to_at is null))
            from admission a join bed b on b.id = a.bed_id join ward w on w.id = b.ward_id
            where a.patient_id = ? and a.status = ?) as admission`,
        [ids.patientId, ids.bedId, ids.bedId, at, ids.patientId, AdmissionStatus.ADMITTED],
      );
      if (!facts.patient) throw notFound('Patient', ids.patientId);
      const patient = { id: ids.patientId, ...facts.patient };
      refuseIfDeceased(patient);
      const bed = facts.bed;
      if (!bed) throw notFound('Bed', ids.bedId);
      const admission = facts.admission;
      if (!admission) throw conflict('NOT_ADMITTED', 'The patient is not admitted');
      checkVersion(admission, input.expectedVersion, 'admission');
      if (admission.bedId === ids.bedId) throw badInput('bedId', 'The patient is already in this bed', 'SAME_BED');
      const since = new Date(admission.stay?.from ?? admission.admittedAt);
      if (at.getTime() <= since.getTime()) {
        throw badInput('at', 'The transfer is not after the patient moved into the current bed', 'BEFORE_CURRENT_STAY');
      }
      // A back-dated move may not land in a stay the bed had since `at`.
      const other = (facts.stays ?? [])
        .map((st) => ({ from: new Date(st.from), to: st.to === null ? null : new Date(st.to) }))
        .find((st) => nonEmpty(st.from, st.to));
      if (other) throw bedOccupied(bed, at, other);

      const from = admission.bed;
      const statement = new ChangeStatement(em);
      if (admission.stay) statement.update('closed_stay', 'BedStay', { id: admission.stay.id }, { to: at }, { returning: '1 as closed', expect: 1 });
      statement.update('admission', 'Admission', { id: admission.id, version: admission.version }, { bed: ids.bedId }, { expect: 1 });
      const stay = em.create(BedStay, { admission: admission.id, bed: ids.bedId, from: at }, { persist: false });
      statement.insertEntity('bed_stay', stay, { after: admission.stay ? 'closed_stay' : undefined });
      addJourneyEvent(
        statement,
        patient,
        {
          kind: JourneyEventKind.TRANSFERRED,
          occurredAt: at,
          summary: summaries.transferred(from.ward.name, from.label, bed.ward.name, bed.label),
          note: reason,
          episode: admission.episodeId,
          admission: admission.id,
          bedStay: stay,
        },
        ctx.actor,
      );
      await statement.audit(stay).run();
      return stay;
    },
    {
      admission_one_open_per_bed: () => conflict('BED_OCCUPIED', 'The bed was taken by another patient just now'),
      bed_stay_one_open_per_bed: () => conflict('BED_OCCUPIED', 'The bed was taken by another patient just now'),
      bed_stay_bed_no_overlap: (detail) => bedTakenJustNow(at, detail),
      bed_stay_one_open_per_admission: concurrentChange,
      bed_stay_admission_no_overlap: concurrentChange,
    },
  );
}
