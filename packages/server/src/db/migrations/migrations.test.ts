import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrations } from './index.js';

/** `20261125060000-follow-up.ts` → `Migration20261125060000FollowUp`. */
const nameOf = (file: string): string => {
  const [, stamp, words] = /^(\d{14})-(.+)\.ts$/.exec(file)!;
  return `Migration${stamp}${words.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`;
};

const files = readdirSync(new URL('.', import.meta.url)).filter((file) => /^\d{14}-.+\.ts$/.test(file) && !file.includes('.test.'));
const stampOf = (name: string): string => /^Migration(\d{14})/.exec(name)?.[1] ?? '';

describe('the list of migrations', () => {
  it('names every migration file of the folder, each once, by its class', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.name).sort()).toEqual(files.map(nameOf).sort());
    for (const migration of migrations) expect(migration.class.name).toBe(migration.name);
  });

  it('is in the order of the timestamps in the names', () => {
    const stamps = migrations.map((m) => stampOf(m.name));
    expect(stamps.every((stamp) => stamp !== '')).toBe(true);
    expect(stamps).toEqual([...stamps].sort());
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});
