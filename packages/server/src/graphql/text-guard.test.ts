import { GraphQLError, parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { textGuardPlugin } from './text-guard.js';

/** Runs the guard's check as Apollo would for one request of `document`. */
async function guard(document: DocumentNode, variables?: Record<string, unknown>): Promise<void> {
  const listeners = await textGuardPlugin().requestDidStart!({} as never);
  await listeners!.didResolveOperation!({ document, request: { variables } } as never);
}

describe('text guard', () => {
  const search = parse('query S($q: String!) { patients(search: $q, first: 5) { edges { node { id } } } }');

  it('checks the variables of every request, also of a document it has already seen', async () => {
    await guard(search, { q: 'sokha' });
    await guard(search, { q: 'sokha' });
    const refused = guard(search, { q: 'so\u0000kha' });
    await expect(refused).rejects.toBeInstanceOf(GraphQLError);
    await expect(refused).rejects.toMatchObject({ extensions: { http: { status: 400 } } });
    await expect(refused).rejects.toThrow(/search/);
  });

  it('names the input field a nested variable sits in', async () => {
    const document = parse('mutation R($g: GuardianInput) { registerPatient(input: { familyName: "Sok", guardian: $g }) { id } }');
    await expect(guard(document, { g: { name: 'ok' } })).resolves.toBeUndefined();
    await expect(guard(document, { g: { name: 'bad\uD800' } })).rejects.toThrow(/guardian\.name/);
  });

  it('refuses a document whose own text holds a NUL every time it is sent', async () => {
    const document = parse('{ patients(search: "a\\u0000b", first: 5) { edges { node { id } } } }');
    await expect(guard(document)).rejects.toThrow(/search/);
    await expect(guard(document)).rejects.toThrow(/search/);
  });
});
