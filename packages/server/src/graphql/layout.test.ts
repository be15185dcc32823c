import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('where things are declared', () => {
  it('is the only place loaders are made: DataLoader is used by loader-factory.ts alone', () => {
    const users = sources(src)
      .filter((path) => /^import (?!type )[^;]*from 'dataloader'|new DataLoader\b/m.test(readFileSync(path, 'utf8')))
      .map((path) => relative(src, path));
    expect(users).toEqual(['graphql/loader-factory.ts']);
  });

  it('resolver files hold resolvers: GraphQL object, input and connection types live in *.types.ts and *.input.ts', () => {
    const declaring = sources(src)
      .filter((path) => path.endsWith('.resolver.ts'))
      .filter((path) => /^@(ObjectType|InputType|InterfaceType)\(|= Connection\(|createUnionType\(|registerEnumType\(/m.test(readFileSync(path, 'utf8')))
      .map((path) => relative(src, path));
    expect(declaring).toEqual([]);
  });

  it('keeps the persistence layer apart: persistence/ imports no domain, no GraphQL and no start-up code (db/)', () => {
    const reaching = sources(join(src, 'persistence')).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/from '(\.[^']+)'/g)]
        .map((m) => relative(src, join(path, '..', m[1])))
        .filter((target) => !target.startsWith('persistence/'))
        .map((target) => `${relative(src, path)} -> ${target}`),
    );
    expect(reaching).toEqual([]);
  });

  it('keeps start-up apart: nothing outside db/, main.ts and the command-line scripts imports from db/', () => {
    const allowed = new Set(['main.ts', 'auth/create-user.ts', 'auth/create-token.ts']);
    const reaching = sources(src)
      .filter((path) => !relative(src, path).startsWith('db/') && !allowed.has(relative(src, path)))
      .filter((path) => /from '(\.\.?\/)+db\//.test(readFileSync(path, 'utf8')))
      .map((path) => relative(src, path));
    expect(reaching).toEqual([]);
  });
});
