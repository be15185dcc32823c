/** A table or column name as a quoted SQL identifier (`"bed_stay"`), safe whatever it holds. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Text as a quoted SQL string literal (`'it''s'`), safe whatever it holds. */
export function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * A bound parameter's SQL (`?::timestamptz`) that the planner does not look at:
 * `(select ?::timestamptz)`, an InitPlan whose value is known only when the statement runs.
 *
 * PostgreSQL plans a prepared statement afresh on every run for as long as a plan made for the
 * values given ("custom") looks cheaper than the plan for any values ("generic"). For a keyset
 * cursor or a day's time range it always looks cheaper, though the plan is the same whatever the
 * values (an index read in key order from the cursor, or over the range). With the values out of
 * sight, both plans cost the same, and after five runs PostgreSQL keeps the generic one: planning
 * had been 0.44 ms of each run of a deep worklist page and 0.88 ms of a theatre day (benchmark
 * data, `pg_stat_statements` with `track_planning`). An index still answers the condition.
 */
export function opaqueParam(param: string): string {
  return `(select ${param})`;
}
