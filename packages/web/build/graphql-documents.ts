import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

/**
 * Each module's `graphql(`…`)` calls become imports of that one document, at build time: a
 * module of its own holding the document as `src/generated/graphql.ts` has it (hash included).
 *
 * The codegen client preset's `graphql()` looks a document up in one map of every operation of
 * the app (`src/generated/gql.ts`), so every page's first download carried all of them (about
 * 21 KB gzipped, and growing with each new screen). The preset's answer is its Babel plugin
 * (`@graphql-codegen/client-preset/babel`), but @vitejs/plugin-react 6 no longer runs Babel, so
 * this does the same rewrite in a plain transform: the map is then unused and dropped, and each
 * document lands in the chunk of the pages that use it. Development and tests keep the
 * map (same documents, same hashes); the rewrite only changes what is bundled.
 */

const GENERATED = fileURLToPath(new URL('../src/generated/graphql.ts', import.meta.url));
const SOURCE = /\/src\/(?!generated\/).*\.tsx?$/;
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/** The generated export for a document: as the preset names it (operation name + `Document`, fragment name + `FragmentDoc`). */
function exportNameOf(text: string, file: string): string {
  const [first] = parse(text).definitions;
  if ((first?.kind !== 'OperationDefinition' && first?.kind !== 'FragmentDefinition') || !first.name) {
    throw new Error(`${file}: a graphql() document must start with a named operation or fragment`);
  }
  const name = first.name.value[0].toUpperCase() + first.name.value.slice(1);
  return first.kind === 'OperationDefinition' ? `${name}Document` : `${name}FragmentDoc`;
}

/** Each generated document's JSON by export name, from `src/generated/graphql.ts`. */
function generatedDocuments(): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [, name, json] of readFileSync(GENERATED, 'utf8').matchAll(/^export const (\w+) = (\{(?:"__meta__":\{[^}]*\},)?"kind":"Document".*\}) as unknown as /gm)) {
    documents.set(name, json);
  }
  return documents;
}

const VIRTUAL = '\0pj-graphql-document:';

export function graphqlDocuments(): Plugin {
  let documents: Map<string, string>;
  return {
    name: 'pj-graphql-documents',
    apply: 'build',
    buildStart() {
      documents = generatedDocuments();
    },
    // One module per document: the generated module holds them all, and a bundler places a
    // module in one chunk, so importing from it would put every document any page uses into one
    // chunk that every page loads.
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? id : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const name = id.slice(VIRTUAL.length);
      return `export const ${name} = ${documents.get(name)};`;
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!SOURCE.test(file)) return null;
      const names = new Set<string>();
      const rewritten = code.replace(CALL, (call, text: string) => {
        if (text.includes('${')) throw new Error(`${file}: a graphql() document cannot interpolate; spread a fragment instead`);
        const name = exportNameOf(text, file);
        // A name the generated module lacks means codegen is stale: fail the build, never ship a lookup that answers `{}`.
        if (!documents.has(name)) throw new Error(`${file}: ${name} is not in src/generated/graphql.ts (run \`pnpm schema\`)`);
        names.add(name);
        // As many line breaks as the call had, so every later line keeps its number in the source map.
        return name + '\n'.repeat(call.split('\n').length - 1);
      });
      // No call: CALL is the one test of what a call looks like (a second test spelled differently could skip a file with calls CALL matches).
      if (names.size === 0) return null;
      const imports = [...names].map((name) => `import { ${name} } from ${JSON.stringify(VIRTUAL + name)};`).join(' ');
      // The imports join the first line, so the source map stays true line by line.
      return { code: `${imports} ${rewritten}`, map: null };
    },
  };
}
