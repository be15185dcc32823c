import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromParams, paramsWithFilters, type AuditFilters } from '../filters';

const DEBOUNCE_MS = 300;

/** The filters as the address would spell them, for comparing. */
function serialize(filters: AuditFilters): string {
  return paramsWithFilters(new URLSearchParams(), filters).toString();
}

/**
 * The audit log's filters, mirrored in the address (`?user=&action=&from=&to=&patient=`) so a
 * view can be shared, bookmarked and restored with Back. The username box is typed into freely
 * and applies after a pause (or at once with `commitUsername`).
 *
 * The filters the query uses are component state, not the address itself: React Router applies
 * address changes in a transition, and a query keyed on the address would see old and new
 * filters in alternating renders and start a request for each (see `useSearchTerm`).
 */
export function useAuditFilters(): {
  filters: AuditFilters;
  setFilters: (patch: Partial<AuditFilters>) => void;
  usernameInput: string;
  setUsernameInput: (value: string) => void;
  commitUsername: (value: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const fromUrl = filtersFromParams(params);
  const urlKey = serialize(fromUrl);
  const [filters, setFiltersState] = useState(fromUrl);
  const [usernameInput, setUsernameInput] = useState(fromUrl.username);
  const [debounced] = useDebouncedValue(usernameInput, DEBOUNCE_MS);
  // The filters this hook last wrote to (or read from) the address, to tell our own changes
  // from Back, Forward and links.
  const written = useRef(urlKey);

  const setFilters = useCallback((patch: Partial<AuditFilters>) => {
    if (patch.username !== undefined) setUsernameInput(patch.username);
    setFiltersState((current) => ({ ...current, ...patch }));
  }, []);

  // A pause in typing → the filters.
  useEffect(() => {
    const username = debounced.trim();
    setFiltersState((current) => (current.username === username ? current : { ...current, username }));
  }, [debounced]);

  // Filters → address, replacing the entry so typing does not fill the history.
  useEffect(() => {
    const key = serialize(filters);
    if (key === written.current) return;
    written.current = key;
    setParams(paramsWithFilters(new URLSearchParams(), filters), { replace: true });
  }, [filters, setParams]);

  // The address changed from outside: adopt its filters. (Keyed on the address only.)
  useEffect(() => {
    if (urlKey === written.current) return;
    written.current = urlKey;
    const next = filtersFromParams(new URLSearchParams(urlKey));
    setFiltersState(next);
    setUsernameInput(next.username);
  }, [urlKey]);

  const commitUsername = (value: string) => setFilters({ username: value.trim() });

  return { filters, setFilters, usernameInput, setUsernameInput, commitUsername };
}
