import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { createSchema } from './schema.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../../../schema/schema.graphql', import.meta.url));

/** The SDL as committed: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, printSortedSchema(await createSchema()));
  console.log(`Wrote ${SCHEMA_FILE}`);
}
