import type { Linter } from 'eslint';

export declare const schemaFiles: string[];
export declare const schemaLintConfig: Linter.Config;
