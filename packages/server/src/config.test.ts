import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to port 4000 and an embedded database in the checkout', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeNull();
    expect(config.dataDir).toMatch(/\.data$/);
    expect(config.seedDemo).toBe(true);
  });

  it('reads PORT, DATABASE_URL, DATA_DIR and SEED_DEMO', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgresql://u:p@db/x', DATA_DIR: '/srv/journey', SEED_DEMO: 'false' });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgresql://u:p@db/x', dataDir: '/srv/journey', seedDemo: false });
    expect(loadConfig({ SEED_DEMO: 'true', DATABASE_URL: 'postgresql://u:p@db/x' }).seedDemo).toBe(true);
  });

  it('reads DATABASE_REPLICA_URLS as PostgreSQL URLs separated by commas', () => {
    expect(loadConfig({}).databaseReplicaUrls).toEqual([]);
    expect(loadConfig({ DATABASE_REPLICA_URLS: ' postgresql://u:p@r1/x , postgres://u:p@r2:5433/x,' }).databaseReplicaUrls).toEqual([
      'postgresql://u:p@r1/x',
      'postgres://u:p@r2:5433/x',
    ]);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'r1:5432' })).toThrow(/DATABASE_REPLICA_URLS must be postgresql:\/\/ URLs/);
  });

  it('reads DATABASE_REPLICA_MAX_LAG_MS, 5 s unless set, at least 1 ms', () => {
    expect(loadConfig({}).databaseReplicaMaxLagMs).toBe(5_000);
    expect(loadConfig({ DATABASE_REPLICA_MAX_LAG_MS: '250' }).databaseReplicaMaxLagMs).toBe(250);
    expect(() => loadConfig({ DATABASE_REPLICA_MAX_LAG_MS: '0' })).toThrow(/DATABASE_REPLICA_MAX_LAG_MS must be at least 1/);
    expect(() => loadConfig({ DATABASE_REPLICA_MAX_LAG_MS: '5s' })).toThrow(/DATABASE_REPLICA_MAX_LAG_MS must be a whole number/);
  });

  it('loads the demo hospital only into the embedded database unless told otherwise', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db/x' }).seedDemo).toBe(false);
  });

  it('reads the idle timeout and the screen lock, the lock shorter than the timeout', () => {
    expect(loadConfig({})).toMatchObject({ sessionIdleMinutes: 30, screenLockMinutes: 15 });
    expect(loadConfig({ SESSION_IDLE_MINUTES: '60', SCREEN_LOCK_MINUTES: '0.5' })).toMatchObject({ sessionIdleMinutes: 60, screenLockMinutes: 0.5 });
    expect(() => loadConfig({ SCREEN_LOCK_MINUTES: '30' })).toThrow(/SCREEN_LOCK_MINUTES/);
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => loadConfig({ SCREEN_LOCK_MINUTES: 'soon' })).toThrow(/SCREEN_LOCK_MINUTES/);
  });

  it('fails fast on values it cannot use', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO/);
  });

  it('reads the rate limit and the trusted-documents mode, with defaults', () => {
    expect(loadConfig({})).toMatchObject({ rateLimitPerMinute: 600, rateLimitBurst: 120, trustedDocuments: 'allow' });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_BURST: '10', TRUSTED_DOCUMENTS: 'ENFORCE' })).toMatchObject({
      rateLimitPerMinute: 0,
      rateLimitBurst: 10,
      trustedDocuments: 'enforce',
    });
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => loadConfig({ RATE_LIMIT_BURST: 'lots' })).toThrow(/RATE_LIMIT_BURST/);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'strict' })).toThrow(/TRUSTED_DOCUMENTS/);
  });

  it('runs operations compiled by graphql-jit unless GRAPHQL_EXECUTOR says graphql-js', () => {
    expect(loadConfig({}).graphqlExecutor).toBe('jit');
    expect(loadConfig({ GRAPHQL_EXECUTOR: 'JIT' }).graphqlExecutor).toBe('jit');
    expect(loadConfig({ GRAPHQL_EXECUTOR: ' graphql-js ' }).graphqlExecutor).toBe('graphql-js');
    expect(() => loadConfig({ GRAPHQL_EXECUTOR: 'graphql' })).toThrow(/GRAPHQL_EXECUTOR must be jit or graphql-js/);
  });
});

describe('loadConfig: HTTPS and proxies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pj-config-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  writeFileSync(cert, 'certificate');
  writeFileSync(key, 'key');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('speaks plain HTTP and believes no proxy by default', () => {
    expect(loadConfig({})).toMatchObject({ tls: null, trustProxy: false });
    expect(loadConfig({ TLS_CERT: '', TLS_KEY: ' ', TRUST_PROXY: '' })).toMatchObject({ tls: null, trustProxy: false });
  });

  it('reads TLS_CERT and TLS_KEY as files that must exist, given together', () => {
    expect(loadConfig({ TLS_CERT: cert, TLS_KEY: key }).tls).toEqual({ certFile: cert, keyFile: key });
    expect(() => loadConfig({ TLS_CERT: cert })).toThrow(/TLS_CERT and TLS_KEY must be given together/);
    expect(() => loadConfig({ TLS_KEY: key })).toThrow(/TLS_CERT and TLS_KEY must be given together/);
    expect(() => loadConfig({ TLS_CERT: cert, TLS_KEY: join(dir, 'missing.pem') })).toThrow(/TLS_KEY must be a readable file/);
    expect(() => loadConfig({ TLS_CERT: dir + '/nope', TLS_KEY: key })).toThrow(/TLS_CERT must be a readable file/);
  });

  it('reads TRUST_PROXY as off, on, a number of hops, or addresses, subnets and named ranges', () => {
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.5, 192.168.0.0/16 ,fd00::/8, uniquelocal ' }).trustProxy).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      'fd00::/8',
      'uniquelocal',
    ]);
  });

  it('refuses a TRUST_PROXY it would misread', () => {
    for (const value of ['maybe', '10.0.0.300', '10.0.0.0/33', 'proxy.internal', '10.0.0.1,', 'loopback;linklocal', '-1', '1000']) {
      expect(() => loadConfig({ TRUST_PROXY: value }), value).toThrow(/TRUST_PROXY/);
    }
  });
});
