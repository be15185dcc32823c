import type { Page } from 'playwright-core';

/**
 * Latin-script words a Khmer or Japanese page may show whatever its data: units, codes and
 * abbreviations the hospital writes the same in every language.
 */
export const ALLOWED_LATIN = new Set([
  // units
  'mg', 'g', 'kg', 'ml', 'mL', 'l', 'cm', 'm', 'mm', 'min', 'h', 'd', 'iu', 'IU', 'mcg',
  // codes and classifications
  'MRN', 'WHO', 'ASA', 'NCEPOD', 'CTCAE', 'CPA', 'SIOP', 'TNM', 'NGO', 'API', 'IP', 'ID', 'BSA',
  'CR', 'VGPR', 'PR', 'SD', 'PD', 'STAT', 'SSI', 'IE', 'IIE', 'IIIE', 'IVE', 'VE', 'I', 'II', 'III', 'IV', 'V', 'VI',
  'IIIa', 'IIIb', 'IVa', 'IVb', 'Clavien', 'Dindo', 'Mosteller', 'Wilms', 'Toronto', 'v', 'D',
  // each language named in its own script in the language choice; keys named on the keyboard
  'English', 'Enter', 'Tab', 'Space', 'Esc',
]);

/** One Latin-script word found in the visible text, with the text around it. */
export interface EnglishWord {
  word: string;
  context: string;
}

/**
 * The Latin-script words of the visible text of `page` that are neither in `ALLOWED_LATIN` nor
 * in `allowed` (the data the page shows: patient and staff names, ward and theatre names,
 * provinces, drug names). Text inside `.mrn`, `code`, `kbd`, `[translate="no"]`,
 * `[data-latin-ok]` and `[lang="en"]` (marked as English on purpose) is skipped, and so is
 * anything hidden. Use it on a Khmer or Japanese page: an empty answer means no English there.
 */
export async function englishWordsOn(page: Page, allowed: Iterable<string> = []): Promise<EnglishWord[]> {
  const texts = await page.evaluate(() => {
    const SKIP = '.mrn, code, kbd, script, style, noscript, [translate="no"], [data-latin-ok], [lang="en"], option:not(:checked)';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || parent.closest(SKIP)) continue;
      if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) {
        // Visually hidden text (screen-reader labels) is read out: check it too.
        if (!parent.closest('.mantine-VisuallyHidden-root, [class*="VisuallyHidden"]')) continue;
      }
      out.push(text);
    }
    const title = document.title.trim();
    if (title) out.push(title);
    return out;
  });
  const allow = new Set(
    [...ALLOWED_LATIN, ...[...allowed].flatMap((value) => value.split(/[^A-Za-z'’-]+/))].filter(Boolean).map((w) => w.toLowerCase()),
  );
  const found: EnglishWord[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(/[A-Za-z][A-Za-z'’-]*/g)) {
      const word = match[0].replace(/['’-]+$/, '');
      if (allow.has(word.toLowerCase())) continue;
      // Codes: MRNs, beds, theatres and identifiers mix letters with digits (B-04, PJ-2026-0001, D1).
      if (/\d/.test(text.slice(Math.max(0, match.index - 1), match.index + match[0].length + 1)) && word.length <= 3) continue;
      found.push({ word, context: text.length > 80 ? `${text.slice(0, 80)}…` : text });
    }
  }
  return found;
}
