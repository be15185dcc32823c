import { REFUSAL_DETAILS, REFUSALS } from '@pj/shared';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import ja from './ja.json';
import km from './km.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a resource tree as a dotted path with its value. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [p, v] of leaves(value, path)) out.set(p, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const LANGS = { en: leaves(en), km: leaves(km), ja: leaves(ja) } as const;
const enLeaves = LANGS.en;
const kmLeaves = LANGS.km;
const jaLeaves = LANGS.ja;
const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

describe('translation resources', () => {
  it.each(['km', 'ja'] as const)('English and %s have exactly the same keys', (lang) => {
    const other = LANGS[lang];
    const onlyEn = [...enLeaves.keys()].filter((k) => !other.has(k));
    const onlyOther = [...other.keys()].filter((k) => !enLeaves.has(k));
    expect({ onlyEn, onlyOther }).toEqual({ onlyEn: [], onlyOther: [] });
  });

  it('has no empty or non-string values', () => {
    for (const [lang, map] of Object.entries(LANGS)) {
      const bad = [...map].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(bad.map(([k]) => `${lang}:${k}`)).toEqual([]);
    }
  });

  it.each(['km', 'ja'] as const)('uses the same interpolation placeholders in English and %s', (lang) => {
    const other = LANGS[lang];
    const mismatched = [...enLeaves]
      .filter(([k, v]) => {
        const o = other.get(k);
        return typeof v === 'string' && typeof o === 'string' && placeholders(v).join() !== placeholders(o).join();
      })
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('writes the Khmer resources in Khmer script', () => {
    const latinOnly = [...kmLeaves]
      .filter(([, v]) => typeof v === 'string')
      .filter(([, v]) => {
        const text = String(v).replace(/\{\{\s*\w+\s*\}\}/g, '').replace(/\$t\([^)]*\)/g, '');
        return /[A-Za-z]/.test(text) && !/[\u1780-\u17FF]/.test(text);
      })
      .map(([k]) => k);
    // Codes the hospital writes the same in every language.
    expect(latinOnly.filter((k) => !/^enums\.(CpaGrade|AsaClass|StageScheme)\./.test(k) && k !== 'enums.ReferralSourceType.NGO')).toEqual([]);
  });

  it('writes the Japanese resources in Japanese script', () => {
    const latinOnly = [...jaLeaves]
      .filter(([, v]) => typeof v === 'string')
      .filter(([, v]) => {
        const text = String(v).replace(/\{\{\s*\w+\s*\}\}/g, '').replace(/\$t\([^)]*\)/g, '');
        return /[A-Za-z]/.test(text) && !/[\u3040-\u30FF\u4E00-\u9FFF]/.test(text);
      })
      .map(([k]) => k);
    expect(latinOnly.filter((k) => !/^enums\.(CpaGrade|AsaClass|StageScheme)\./.test(k) && !['enums.ReferralSourceType.NGO', 'patient.mrn', 'patients.columns.mrn'].includes(k) && !k.startsWith('oncology.calendar.day'))).toEqual([]);
  });

  it('writes numbers in Latin digits in every language (no Khmer digits beside Latin ones)', () => {
    const khmerDigits = [...kmLeaves].filter(([, v]) => /[\u17E0-\u17E9]/.test(String(v))).map(([k]) => k);
    expect(khmerDigits).toEqual([]);
  });
});

describe('server refusals', () => {
  const reasons = Object.keys(REFUSALS) as (keyof typeof REFUSALS)[];

  it.each(['en', 'km', 'ja'] as const)('every reason the server can give has a sentence in %s', (lang) => {
    const map = LANGS[lang];
    const missing = reasons.filter((r) => typeof map.get(`serverErrors.${r}`) !== 'string');
    const missingDetail = Object.keys(REFUSAL_DETAILS).filter((r) => typeof map.get(`serverErrors.${r}_detail`) !== 'string');
    expect({ missing, missingDetail }).toEqual({ missing: [], missingDetail: [] });
  });

  it('uses only the params every refusal of that reason carries', () => {
    const wrong: string[] = [];
    for (const [lang, map] of Object.entries(LANGS)) {
      for (const reason of reasons) {
        const allowed = new Set<string>(REFUSALS[reason]);
        const value = map.get(`serverErrors.${reason}`);
        const text = typeof value === 'string' ? value : '';
        for (const p of placeholders(text)) if (!allowed.has(p)) wrong.push(`${lang}:${reason}:${p}`);
      }
      for (const [reason, params] of Object.entries(REFUSAL_DETAILS)) {
        const allowed = new Set<string>([...params, ...((REFUSALS as Record<string, readonly string[] | undefined>)[reason] ?? [])]);
        const value = map.get(`serverErrors.${reason}_detail`);
        const text = typeof value === 'string' ? value : '';
        for (const p of placeholders(text)) if (!allowed.has(p)) wrong.push(`${lang}:${reason}_detail:${p}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no sentence for a reason the server cannot give', () => {
    const known = new Set<string>([...Object.keys(REFUSALS), ...Object.keys(REFUSAL_DETAILS).map((r) => `${r}_detail`)]);
    const extra = Object.keys(en.serverErrors).filter((k) => !known.has(k));
    expect(extra).toEqual([]);
  });
});
