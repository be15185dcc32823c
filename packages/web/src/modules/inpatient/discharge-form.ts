import { hasKhmer, NO_HEAVY_LIFTING_WEEKS } from '@pj/shared';
import type { CareInstruction, DischargeDisposition, DischargePatientInput } from '../../generated/graphql';
import type { PickedCode } from '../../app/ui/code-label';
import { khmerCopyPassage } from './family-copy';

export const DISPOSITIONS = [
  'HOME',
  'OTHER_FACILITY',
  'LEFT_AGAINST_ADVICE',
  'DIED',
  'OTHER',
] as const satisfies readonly DischargeDisposition[];

/** The usual care instructions, in the order the form offers and the copies print them. */
export const CARE_INSTRUCTIONS = [
  'KEEP_WOUND_DRY',
  'NOTHING_ON_WOUND',
  'RETURN_IF_FEVER_OR_BLEEDING',
  'NO_HEAVY_LIFTING',
  'TAKE_ALL_MEDICINES',
  'EAT_AND_DRINK_WELL',
  'COME_TO_FOLLOW_UP',
] as const satisfies readonly CareInstruction[];

export interface MedicationRow {
  name: string;
  dose: string;
  frequency: string;
  duration: string;
  reconciled: boolean;
}

/** The discharge form as typed; every text as entered. */
export interface DischargeForm {
  disposition: DischargeDisposition | '';
  reasonForAdmission: string;
  diagnosis: string;
  proceduresAndTreatment: string;
  condition: string;
  medications: MedicationRow[];
  instructions: string;
  dietInstructions: string;
  woundCareInstructions: string;
  warningSigns: string;
  followUpPlan: string;
  clinician: string;
  /** For the family's Khmer copy: the diagnosis and the care instructions in Khmer script. */
  diagnosisForFamilyKhmer: string;
  careInstructionsKhmer: string;
  careInstructions: CareInstruction[];
  /** Weeks without heavy lifting, as typed; asked only with NO_HEAVY_LIFTING. */
  noHeavyLiftingWeeks: string;
  /** ICD-10 codes picked for the diagnosis: the primary one, then the secondary ones. */
  primaryDiagnosis?: PickedCode | null;
  secondaryDiagnoses?: PickedCode[];
}

export const TEXT_FIELDS = [
  'reasonForAdmission',
  'diagnosis',
  'proceduresAndTreatment',
  'condition',
  'instructions',
  'dietInstructions',
  'woundCareInstructions',
  'warningSigns',
  'followUpPlan',
  'clinician',
  'diagnosisForFamilyKhmer',
  'careInstructionsKhmer',
] as const satisfies readonly (keyof DischargeForm)[];

/** The texts written for the family in Khmer script. */
export const KHMER_FIELDS = ['diagnosisForFamilyKhmer', 'careInstructionsKhmer'] as const satisfies readonly (keyof DischargeForm)[];

export const EMPTY_MEDICATION: MedicationRow = { name: '', dose: '', frequency: '', duration: '', reconciled: false };

export const EMPTY_DISCHARGE: DischargeForm = {
  disposition: '',
  reasonForAdmission: '',
  diagnosis: '',
  proceduresAndTreatment: '',
  condition: '',
  medications: [],
  instructions: '',
  dietInstructions: '',
  woundCareInstructions: '',
  warningSigns: '',
  followUpPlan: '',
  clinician: '',
  diagnosisForFamilyKhmer: '',
  careInstructionsKhmer: '',
  careInstructions: [],
  noHeavyLiftingWeeks: '',
};

export type DischargeProblem = 'required' | 'nameRequired' | 'notKhmer' | 'outOfRange';

/**
 * What the form must have before it is sent: a disposition, a diagnosis, a name per medicine,
 * Khmer script in the Khmer texts, and the weeks of no heavy lifting when that is chosen.
 */
export function validateDischarge(form: DischargeForm): Record<string, DischargeProblem> {
  const problems: Record<string, DischargeProblem> = {};
  if (!form.disposition) problems['disposition'] = 'required';
  if (!form.diagnosis.trim()) problems['diagnosis'] = 'required';
  if (!form.primaryDiagnosis && (form.secondaryDiagnoses ?? []).length > 0) problems['primaryDiagnosisCode'] = 'required';
  form.medications.forEach((m, i) => {
    const filled = m.dose.trim() || m.frequency.trim() || m.duration.trim();
    if (!m.name.trim() && filled) problems[`medications.${i}.name`] = 'nameRequired';
  });
  for (const field of KHMER_FIELDS) {
    if (form[field].trim() && !hasKhmer(form[field])) problems[field] = 'notKhmer';
  }
  if (form.careInstructions.includes('NO_HEAVY_LIFTING')) {
    const weeks = form.noHeavyLiftingWeeks.trim();
    if (!weeks) problems['noHeavyLiftingWeeks'] = 'required';
    else if (!/^\d+$/.test(weeks) || Number(weeks) < NO_HEAVY_LIFTING_WEEKS.min || Number(weeks) > NO_HEAVY_LIFTING_WEEKS.max) {
      problems['noHeavyLiftingWeeks'] = 'outOfRange';
    }
  }
  return problems;
}

/** The free texts the family's Khmer copy would mark "not translated", in the form's order. */
export const KHMER_COPY_FIELDS = TEXT_FIELDS.filter(
  (field): field is Exclude<(typeof TEXT_FIELDS)[number], 'clinician' | (typeof KHMER_FIELDS)[number]> =>
    field !== 'clinician' && !(KHMER_FIELDS as readonly string[]).includes(field),
);

/**
 * The English passages the family's Khmer copy would print marked as untranslated: texts with
 * no Khmer letter, unless the Khmer diagnosis or care instructions take their place. The form
 * warns about them before saving; it does not refuse.
 */
export function untranslatedOnKhmerCopy(form: DischargeForm): (typeof KHMER_COPY_FIELDS)[number][] {
  const replacement: Partial<Record<(typeof KHMER_COPY_FIELDS)[number], string>> = {
    diagnosis: form.diagnosisForFamilyKhmer,
    instructions: form.careInstructionsKhmer,
  };
  return KHMER_COPY_FIELDS.filter((field) => khmerCopyPassage(replacement[field], form[field])?.untranslated === true);
}

const optional = (s: string): string | null => (s.trim() ? s.trim() : null);

/** The mutation input: trimmed texts, empty ones as null, blank medicine rows left out. */
export function toDischargeInput(
  form: DischargeForm,
  patientId: string,
  expectedVersion: number,
): DischargePatientInput {
  if (!form.disposition) throw new Error('validateDischarge first');
  return {
    patientId,
    expectedVersion,
    disposition: form.disposition,
    diagnosis: form.diagnosis.trim(),
    reasonForAdmission: optional(form.reasonForAdmission),
    proceduresAndTreatment: optional(form.proceduresAndTreatment),
    condition: optional(form.condition),
    instructions: optional(form.instructions),
    dietInstructions: optional(form.dietInstructions),
    woundCareInstructions: optional(form.woundCareInstructions),
    warningSigns: optional(form.warningSigns),
    followUpPlan: optional(form.followUpPlan),
    clinician: optional(form.clinician),
    diagnosisForFamilyKhmer: optional(form.diagnosisForFamilyKhmer),
    careInstructionsKhmer: optional(form.careInstructionsKhmer),
    careInstructions: CARE_INSTRUCTIONS.filter((code) => form.careInstructions.includes(code)),
    noHeavyLiftingWeeks: form.careInstructions.includes('NO_HEAVY_LIFTING') ? Number(form.noHeavyLiftingWeeks.trim()) : null,
    ...(form.primaryDiagnosis || (form.secondaryDiagnoses ?? []).length > 0
      ? { primaryDiagnosisCode: form.primaryDiagnosis?.code ?? null, secondaryDiagnosisCodes: (form.secondaryDiagnoses ?? []).map((c) => c.code) }
      : {}),
    medications: form.medications
      .filter((m) => m.name.trim())
      .map((m) => ({
        name: m.name.trim(),
        dose: optional(m.dose),
        frequency: optional(m.frequency),
        duration: optional(m.duration),
        reconciled: m.reconciled,
      })),
  };
}
