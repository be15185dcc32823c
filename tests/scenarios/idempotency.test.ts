import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../support/factories.js';
import { startHttpApp, TEST_PASSWORD, type GraphQLBody, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Mutations sent with an Idempotency-Key, over HTTP, as a client on a flaky ward connection
 * would send them: retries get the first response and never run the mutation twice, also
 * after a restart of the server; a key cannot be reused for another request; concurrent
 * retries of one key run it exactly once.
 */

const REGISTER = `mutation Register($input: RegisterPatientInput!) { registerPatient(input: $input) { id mrn familyName stage } }`;
const input = (familyName: string, overrides: Record<string, unknown> = {}) => ({
  // The same person is registered many times on purpose: confirm past the duplicate check.
  input: { familyName, givenName: 'Sophea', sex: 'FEMALE', birthDate: '1985-06-01', phones: ['012 345 678'], provinceCode: 3, confirmNotDuplicate: true, ...overrides },
});

interface Sent {
  status: number;
  replayed: boolean;
  text: string;
  body: GraphQLBody<{ registerPatient: { id: string; mrn: string } }>;
}

describe('idempotent mutations over HTTP', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let clerk: GraphQLClient;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  let replays = 0;

  async function send(client: GraphQLClient, key: string | null, variables: Record<string, unknown>, query = REGISTER): Promise<Sent> {
    const response = await client.post({ query, variables }, key === null ? {} : { 'idempotency-key': key });
    const text = await response.text();
    const replayed = response.headers.get('idempotent-replayed') === 'true';
    if (replayed) replays++;
    return { status: response.status, replayed, text, body: JSON.parse(text) as Sent['body'] };
  }

  async function rows(familyName: string): Promise<number> {
    const [row] = await db.orm.em.fork().getConnection().execute<{ n: number }[]>(
      `select count(*)::int as n from patient where family_name = ?`,
      [familyName],
    );
    return row.n;
  }

  async function records(): Promise<number> {
    const [row] = await db.orm.em.fork().getConnection().execute<{ n: number }[]>(`select count(*)::int as n from idempotency_record`);
    return row.n;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startHttpApp(db, { clock });
    clerk = await api.userWithRoles([Role.CLINICIAN], 'idempotent-clerk');
  });

  afterAll(async () => {
    console.info(`[idempotency] ${replays} retries answered from stored responses`);
    await api?.close();
    await db?.close();
  });

  it('runs a keyed mutation once; the retry gets the identical response, marked as replayed', async () => {
    const first = await send(clerk, 'register-1', input('Keyed'));
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(first.replayed).toBe(false);

    const retry = await send(clerk, 'register-1', input('Keyed'));
    expect(retry.status).toBe(200);
    expect(retry.replayed).toBe(true);
    expect(retry.text).toBe(first.text);
    // Variables in another key order are the same request.
    const reordered = await send(clerk, 'register-1', { input: Object.fromEntries(Object.entries(input('Keyed').input).reverse()) });
    expect(reordered.text).toBe(first.text);

    expect(await rows('Keyed')).toBe(1);
    // Without a key, the same request is a new registration (the key is what makes a retry).
    await send(clerk, null, input('Keyed'));
    expect(await rows('Keyed')).toBe(2);
  });

  it('still answers the retry from the database after the server restarts', async () => {
    const first = await send(clerk, 'register-restart', input('Restart'));
    expect(first.body.errors).toBeUndefined();

    await api.close();
    api = await startHttpApp(db, { clock });
    clerk = await api.signIn('idempotent-clerk', TEST_PASSWORD);

    const retry = await send(clerk, 'register-restart', input('Restart'));
    expect(retry.replayed).toBe(true);
    expect(retry.text).toBe(first.text);
    expect(await rows('Restart')).toBe(1);
  });

  it('refuses the same key for a different request with 409, CONFLICT, IDEMPOTENCY_KEY_REUSED', async () => {
    await send(clerk, 'register-reuse', input('Reuse'));
    for (const other of [
      () => send(clerk, 'register-reuse', input('Reuse', { givenName: 'Other' })),
      () => send(clerk, 'register-reuse', input('Reuse'), REGISTER.replace('stage', 'stage createdAt')),
    ]) {
      const refused = await other();
      expect(refused.status).toBe(409);
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors?.map((e) => e.extensions)).toEqual([{ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' }]);
    }
    expect(await rows('Reuse')).toBe(1);
  });

  it('keeps each user\'s keys apart', async () => {
    const nurse = await api.userWithRoles([Role.NURSE]);
    const mine = await send(clerk, 'shared-key', input('Scoped'));
    const theirs = await send(nurse, 'shared-key', input('Scoped'));
    expect(theirs.replayed).toBe(false);
    expect(theirs.body.data?.registerPatient.id).not.toBe(mine.body.data?.registerPatient.id);
    expect(await rows('Scoped')).toBe(2);
  });

  it('runs 10 concurrent requests with one new key exactly once; the others wait their turn with IDEMPOTENCY_KEY_IN_PROGRESS or get the stored response', async () => {
    const responses = await Promise.all(Array.from({ length: 10 }, () => send(clerk, 'register-burst', input('Burst'))));
    const ran = responses.filter((r) => r.status === 200 && !r.replayed);
    expect(ran).toHaveLength(1);
    for (const response of responses) {
      if (response.status === 200) {
        expect(response.text).toBe(ran[0].text);
      } else {
        expect(response.status).toBe(409);
        expect(response.body.errors?.map((e) => e.extensions)).toEqual([{ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_IN_PROGRESS' }]);
      }
    }
    expect(await rows('Burst')).toBe(1);
    const waited = responses.filter((r) => r.status === 409).length;
    console.info(`[idempotency] burst of 10: 1 ran, ${waited} told IN_PROGRESS, ${9 - waited} replayed`);
    // Every client that was told to retry gets the stored response.
    const retry = await send(clerk, 'register-burst', input('Burst'));
    expect(retry.replayed).toBe(true);
    expect(retry.text).toBe(ran[0].text);
    expect(await rows('Burst')).toBe(1);
  });

  it('tells a retry that arrives while the first request runs to come back (409, Retry-After), and takes over a claim abandoned for 5 minutes', async () => {
    const first = await send(clerk, 'register-stuck', input('Stuck'));
    expect(first.body.errors).toBeUndefined();
    // Make the stored record look like a request still running (claimed, not committed, no response yet).
    const sql = db.orm.em.fork().getConnection();
    await sql.execute(`update idempotency_record set response_status = null, response_body = null, committed_at = null, created_at = ? where key = 'register-stuck'`, [
      clock(),
    ]);

    const response = await clerk.post({ query: REGISTER, variables: input('Stuck') }, { 'idempotency-key': 'register-stuck' });
    expect(response.status).toBe(409);
    expect(response.headers.get('retry-after')).toBe('1');
    const body = (await response.json()) as GraphQLBody<unknown>;
    expect(body.errors?.map((e) => e.extensions)).toEqual([{ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_IN_PROGRESS' }]);
    expect(await rows('Stuck')).toBe(1);

    // A claim 6 minutes old belongs to a request that died: the retry runs.
    await sql.execute(`update idempotency_record set created_at = ? where key = 'register-stuck'`, [new Date(clock().getTime() - 6 * 60_000)]);
    const retry = await send(clerk, 'register-stuck', input('Stuck'));
    expect(retry.status).toBe(200);
    expect(retry.replayed).toBe(false);
    expect(await rows('Stuck')).toBe(2);
  });

  it('does not keep a mutation that failed and changed nothing: its retry runs again', async () => {
    const before = await records();
    const refused = await send(clerk, 'register-invalid', input('Invalid', { provinceCode: 99 }));
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await records()).toBe(before);
    const again = await send(clerk, 'register-invalid', input('Invalid', { provinceCode: 99 }));
    expect(again.replayed).toBe(false);
    // …so the client can correct the input and send it under the same key.
    const fixed = await send(clerk, 'register-invalid', input('Invalid'));
    expect(fixed.body.errors).toBeUndefined();
    expect(await rows('Invalid')).toBe(1);
  });

  it('refuses a malformed key with 400, BAD_USER_INPUT, INVALID_IDEMPOTENCY_KEY, and runs nothing', async () => {
    for (const key of ['', 'x'.repeat(201), 'tab\tinside', 'caf\u00e9']) {
      const refused = await send(clerk, key, input('BadKey'));
      expect(refused.status, JSON.stringify(key)).toBe(400);
      expect(refused.body.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'INVALID_IDEMPOTENCY_KEY', field: 'Idempotency-Key' }]);
    }
    expect(await rows('BadKey')).toBe(0);
    const longest = await send(clerk, `${'k'.repeat(199)}~`, input('LongKey'));
    expect(longest.body.errors).toBeUndefined();
  });

  it('ignores the key on queries, which change nothing', async () => {
    const before = await records();
    const query = await clerk.gql<{ provinces: unknown[] }>('{ provinces { code } }', undefined, { 'idempotency-key': 'a-query' });
    expect(query.errors).toBeUndefined();
    expect(await records()).toBe(before);
  });

  it('forgets a key after 24 hours', async () => {
    await send(clerk, 'register-old', input('Old'));
    clock.advance(25 * 60);
    const later = await send(clerk, 'register-old', input('Old', { givenName: 'Later' }));
    expect(later.status).toBe(200);
    expect(later.replayed).toBe(false);
    expect(await rows('Old')).toBe(2);
  });
});
