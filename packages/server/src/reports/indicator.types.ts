import { IndicatorDimension, IndicatorKey, IndicatorKind } from '@pj/shared';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { LocalDate } from '../graphql/scalars.js';
import { Patient } from '../patients/patient.entity.js';

@ObjectType({ description: 'What an indicator counts, written out (in English, Khmer or Japanese: the language asked for, else the caller\'s interface language).' })
export class IndicatorDefinition {
  @Field(() => IndicatorKey, { description: 'Which indicator.' })
  key!: IndicatorKey;

  @Field(() => IndicatorKind, { description: 'A count, a proportion or a duration (days: median and 90th percentile).' })
  kind!: IndicatorKind;

  @Field(() => String, { description: 'Its name.' })
  title!: string;

  @Field(() => String, { description: 'What is counted (for a proportion, its numerator; for a duration, what is measured).' })
  numerator!: string;

  @Field(() => String, { nullable: true, description: 'What it is counted out of; null for COUNT and DURATION.' })
  denominator!: string | null;

  @Field(() => String, { description: 'What is counted and what is not.' })
  inclusions!: string;

  @Field(() => String, { description: 'Which date places a case in a period (Phnom Penh calendar days).' })
  period!: string;

  @Field(() => String, { nullable: true, description: 'The published definition it follows, where one applies.' })
  source!: string | null;

  @Field(() => [IndicatorDimension], { description: 'The groupings it supports (MONTH always).' })
  dimensions!: IndicatorDimension[];
}

@InputType({ description: 'Which indicators, over which period, grouped how.' })
export class IndicatorQueryInput {
  @Field(() => LocalDate, { description: 'First day of the period (Phnom Penh calendar day), included.' })
  from!: string;

  @Field(() => LocalDate, { description: 'Last day of the period, included; not before `from`, at most ten years after it (BAD_USER_INPUT otherwise).' })
  to!: string;

  @Field(() => [IndicatorKey], { nullable: true, description: 'The indicators; null for all of them.' })
  keys?: IndicatorKey[] | null;

  @Field(() => [IndicatorDimension], {
    nullable: true,
    description: 'Up to two groupings, in order; a grouping an indicator does not support is BAD_USER_INPUT (reason UNSUPPORTED_DIMENSION). Null or empty: one row for the whole period.',
  })
  groupBy?: IndicatorDimension[] | null;
}

@ObjectType({ description: 'The value of one grouping of a row.' })
export class IndicatorGroup {
  @Field(() => IndicatorDimension, { description: 'The grouping.' })
  dimension!: IndicatorDimension;

  @Field(() => String, {
    description: 'Its value: a month `YYYY-MM`, an enum value (`GENERAL_SURGERY`, `CHILD`/`ADULT`, `DAYS_30`…), a mission\'s or theatre\'s global ID, or `NONE` for cases without one.',
  })
  value!: string;
}

@ObjectType({ description: 'An indicator\'s figure for one group of cases (or the whole period).' })
export class IndicatorRow {
  @Field(() => [IndicatorGroup], { description: 'One per grouping asked for, in the order asked; empty when not grouped.' })
  groups!: IndicatorGroup[];

  @Field(() => Int, { nullable: true, description: 'COUNT: the number of cases. DURATION: the number of cases measured. Null for PROPORTION.' })
  count!: number | null;

  @Field(() => Int, { nullable: true, description: 'PROPORTION: the numerator. Null otherwise.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'PROPORTION: the denominator. Null otherwise.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'PROPORTION: numerator / denominator, from 0 to 1; null when the denominator is 0.' })
  rate!: number | null;

  @Field(() => Float, { nullable: true, description: 'DURATION: the median, in days; null without cases.' })
  median!: number | null;

  @Field(() => Float, { nullable: true, description: 'DURATION: the 90th percentile, in days; null without cases.' })
  p90!: number | null;
}

@ObjectType({ description: 'One indicator over the period asked for.' })
export class IndicatorResult {
  @Field(() => IndicatorDefinition, { description: 'What it counts.' })
  definition!: IndicatorDefinition;

  @Field(() => [IndicatorRow], { description: 'Its figures, sorted by their groups; groups with no cases are left out (ungrouped: always one row).' })
  rows!: IndicatorRow[];
}

@InputType({ description: 'The value of one grouping, to narrow a drill-down to one row of a table.' })
export class IndicatorGroupInput {
  @Field(() => IndicatorDimension, { description: 'The grouping.' })
  dimension!: IndicatorDimension;

  @Field(() => String, { description: 'Its value, as `IndicatorGroup.value` gives it.' })
  value!: string;
}

@InputType({ description: 'The cases behind one figure.' })
export class IndicatorCasesInput {
  @Field(() => IndicatorKey, { description: 'Which indicator.' })
  key!: IndicatorKey;

  @Field(() => LocalDate, { description: 'First day of the period, included.' })
  from!: string;

  @Field(() => LocalDate, { description: 'Last day of the period, included (same rules as IndicatorQueryInput).' })
  to!: string;

  @Field(() => [IndicatorGroupInput], { nullable: true, description: 'The row: the value of each of its groupings (up to two); null for the whole period.' })
  groups?: IndicatorGroupInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the cases in the numerator (the deaths, the infections…); default false: every case of the denominator.' })
  numeratorOnly?: boolean | null;
}

@ObjectType({ description: 'One case behind an indicator\'s figure: a patient and, where it applies, the operation, referral or treatment plan.' })
export class IndicatorCase {
  /** Keys, for the field resolvers. */
  patientId!: string;
  surgeryId!: string | null;
  referralId!: string | null;
  treatmentPlanId!: string | null;
  /** The case's own key (its operation, referral, plan, else patient): the cursor's second part. */
  caseId!: string;

  @Field(() => LocalDate, { description: 'The day that places the case in the period (Phnom Penh).' })
  on!: string;

  @Field(() => Boolean, { description: 'Whether the case is in the numerator (for a COUNT or DURATION, always true).' })
  inNumerator!: boolean;

  /** The patient once loaded (the audit trail reads `patient.id`). */
  patient?: Patient;
}

export const IndicatorCaseConnection = Connection('IndicatorCase', IndicatorCase);
export type IndicatorCaseConnection = InstanceType<typeof IndicatorCaseConnection>;

@ObjectType({ description: 'A table as a CSV file, for download.' })
export class IndicatorCsv {
  @Field(() => String, { description: 'A file name for it, e.g. `indicators-2026-01-01-2026-12-31.csv`.' })
  filename!: string;

  @Field(() => String, { description: '`text/csv; charset=utf-8`.' })
  contentType!: string;

  @Field(() => String, { description: 'The file: a header line, then one line per row of every indicator (RFC 4180, CRLF line ends).' })
  csv!: string;
}
