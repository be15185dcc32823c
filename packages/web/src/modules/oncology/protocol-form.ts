import { type CancerType, DoseBasis, PROTOCOL_ROUTES, PROTOCOL_UNITS } from '@pj/shared';

export { PROTOCOL_ROUTES, PROTOCOL_UNITS };

/** A number field of the form: empty until typed. */
export type Num = number | '';

export interface DoseRow {
  key: string;
  drug: string;
  route: string;
  unit: string;
  day: Num;
  basis: DoseBasis;
  dose: Num;
  maxDose: Num;
  smallChildWeightKg: Num;
  smallChildDosePerKg: Num;
}

export interface PhaseRow {
  key: string;
  name: string;
  startDay: Num;
  endDay: Num;
  milestone: string;
  doses: DoseRow[];
}

export interface ProtocolFormState {
  code: string;
  name: string;
  cancerType: CancerType | '';
  description: string;
  example: boolean;
  revisionNote: string;
  phases: PhaseRow[];
}

let keys = 0;
const nextKey = (): string => `row-${++keys}`;

export function emptyDose(day: Num = ''): DoseRow {
  return { key: nextKey(), drug: '', route: 'IV', unit: 'mg', day, basis: DoseBasis.PER_M2, dose: '', maxDose: '', smallChildWeightKg: '', smallChildDosePerKg: '' };
}

export function emptyPhase(startDay: Num = 0): PhaseRow {
  return { key: nextKey(), name: '', startDay, endDay: '', milestone: '', doses: [emptyDose(startDay)] };
}

export function emptyProtocol(cancerType: CancerType | '' = ''): ProtocolFormState {
  return { code: '', name: '', cancerType, description: '', example: false, revisionNote: '', phases: [emptyPhase(0)] };
}

/** A protocol revision as the server returns it, for the revise form. */
export interface ProtocolRevisionData {
  code: string;
  name: string;
  cancerType: CancerType;
  description?: string | null;
  example: boolean;
  phases: {
    name: string;
    startDay: number;
    endDay: number;
    milestone?: string | null;
    doses: {
      drug: string;
      route: string;
      unit: string;
      dayOffset: number;
      dosePerM2?: number | null;
      dosePerKg?: number | null;
      maxDose?: number | null;
      smallChildWeightKg?: number | null;
      smallChildDosePerKg?: number | null;
    }[];
  }[];
}

const num = (v: number | null | undefined): Num => (v === null || v === undefined ? '' : v);

/** The form, filled with a revision (to revise it). */
export function formOf(protocol: ProtocolRevisionData): ProtocolFormState {
  return {
    code: protocol.code,
    name: protocol.name,
    cancerType: protocol.cancerType,
    description: protocol.description ?? '',
    example: protocol.example,
    revisionNote: '',
    phases: protocol.phases.map((phase) => ({
      key: nextKey(),
      name: phase.name,
      startDay: phase.startDay,
      endDay: phase.endDay,
      milestone: phase.milestone ?? '',
      doses: phase.doses.map((dose) => ({
        key: nextKey(),
        drug: dose.drug,
        route: dose.route,
        unit: dose.unit,
        day: dose.dayOffset,
        basis: dose.dosePerM2 !== null && dose.dosePerM2 !== undefined ? DoseBasis.PER_M2 : DoseBasis.PER_KG,
        dose: num(dose.dosePerM2 ?? dose.dosePerKg),
        maxDose: num(dose.maxDose),
        smallChildWeightKg: num(dose.smallChildWeightKg),
        smallChildDosePerKg: num(dose.smallChildDosePerKg),
      })),
    })),
  };
}

const opt = (v: Num): number | null => (v === '' ? null : v);

/** What the form sends: the content of a revision (the server checks every rule and answers by field). */
export function contentOf(form: ProtocolFormState) {
  return {
    name: form.name,
    cancerType: form.cancerType as CancerType,
    description: form.description.trim() === '' ? null : form.description,
    example: form.example,
    phases: form.phases.map((phase) => ({
      name: phase.name,
      startDay: phase.startDay === '' ? -1 : phase.startDay,
      endDay: phase.endDay === '' ? -1 : phase.endDay,
      milestone: phase.milestone.trim() === '' ? null : phase.milestone,
      doses: phase.doses.map((dose) => ({
        drug: dose.drug,
        route: dose.route,
        unit: dose.unit,
        day: dose.day === '' ? -1 : dose.day,
        basis: dose.basis,
        dose: dose.dose === '' ? 0 : dose.dose,
        maxDose: opt(dose.maxDose),
        smallChildWeightKg: opt(dose.smallChildWeightKg),
        smallChildDosePerKg: opt(dose.smallChildDosePerKg),
      })),
    })),
  };
}

/**
 * What the form can tell before sending, by field path (the server's paths): the required
 * fields. Everything else (days within their phase, positive doses…) the server refuses by field.
 */
export function missingFields(form: ProtocolFormState, { creating }: { creating: boolean }): string[] {
  const missing: string[] = [];
  if (creating && form.code.trim() === '') missing.push('code');
  if (form.name.trim() === '') missing.push('name');
  if (form.cancerType === '') missing.push('cancerType');
  if (!creating && form.revisionNote.trim() === '') missing.push('revisionNote');
  form.phases.forEach((phase, p) => {
    if (phase.name.trim() === '') missing.push(`phases.${p}.name`);
    if (phase.startDay === '') missing.push(`phases.${p}.startDay`);
    if (phase.endDay === '') missing.push(`phases.${p}.endDay`);
    phase.doses.forEach((dose, d) => {
      if (dose.drug.trim() === '') missing.push(`phases.${p}.doses.${d}.drug`);
      if (dose.day === '') missing.push(`phases.${p}.doses.${d}.day`);
      if (dose.dose === '') missing.push(`phases.${p}.doses.${d}.dose`);
    });
  });
  return missing;
}

/** Every field path the form shows an input for (so a server refusal lands next to it). */
export function formFields(form: ProtocolFormState): Set<string> {
  const fields = new Set(['code', 'name', 'cancerType', 'description', 'revisionNote', 'phases']);
  form.phases.forEach((phase, p) => {
    for (const f of ['name', 'startDay', 'endDay', 'milestone', 'doses']) fields.add(`phases.${p}.${f}`);
    phase.doses.forEach((_, d) => {
      for (const f of ['drug', 'route', 'unit', 'day', 'basis', 'dose', 'maxDose', 'smallChildWeightKg', 'smallChildDosePerKg']) fields.add(`phases.${p}.doses.${d}.${f}`);
    });
  });
  return fields;
}
