import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PAGE_TEXT, pick, type TextGroup } from '../../../build/page-text';
import en from './en.json';

const SRC = fileURLToPath(new URL('../../', import.meta.url));
const SECTIONS = new Set(Object.keys(en));

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.split('?')[0]);
  for (const file of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** The translation keys a source file names (`'patient.title'`, or the start of `` `enums.Sex.${sex}` ``) and the files it imports. */
function scan(file: string, dynamic: boolean): { keys: string[]; imports: string[] } {
  const text = readFileSync(file, 'utf8');
  const imports = [...text.matchAll(dynamic ? /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g : /(?:from|^import)\s+['"]([^'"]+)['"]/gm)]
    .map((m) => resolveImport(file, m[1]))
    .filter((f): f is string => f !== null && !f.endsWith('.json'));
  const keys = [...text.matchAll(/['"`]([a-zA-Z0-9]+)((?:\.[\w]+)*)(\.\$\{)?/g)]
    .filter((m) => SECTIONS.has(m[1]) && (m[2] || m[3]))
    .map((m) => `${m[1]}${m[2]}`);
  return { keys, imports };
}

/** Every key named by a module and what it imports (following lazy imports too unless `staticOnly`), outside `router.tsx`. */
function keysOf(entry: string, staticOnly = false): Map<string, string> {
  // The router is not a page's text: each page is checked on its own. Nor are the modules that
  // load with a text group of their own (app/ui/LazyCodePicker.tsx), checked against it below.
  const seen = new Set<string>([join(SRC, 'app/router.tsx'), ...(entry === 'app/ui/CodePicker.tsx' ? [] : [join(SRC, 'app/ui/CodePicker.tsx')])]);
  const keys = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file) || !file.startsWith(SRC)) return;
    seen.add(file);
    const { keys: named, imports } = scan(file, !staticOnly);
    for (const key of named) keys.set(key, file.slice(SRC.length));
    imports.forEach(visit);
  };
  visit(join(SRC, entry));
  return keys;
}

/** The keys none of the groups' parts hold (a part `enums.Role` holds `enums.Role.X`, not `enums.${kind}`). */
function uncovered(keys: Map<string, string>, groups: TextGroup[]): string[] {
  const parts: string[] = groups.flatMap((g) => [...PAGE_TEXT[g]]);
  return [...keys]
    .filter(([key]) => !parts.some((part) => key === part || key.startsWith(`${part}.`)))
    .map(([key, file]) => `${key} (${file})`);
}

describe('page text groups', () => {
  it('put every section of the translation files in some group', () => {
    const parts = new Set(Object.values(PAGE_TEXT).flatMap((parts) => parts.map((p) => p.split('.')[0])));
    expect([...SECTIONS].filter((s) => !parts.has(s))).toEqual([]);
  });

  it('name only parts the translation files have', () => {
    for (const [group, parts] of Object.entries(PAGE_TEXT)) expect(() => pick(en, parts, group)).not.toThrow();
  });

  it('give the shell, the sign-in layout and the error pages their text in the bundled core', () => {
    for (const entry of ['app/Shell.tsx', 'app/AuthLayout.tsx', 'app/RouteErrorPage.tsx', 'app/NotFoundPage.tsx', 'app/RequirePermission.tsx']) {
      expect(uncovered(keysOf(entry, true), ['core'])).toEqual([]);
    }
    expect(uncovered(keysOf('app/UserMenu.tsx'), ['core', 'userMenu'])).toEqual([]);
    expect(uncovered(keysOf('app/ui/CodePicker.tsx'), ['core', 'data', 'codePicker'])).toEqual([]);
    expect(uncovered(keysOf('app/session/LockScreen.tsx'), ['core', 'data', 'lock'])).toEqual([]);
    expect(uncovered(keysOf('modules/home/HomePage.tsx'), ['core', 'home'])).toEqual([]);
  });

  it("load with each page all the text its modules use (router.tsx's lazyDataPage)", () => {
    const router = readFileSync(join(SRC, 'app/router.tsx'), 'utf8');
    const pages = [...router.matchAll(/lazyDataPage\('(\w+)',\s*\(\) =>\s*import\('\.\.\/([^']+)'\)/g)];
    expect(pages.length).toBeGreaterThan(25);
    const missing: string[] = [];
    for (const [, group, page] of pages) {
      expect(Object.keys(PAGE_TEXT)).toContain(group);
      for (const key of uncovered(keysOf(`${page}.tsx`), ['core', 'data', group as TextGroup])) missing.push(`${group}: ${key}`);
    }
    expect(missing).toEqual([]);
    // It reads every page's module graph from disk: seconds on a busy machine.
  }, 30_000);
});
