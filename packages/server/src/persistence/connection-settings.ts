/** Connection settings shared by the ORM's pool (db/orm-config.ts) and the read pool (prepared.ts). */

/**
 * How long a request waits for a pooled connection, and for a new connection to open, before
 * it fails with SERVICE_UNAVAILABLE. knex's default is 60 s: when PostgreSQL is down every
 * request would hang for a minute and pile up; a few seconds is plenty for a healthy pool.
 */
export const ACQUIRE_TIMEOUT_MS = 4_000;
export const CONNECT_TIMEOUT_MS = 3_000;

/**
 * Word similarity needed for a patient-search match (patients/patient-search.ts). 0.5 —
 * PostgreSQL's default is 0.6 — lets "Kompong" find "Kampong". Set on every session when
 * the pool opens it, so a search needs no transaction to set it first.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;
