import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** An instant, ISO 8601 with offset (`2026-11-24T09:30:00.000Z`). */
export const DateTime = DateTimeResolver;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day, `YYYY-MM-DD`, in the hospital's time zone. What clients send is checked in
 * full (graphql-scalars: a real calendar day, not `2026-02-30`); what the server sends comes
 * from PostgreSQL `date` columns or the hospital calendar, valid days by construction, so it
 * is checked for its form only (the full check built two Date objects for every value: on a
 * worklist page, a hundred).
 */
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  serialize(value: unknown): string {
    if (typeof value === 'string' && DAY.test(value)) return value;
    return LocalDateResolver.serialize(value);
  },
});
