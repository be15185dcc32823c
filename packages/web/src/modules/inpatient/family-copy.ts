import { hasKhmer } from '@pj/shared';

/**
 * The free-text passages of a discharge summary as the family's Khmer copy prints them: Khmer
 * text as written, and text with no Khmer letter marked "not translated into Khmer" (never
 * printed as if it were the family's language).
 */
export interface KhmerCopyPassage {
  text: string;
  untranslated: boolean;
}

/** A passage for the Khmer copy, or null when there is nothing to print. */
export function khmerCopyPassage(khmer: string | null | undefined, written: string | null | undefined): KhmerCopyPassage | null {
  if (khmer && khmer.trim()) return { text: khmer, untranslated: false };
  if (!written || !written.trim()) return null;
  return { text: written, untranslated: !hasKhmer(written) };
}
