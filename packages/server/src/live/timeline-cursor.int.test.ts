import { graphql, parse, subscribe, type ExecutionResult, type GraphQLError, type GraphQLSchema } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { patientInput, serviceContext, testClock, testUser } from '../../../../tests/support/factories.js';
import { createContext } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { registerPatient } from '../patients/patient.service.js';
import { startLiveListener, type LiveListener } from './live-listener.js';
import { livePubSub } from './live-pubsub.js';
import { MAX_IN_PROGRESS } from './timeline-cursor.js';

/**
 * Resume cursors in commit order (timeline-cursor.ts), through the `patientTimeline`
 * subscription and the timeline's `liveCursor`, with the transactions that write events
 * driven by hand: an event whose key is smaller than one already delivered, because its
 * transaction commits later, is delivered once, live or on resume, and never skipped.
 */

const TIMELINE = parse(`subscription ($patientId: ID!, $after: String) {
  patientTimeline(patientId: $patientId, after: $after) { cursor event { id summary } }
}`);
const PAGE = `query ($id: ID!) { patient(id: $id) { journey(first: 50) { liveCursor edges { node { summary timelinePosition } } } } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Update {
  cursor: string;
  summary: string;
}

/** One subscription: what it has received, and how to end it (a client disconnecting). */
interface Subscriber {
  updates: Update[];
  errors: unknown[];
  stop(): Promise<void>;
}

describe('timeline resume cursors in commit order', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  let listener: LiveListener;
  let patientKey: string;
  let patientId: string;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const writers: pg.Client[] = [];

  /** A connection of its own that writes events, its transaction left open until `commit`. */
  async function writer(): Promise<{ insert(summary: string): Promise<string>; commit(): Promise<void> }> {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    writers.push(client);
    await client.query('begin');
    return {
      // A plain SQL insert, as any path that bypasses the services would write: `xid` comes from its default.
      async insert(summary) {
        const { rows } = await client.query<{ id: string; own: boolean }>(
          `insert into journey_event (patient_id, kind, occurred_at, summary) values ($1, 'PATIENT_REGISTERED', now(), $2)
           returning id::text, xid = pg_current_xact_id() as own`,
          [patientKey, summary],
        );
        expect(rows[0].own).toBe(true);
        return rows[0].id;
      },
      commit: async () => void (await client.query('commit')),
    };
  }

  async function until(what: string, condition: () => boolean): Promise<void> {
    for (const start = Date.now(); !condition(); await sleep(25)) {
      if (Date.now() - start > 15_000) throw new Error(`Timed out waiting for ${what}`);
    }
  }

  async function subscriber(after?: string): Promise<Subscriber> {
    const result = await subscribe({
      schema,
      document: TIMELINE,
      variableValues: { patientId, after },
      contextValue: createContext(db.orm.em, clock, { user: testUser() }),
    });
    const updates: Update[] = [];
    const errors: unknown[] = [];
    if (!(Symbol.asyncIterator in result)) {
      errors.push(...(result.errors ?? []));
      return { updates, errors, stop: () => Promise.resolve() };
    }
    const iterator = result as AsyncGenerator<ExecutionResult<{ patientTimeline: { cursor: string; event: { summary: string } } }>>;
    const running = (async () => {
      for await (const next of iterator) {
        if (next.errors) errors.push(...next.errors);
        else updates.push({ cursor: next.data!.patientTimeline.cursor, summary: next.data!.patientTimeline.event.summary });
      }
    })();
    return {
      updates,
      errors,
      stop: async () => {
        await iterator.return?.(undefined);
        await running;
      },
    };
  }

  /** What a new subscriber from `after` receives once it has caught up (and a moment more, to see nothing else comes). */
  async function caughtUp(after: string, count: number): Promise<string[]> {
    const resumed = await subscriber(after);
    await until(`${count} events`, () => resumed.updates.length >= count);
    await sleep(300);
    await resumed.stop();
    expect(resumed.errors).toEqual([]);
    return resumed.updates.map((u) => u.summary);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
    listener = await startLiveListener(db.url, livePubSub);
    const patient = await registerPatient(serviceContext(db.orm, clock), patientInput());
    patientKey = patient.id;
    patientId = toGlobalId('Patient', patient.id);
  });

  afterAll(async () => {
    for (const client of writers) await client.end().catch(() => undefined);
    await listener?.stop();
    await db?.close();
  });

  it('resumes with an event whose smaller key committed after the one delivered, exactly once (the plain key lost it)', async () => {
    const live = await subscriber();
    await sleep(200); // listening
    const slow = await writer();
    const fast = await writer();
    const smaller = await slow.insert('gap: smaller key, committed last');
    const larger = await fast.insert('gap: larger key, committed first');
    expect(BigInt(smaller)).toBeLessThan(BigInt(larger));
    await fast.commit();
    await until('the larger key', () => live.updates.length === 1);
    // The client disconnects with the cursor of the last event it received; then the slower
    // transaction commits.
    await live.stop();
    const cursor = live.updates[0].cursor;
    expect(live.updates.map((u) => u.summary)).toEqual(['gap: larger key, committed first']);
    await slow.commit();

    expect(await caughtUp(cursor, 1)).toEqual(['gap: smaller key, committed last']);
    // The former cursor, the last key delivered, resumes as it used to: after that key, so the
    // event with the smaller key is lost to it.
    const former = Buffer.from(JSON.stringify([larger])).toString('base64url');
    const resumedFormer = await subscriber(former);
    await sleep(500);
    await resumedFormer.stop();
    expect(resumedFormer.errors).toEqual([]);
    expect(resumedFormer.updates).toEqual([]);
  });

  it('delivers a late commit live, once, and its cursor resumes after both', async () => {
    const live = await subscriber();
    await sleep(200);
    const slow = await writer();
    const fast = await writer();
    await slow.insert('live: smaller key');
    await fast.insert('live: larger key');
    await fast.commit();
    await until('the larger key', () => live.updates.length === 1);
    await slow.commit();
    await until('the smaller key', () => live.updates.length === 2);
    await sleep(300);
    await live.stop();
    expect(live.updates.map((u) => u.summary)).toEqual(['live: larger key', 'live: smaller key']);
    expect(live.errors).toEqual([]);

    const next = await writer();
    await next.insert('live: after the disconnect');
    await next.commit();
    // From the late event's cursor: neither event again, the new one once.
    expect(await caughtUp(live.updates[1].cursor, 1)).toEqual(['live: after the disconnect']);
    // From the first one's: the late event, then the new one.
    expect(await caughtUp(live.updates[0].cursor, 2)).toEqual(['live: smaller key', 'live: after the disconnect']);
  });

  it('starts live updates where the timeline page was read: nothing in between missed, nothing the page showed again', async () => {
    const slow = await writer();
    await slow.insert('page: in progress while the page was read');
    const shown = await writer();
    await shown.insert('page: committed before the page was read');
    await shown.commit();
    const page = await graphql({ schema, source: PAGE, variableValues: { id: patientId }, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
    expect(page.errors).toBeUndefined();
    const journey = (page.data as { patient: { journey: { liveCursor: string; edges: { node: { summary: string; timelinePosition: string } }[] } } }).patient.journey;
    expect(journey.edges.map((e) => e.node.summary)).toContain('page: committed before the page was read');
    expect(journey.edges.map((e) => e.node.summary)).not.toContain('page: in progress while the page was read');
    // Newest first: positions descend.
    const positions = journey.edges.map((e) => e.node.timelinePosition);
    expect([...positions].sort().reverse()).toEqual(positions);

    // Between the read and the subscription: the slower transaction commits, a new event too.
    await slow.commit();
    const between = await writer();
    await between.insert('page: recorded before subscribing');
    await between.commit();
    expect(await caughtUp(journey.liveCursor, 2)).toEqual(['page: in progress while the page was read', 'page: recorded before subscribing']);
  });

  it('reads `liveCursor` in the page\'s own statement: no statement more than the page alone', async () => {
    const statements = async (source: string) => {
      db.resetQueries();
      const result = await graphql({ schema, source, variableValues: { id: patientId }, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
      expect(result.errors).toBeUndefined();
      return [...db.queries];
    };
    const withCursor = await statements(PAGE);
    const without = await statements(PAGE.replace('liveCursor ', ''));
    expect(withCursor).toHaveLength(without.length);
    // Taken only when asked for.
    expect(withCursor.filter((sql) => sql.includes('pg_current_snapshot'))).toHaveLength(1);
    expect(without.filter((sql) => sql.includes('pg_current_snapshot'))).toHaveLength(0);
  });

  it('refuses a malformed or forged cursor as the client\'s error (BAD_USER_INPUT, INVALID_CURSOR)', async () => {
    const cursor = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
    const many = Array.from({ length: MAX_IN_PROGRESS + 1 }, (_, i) => String(1000 + i)).join(',');
    const forged = [
      'not a cursor',
      cursor('{"seq": 1}'),
      cursor([]),
      cursor([12]),
      cursor(['12', '10:5:']), // xmin after xmax
      cursor(['12', '0:5:']), // no transaction 0
      cursor(['12', '5:10:12']), // in progress after xmax
      cursor(['12', '5:10:8,7']), // not ascending
      cursor(['12', '5:10:7,7']),
      cursor(['12', '5:10:7;drop table patient']),
      cursor(['12', '99999999999999999999:99999999999999999999:']),
      cursor(['12', `5:100000:${many}`]),
      cursor(['12', '5:10:', []]),
      cursor(['12', '5:10:', [['7']]]),
      cursor(['12', '5:10:', [['7', '3'], ['7', '4']]]),
      cursor(['12', '5:10:', [['x', '3']]]),
      cursor(['1234567890123456789', '5:10:']),
      cursor(['12', '5:10:', [], 'more']),
      'A'.repeat(100_000),
    ];
    for (const after of forged) {
      const refused = await subscriber(after);
      expect(refused.updates).toEqual([]);
      // As the server formats it for the client (graphql/errors.ts).
      expect(refused.errors.map((e) => formatError((e as GraphQLError).toJSON(), e).extensions)).toMatchObject([
        { code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' },
      ]);
    }
  });
});
