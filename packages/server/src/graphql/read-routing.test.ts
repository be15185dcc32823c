import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isReplicaFailure } from '../persistence/prepared.js';
import { READ_PRIMARY_AFTER_WRITE_MS, RecentWriters, clientOf, readsFromPrimary } from './read-routing.js';

function databaseError(code: string): pg.DatabaseError {
  const error = new pg.DatabaseError('refused', 0, 'error');
  error.code = code;
  return error;
}

describe('which reads go to the primary', () => {
  it('sends a mutation to the primary, from its start to its response', () => {
    const recent = new RecentWriters();
    expect(readsFromPrimary('mutation', 'user:a', recent)).toBe(true);
    expect(readsFromPrimary('mutation', null, recent)).toBe(true);
    expect(readsFromPrimary('query', 'user:a', recent)).toBe(false);
    expect(readsFromPrimary('query', null, recent)).toBe(false);
  });

  it('keeps a user who just wrote on the primary for the window, and only that user', () => {
    let now = 1_000_000;
    const recent = new RecentWriters(READ_PRIMARY_AFTER_WRITE_MS, () => now);
    recent.wrote('user:a');
    expect(readsFromPrimary('query', 'user:a', recent)).toBe(true);
    expect(readsFromPrimary('query', 'user:b', recent)).toBe(false);
    now += READ_PRIMARY_AFTER_WRITE_MS - 1;
    expect(readsFromPrimary('query', 'user:a', recent)).toBe(true);
    now += 1;
    expect(readsFromPrimary('query', 'user:a', recent)).toBe(false);
  });

  it('starts the window again at each write and forgets expired writers', () => {
    let now = 0;
    const recent = new RecentWriters(1_000, () => now);
    recent.wrote('user:a');
    now = 800;
    recent.wrote('user:a');
    now = 1_500;
    expect(recent.wroteRecently('user:a')).toBe(true);
    for (let i = 0; i < 100; i++) recent.wrote(`user:${i}`);
    now = 5_000;
    recent.wrote('user:z');
    expect(recent.size).toBe(1);
  });

  it('keys the window by the signed-in user, whether by session or token', () => {
    expect(clientOf({ user: null })).toBeNull();
    const user = { id: 'u1', username: 'a', displayName: 'A', roles: [], permissions: [] };
    expect(clientOf({ user: { ...user, via: { kind: 'session', sessionId: 's' } } as never })).toBe('user:u1');
    expect(clientOf({ user: { ...user, via: { kind: 'token', tokenId: 't' } } as never })).toBe('user:u1');
  });
});

describe('a failed read on a replica', () => {
  it('is read from the primary when the replica could not answer', () => {
    expect(isReplicaFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isReplicaFailure(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isReplicaFailure(databaseError('57P01'))).toBe(true); // terminating connection due to administrator command
    expect(isReplicaFailure(databaseError('57P03'))).toBe(true); // the database system is starting up
    expect(isReplicaFailure(databaseError('08006'))).toBe(true);
    expect(isReplicaFailure(databaseError('53300'))).toBe(true); // too many connections
    expect(isReplicaFailure(databaseError('40001'))).toBe(true); // cancelled by a conflict with recovery
  });

  it('is the caller\'s error when the primary would refuse the statement too', () => {
    expect(isReplicaFailure(databaseError('42601'))).toBe(false); // syntax error
    expect(isReplicaFailure(databaseError('22P02'))).toBe(false); // invalid input
  });
});
