import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WEB = fileURLToPath(new URL('../../packages/web/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(`${dir}${entry.name}/`) : /\.tsx?$/.test(entry.name) ? [`${dir}${entry.name}`] : [],
  );
}

/**
 * The app imports Mantine's styles component by component (app/styles.ts) to keep its CSS small.
 * A component used without its stylesheet renders broken (a stepper's check icon fills the
 * screen, a progress bar is invisible), so every Mantine component the code imports that has a
 * stylesheet must have it imported.
 */
describe('Mantine component styles', () => {
  it('imports the stylesheet of every Mantine component the app uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(`${WEB}src/`)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'@mantine\/core'/g)) {
        for (const name of match[1].split(',')) {
          const clean = name.replace(/\btype\b/, '').split(' as ')[0].trim();
          if (clean) used.add(clean);
        }
      }
    }
    const stylesheets = new Set(
      readdirSync(`${WEB}node_modules/@mantine/core/styles/`).filter((f) => f.endsWith('.css')).map((f) => f.slice(0, -4)),
    );
    const imported = new Set([...readFileSync(`${WEB}src/app/styles.ts`, 'utf8').matchAll(/styles\/(\w+)\.css/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((name) => stylesheets.has(name) && !imported.has(name)).sort()).toEqual([]);
  });
});
