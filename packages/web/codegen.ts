import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed SDL (never a running server), so codegen is reproducible offline.
const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        fragmentMasking: false,
        // Trusted documents: every operation's hash (sha256 of the printed document) is embedded
        // as `__meta__.hash` and the hash → document manifest is written to
        // `persisted-documents.json`, which the server loads (graphql/trusted-documents.ts).
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          // dhis2DataValueSet: a DHIS2 dataValueSet, passed through as it is (downloaded as a file).
          JSON: 'unknown',
        },
      },
    },
    // Apollo's cache needs the interface → implementations map to match `... on X` spreads.
    'src/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: {
        useExplicitTyping: true,
      },
    },
  },
};

export default config;
