import type { DischargeDisposition, DischargePatientInput } from '../../generated/graphql';

export const DISPOSITIONS = [
  'HOME',
  'OTHER_FACILITY',
  'LEFT_AGAINST_ADVICE',
  'DIED',
  'OTHER',
] as const satisfies readonly DischargeDisposition[];

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
] as const satisfies readonly (keyof DischargeForm)[];

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
};

export type DischargeProblem = 'required' | 'nameRequired';

/** What the form must have before it is sent: a disposition, a diagnosis, a name per medicine. */
export function validateDischarge(form: DischargeForm): Record<string, DischargeProblem> {
  const problems: Record<string, DischargeProblem> = {};
  if (!form.disposition) problems['disposition'] = 'required';
  if (!form.diagnosis.trim()) problems['diagnosis'] = 'required';
  form.medications.forEach((m, i) => {
    const filled = m.dose.trim() || m.frequency.trim() || m.duration.trim();
    if (!m.name.trim() && filled) problems[`medications.${i}.name`] = 'nameRequired';
  });
  return problems;
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
