import type { PatientDetailsFragment, UpdatePatientInput } from '../../generated/graphql';

/** The "Edit details" form, every value as the input shows it. */
export const EDIT_KEYS = [
  'familyName',
  'givenName',
  'familyNameKhmer',
  'givenNameKhmer',
  'sex',
  'birthDate',
  'birthDateEstimated',
  'provinceCode',
  'district',
  'commune',
  'village',
  'travelTimeHours',
  'transport',
  'nationalId',
  'phone1',
  'phone2',
  'phone3',
  'guardianName',
  'guardianRelation',
  'guardianPhone1',
  'guardianPhone2',
] as const;
export type EditKey = (typeof EDIT_KEYS)[number];
export type EditForm = Record<EditKey, string>;

/** Fields only roles that may read contact details see, and so may change. */
export const CONTACT_KEYS: ReadonlySet<EditKey> = new Set<EditKey>([
  'travelTimeHours',
  'transport',
  'district',
  'commune',
  'village',
  'nationalId',
  'phone1',
  'phone2',
  'phone3',
  'guardianName',
  'guardianRelation',
  'guardianPhone1',
  'guardianPhone2',
]);

/** The form as the stored record fills it. */
export function formOf(p: PatientDetailsFragment): EditForm {
  const phones = p.phones ?? [];
  const guardianPhones = p.guardian?.phones ?? [];
  return {
    familyName: p.familyName,
    givenName: p.givenName,
    familyNameKhmer: p.familyNameKhmer ?? '',
    givenNameKhmer: p.givenNameKhmer ?? '',
    sex: p.sex,
    birthDate: p.birthDate,
    birthDateEstimated: p.birthDateEstimated ? 'true' : 'false',
    provinceCode: String(p.province.code),
    district: p.district ?? '',
    commune: p.commune ?? '',
    village: p.village ?? '',
    travelTimeHours: p.travelTimeHours == null ? '' : String(p.travelTimeHours),
    transport: p.transport ?? '',
    nationalId: p.nationalId ?? '',
    phone1: phones[0] ?? '',
    phone2: phones[1] ?? '',
    phone3: phones[2] ?? '',
    guardianName: p.guardian?.name ?? '',
    guardianRelation: p.guardian?.relation ?? '',
    guardianPhone1: guardianPhones[0] ?? '',
    guardianPhone2: guardianPhones[1] ?? '',
  };
}

/** The keys whose values differ between two forms. */
export function changedKeys(from: EditForm, to: EditForm): EditKey[] {
  return EDIT_KEYS.filter((k) => from[k].trim() !== to[k].trim());
}

const PHONE_KEYS: readonly EditKey[] = ['phone1', 'phone2', 'phone3'];
const GUARDIAN_KEYS: readonly EditKey[] = ['guardianName', 'guardianRelation', 'guardianPhone1', 'guardianPhone2'];
const orNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());

/**
 * The update for the fields the user changed (`keys`) and nothing else, so that what someone
 * else changed meanwhile in other fields is kept.
 */
export function updateInput(form: EditForm, keys: readonly EditKey[], patientId: string, expectedVersion: number): UpdatePatientInput {
  const input: UpdatePatientInput = { patientId, expectedVersion };
  const changed = new Set(keys);
  for (const key of ['familyName', 'givenName'] as const) if (changed.has(key)) input[key] = form[key].trim();
  for (const key of ['familyNameKhmer', 'givenNameKhmer', 'district', 'commune', 'village', 'nationalId'] as const) {
    if (changed.has(key)) input[key] = orNull(form[key]);
  }
  if (changed.has('sex')) input.sex = form.sex as UpdatePatientInput['sex'];
  if (changed.has('birthDate')) input.birthDate = form.birthDate;
  if (changed.has('birthDateEstimated')) input.birthDateEstimated = form.birthDateEstimated === 'true';
  if (changed.has('provinceCode')) input.provinceCode = Number(form.provinceCode);
  if (changed.has('travelTimeHours')) input.travelTimeHours = form.travelTimeHours.trim() === '' ? null : Number(form.travelTimeHours);
  if (changed.has('transport')) input.transport = (orNull(form.transport) as UpdatePatientInput['transport']) ?? null;
  if (PHONE_KEYS.some((k) => changed.has(k))) input.phones = PHONE_KEYS.map((k) => form[k].trim()).filter(Boolean);
  if (GUARDIAN_KEYS.some((k) => changed.has(k))) {
    input.guardian = form.guardianName.trim()
      ? {
          name: form.guardianName.trim(),
          relation: form.guardianRelation as NonNullable<UpdatePatientInput['guardian']>['relation'],
          phones: [form.guardianPhone1, form.guardianPhone2].map((p) => p.trim()).filter(Boolean),
        }
      : null;
  }
  return input;
}

/** One field of a stale edit: what it was, what the other person saved, what this user typed. */
export interface StaleField {
  key: EditKey;
  theirs: string;
  yours: string;
  /** Both changed it, to different values. */
  clash: boolean;
}

/**
 * What changed while the user was editing: every field the other person changed, and every
 * field the user changed, side by side.
 */
export function staleFields(base: EditForm, theirs: EditForm, yours: EditForm): StaleField[] {
  const theyChanged = new Set(changedKeys(base, theirs));
  const youChanged = new Set(changedKeys(base, yours));
  return EDIT_KEYS.filter((k) => theyChanged.has(k) || youChanged.has(k)).map((key) => ({
    key,
    theirs: theirs[key],
    yours: yours[key],
    clash: theyChanged.has(key) && youChanged.has(key) && theirs[key].trim() !== yours[key].trim(),
  }));
}
