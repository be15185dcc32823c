// The schema linter: what `schema/schema.graphql` (emitted from the server's code by `pnpm schema`)
// must satisfy. Used by `eslint.config.js` (so `pnpm lint` runs it) and by
// `tests/scenarios/schema-lint.test.ts` (so `pnpm test` runs it and names every problem).
import { fileURLToPath } from 'node:url';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

// The released schema (schema/released.graphql) is history: what the last release served, as it was.
export const schemaFiles = ['schema/schema.graphql'];

export const schemaLintConfig = {
  files: schemaFiles,
  languageOptions: {
    parser: graphqlPlugin.parser,
    // The schema-aware rules (unreachable types, known type names) read the schema itself.
    parserOptions: { graphQLConfig: { schema: fileURLToPath(new URL('./schema.graphql', import.meta.url)) } },
  },
  plugins: { '@graphql-eslint': graphqlPlugin },
  rules: {
    ...graphqlPlugin.configs['flat/schema-recommended'].rules,
    // Every type, field, argument, input field, enum value and root field says what it means.
    '@graphql-eslint/require-description': [
      'error',
      {
        types: true,
        rootField: true,
        FieldDefinition: true,
        InputValueDefinition: true,
        EnumValueDefinition: true,
        DirectiveDefinition: true,
      },
    ],
    // Off: connections, edges, payloads, report rows and parts kept inside a record (a guardian,
    // a protocol's dose, a checklist answer) are values, not records, and have no identity of
    // their own. Records implement `Node` and carry a global `id`.
    '@graphql-eslint/strict-id-in-types': 'off',
    // Off: `Discharge.dischargedAt` and `User.username` are the words the hospital uses, and
    // renaming published fields would break clients for no gain in meaning.
    '@graphql-eslint/no-typename-prefix': 'off',
  },
};
