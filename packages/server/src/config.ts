import { fileURLToPath } from 'node:url';

export interface Config {
  /** HTTP port for the API and the web app. */
  port: number;
  /** An existing PostgreSQL server; when absent an embedded one is started. */
  databaseUrl: string | null;
  /** Where the embedded PostgreSQL keeps its data (survives restarts). */
  dataDir: string;
  /** Port of the embedded PostgreSQL (loopback only). */
  embeddedPgPort: number;
  /** Load the demo hospital into an empty database on start (default: only the embedded one). */
  seedDemo: boolean;
  /** Directory of the built web app served at `/`; null serves the API only. */
  webDist: string | null;
  production: boolean;
  /** Requests per minute each user, API token or signed-out address may send; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** How many requests may come at once before the per-minute rate applies. */
  rateLimitBurst: number;
  /** `allow`: any document; `enforce`: browser sessions may send only the web app's documents. */
  trustedDocuments: 'allow' | 'enforce';
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) {
    throw new Error(`${name} must be a port number (1–65535), got "${raw}"`);
  }
  return value;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

function countFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 1_000_000) {
    throw new Error(`${name} must be a whole number from 0 to 1000000, got "${raw}"`);
  }
  return value;
}

function trustedDocumentsFrom(env: NodeJS.ProcessEnv): 'allow' | 'enforce' {
  const raw = env.TRUSTED_DOCUMENTS?.trim().toLowerCase();
  if (raw === undefined || raw === '' || raw === 'allow') return 'allow';
  if (raw === 'enforce') return 'enforce';
  throw new Error(`TRUSTED_DOCUMENTS must be allow or enforce, got "${env.TRUSTED_DOCUMENTS}"`);
}

/** Reads the configuration once, failing fast with a readable message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  return {
    port: intFrom(env, 'PORT', 4000),
    databaseUrl,
    dataDir: env.DATA_DIR?.trim() || `${repoRoot}.data`,
    embeddedPgPort: intFrom(env, 'EMBEDDED_PG_PORT', 54329),
    // A real server's empty database must not fill with made-up patients unless asked.
    seedDemo: boolFrom(env, 'SEED_DEMO', databaseUrl === null),
    webDist: env.WEB_DIST === '' ? null : (env.WEB_DIST ?? `${repoRoot}packages/web/dist`),
    production: env.NODE_ENV === 'production',
    rateLimitPerMinute: countFrom(env, 'RATE_LIMIT_PER_MINUTE', 600),
    rateLimitBurst: countFrom(env, 'RATE_LIMIT_BURST', 120),
    trustedDocuments: trustedDocumentsFrom(env),
  };
}
