import { GuardianRelation, Sex } from '@pj/shared';
import { Field, InputType, Int } from 'type-graphql';
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
}
