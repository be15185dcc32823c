import { Kind, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../../packages/web/src/generated/graphql.js';
import { queryLimitRules } from '../../packages/server/src/graphql/limits.js';
import { createSchema } from '../../packages/server/src/graphql/schema.js';

/**
 * Every operation of the web app passes the depth and cost limits as the server counts them
 * (connections by `first`/`last`, plain lists by their declared bounds): a bound raised in
 * graphql/list-bounds.ts never makes a screen's own query refused.
 */
describe('the web app\'s operations within the query limits', () => {
  it('validates every operation of the web app against the limits', async () => {
    const schema = await createSchema();
    const documents = Object.entries(generated).filter(
      (entry): entry is [string, DocumentNode] =>
        typeof entry[1] === 'object' && entry[1] !== null && (entry[1] as DocumentNode).kind === Kind.DOCUMENT,
    );
    expect(documents.length).toBeGreaterThan(20);
    const refused = documents
      .map(([name, document]) => [name, validate(schema, document, queryLimitRules).map((e) => e.message)] as const)
      .filter(([, errors]) => errors.length > 0);
    expect(refused).toEqual([]);
  });
});
