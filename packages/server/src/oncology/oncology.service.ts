import { CodeSystem, hospitalDate, JourneyEventKind, SIOP_WILMS_STAGES, StageScheme } from '@pj/shared';
import { badInput } from '../common/domain-error.js';
import { inTransaction } from '../common/transaction.js';
import { optionalText, requiredText } from '../common/validate.js';
import type { ServiceContext } from '../graphql/context.js';
import { onClinicalDay, recordJourneyEvent } from '../journey/journey-recorder.js';
import { summaries } from '../journey/journey-summaries.js';
import { refuseIfDeceased } from '../patients/deceased-guard.js';
import { getPatientOrFail } from '../patients/patient.service.js';
import type { RecordOncologyDiagnosisInput } from './oncology.input.js';
import { requireKnownCodes, type GivenCode } from '../codes/codes.service.js';
import { OncologyDiagnosis } from './oncology-diagnosis.entity.js';

/** A real calendar day, YYYY-MM-DD, or BAD_USER_INPUT. */
/** The earliest and latest calendar days any oncology record may carry. */
const EARLIEST_DATE = '1900-01-01';
// A plan's doses are dated years after its start: a start near 9999-12-31 would date them past
// what PostgreSQL stores, and fail with a server error instead of a clear answer.
const LATEST_DATE = '2999-12-31';

export function localDate(field: string, value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  const ok = day !== null && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
  if (!ok) throw badInput(field, `${field} must be a calendar day (YYYY-MM-DD)`, 'INVALID_DATE');
  // Year 1 in Phnom Penh is year 0 in UTC, which PostgreSQL refuses: no clinical date is that old.
  if (value < EARLIEST_DATE) throw badInput(field, `${field} must not be before ${EARLIEST_DATE}`, 'OUT_OF_RANGE');
  if (value > LATEST_DATE) throw badInput(field, `${field} must not be after ${LATEST_DATE}`, 'OUT_OF_RANGE');
  return value;
}

/** The stage as stored: trimmed, upper-case for SIOP; SIOP Wilms stages must be I–V. */
function validStage(scheme: StageScheme, value: string): string {
  const stage = requiredText('stage', value, 40);
  if (scheme === StageScheme.SIOP_WILMS) {
    const roman = stage.toUpperCase();
    if (!(SIOP_WILMS_STAGES as readonly string[]).includes(roman)) {
      throw badInput('stage', 'A SIOP Wilms stage is I, II, III, IV or V', 'INVALID_STAGE');
    }
    return roman;
  }
  return stage;
}

/** The diagnosis's codes, those given checked against their lists (one statement). */
async function oncologyCodes(ctx: ServiceContext, input: RecordOncologyDiagnosisInput) {
  const given: GivenCode[] = [];
  const add = (system: CodeSystem, field: string, code: string | null | undefined) => {
    if (code != null && code.trim() !== '') given.push({ system, field, code });
  };
  add(CodeSystem.ICD10, 'icd10Code', input.icd10Code);
  add(CodeSystem.ICDO3_TOPOGRAPHY, 'topographyCode', input.topographyCode);
  add(CodeSystem.ICDO3_MORPHOLOGY, 'morphologyCode', input.morphologyCode);
  const known = await requireKnownCodes(ctx.em, given);
  const codeOf = (field: string) => {
    const index = given.findIndex((g) => g.field === field);
    return index < 0 ? null : known[index];
  };
  return { icd10Code: codeOf('icd10Code'), topographyCode: codeOf('topographyCode'), morphologyCode: codeOf('morphologyCode') };
}

/** Records a cancer diagnosis and puts it on the patient's timeline. */
export async function recordOncologyDiagnosis(
  ctx: ServiceContext,
  patientId: string,
  input: RecordOncologyDiagnosisInput,
): Promise<OncologyDiagnosis> {
  const now = ctx.clock();
  const diagnosedOn = localDate('diagnosedOn', input.diagnosedOn);
  if (diagnosedOn > hospitalDate(now)) throw badInput('diagnosedOn', 'diagnosedOn is in the future', 'IN_FUTURE');
  const stage = validStage(input.stageScheme, input.stage);
  const notes = optionalText('notes', input.notes, 5000, { multiline: true });
  const codes = await oncologyCodes(ctx, input);

  return inTransaction(ctx.em, async (em) => {
    const patient = await getPatientOrFail(em, patientId);
    refuseIfDeceased(patient);
    if (diagnosedOn < patient.birthDate) {
      throw badInput('diagnosedOn', 'diagnosedOn is before the patient was born', 'BEFORE_BIRTH');
    }
    const diagnosis = em.create(OncologyDiagnosis, {
      patient,
      cancerType: input.cancerType,
      basis: input.basis,
      diagnosedOn,
      stageScheme: input.stageScheme,
      stage,
      notes,
      ...codes,
      recordedAt: now,
    });
    recordJourneyEvent(
      em,
      patient,
      {
        kind: JourneyEventKind.ONCOLOGY_DIAGNOSED,
        ...onClinicalDay(diagnosedOn, now),
        summary: summaries.oncologyDiagnosed(input.cancerType, stage, input.stageScheme, input.basis),
        oncologyDiagnosis: diagnosis,
      },
      ctx.actor,
    );
    return diagnosis;
  });
}
