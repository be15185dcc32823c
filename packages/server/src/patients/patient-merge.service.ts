import type { EntityManager } from '@mikro-orm/postgresql';
import { AdmissionStatus, AllergyStatus, JourneyEventKind, JourneyStage } from '@pj/shared';
import { conflict } from '../common/domain-error.js';
import { checkVersion, inTransaction } from '../common/transaction.js';
import type { ServiceContext } from '../graphql/context.js';
import { Admission } from '../inpatient/admission.entity.js';
import { recordJourneyEvent } from '../journey/journey-recorder.js';
import { summaries } from '../journey/journey-summaries.js';
import { PatientAllergy } from './allergy-weight.entity.js';
import type { MergePatientsInput } from './patient.input.js';
import { Patient } from './patient.entity.js';
import { getPatientOrFail } from './patient.service.js';
import { quoteIdent } from '../persistence/sql.js';

/**
 * Every column that references a patient, read from the catalog so that a table added later
 * (by any feature) is moved too. The tombstone link `patient.merged_into_id` is handled apart.
 */
export async function patientReferences(em: EntityManager): Promise<{ table: string; column: string }[]> {
  return em.execute<{ table: string; column: string }[]>(
    `select c.conrelid::regclass::text as "table", a.attname as "column"
     from pg_constraint c
     join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.contype = 'f' and c.confrelid = 'patient'::regclass and array_length(c.conkey, 1) = 1
     order by 1, 2`,
  );
}

/**
 * Merges two records of the same person: every record of `removeId` (episodes, referrals with
 * their status history, operations, admissions, discharges, timeline events) moves to `keepId`
 * in one transaction; the removed patient stays as a tombstone pointing at the kept one, and the
 * kept patient's timeline gets a PATIENTS_MERGED event. Refused (CONFLICT) for the same patient
 * twice, a tombstone, stale versions, or when both are in a bed now.
 */
export async function mergePatients(ctx: ServiceContext, keepId: string, removeId: string, input: MergePatientsInput): Promise<Patient> {
  if (keepId === removeId) throw conflict('SAME_PATIENT', 'A patient cannot be merged into itself');
  const now = ctx.clock();
  return inTransaction(ctx.em, async (em) => {
    // Lock both rows in a fixed order so that two merges of the same pair cannot interleave.
    await em.execute(`select 1 from "patient" where "id" in (?, ?) order by "id" for update`, [keepId, removeId]);
    const keep = await getPatientOrFail(em, keepId);
    const remove = await getPatientOrFail(em, removeId);
    await em.refresh(keep);
    await em.refresh(remove);
    if (keep.mergedInto || remove.mergedInto) {
      throw conflict('ALREADY_MERGED', `${keep.mergedInto ? keep.mrn : remove.mrn} was already merged into another patient`);
    }
    checkVersion(keep, input.keepVersion, 'kept patient');
    checkVersion(remove, input.removeVersion, 'removed patient');
    const admitted = await em.count(Admission, { patient: { $in: [keepId, removeId] }, status: AdmissionStatus.ADMITTED });
    if (admitted > 1) throw conflict('BOTH_ADMITTED', 'Both patients are in a bed now; discharge one before merging');

    const stage = await mergedStage(em, keep, remove);

    // The timeline refuses UPDATE except a move of patient_id during a merge (see the migration).
    await em.execute(`set local journey.merging = 'on'`);
    for (const { table, column } of await patientReferences(em)) {
      if (table === 'patient') continue;
      await em.execute(`update ${quoteIdent(table)} set ${quoteIdent(column)} = ? where ${quoteIdent(column)} = ?`, [keepId, removeId]);
    }
    // Earlier tombstones of the removed patient now point straight at the kept one.
    await em.execute(`update "patient" set "merged_into_id" = ? where "merged_into_id" = ?`, [keepId, removeId]);
    await em.execute(`set local journey.merging = 'off'`);

    remove.mergedInto = em.getReference(Patient, keep.id, { wrapped: true });
    keep.stage = stage;
    // Both records' allergies are now the kept one's: what either record knew still stands.
    const allergies = await em.count(PatientAllergy, { patient: keepId });
    const noneKnown = [keep.allergyStatus, remove.allergyStatus].includes(AllergyStatus.NO_KNOWN_ALLERGIES);
    const allergyStatus = allergies > 0 ? AllergyStatus.ALLERGIES : noneKnown ? AllergyStatus.NO_KNOWN_ALLERGIES : AllergyStatus.NOT_RECORDED;
    if (allergyStatus !== keep.allergyStatus || remove.allergyStatus !== AllergyStatus.NOT_RECORDED) {
      keep.allergyStatus = allergyStatus;
      keep.allergiesVersion += 1;
    }
    recordJourneyEvent(
      em,
      keep,
      {
        kind: JourneyEventKind.PATIENTS_MERGED,
        occurredAt: now,
        summary: summaries.patientsMerged(remove.mrn, remove.familyName, remove.givenName),
        note: remove.mrn,
      },
      ctx.actor,
    );
    return keep;
  }, {
    // Both records have operations booked at overlapping times: one person cannot be in two theatres.
    surgery_patient_no_overlap: () =>
      conflict('PATIENT_DOUBLE_BOOKED', 'Both records have operations booked at overlapping times; cancel or move one before merging'),
    // Both records were in hospital at overlapping times: one person has one admission at a time.
    admission_patient_no_overlap: () =>
      conflict('ALREADY_ADMITTED', 'Both records have admissions at overlapping times; one person cannot be in hospital twice at once, so correct one before merging'),
  });
}

/**
 * Where the merged patient stands: dead if either record says so, on a ward if either is, and
 * otherwise the stage of the record whose timeline moved last. PATIENTS_MERGED keeps it.
 */
async function mergedStage(em: EntityManager, keep: Patient, remove: Patient): Promise<JourneyStage> {
  const stages = [keep.stage, remove.stage];
  if (stages.includes(JourneyStage.DECEASED)) return JourneyStage.DECEASED;
  if (stages.includes(JourneyStage.INPATIENT)) return JourneyStage.INPATIENT;
  const rows = await em.execute<{ patient_id: string }[]>(
    `select "patient_id" from "journey_event" where "patient_id" in (?, ?) order by "timeline_at" desc, "id" desc limit 1`,
    [keep.id, remove.id],
  );
  return rows[0]?.patient_id === remove.id ? remove.stage : keep.stage;
}
