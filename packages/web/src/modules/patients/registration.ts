import { ageInYears, hasKhmer, normalizeCambodianPhone } from '@pj/shared';

/** Patients younger than this need a guardian (the API refuses them without one). */
export const ADULT_AGE = 18;
export const MAX_PHONES = 5;

export const SEXES = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'] as const;
export const GUARDIAN_RELATIONS = ['MOTHER', 'FATHER', 'GRANDPARENT', 'SIBLING', 'AUNT_UNCLE', 'SPOUSE', 'OTHER'] as const;
export const TRANSPORT_MODES = ['WALK', 'MOTO', 'TUK_TUK', 'BUS', 'TAXI', 'CAR', 'BOAT', 'OTHER'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];
export type GuardianRelationValue = (typeof GUARDIAN_RELATIONS)[number];
export type SexValue = (typeof SEXES)[number];

/** The registration form as typed (every input is text until submitted). */
export interface RegistrationForm {
  familyName: string;
  givenName: string;
  familyNameKhmer: string;
  givenNameKhmer: string;
  sex: SexValue | '';
  birthDate: string;
  birthDateEstimated: boolean;
  phones: string[];
  nationalId: string;
  provinceCode: string;
  district: string;
  commune: string;
  village: string;
  travelTimeHours: string;
  transport: TransportMode | '';
  guardianName: string;
  guardianRelation: GuardianRelationValue | '';
  guardianPhones: string[];
}

export const EMPTY_FORM: RegistrationForm = {
  familyName: '',
  givenName: '',
  familyNameKhmer: '',
  givenNameKhmer: '',
  sex: '',
  birthDate: '',
  birthDateEstimated: false,
  phones: [''],
  nationalId: '',
  provinceCode: '',
  district: '',
  commune: '',
  village: '',
  travelTimeHours: '',
  transport: '',
  guardianName: '',
  guardianRelation: '',
  guardianPhones: [''],
};

/**
 * Where an error belongs: a form field, or one phone row (`phones.1`, `guardianPhones.0`).
 * `form` is for problems that belong to no single input.
 */
export type FieldKey = keyof RegistrationForm | `phones.${number}` | `guardianPhones.${number}` | 'guardian' | 'form';

/** What went wrong with a field, as an i18n key under `register.errors`. */
export type FieldErrors = Partial<Record<FieldKey, string>>;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when the birth date makes the patient a child on `today` (both `YYYY-MM-DD`). */
export function isMinor(birthDate: string, today: string): boolean {
  if (!DAY.test(birthDate) || birthDate > today) return false;
  return ageInYears(birthDate, today) < ADULT_AGE;
}

function filled(values: readonly string[]): string[] {
  return values.map((v) => v.trim()).filter((v) => v !== '');
}

/** Checks the form before it is sent; the server checks again and has the last word. */
export function validate(form: RegistrationForm, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!form.familyName.trim()) errors.familyName = 'required';
  if (!form.givenName.trim()) errors.givenName = 'required';
  if (form.familyNameKhmer.trim() && !hasKhmer(form.familyNameKhmer)) errors.familyNameKhmer = 'notKhmer';
  if (form.givenNameKhmer.trim() && !hasKhmer(form.givenNameKhmer)) errors.givenNameKhmer = 'notKhmer';
  if (!form.sex) errors.sex = 'required';
  if (!form.birthDate) errors.birthDate = 'required';
  else if (!DAY.test(form.birthDate)) errors.birthDate = 'invalidDate';
  else if (form.birthDate > today) errors.birthDate = 'inFuture';
  else if (form.birthDate < '1900-01-01') errors.birthDate = 'tooOld';
  if (!form.provinceCode) errors.provinceCode = 'required';
  form.phones.forEach((phone, i) => {
    if (phone.trim() && !normalizeCambodianPhone(phone)) errors[`phones.${i}`] = 'invalidPhone';
  });
  if (form.travelTimeHours.trim()) {
    const hours = Number(form.travelTimeHours.replace(',', '.'));
    if (!Number.isFinite(hours) || hours < 0 || hours > 48) errors.travelTimeHours = 'invalidHours';
  }
  if (isMinor(form.birthDate, today)) {
    if (!form.guardianName.trim()) errors.guardianName = 'guardianRequired';
    if (!form.guardianRelation) errors.guardianRelation = 'required';
    form.guardianPhones.forEach((phone, i) => {
      if (phone.trim() && !normalizeCambodianPhone(phone)) errors[`guardianPhones.${i}`] = 'invalidPhone';
    });
  }
  return errors;
}

/** The API's `RegisterPatientInput` for a valid form. */
export function toRegisterInput(form: RegistrationForm, today: string, confirmNotDuplicate = false) {
  const text = (value: string) => value.trim() || null;
  const hours = form.travelTimeHours.trim() ? Number(form.travelTimeHours.replace(',', '.')) : null;
  const minor = isMinor(form.birthDate, today);
  return {
    familyName: form.familyName.trim(),
    givenName: form.givenName.trim(),
    familyNameKhmer: text(form.familyNameKhmer),
    givenNameKhmer: text(form.givenNameKhmer),
    sex: form.sex as SexValue,
    birthDate: form.birthDate,
    birthDateEstimated: form.birthDateEstimated,
    phones: filled(form.phones),
    nationalId: text(form.nationalId),
    provinceCode: Number(form.provinceCode),
    district: text(form.district),
    commune: text(form.commune),
    village: text(form.village),
    travelTimeHours: hours,
    transport: form.transport || null,
    guardian:
      minor || form.guardianName.trim()
        ? {
            name: form.guardianName.trim(),
            relation: form.guardianRelation || 'OTHER',
            phones: filled(form.guardianPhones),
          }
        : null,
    ...(confirmNotDuplicate ? { confirmNotDuplicate: true } : {}),
  };
}

/** What the duplicate check is asked about; null until there is enough to compare. */
export function duplicateCheckInput(form: RegistrationForm) {
  const input = {
    familyName: form.familyName.trim() || null,
    givenName: form.givenName.trim() || null,
    familyNameKhmer: form.familyNameKhmer.trim() || null,
    givenNameKhmer: form.givenNameKhmer.trim() || null,
    birthDate: DAY.test(form.birthDate) ? form.birthDate : null,
    phones: filled(form.phones).filter((p) => normalizeCambodianPhone(p) !== null),
    nationalId: form.nationalId.trim() || null,
    provinceCode: form.provinceCode ? Number(form.provinceCode) : null,
    village: form.village.trim() || null,
  };
  const enough =
    (input.familyName && input.givenName) ||
    (input.familyNameKhmer && input.givenNameKhmer) ||
    input.phones.length > 0;
  return enough ? input : null;
}

/**
 * Where a server error's `extensions.field` belongs in the form: `phones[1]` → `phones.1`,
 * `guardian.name` → `guardianName`, `guardian.phones[0]` → `guardianPhones.0`.
 */
export function fieldKeyOf(field: string | undefined): FieldKey {
  if (!field) return 'form';
  const phone = /^(guardian\.)?phones\[(\d+)\]$/.exec(field);
  if (phone) return phone[1] ? `guardianPhones.${Number(phone[2])}` : `phones.${Number(phone[2])}`;
  switch (field) {
    case 'guardian.name':
      return 'guardianName';
    case 'guardian.relation':
      return 'guardianRelation';
    case 'guardian.phones':
      return 'guardianPhones.0';
    case 'guardian':
      return 'guardianName';
    case 'phones':
      return 'phones.0';
    default:
      return (Object.hasOwn(EMPTY_FORM, field) ? field : 'form') as FieldKey;
  }
}

/** A duplicate candidate counts as strong from this score up (the API's scores run 0–1). */
export const STRONG_SCORE = 0.8;

export const DUPLICATE_REASONS = [
  'SAME_PHONE',
  'SAME_NATIONAL_ID',
  'SIMILAR_NAME',
  'SAME_NAME',
  'FLIPPED_NAME',
  'SAME_KHMER_NAME',
  'SAME_BIRTH_YEAR',
  'SAME_BIRTH_DATE',
  'SAME_VILLAGE',
  'SAME_PROVINCE',
] as const;
export type DuplicateReasonValue = (typeof DUPLICATE_REASONS)[number];

export function isDuplicateReason(value: string): value is DuplicateReasonValue {
  return (DUPLICATE_REASONS as readonly string[]).includes(value);
}

