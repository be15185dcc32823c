import { type GraphQLError, type GraphQLSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error.js';
import { MAX_QUERY_COST, MAX_QUERY_DEPTH, QueryLimitError, costLimit, depthLimit, queryLimitRules } from './limits.js';
import { createSchema } from './schema.js';

/** The web app's patient page (packages/web/src/modules/patients/graphql), fragments and all. */
const PATIENT_PAGE = /* GraphQL */ `
  query PatientPage($id: ID!, $first: Int!, $after: String) {
    patient(id: $id) {
      id
      ...PatientHeader
      journey(first: $first, after: $after) { ...JourneyTimelineConnection }
    }
  }
  fragment PatientHeader on Patient {
    id mrn familyName givenName familyNameKhmer givenNameKhmer birthDate birthDateEstimated age sex stage
    province { code name nameKhmer }
  }
  fragment JourneyTimelineConnection on JourneyEventConnection {
    totalCount
    edges { cursor node { ...JourneyEventItem } }
    pageInfo { hasNextPage endCursor }
  }
  fragment JourneyEventItem on JourneyEvent {
    __typename id kind occurredAt actor summary
    episode { id title status specialty }
    ... on ReferralReceivedEvent { referral { id sourceName sourceType specialty priority urgencyBand dueDate reason } }
    ... on ReferralStatusChangedEvent { fromStatus toStatus note }
    ... on SurgeryScheduledEvent { surgery { id procedure theatre { id name } scheduledStart expectedDurationMinutes primarySurgeon { id name } urgency status } }
    ... on SurgeryCancelledEvent { note surgery { id procedure theatre { id name } scheduledStart cancellationReason } }
    ... on SurgeryPerformedEvent { surgery { id procedure theatre { id name } primarySurgeon { id name } startedAt endedAt findings } }
    ... on AdmittedEvent { admission { id reason status bed { id label ward { id name nameKhmer } } } }
    ... on DischargedEvent { discharge { id disposition diagnosis condition followUpPlan } }
  }
`;

/** 100 patients × 100 events × every bed of the ward with its occupant: 12 levels, so only cost stops it. */
const BED_FAN_OUT = /* GraphQL */ `{
  patients(first: 100) { edges { node { journey(first: 100) { edges { node {
    ... on AdmittedEvent { admission { bed { ward { beds { label currentAdmission { admittedAt } } } } } }
  } } } } } }
}`;

/**
 * A query exactly `levels` fields deep that never widens: a bed, its occupant, the bed again…
 * (`node` is level 1 and the closing `id` the last level).
 */
function chain(levels: number): string {
  const steps = Math.max(0, levels - 2);
  let inner = 'id';
  for (let i = steps; i > 0; i--) inner = i % 2 === 1 ? `currentAdmission { ${inner} }` : `bed { ${inner} }`;
  return `{ node(id: "x") { ... on Bed { ${inner} } } }`;
}

function limitErrors(schema: GraphQLSchema, source: string, rules = queryLimitRules): readonly GraphQLError[] {
  return validate(schema, parse(source), rules);
}

const reasons = (errors: readonly GraphQLError[]) => errors.map((e) => e.extensions.reason);

describe('query depth and cost limits', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await createSchema();
  });

  it('let the web app\'s patient page through, even at the largest page size', () => {
    expect(validate(schema, parse(PATIENT_PAGE), [...specifiedRules, ...queryLimitRules])).toEqual([]);
    // The rules are measured, not merely lenient: a cost limit a little under the page's
    // estimate (the $first variable counts as the 100 cap) refuses it.
    expect(reasons(limitErrors(schema, PATIENT_PAGE, [costLimit(5_000)]))).toEqual(['QUERY_TOO_COSTLY']);
    expect(reasons(limitErrors(schema, PATIENT_PAGE, [depthLimit(7)]))).toEqual(['QUERY_TOO_DEEP']);
    expect(limitErrors(schema, PATIENT_PAGE, [depthLimit(8)])).toEqual([]);
  });

  it(`allow ${MAX_QUERY_DEPTH} levels and refuse ${MAX_QUERY_DEPTH + 1}, with code BAD_USER_INPUT and reason QUERY_TOO_DEEP`, () => {
    expect(validate(schema, parse(chain(MAX_QUERY_DEPTH)), [...specifiedRules, ...queryLimitRules])).toEqual([]);
    const errors = limitErrors(schema, chain(MAX_QUERY_DEPTH + 1));
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error).toBeInstanceOf(QueryLimitError);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP', params: { depth: MAX_QUERY_DEPTH + 1, max: MAX_QUERY_DEPTH } });
    expect(error.message).toContain(`at most ${MAX_QUERY_DEPTH}`);
    // What formatError turns into the client's error (see errors.test.ts).
    expect(error.originalError).toBeInstanceOf(DomainError);
  });

  it('follow fragments (named and inline) when measuring depth', () => {
    const viaFragments = /* GraphQL */ `
      { node(id: "x") { ...A } }
      fragment A on Bed { currentAdmission { ...B } }
      fragment B on Admission { bed { ... on Bed { currentAdmission { ...C } } } }
      fragment C on Admission { bed { currentAdmission { bed { currentAdmission { bed { currentAdmission { bed { currentAdmission { id } } } } } } } } }
    `;
    expect(reasons(limitErrors(schema, viaFragments))).toEqual(['QUERY_TOO_DEEP']);
  });

  it('do not count introspection, so GraphQL IDEs can load the schema', () => {
    expect(validate(schema, parse(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })), [...specifiedRules, ...queryLimitRules])).toEqual([]);
  });

  it('refuse the bed fan-out (100 × 100 × every bed) as QUERY_TOO_COSTLY, with a message saying what to do', () => {
    const errors = limitErrors(schema, BED_FAN_OUT);
    expect(reasons(errors)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors[0].message).toMatch(/at most 50000 are allowed.*smaller pages/);
    // The same shape with small pages is fine.
    expect(limitErrors(schema, BED_FAN_OUT.replaceAll('first: 100', 'first: 5'))).toEqual([]);
  });

  it('add up aliased copies of a query that is fine alone', () => {
    const one = 'patients(first: 100) { edges { node { journey(first: 100) { edges { node { id } } } } } }';
    expect(limitErrors(schema, `{ a: ${one} }`)).toEqual([]);
    expect(reasons(limitErrors(schema, `{ a: ${one} b: ${one} }`))).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('count `first` as given, as a variable\'s default, or as the page cap when only the client knows it', () => {
    const query = (first: string, variables = '') =>
      `query Q${variables} { patients(first: ${first}) { edges { node { journey(first: ${first}) { edges { node { summary episode { title } } } } } } } }`;
    // 20 × 20 nested pages: fine; 100 × 100: too costly.
    expect(limitErrors(schema, query('20'))).toEqual([]);
    expect(reasons(limitErrors(schema, query('100')))).toEqual(['QUERY_TOO_COSTLY']);
    expect(limitErrors(schema, query('$n', '($n: Int = 20)'))).toEqual([]);
    expect(reasons(limitErrors(schema, query('$n', '($n: Int)')))).toEqual(['QUERY_TOO_COSTLY']);
    // Above the cap counts as the cap (the resolver refuses it anyway).
    expect(reasons(limitErrors(schema, query('1000000')))).toEqual(['QUERY_TOO_COSTLY']);
    // No `first`: the default page of 20.
    expect(limitErrors(schema, query('null'))).toEqual([]);
  });

  it('measure a fragment used many times once (no exponential work) and survive fragment cycles', () => {
    const fragments = Array.from({ length: 30 }, (_, i) =>
      i === 29 ? `fragment F${i} on Patient { mrn }` : `fragment F${i} on Patient { ...F${i + 1} a${i}: referrals { patient { ...F${i + 1} } } }`,
    ).join('\n');
    const exploding = `{ patient(id: "x") { ...F0 } }\n${fragments}`;
    expect(reasons(limitErrors(schema, exploding))).toContain('QUERY_TOO_COSTLY');

    const cyclic = `{ patient(id: "x") { ...A } } fragment A on Patient { referrals { patient { ...B } } } fragment B on Patient { ...A }`;
    // GraphQL's own NoFragmentCycles reports the cycle; the limit rules just terminate.
    const errors = validate(schema, parse(cyclic), [...specifiedRules, ...queryLimitRules]);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it(`keep the limits at depth ${MAX_QUERY_DEPTH} and cost ${MAX_QUERY_COST}`, () => {
    expect([MAX_QUERY_DEPTH, MAX_QUERY_COST]).toEqual([12, 50_000]);
  });
});
