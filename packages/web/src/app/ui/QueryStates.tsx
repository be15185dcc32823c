import { Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';

/**
 * A list page's body as its query answers: the list (`children`) once it has data, `empty`
 * instead when that data has no rows, the error with a retry when there is no data because the
 * read failed, and placeholder rows while the first read runs.
 */
export function QueryStates({
  loaded,
  isEmpty,
  empty,
  error,
  onRetry,
  children,
}: {
  /** Whether the query's data is there (perhaps from the cache, while it is read again). */
  loaded: boolean;
  isEmpty: boolean;
  empty: ReactNode;
  error: unknown;
  onRetry: () => void;
  /** The list, shown once there is data with rows. */
  children: ReactNode;
}) {
  if (loaded) return isEmpty ? empty : children;
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  return (
    <Stack gap="sm" aria-busy="true">
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} height={52} radius="sm" aria-hidden="true" />
      ))}
    </Stack>
  );
}
