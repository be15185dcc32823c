/** The board's columns: every theatre in order, with its day's operations (not cancelled) by start. */
export function boardColumns<T extends { id: string }, S extends { theatre: { id: string }; status: string; scheduledStart: string }>(
  theatres: readonly T[],
  surgeries: readonly S[],
): { theatre: T; surgeries: S[] }[] {
  return theatres.map((theatre) => ({
    theatre,
    surgeries: surgeries
      .filter((s) => s.theatre.id === theatre.id && s.status !== 'CANCELLED')
      .sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart)),
  }));
}

/**
 * The day's operations after a live update of one theatre's column (the server's
 * `theatreBoardChanged`): that theatre's operations are the column's from now on, and the
 * others' are kept. An operation moved to this theatre comes with the column; one cancelled or
 * moved away is left out of it, so it leaves the list. The column's operations are written to
 * the cache before this runs, so an operation moved from this theatre to another one whose
 * column came first already shows its new theatre and is kept.
 */
export function withColumn<S extends { id: string; theatre: { id: string } }>(
  schedule: readonly S[],
  column: { theatre: { id: string }; surgeries: readonly S[] },
): S[] {
  const inColumn = new Set(column.surgeries.map((s) => s.id));
  return [...schedule.filter((s) => s.theatre.id !== column.theatre.id && !inColumn.has(s.id)), ...column.surgeries];
}
