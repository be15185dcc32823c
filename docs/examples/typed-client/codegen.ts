import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema (schema/schema.graphql), not from a running server.
const config: CodegenConfig = {
  schema: '../../../schema/schema.graphql',
  documents: ['src/**/*.ts', '!src/generated/**'],
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      config: {
        // Node's ES modules need the `.js` extension on relative imports.
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', LocalDate: 'string' },
      },
    },
  },
};

export default config;
