import { Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';

/**
 * A list page's body as its query answers: the list (`children`) once it has data, `empty`
 * instead when that data has no rows, the error with a retry when there is no data because the
 * read failed, and placeholder rows while the first read runs.
 */
export function QueryStates({
  query,
  isEmpty,
  empty,
  children,
}: {
  /** The page's query (`useQuery`'s result): its data once there (perhaps from the cache, while it is read again), its error, and a retry. */
  query: { data: unknown; error?: unknown; refetch: () => Promise<unknown> };
  isEmpty: boolean;
  empty: ReactNode;
  /** The list, shown once there is data with rows. */
  children: ReactNode;
}) {
  if (query.data) return isEmpty ? empty : children;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Stack gap="sm" aria-busy="true">
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} height={52} radius="sm" aria-hidden="true" />
      ))}
    </Stack>
  );
}
