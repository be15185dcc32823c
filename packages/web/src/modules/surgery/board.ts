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
