import { useEffect, useState } from 'react';
import { ensureTranslation, hasTranslation } from './index';
import type { Language } from './languages';

/**
 * Whether a language's texts (for the pages in use) are loaded, loading them if not — for a page that shows another
 * language than the interface's (the family's Khmer copy of a discharge summary). `failed` when
 * the download did not work (offline).
 */
export function useTranslationResources(language: Language): 'ready' | 'loading' | 'failed' {
  const loaded = () => hasTranslation(language);
  const [state, setState] = useState<'ready' | 'loading' | 'failed'>(loaded() ? 'ready' : 'loading');
  useEffect(() => {
    if (loaded()) {
      setState('ready');
      return;
    }
    let live = true;
    setState('loading');
    ensureTranslation(language).then(
      () => live && setState('ready'),
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, [language]); // `loaded` reads only `language`
  return state;
}
