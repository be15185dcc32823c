import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

const DEBOUNCE_MS = 300;

export interface UrlFiltersOptions<F, K extends keyof F> {
  /** Reads the filters from the address. */
  fromParams: (params: URLSearchParams) => F;
  /** Writes the filters into `base` (a copy of the address's parameters, or empty) and returns it. */
  toParams: (base: URLSearchParams, filters: F) => URLSearchParams;
  /** The free-text filter, typed into freely and applied after a pause in typing. */
  textKey: K;
  /** Leave the address's other parameters (e.g. an open drawer) alone. */
  keepOtherParams?: boolean;
}

/**
 * Filters mirrored in the address, so a view can be shared, bookmarked and restored with Back.
 *
 * The filters a query uses are component state, not the address itself: React Router applies
 * address changes in a transition, and a query keyed on the address would see old and new
 * filters in alternating renders and start a request for each (see `useSearchTerm`).
 */
export function useUrlFilters<F extends Record<K, string>, K extends keyof F>({
  fromParams,
  toParams,
  textKey,
  keepOtherParams = false,
}: UrlFiltersOptions<F, K>): {
  filters: F;
  setFilters: (patch: Partial<F>) => void;
  textInput: string;
  setTextInput: (value: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const serialize = (filters: F): string => toParams(new URLSearchParams(), filters).toString();
  const fromUrl = fromParams(params);
  const urlKey = serialize(fromUrl);
  const [filters, setFiltersState] = useState(fromUrl);
  const [textInput, setTextInput] = useState<string>(fromUrl[textKey]);
  const [debounced] = useDebouncedValue(textInput, DEBOUNCE_MS);
  // The filters this hook last wrote to (or read from) the address, to tell our own changes
  // from Back, Forward and links.
  const written = useRef(urlKey);

  const setFilters = useCallback(
    (patch: Partial<F>) => {
      const text = patch[textKey];
      if (text !== undefined) setTextInput(text);
      setFiltersState((current) => ({ ...current, ...patch }));
    },
    [textKey],
  );

  // A pause in typing → the filters.
  useEffect(() => {
    const text = debounced.trim();
    setFiltersState((current) => (current[textKey] === text ? current : { ...current, [textKey]: text }));
  }, [debounced, textKey]);

  // Filters → address, replacing the entry so typing does not fill the history.
  useEffect(() => {
    const key = toParams(new URLSearchParams(), filters).toString();
    if (key === written.current) return;
    written.current = key;
    setParams((previous) => toParams(keepOtherParams ? previous : new URLSearchParams(), filters), { replace: true });
  }, [filters, setParams, toParams, keepOtherParams]);

  // The address changed from outside: adopt its filters. (Keyed on the address only: the
  // functions are module-level and stable.)
  useEffect(() => {
    if (urlKey === written.current) return;
    written.current = urlKey;
    const next = fromParams(new URLSearchParams(urlKey));
    setFiltersState(next);
    setTextInput(next[textKey]);
  }, [urlKey]);

  return { filters, setFilters, textInput, setTextInput };
}
