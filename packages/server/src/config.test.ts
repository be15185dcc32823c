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
});
