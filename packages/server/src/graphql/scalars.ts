import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** An instant, ISO 8601 with offset (`2026-11-24T09:30:00.000Z`). */
export const DateTime = DateTimeResolver;

/** A calendar day, `YYYY-MM-DD`, in the hospital's time zone. */
export const LocalDate = LocalDateResolver;
