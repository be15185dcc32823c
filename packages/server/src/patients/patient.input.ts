import { GuardianRelation, Sex, TransportMode } from '@pj/shared';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../graphql/scalars.js';

/** What each field of a patient's registration means; shared by registration, correction and the duplicate check. */
const FIELD = {
  familyName: 'Family name in Latin letters; 1–100 characters.',
  givenName: 'Given name in Latin letters; 1–100 characters.',
  familyNameKhmer: 'Family name in Khmer script (up to 100 characters); text with no Khmer letter is BAD_USER_INPUT NOT_KHMER.',
  givenNameKhmer: 'Given name in Khmer script (up to 100 characters); text with no Khmer letter is BAD_USER_INPUT NOT_KHMER.',
  sex: 'Administrative sex.',
  birthDate: 'Date of birth (a calendar date, YYYY-MM-DD); not after today in Phnom Penh, not before 1900.',
  birthDateEstimated: 'True when the date of birth is an estimate (often only the year is known).',
  nationalId: 'Cambodian national ID card number, up to 40 characters. Contact detail: only roles with READ_CONTACT_DETAILS see it back.',
  provinceCode: 'Province of residence: its ISO 3166-2:KH code, 1–25 (see `provinces`).',
  district: 'District (srok/khan) of residence, up to 100 characters.',
  commune: 'Commune (khum/sangkat) of residence, up to 100 characters.',
  village: 'Village (phum) of residence, up to 100 characters.',
  travelTimeHours: 'Usual travel time to the hospital in hours, 0–48.',
  transport: 'How the patient usually travels to the hospital.',
  guardian: 'The guardian; required while the patient is under 18 (BAD_USER_INPUT GUARDIAN_REQUIRED).',
} as const;

/** What each field of the duplicate check compares (see `DuplicateReason` for what each match adds). */
const MATCH = {
  familyName: 'Family name in Latin letters: the same or a similar name, also with family and given name swapped.',
  givenName: 'Given name in Latin letters.',
  familyNameKhmer: 'Family name in Khmer script: the same or a similar name, in either order.',
  givenNameKhmer: 'Given name in Khmer script.',
  birthDate: 'Date of birth (YYYY-MM-DD): the same day, else the same year.',
  nationalId: 'National ID card number: the same number.',
  provinceCode: 'Province of residence (ISO 3166-2:KH code, 1–25): the same province.',
  village: 'Village of residence: the same village in the same province.',
} as const;

@InputType({ description: 'The guardian of a child patient.' })
export class GuardianInput {
  @Field({ description: 'The guardian\'s full name; 1–100 characters.' })
  name!: string;

  @Field(() => GuardianRelation, { description: 'How the guardian is related to the patient.' })
  relation!: GuardianRelation;

  @Field(() => [String], { defaultValue: [], description: 'Phone numbers in any common Cambodian format, at most 5; stored as +855….' })
  phones!: string[];
}

@InputType({ description: 'A new patient. Names in Latin letters are required; Khmer script is strongly encouraged.' })
export class RegisterPatientInput {
  @Field({ description: FIELD.familyName })
  familyName!: string;

  @Field({ description: FIELD.givenName })
  givenName!: string;

  @Field(() => String, { nullable: true, description: FIELD.familyNameKhmer })
  familyNameKhmer?: string | null;

  @Field(() => String, { nullable: true, description: FIELD.givenNameKhmer })
  givenNameKhmer?: string | null;

  @Field(() => Sex, { description: FIELD.sex })
  sex!: Sex;

  @Field(() => LocalDate, { description: FIELD.birthDate })
  birthDate!: string;

  @Field(() => Boolean, { defaultValue: false, description: FIELD.birthDateEstimated })
  birthDateEstimated!: boolean;

  @Field(() => [String], { defaultValue: [], description: 'Phone numbers in any common Cambodian format, at most 5; stored as +855….' })
  phones!: string[];

  @Field(() => GuardianInput, { nullable: true, description: 'Required for patients under 18.' })
  guardian?: GuardianInput | null;

  @Field(() => String, { nullable: true, description: FIELD.nationalId })
  nationalId?: string | null;

  @Field(() => Int, { description: 'Province ISO 3166-2 KH code, 1–25.' })
  provinceCode!: number;

  @Field(() => String, { nullable: true, description: FIELD.district })
  district?: string | null;

  @Field(() => String, { nullable: true, description: FIELD.commune })
  commune?: string | null;

  @Field(() => String, { nullable: true, description: FIELD.village })
  village?: string | null;

  @Field(() => Float, { nullable: true, description: 'Usual travel time to the hospital in hours, 0–48.' })
  travelTimeHours?: number | null;

  @Field(() => TransportMode, { nullable: true, description: FIELD.transport })
  transport?: TransportMode | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Register even though `possibleDuplicates` finds a strong candidate (score ≥ 0.8); otherwise CONFLICT POSSIBLE_DUPLICATE.',
  })
  confirmNotDuplicate!: boolean;
}

@InputType({
  description:
    'Changes to a patient\'s registration. Absent fields stay as they are; `null` clears an optional field. Validated as at registration.',
})
export class UpdatePatientInput {
  @Field(() => ID, { description: 'The patient to change.' })
  patientId!: string;

  @Field(() => Int, { description: 'The `version` the change is based on; a newer stored version is CONFLICT STALE_VERSION.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: FIELD.familyName })
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: FIELD.givenName })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: FIELD.familyNameKhmer })
  familyNameKhmer?: string | null;

  @Field(() => String, { nullable: true, description: FIELD.givenNameKhmer })
  givenNameKhmer?: string | null;

  @Field(() => Sex, { nullable: true, description: FIELD.sex })
  sex?: Sex | null;

  @Field(() => LocalDate, { nullable: true, description: FIELD.birthDate })
  birthDate?: string | null;

  @Field(() => Boolean, { nullable: true, description: FIELD.birthDateEstimated })
  birthDateEstimated?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Replaces all phone numbers; any common format.' })
  phones?: string[] | null;

  @Field(() => GuardianInput, { nullable: true, description: FIELD.guardian })
  guardian?: GuardianInput | null;

  @Field(() => String, { nullable: true, description: FIELD.nationalId })
  nationalId?: string | null;

  @Field(() => Int, { nullable: true, description: FIELD.provinceCode })
  provinceCode?: number | null;

  @Field(() => String, { nullable: true, description: FIELD.district })
  district?: string | null;

  @Field(() => String, { nullable: true, description: FIELD.commune })
  commune?: string | null;

  @Field(() => String, { nullable: true, description: FIELD.village })
  village?: string | null;

  @Field(() => Float, { nullable: true, description: FIELD.travelTimeHours })
  travelTimeHours?: number | null;

  @Field(() => TransportMode, { nullable: true, description: FIELD.transport })
  transport?: TransportMode | null;
}

@InputType({ description: 'What is known so far about a person being registered; every field is optional.' })
export class DuplicateCheckInput {
  @Field(() => String, { nullable: true, description: MATCH.familyName })
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: MATCH.givenName })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: MATCH.familyNameKhmer })
  familyNameKhmer?: string | null;

  @Field(() => String, { nullable: true, description: MATCH.givenNameKhmer })
  givenNameKhmer?: string | null;

  @Field(() => LocalDate, { nullable: true, description: MATCH.birthDate })
  birthDate?: string | null;

  @Field(() => [String], { nullable: true, description: 'Phone numbers in any common format.' })
  phones?: string[] | null;

  @Field(() => String, { nullable: true, description: MATCH.nationalId })
  nationalId?: string | null;

  @Field(() => Int, { nullable: true, description: MATCH.provinceCode })
  provinceCode?: number | null;

  @Field(() => String, { nullable: true, description: MATCH.village })
  village?: string | null;
}

@InputType({ description: 'Two records of the same person: everything of `removeId` moves to `keepId`.' })
export class MergePatientsInput {
  @Field(() => ID, { description: 'The patient record that stays (its MRN is kept).' })
  keepId!: string;

  @Field(() => ID, { description: 'The patient record merged into `keepId`: its referrals, operations, stays, timeline and the rest move over, and it is no longer found.' })
  removeId!: string;

  @Field(() => Int, { nullable: true, description: 'The kept patient\'s `version` as seen; CONFLICT STALE_VERSION if it moved on.' })
  keepVersion?: number | null;

  @Field(() => Int, { nullable: true, description: 'The removed patient\'s `version` as seen.' })
  removeVersion?: number | null;
}
