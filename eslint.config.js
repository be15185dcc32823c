import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { schemaFiles, schemaLintConfig } from './schema/schema-lint.config.js';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'packages/web/src/generated/**', 'docs/examples/*/src/generated/**', '.data/**', 'schema/released.graphql', '**/*.config.*', 'eslint.config.js', 'scripts/**/*.d.mts', 'packages/bench/src/*.d.mts'],
  },
  // JavaScript and TypeScript rules; the GraphQL schema has its own linter (last block).
  { ...js.configs.recommended, ignores: schemaFiles },
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, ignores: schemaFiles })),
  {
    ignores: schemaFiles,
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Decorated entity and GraphQL classes are declared for their metadata.
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-control-regex': 'off',
      // MikroORM's `Opt` brand (enum & Opt) hides the enum from this rule: every comparison
      // of an entity's status would be a false positive.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // Plain Node scripts: no TypeScript project, no type-aware rules.
    files: ['scripts/**/*.mjs', 'packages/bench/src/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { projectService: false }, globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
  schemaLintConfig,
);
