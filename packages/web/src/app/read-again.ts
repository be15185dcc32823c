/**
 * Reads a query again after a change, a reconnection or a click on "show changes", and resolves
 * whether the read succeeds or not, with whether it did (what the caller shows may depend on it):
 * - a failed read shows in the query's own `error` (its screen's error state), not as a failure
 *   of the change that preceded it;
 * - Apollo rejects a read with an `AbortError` when a newer read of the same query replaces it or
 *   the screen is left before it answers. That is no failure at all.
 * Awaiting `refetch()` directly let either rejection escape from the handlers that fire and
 * forget (`void refresh()`), as an unhandled rejection in the page.
 */
export async function readAgain(refetch: () => Promise<unknown>): Promise<boolean> {
  try {
    await refetch();
    return true;
  } catch {
    // Shown by the query's error state, or superseded (see above).
    return false;
  }
}
