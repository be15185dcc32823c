import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { LIVE_CHANNEL, startLiveListener, type LiveListener } from './live-listener.js';
import { LivePubSub, LiveTopic, type LiveMessage } from './live-pubsub.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, condition: () => boolean): Promise<void> {
  for (const start = Date.now(); !condition(); await sleep(25)) {
    if (Date.now() - start > 15_000) throw new Error(`Timed out waiting for ${what}`);
  }
}

describe('the LISTEN connection', () => {
  let db: TestDatabase;
  let listener: LiveListener;
  const bus = new LivePubSub();
  const received: LiveMessage[] = [];
  const execute = (sql: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute(sql, params);

  beforeAll(async () => {
    db = await createTestDatabase();
    listener = await startLiveListener(db.url, bus);
    for (const topic of [LiveTopic.timeline('p1'), LiveTopic.census, LiveTopic.credentials, LiveTopic.resync]) {
      bus.on(topic, (message) => received.push(message as LiveMessage));
    }
  });

  afterAll(async () => {
    await listener?.stop();
    await db?.close();
  });

  it('hands announcements to their topics, and only committed ones', async () => {
    await execute(`select pg_notify(?, ?)`, [LIVE_CHANNEL, JSON.stringify({ t: 'e', p: 'p1', e: '7', k: 'ADMITTED' })]);
    await until('the admission', () => received.length === 2);
    // The timeline's topic and the census's.
    expect(received).toEqual([
      { t: 'e', p: 'p1', e: '7', k: 'ADMITTED' },
      { t: 'e', p: 'p1', e: '7', k: 'ADMITTED' },
    ]);
    await db.orm.em.fork().transactional(async (em) => {
      await em.execute(`select pg_notify(?, ?)`, [LIVE_CHANNEL, JSON.stringify({ t: 's', id: 'rolled-back' })]);
      await em.execute(`select pg_notify(?, ?)`, [LIVE_CHANNEL, JSON.stringify({ t: 's', id: 'rolled-back' })]);
      throw new Error('roll back');
    }).catch(() => undefined);
    await execute(`select pg_notify(?, ?)`, [LIVE_CHANNEL, JSON.stringify({ t: 's', id: 'committed' })]);
    await until('the committed one', () => received.some((m) => m.t === 's' && m.id === 'committed'));
    expect(received.slice(2)).toEqual([{ t: 's', id: 'committed' }]);
  });

  it('opens the connection again when the database ends it, and tells subscribers to re-read', async () => {
    received.length = 0;
    // Only this file's database: every test file's database lives in the one test server.
    await execute(`select pg_terminate_backend(pid) from pg_stat_activity where query = ? and datname = current_database()`, [`listen ${LIVE_CHANNEL}`]);
    await until('the resync', () => received.some((m) => m.t === 'resync'));
    expect(listener.listening).toBe(true);
    await execute(`select pg_notify(?, ?)`, [LIVE_CHANNEL, JSON.stringify({ t: 'k', id: 'after-restart' })]);
    await until('an announcement after the restart', () => received.some((m) => m.t === 'k'));
  });
});
