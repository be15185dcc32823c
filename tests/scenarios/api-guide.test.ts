import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../packages/server/src/db/seed/demo-users.js';
import { startHttpApp, type GraphQLBody, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The curl commands of docs/api.md, run in order against the production configuration over
 * the demo hospital: each request body as written, with the cookie jar (`-c jar`, `-b jar`) and
 * the token (`$TOKEN`, from the guide's own createApiToken) the command uses. So the guide's
 * examples cannot rot: a renamed field, a changed hash or a new rule fails here.
 */
const GUIDE = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

interface CurlCommand {
  text: string;
  body: string;
  setsCookie: boolean;
  sendsCookie: boolean;
  sendsToken: boolean;
}

/** The `curl` commands of the guide's `sh` blocks, continuation lines joined. */
export function curlCommands(markdown: string): CurlCommand[] {
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]);
  const commands = blocks.flatMap((block) => block.replace(/\\\n\s*/g, ' ').split('\n').filter((line) => line.trim().startsWith('curl ')));
  return commands.map((text) => {
    const body = /-d '([^']*)'/.exec(text)?.[1];
    if (body === undefined) throw new Error(`no -d '…' body in: ${text}`);
    expect(text, 'every example talks to the port `pnpm start` uses').toContain('localhost:4000/graphql');
    return {
      text,
      body,
      setsCookie: /(^|\s)-c jar(\s|$)/.test(text),
      sendsCookie: /(^|\s)-b jar(\s|$)/.test(text),
      sendsToken: text.includes('"authorization: Bearer $TOKEN"'),
    };
  });
}

describe('docs/api.md', () => {
  let db: TestDatabase;
  let api: HttpApp;

  beforeAll(async () => {
    db = await createTestDatabase({ demoHospitalAt: new Date('2026-11-24T05:00:00Z') });
    // The demo accounts the guide signs in with (the seeder adds them only to a database without users).
    const [{ count }] = await db.orm.em.getConnection().execute<{ count: number }[]>(`select count(*)::int as count from app_user where username = 'clinician'`);
    if (count === 0) await seedDemoUsers(db.orm.em.fork());
    api = await startHttpApp(db, { production: true });
  });

  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('every curl command of the guide works as written, in order', async () => {
    const commands = curlCommands(GUIDE);
    expect(commands.length).toBeGreaterThanOrEqual(6);
    let jar: string | null = null;
    let token: string | null = null;
    for (const command of commands) {
      const body: unknown = JSON.parse(command.body);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (command.sendsCookie) headers.cookie = jar ?? '';
      if (command.sendsToken) {
        expect(token, `${command.text}: the guide makes a token before using it`).not.toBeNull();
        headers.authorization = `Bearer ${token}`;
      }
      const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
      const answer = (await response.json()) as GraphQLBody<Record<string, unknown>>;
      expect(answer.errors, command.text).toBeUndefined();
      expect(response.status, command.text).toBe(200);
      expect(Object.values(answer.data ?? {}).every((value) => value !== null), command.text).toBe(true);
      if (command.setsCookie) jar = response.headers.get('set-cookie')?.split(';')[0] ?? null;
      const created = (answer.data?.createApiToken as { token?: string } | undefined)?.token;
      if (created) token = created;
    }
  });

  it('lists every error code a client can receive', async () => {
    const { ErrorCode } = await import('@pj/shared');
    for (const code of Object.values(ErrorCode)) expect(GUIDE, code).toContain(`\`${code}\``);
  });
});
