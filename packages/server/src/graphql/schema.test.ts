import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSortedSchema, SCHEMA_FILE } from './emit-schema.js';
import { createSchema } from './schema.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `pnpm schema` after changing the API)', async () => {
    const fromCode = printSortedSchema(await createSchema());
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(fromCode);
  });

  it('describes every type and every query and mutation', async () => {
    const schema = await createSchema();
    const builtIn = ['String', 'Int', 'Boolean', 'ID', 'Float', 'Query', 'Mutation', 'Subscription'];
    const undocumentedTypes = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith('__') && !builtIn.includes(type.name) && !type.description)
      .map((type) => type.name);
    const rootFields = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!].flatMap((root) => Object.values(root.getFields()));
    const undocumentedFields = rootFields.filter((field) => !field.description).map((field) => field.name);
    expect(undocumentedTypes).toEqual([]);
    expect(undocumentedFields).toEqual([]);
  });
});
