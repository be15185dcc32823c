import { describe, expect, it } from 'vitest';
import en from './en.json';
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

const enLeaves = leaves(en);
const kmLeaves = leaves(km);
const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

describe('translation resources', () => {
  it('English and Khmer have exactly the same keys', () => {
    const onlyEn = [...enLeaves.keys()].filter((k) => !kmLeaves.has(k));
    const onlyKm = [...kmLeaves.keys()].filter((k) => !enLeaves.has(k));
    expect({ onlyEn, onlyKm }).toEqual({ onlyEn: [], onlyKm: [] });
  });

  it('has no empty or non-string values', () => {
    for (const [lang, map] of [['en', enLeaves], ['km', kmLeaves]] as const) {
      const bad = [...map].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(bad.map(([k]) => `${lang}:${k}`)).toEqual([]);
    }
  });

  it('uses the same interpolation placeholders in both languages', () => {
    const mismatched = [...enLeaves]
      .filter(([k, v]) => {
        const other = kmLeaves.get(k);
        return typeof v === 'string' && typeof other === 'string'
          && placeholders(v).join() !== placeholders(other).join();
      })
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it('writes the Khmer resources in Khmer script', () => {
    // Values that may legitimately stay Latin: symbols-only strings and "English" itself.
    const latinOnly = [...kmLeaves]
      .filter(([, v]) => typeof v === 'string')
      .filter(([, v]) => {
        const text = String(v).replace(/\{\{\s*\w+\s*\}\}/g, '');
        return /[A-Za-z]/.test(text) && !/[\u1780-\u17FF]/.test(text);
      })
      .map(([k]) => k);
    expect(latinOnly).toEqual(['app.language.switchTo']);
  });
});
