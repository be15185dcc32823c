import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

export const SEARCH_PARAM = 'q';
const DEBOUNCE_MS = 250;

/**
 * The patient search term, mirrored in the URL (`?q=`) so a search can be shared, bookmarked
 * and restored with Back.
 *
 * The term the query uses is component state, not the URL itself: React Router applies URL
 * changes in a transition, and a query keyed on the URL would see the old and new term in
 * alternating renders (urgent vs. transition) and start a request for each switch.
 */
export function useSearchTerm(): {
  input: string;
  setInput: (value: string) => void;
  /** The trimmed term the results are for. */
  term: string;
  /** True while the user has typed something not yet searched. */
  pending: boolean;
  /** Search for `value` now, skipping the debounce (Enter, clear, Escape). */
  commit: (value: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const urlTerm = (params.get(SEARCH_PARAM) ?? '').trim();
  const [input, setInputState] = useState(urlTerm);
  const [term, setTerm] = useState(urlTerm);
  const [debounced] = useDebouncedValue(input, DEBOUNCE_MS);
  // The last term this hook wrote to the URL, to tell our own URL changes from Back/links.
  const written = useRef(urlTerm);

  // Debounced typing → term. (Keyed on the debounced text only.)
  useEffect(() => {
    setTerm(debounced.trim());
  }, [debounced]);

  // Term → URL, replacing the entry so typing does not fill the history.
  useEffect(() => {
    if (term === written.current) return;
    written.current = term;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (term) next.set(SEARCH_PARAM, term);
        else next.delete(SEARCH_PARAM);
        return next;
      },
      { replace: true },
    );
  }, [term, setParams]);

  // URL changed from outside (Back, Forward, a link): adopt its term. (Keyed on the URL only.)
  useEffect(() => {
    if (urlTerm === written.current) return;
    written.current = urlTerm;
    setInputState(urlTerm);
    setTerm(urlTerm);
  }, [urlTerm]);

  const commit = (value: string) => {
    setInputState(value);
    setTerm(value.trim());
  };

  return { input, setInput: setInputState, term, pending: input.trim() !== term, commit };
}
