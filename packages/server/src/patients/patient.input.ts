import { GuardianRelation, Sex, TransportMode } from '@pj/shared';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../graphql/scalars.js';

@InputType({ description: 'The guardian of a child patient.' })
export class GuardianInput {
  @Field()
  name!: string;

  @Field(() => GuardianRelation)
  relation!: GuardianRelation;

  @Field(() => [String], { defaultValue: [], description: 'Phone numbers in any common format; stored as +855….' })
  phones!: string[];
}

@InputType({ description: 'A new patient. Names in Latin letters are required; Khmer script is strongly encouraged.' })
export class RegisterPatientInput {
  @Field()
  familyName!: string;

  @Field()
  givenName!: string;

  @Field(() => String, { nullable: true })
  familyNameKhmer?: string | null;

  @Field(() => String, { nullable: true })
  givenNameKhmer?: string | null;

  @Field(() => Sex)
  sex!: Sex;

  @Field(() => LocalDate)
  birthDate!: string;

  @Field(() => Boolean, { defaultValue: false })
  birthDateEstimated!: boolean;

  @Field(() => [String], { defaultValue: [], description: 'Phone numbers in any common format; stored as +855….' })
  phones!: string[];

  @Field(() => GuardianInput, { nullable: true, description: 'Required for patients under 18.' })
  guardian?: GuardianInput | null;

  @Field(() => String, { nullable: true })
  nationalId?: string | null;

  @Field(() => Int, { description: 'Province ISO 3166-2 KH code, 1–25.' })
  provinceCode!: number;

  @Field(() => String, { nullable: true })
  district?: string | null;

  @Field(() => String, { nullable: true })
  commune?: string | null;

  @Field(() => String, { nullable: true })
  village?: string | null;

  @Field(() => Float, { nullable: true, description: 'Usual travel time to the hospital in hours, 0–48.' })
  travelTimeHours?: number | null;

  @Field(() => TransportMode, { nullable: true })
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
  @Field(() => ID)
  patientId!: string;

  @Field(() => Int, { description: 'The `version` the change is based on; a newer stored version is CONFLICT STALE_VERSION.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  familyNameKhmer?: string | null;

  @Field(() => String, { nullable: true })
  givenNameKhmer?: string | null;

  @Field(() => Sex, { nullable: true })
  sex?: Sex | null;

  @Field(() => LocalDate, { nullable: true })
  birthDate?: string | null;

  @Field(() => Boolean, { nullable: true })
  birthDateEstimated?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Replaces all phone numbers; any common format.' })
  phones?: string[] | null;

  @Field(() => GuardianInput, { nullable: true })
  guardian?: GuardianInput | null;

  @Field(() => String, { nullable: true })
  nationalId?: string | null;

  @Field(() => Int, { nullable: true })
  provinceCode?: number | null;

  @Field(() => String, { nullable: true })
  district?: string | null;

  @Field(() => String, { nullable: true })
  commune?: string | null;

  @Field(() => String, { nullable: true })
  village?: string | null;

  @Field(() => Float, { nullable: true })
  travelTimeHours?: number | null;

  @Field(() => TransportMode, { nullable: true })
  transport?: TransportMode | null;
}

@InputType({ description: 'What is known so far about a person being registered; every field is optional.' })
export class DuplicateCheckInput {
  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  familyNameKhmer?: string | null;

  @Field(() => String, { nullable: true })
  givenNameKhmer?: string | null;

  @Field(() => LocalDate, { nullable: true })
  birthDate?: string | null;

  @Field(() => [String], { nullable: true, description: 'Phone numbers in any common format.' })
  phones?: string[] | null;

  @Field(() => String, { nullable: true })
  nationalId?: string | null;

  @Field(() => Int, { nullable: true })
  provinceCode?: number | null;

  @Field(() => String, { nullable: true })
  village?: string | null;
}

@InputType({ description: 'Two records of the same person: everything of `removeId` moves to `keepId`.' })
export class MergePatientsInput {
  @Field(() => ID)
  keepId!: string;

  @Field(() => ID)
  removeId!: string;

  @Field(() => Int, { nullable: true, description: 'The kept patient\'s `version` as seen; CONFLICT STALE_VERSION if it moved on.' })
  keepVersion?: number | null;

  @Field(() => Int, { nullable: true, description: 'The removed patient\'s `version` as seen.' })
  removeVersion?: number | null;
}
