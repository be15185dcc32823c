import { describe, expect, it } from 'vitest';
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

  it('loads the demo hospital only into the embedded database unless told otherwise', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db/x' }).seedDemo).toBe(false);
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
});
