import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromParams, paramsWithFilters, type ReferralFilters } from '../filters';

const DEBOUNCE_MS = 300;

function serialize(filters: ReferralFilters): string {
  return paramsWithFilters(new URLSearchParams(), filters).toString();
}

/**
 * The worklist's tab, filters and sort, mirrored in the address so a view can be shared,
 * bookmarked and restored with Back; other parameters (the open referral) are left alone.
 * The free-text box applies after a pause in typing. As in `useAuditFilters`, the filters the
 * query uses are component state, so a router transition never shows old and new at once.
 */
export function useReferralFilters(): {
  filters: ReferralFilters;
  setFilters: (patch: Partial<ReferralFilters>) => void;
  textInput: string;
  setTextInput: (value: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const fromUrl = filtersFromParams(params);
  const urlKey = serialize(fromUrl);
  const [filters, setFiltersState] = useState(fromUrl);
  const [textInput, setTextInput] = useState(fromUrl.text);
  const [debounced] = useDebouncedValue(textInput, DEBOUNCE_MS);
  const written = useRef(urlKey);

  const setFilters = useCallback((patch: Partial<ReferralFilters>) => {
    if (patch.text !== undefined) setTextInput(patch.text);
    setFiltersState((current) => ({ ...current, ...patch }));
  }, []);

  useEffect(() => {
    const text = debounced.trim();
    setFiltersState((current) => (current.text === text ? current : { ...current, text }));
  }, [debounced]);

  useEffect(() => {
    const key = serialize(filters);
    if (key === written.current) return;
    written.current = key;
    setParams((prev) => paramsWithFilters(prev, filters), { replace: true });
  }, [filters, setParams]);

  useEffect(() => {
    if (urlKey === written.current) return;
    written.current = urlKey;
    const next = filtersFromParams(new URLSearchParams(urlKey));
    setFiltersState(next);
    setTextInput(next.text);
  }, [urlKey]);

  return { filters, setFilters, textInput, setTextInput };
}
