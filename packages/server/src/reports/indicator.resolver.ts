import { hospitalDate, InterfaceLanguage, MAX_INDICATOR_ROWS, Permission } from '@pj/shared';
import { JSONResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { AFTER_ARG, FIRST_ARG, toConnection } from '../graphql/relay.js';
import { Patient } from '../patients/patient.entity.js';
import { Referral } from '../referrals/referral.entity.js';
import { Surgery } from '../surgery/surgery.entity.js';
import { TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import { dhis2DataValueSet, type DataValueSet } from './dhis2.js';
import { indicatorCases } from './indicator-cases.js';
import { indicatorCsv } from './indicator-csv.js';
import { computeIndicators, definitionOf } from './indicator.service.js';
import {
  IndicatorCase,
  IndicatorCaseConnection,
  IndicatorCasesInput,
  IndicatorCsv,
  IndicatorDefinition,
  IndicatorQueryInput,
  IndicatorResult,
} from './indicator.types.js';
import { INDICATORS } from './registry.js';

/** The optional `language` argument of the queries that carry the indicators' texts. */
const LANGUAGE_ARG = {
  nullable: true,
  description: 'The language of the texts (titles, definitions): the one on the reader\'s screen. Default: the language kept with the caller\'s account, English when none.',
} as const;

/**
 * The language the texts are written in: the one asked for (the language on the reader's
 * screen), else the caller's interface language kept with the account, English when none is kept.
 */
async function languageOf(ctx: GraphQLContext, asked?: InterfaceLanguage | null): Promise<InterfaceLanguage> {
  if (asked) return asked;
  if (!ctx.user) return InterfaceLanguage.EN;
  const user = await ctx.loaders.user.load(ctx.user.id);
  return (user)?.language ?? InterfaceLanguage.EN;
}

@Resolver()
export class IndicatorResolver {
  @Authorized(Permission.READ_REPORTS)
  @Query(() => [IndicatorDefinition], { description: 'What each indicator counts, written out in the language asked for (default: the caller\'s interface language) (READ_REPORTS).' })
  async indicatorDefinitions(
    @Arg('language', () => InterfaceLanguage, LANGUAGE_ARG) asked: InterfaceLanguage | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IndicatorDefinition[]> {
    const language = await languageOf(ctx, asked);
    return INDICATORS.map((spec) => definitionOf(spec, language));
  }

  @Authorized(Permission.READ_REPORTS)
  @Query(() => [IndicatorResult], {
    description: `The indicators over a period, grouped by up to two dimensions (READ_REPORTS). One SQL statement per indicator, computed in the database. At most ${MAX_INDICATOR_ROWS} rows per indicator (BAD_USER_INPUT TOO_MANY beyond: a shorter period or fewer groupings; the CSV has no limit).`,
  })
  async indicators(
    @Arg('input', () => IndicatorQueryInput, { description: 'Period, indicators and groupings.' }) input: IndicatorQueryInput,
    @Arg('language', () => InterfaceLanguage, LANGUAGE_ARG) language: InterfaceLanguage | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IndicatorResult[]> {
    // The rows are bounded for the cost limit (graphql/list-bounds.ts).
    return computeIndicators(ctx.em, input, await languageOf(ctx, language), hospitalDate(ctx.clock()), { maxRows: MAX_INDICATOR_ROWS });
  }

  @Authorized(Permission.READ_REPORTS, Permission.READ_PATIENTS)
  @Query(() => IndicatorCaseConnection, { description: 'The cases behind one figure (drill-down): READ_REPORTS + READ_PATIENTS. Oldest first.' })
  async indicatorCases(
    @Arg('input', () => IndicatorCasesInput, { description: 'The indicator, period and row.' }) input: IndicatorCasesInput,
    @Arg('first', () => Int, FIRST_ARG) first: number | null | undefined,
    @Arg('after', () => String, AFTER_ARG) after: string | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IndicatorCaseConnection> {
    const page = await indicatorCases(ctx.em, input, { first, after }, hospitalDate(ctx.clock()));
    return Object.assign(new IndicatorCaseConnection(), toConnection(page));
  }

  @Authorized(Permission.READ_REPORTS)
  @Query(() => IndicatorCsv, {
    description:
      'A table as CSV, for download (READ_REPORTS). Roles without READ_PATIENTS get counts below 5 (numerator, denominator, count, 1..4) as the text \'<5\' and the rate left empty (small-number suppression for files that leave the building).',
  })
  async indicatorCsv(
    @Arg('input', () => IndicatorQueryInput, { description: 'Period, indicators and groupings.' }) input: IndicatorQueryInput,
    @Arg('language', () => InterfaceLanguage, LANGUAGE_ARG) language: InterfaceLanguage | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IndicatorCsv> {
    // computeIndicators has checked the groupings (it refuses any it cannot serve).
    const results = await computeIndicators(ctx.em, input, await languageOf(ctx, language), hospitalDate(ctx.clock()));
    return indicatorCsv(results, { from: input.from, to: input.to, groupBy: input.groupBy ?? [] }, !ctx.user?.permissions.has(Permission.READ_PATIENTS));
  }

  @Authorized(Permission.READ_REPORTS)
  @Query(() => JSONResolver, {
    description:
      'DHIS2 monthly aggregate export (dataValueSet JSON) for a month YYYY-MM (READ_REPORTS): `{ dataSet, period: "YYYYMM", orgUnit, completeDate, dataValues: [{ dataElement, categoryOptionCombo?, value }] }`, the indicators mapped to data elements in the server\'s DHIS2 mapping file (README, "DHIS2 export"). A month not written YYYY-MM: BAD_USER_INPUT.',
  })
  dhis2DataValueSet(@Arg('month', () => String, { description: 'The month, `YYYY-MM` (Phnom Penh calendar).' }) month: string, @Ctx() ctx: GraphQLContext): Promise<DataValueSet> {
    return dhis2DataValueSet(ctx.em, month, hospitalDate(ctx.clock()));
  }
}

@Resolver(() => IndicatorCase)
export class IndicatorCaseResolver {
  @FieldResolver(() => Patient, { description: 'The patient.' })
  async patient(@Root() row: IndicatorCase, @Ctx() ctx: GraphQLContext): Promise<Patient> {
    const patient = await ctx.loaders.patient.load(row.patientId);
    return patient as Patient;
  }

  @FieldResolver(() => Surgery, { nullable: true, description: 'The operation, for the surgical indicators.' })
  surgery(@Root() row: IndicatorCase, @Ctx() ctx: GraphQLContext) {
    return row.surgeryId ? ctx.loaders.surgery.load(row.surgeryId) : null;
  }

  @FieldResolver(() => Referral, { nullable: true, description: 'The referral, for the waiting times (and operations that came from one).' })
  referral(@Root() row: IndicatorCase, @Ctx() ctx: GraphQLContext) {
    return row.referralId ? ctx.loaders.referral.load(row.referralId) : null;
  }

  @FieldResolver(() => TreatmentPlan, { nullable: true, description: 'The treatment plan, for the oncology indicators.' })
  treatmentPlan(@Root() row: IndicatorCase, @Ctx() ctx: GraphQLContext) {
    return row.treatmentPlanId ? ctx.loaders.treatmentPlan.load(row.treatmentPlanId) : null;
  }
}
