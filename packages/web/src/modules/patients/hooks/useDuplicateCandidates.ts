import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import type { PossibleDuplicatesQuery as PossibleDuplicatesData } from '../../../generated/graphql';
import { PossibleDuplicatesQuery } from '../graphql/possible-duplicates.query';
import { duplicateCheckInput, type RegistrationForm } from '../registration';

export const DUPLICATE_DEBOUNCE_MS = 400;

/** One patient already registered who looks like the person being entered. */
export type DuplicateCandidateView = PossibleDuplicatesData['possibleDuplicates'][number];

/**
 * Patients already registered who resemble the form, asked after a pause in typing names,
 * phones or the birth date (nothing is asked until there is a full name or a phone).
 */
export function useDuplicateCandidates(form: RegistrationForm): {
  candidates: readonly DuplicateCandidateView[];
  checking: boolean;
  failed: boolean;
  asked: boolean;
} {
  const input = duplicateCheckInput(form);
  const [key] = useDebouncedValue(input ? JSON.stringify(input) : '', DUPLICATE_DEBOUNCE_MS);
  const variables = useMemo(() => (key ? { input: JSON.parse(key) as NonNullable<ReturnType<typeof duplicateCheckInput>> } : null), [key]);
  const { data, previousData, loading, error } = useQuery(PossibleDuplicatesQuery, {
    variables: variables ?? { input: {} },
    skip: !variables,
    fetchPolicy: 'network-only',
  });
  const pending = Boolean(input) && JSON.stringify(input) !== key;
  const result = data ?? (loading ? previousData : undefined);
  return {
    candidates: variables ? (result?.possibleDuplicates ?? []) : [],
    checking: pending || (Boolean(variables) && loading),
    failed: Boolean(variables) && Boolean(error) && !loading,
    asked: Boolean(variables),
  };
}
