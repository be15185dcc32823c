import { accessSync, constants } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { backupKeyFrom } from './common/backup-encryption.js';

export interface Config {
  /** HTTP port for the API and the web app. */
  port: number;
  /** An existing PostgreSQL server; when absent an embedded one is started. */
  databaseUrl: string | null;
  /**
   * Streaming replicas of the primary (DATABASE_REPLICA_URLS, comma-separated): reads that need
   * not see their request's own writes go to them (graphql/read-routing.ts). Empty: none.
   */
  databaseReplicaUrls: string[];
  /**
   * A replica further behind the primary than this (ms, DATABASE_REPLICA_MAX_LAG_MS) is read
   * around until it catches up (persistence/replica-lag.ts).
   */
  databaseReplicaMaxLagMs: number;
  /** Where the embedded PostgreSQL keeps its data (survives restarts). */
  dataDir: string;
  /** Port of the embedded PostgreSQL (loopback only). */
  embeddedPgPort: number;
  /** Load the demo hospital into an empty database on start (default: only the embedded one). */
  seedDemo: boolean;
  /** Directory of the built web app served at `/`; null serves the API only. */
  webDist: string | null;
  production: boolean;
  /** Certificate and private key files (PEM): the server speaks HTTPS itself; null = plain HTTP. */
  tls: { certFile: string; keyFile: string } | null;
  /**
   * Which reverse proxies to believe about the client's protocol and address (express
   * `trust proxy`): false = none, true = any, a number = that many hops, or addresses/subnets.
   */
  trustProxy: boolean | number | string[];
  /** Minutes without a request after which a session stops working (SESSION_IDLE). */
  sessionIdleMinutes: number;
  /** Minutes without input after which the web app locks its screen. */
  screenLockMinutes: number;
  /** Requests per minute each user, API token or signed-out address may send; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** How many requests may come at once before the per-minute rate applies. */
  rateLimitBurst: number;
  /** `allow`: any document; `enforce`: browser sessions may send only the web app's documents. */
  trustedDocuments: 'allow' | 'enforce';
  /**
   * Where backups and the archived write-ahead log go (an external disk or a network share);
   * null: no backups. Needs BACKUP_KEY (checked at start-up).
   */
  backupDir: string | null;
  /** Backups older than this many days are deleted, with the WAL only they needed (BACKUP_KEEP_DAYS). */
  backupKeepDays: number;
  /**
   * What runs GraphQL operations (GRAPHQL_EXECUTOR): `jit`, functions graphql-jit compiles once
   * per document (default), or `graphql-js`, its `execute`; kept to compare the two.
   */
  graphqlExecutor: 'jit' | 'graphql-js';
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

function readableFile(env: NodeJS.ProcessEnv, name: string): string {
  const path = env[name]!.trim();
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new Error(`${name} must be a readable file, got "${env[name]}"`);
  }
  return path;
}

/** TLS_CERT and TLS_KEY: both (HTTPS) or neither (HTTP). */
function tlsFrom(env: NodeJS.ProcessEnv): Config['tls'] {
  const cert = env.TLS_CERT?.trim();
  const key = env.TLS_KEY?.trim();
  if (!cert && !key) return null;
  if (!cert || !key) throw new Error('TLS_CERT and TLS_KEY must be given together (the certificate and its private key, PEM files)');
  return { certFile: readableFile(env, 'TLS_CERT'), keyFile: readableFile(env, 'TLS_KEY') };
}

/** Names express accepts for groups of addresses. */
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrSubnet(value: string): boolean {
  const [address, bits, ...rest] = value.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d+$/.test(bits) && prefix >= 0 && prefix <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: `false` (default) believes no X-Forwarded-* header; `true` believes any (only
 * when nothing can reach the server except through the proxy); a number N trusts the N nearest
 * hops; otherwise a comma-separated list of proxy addresses, subnets (CIDR) and the names
 * loopback, linklocal, uniquelocal.
 */
function trustProxyFrom(env: NodeJS.ProcessEnv): Config['trustProxy'] {
  const raw = env.TRUST_PROXY?.trim() ?? '';
  const lower = raw.toLowerCase();
  if (['', '0', 'false', 'no'].includes(lower)) return false;
  if (['true', 'yes'].includes(lower)) return true;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops <= 100) return hops;
  }
  const entries = raw.split(',').map((entry) => entry.trim().toLowerCase());
  const bad = entries.filter((entry) => !PROXY_NAMES.includes(entry) && !isAddressOrSubnet(entry));
  if (bad.length > 0 || entries.length === 0) {
    throw new Error(
      `TRUST_PROXY must be false, true, a number of hops, or proxy addresses/subnets (and loopback, linklocal, uniquelocal) separated by commas; cannot use "${bad.join(', ')}"`,
    );
  }
  return entries;
}

function minutesFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  // Fractions are allowed (0.1 = 6 s), for tests and demonstrations; a day at most.
  if (!Number.isFinite(value) || value <= 0 || value > 24 * 60) {
    throw new Error(`${name} must be a number of minutes (more than 0, at most 1440), got "${raw}"`);
  }
  return value;
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

function graphqlExecutorFrom(env: NodeJS.ProcessEnv): Config['graphqlExecutor'] {
  const raw = env.GRAPHQL_EXECUTOR?.trim().toLowerCase();
  if (raw === undefined || raw === '' || raw === 'jit') return 'jit';
  if (raw === 'graphql-js') return 'graphql-js';
  throw new Error(`GRAPHQL_EXECUTOR must be jit or graphql-js, got "${env.GRAPHQL_EXECUTOR}"`);
}

/** DATABASE_REPLICA_URLS: PostgreSQL URLs separated by commas. */
function replicaUrlsFrom(env: NodeJS.ProcessEnv): string[] {
  const entries = (env.DATABASE_REPLICA_URLS ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  for (const entry of entries) {
    let protocol = '';
    try {
      protocol = new URL(entry).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
      throw new Error('DATABASE_REPLICA_URLS must be postgresql:// URLs separated by commas; one of them is not');
    }
  }
  return entries;
}

/** Reads the configuration once, failing fast with a readable message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const sessionIdleMinutes = minutesFrom(env, 'SESSION_IDLE_MINUTES', 30);
  const screenLockMinutes = minutesFrom(env, 'SCREEN_LOCK_MINUTES', 15);
  // A locked screen is unlocked within the session: it must lock before the session goes idle.
  if (screenLockMinutes >= sessionIdleMinutes) {
    throw new Error(`SCREEN_LOCK_MINUTES (${screenLockMinutes}) must be less than SESSION_IDLE_MINUTES (${sessionIdleMinutes})`);
  }
  const backupDir = env.BACKUP_DIR?.trim() || null;
  // A backup folder without a key would archive nothing: refuse to start rather than find out later.
  if (backupDir) backupKeyFrom(env);
  const backupKeepDays = countFrom(env, 'BACKUP_KEEP_DAYS', 14);
  const databaseReplicaMaxLagMs = countFrom(env, 'DATABASE_REPLICA_MAX_LAG_MS', 5_000);
  if (databaseReplicaMaxLagMs < 1) throw new Error('DATABASE_REPLICA_MAX_LAG_MS must be at least 1');
  if (backupKeepDays < 1) throw new Error('BACKUP_KEEP_DAYS must be at least 1');
  return {
    port: intFrom(env, 'PORT', 4000),
    databaseUrl,
    databaseReplicaUrls: replicaUrlsFrom(env),
    databaseReplicaMaxLagMs,
    dataDir: env.DATA_DIR?.trim() || `${repoRoot}.data`,
    embeddedPgPort: intFrom(env, 'EMBEDDED_PG_PORT', 54329),
    // A real server's empty database must not fill with made-up patients unless asked.
    seedDemo: boolFrom(env, 'SEED_DEMO', databaseUrl === null),
    webDist: env.WEB_DIST === '' ? null : (env.WEB_DIST ?? `${repoRoot}packages/web/dist`),
    production: env.NODE_ENV === 'production',
    tls: tlsFrom(env),
    trustProxy: trustProxyFrom(env),
    sessionIdleMinutes,
    screenLockMinutes,
    rateLimitPerMinute: countFrom(env, 'RATE_LIMIT_PER_MINUTE', 600),
    rateLimitBurst: countFrom(env, 'RATE_LIMIT_BURST', 120),
    trustedDocuments: trustedDocumentsFrom(env),
    backupDir,
    backupKeepDays,
    graphqlExecutor: graphqlExecutorFrom(env),
  };
}
