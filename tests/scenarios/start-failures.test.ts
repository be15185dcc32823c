import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTool, SERVER_DIST } from '../support/built-product.js';

/**
 * The built server started where it cannot work: it stops before starting anything, exits with
 * code 1, and says why in one sentence naming the setting to change — no stack trace.
 */

// This test's own port band (19000–19999), below the other tests' and Linux's ephemeral range.
const port = 19_000 + 2 * Math.floor(Math.random() * 500);
const pgPort = port + 1;
const scratch = mkdtempSync(join(tmpdir(), 'journey-start-'));
chmodSync(scratch, 0o755);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(port),
  EMBEDDED_PG_PORT: String(pgPort),
  DATA_DIR: join(scratch, 'data'),
  DATABASE_URL: '',
  WEB_DIST: '',
  BACKUP_DIR: '',
  NODE_ENV: 'production',
};
const asRoot = process.getuid?.() === 0;

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** The one line the server printed to stderr, checked to be that single sentence and no stack trace. */
function refusal(result: { code: number | null; stderr: string }): string {
  expect(result.code).toBe(1);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
}

function holdPort(p: number, host?: string): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(p, host, () => resolve(server));
  });
}

const release = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('a start that cannot succeed', () => {
  it('in a repository under a mode-0700 folder: serves the demo hospital, or (as root) says where PostgreSQL cannot reach', async () => {
    // The built server and its data files in a folder only its owner may enter, as a clone into
    // /root would be; its installed packages are linked (Node resolves them where they really are).
    const closed = join(scratch, 'closed');
    mkdirSync(join(closed, 'packages', 'server'), { recursive: true });
    chmodSync(closed, 0o700);
    const server = join(closed, 'packages', 'server');
    cpSync(SERVER_DIST, join(server, 'dist'), { recursive: true });
    cpSync(join(SERVER_DIST, '..', 'package.json'), join(server, 'package.json'));
    cpSync(join(SERVER_DIST, '..', 'data'), join(server, 'data'), { recursive: true });
    symlinkSync(join(SERVER_DIST, '..', 'node_modules'), join(server, 'node_modules'));
    const main = join(server, 'dist', 'main.js');

    const serves = async (extraEnv: Record<string, string>, demoHospital: boolean) => {
      let readyz = 0;
      const result = await runTool(env, main, [], extraEnv, {
        whenOutput: {
          pattern: /Ready on/,
          then: async () => {
            readyz = (await fetch(`http://127.0.0.1:${port}/readyz`)).status;
          },
        },
      });
      if (demoHospital) expect(result.output).toMatch(/Loaded the demo hospital: \d+ patients/);
      expect(readyz).toBe(200);
      expect(result.code).toBe(0);
    };

    if (!asRoot) {
      // PostgreSQL runs as this same user, who may enter the folder: the default DATA_DIR (in the checkout) works.
      await serves({ DATA_DIR: '' }, true);
      return;
    }
    const defaultData = await runTool(env, main, [], { DATA_DIR: '' });
    expect(refusal(defaultData)).toBe(
      `[journey] Started as root, the server runs PostgreSQL as the unprivileged OS user "postgres", which cannot enter ${closed} (mode 0700) ` +
        `to reach its data in ${closed}/.data: set DATA_DIR to a folder every user can enter (for example /var/lib/journey), or start the server as an ordinary user`,
    );
    expect(existsSync(join(closed, '.data'))).toBe(false);

    // With DATA_DIR where the postgres user can reach it, the same copy serves (an empty
    // hospital: the demo one takes most of a minute to load, and product-lifecycle.test.ts loads it).
    await serves({ DATA_DIR: join(scratch, 'open-data'), SEED_DEMO: 'false' }, false);
    // A new database and its migrations, or the demo hospital: long on a busy machine.
  }, 180_000);

  it('with PORT in use: says so before starting PostgreSQL', async () => {
    const held = await holdPort(port);
    try {
      const result = await runTool(env, 'main.js', [], { DATA_DIR: join(scratch, 'port-data') });
      expect(refusal(result)).toBe(
        `[journey] Port ${port}, where the server listens, is already in use (by another program, or this server already running): set PORT to a free port, or stop the other program`,
      );
      expect(existsSync(join(scratch, 'port-data'))).toBe(false);
    } finally {
      await release(held);
    }
  });

  it("with the embedded PostgreSQL's port in use: names EMBEDDED_PG_PORT", async () => {
    const held = await holdPort(pgPort, '127.0.0.1');
    try {
      const result = await runTool(env, 'main.js', [], { DATA_DIR: join(scratch, 'pg-port-data') });
      expect(refusal(result)).toBe(
        `[journey] Port ${pgPort}, where the embedded PostgreSQL listens, is already in use (by another program, or this server already running): set EMBEDDED_PG_PORT to a free port, or stop the other program`,
      );
      expect(existsSync(join(scratch, 'pg-port-data'))).toBe(false);
    } finally {
      await release(held);
    }
  });

  it('with a data directory from another PostgreSQL version: names the version and DATA_DIR', async () => {
    const dataDir = join(scratch, 'old-data');
    mkdirSync(join(dataDir, 'postgres'), { recursive: true });
    writeFileSync(join(dataDir, 'postgres', 'PG_VERSION'), '16\n');
    const result = await runTool(env, 'main.js', [], { DATA_DIR: dataDir });
    expect(refusal(result)).toMatch(
      new RegExp(
        `^\\[journey\\] The database in DATA_DIR \\(${dataDir}\\) was created by PostgreSQL 16, which this server's PostgreSQL (\\d+) cannot open: ` +
          'set DATA_DIR to an empty folder for a new database, or upgrade that data to PostgreSQL \\1 with pg_upgrade first$',
      ),
    );
  });

  it('with an unreachable DATABASE_URL: names DATABASE_URL, never its password', async () => {
    const result = await runTool(env, 'main.js', [], { DATABASE_URL: 'postgresql://x:secret-password@127.0.0.1:1/x' });
    expect(refusal(result)).toBe(
      '[journey] Nothing answers at 127.0.0.1:1, the PostgreSQL server in DATABASE_URL: start that server, or correct the host and port in DATABASE_URL ' +
        '(or leave DATABASE_URL empty to use the embedded PostgreSQL)',
    );
    expect(result.output).not.toContain('secret-password');
  });
});
