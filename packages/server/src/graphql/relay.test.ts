import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error.js';
import { decodeCursor, encodeCursor, fromGlobalId, keyOf, pageSize, toGlobalId } from './relay.js';

const uuid = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}/${error.details.reason}` : 'not a DomainError';
  }
  return undefined;
}

describe('global IDs', () => {
  it('round-trip a type and key and hide both from clients', () => {
    const id = toGlobalId('Patient', uuid);
    expect(id).not.toContain('Patient');
    expect(fromGlobalId(id)).toEqual({ type: 'Patient', key: uuid });
    expect(keyOf(id, 'Patient', 'patientId')).toBe(uuid);
  });

  it('refuse an ID of another type, a non-UUID key, or garbage', () => {
    expect(codeOf(() => keyOf(toGlobalId('Referral', uuid), 'Patient', 'patientId'))).toBe('BAD_USER_INPUT/INVALID_ID');
    expect(codeOf(() => keyOf(toGlobalId('Patient', '1; drop table patient'), 'Patient', 'patientId'))).toBe('BAD_USER_INPUT/INVALID_ID');
    expect(codeOf(() => keyOf('💥', 'Patient', 'patientId'))).toBe('BAD_USER_INPUT/INVALID_ID');
    expect(fromGlobalId('')).toBeNull();
  });
});

describe('cursors and page sizes', () => {
  it('round-trip the sort key', () => {
    const cursor = encodeCursor(['2026-01-02T03:04:05.000Z', '42']);
    expect(decodeCursor(cursor, 2)).toEqual(['2026-01-02T03:04:05.000Z', '42']);
  });

  it('refuse a cursor of the wrong shape', () => {
    expect(codeOf(() => decodeCursor(encodeCursor(['42']), 2))).toBe('BAD_USER_INPUT/INVALID_CURSOR');
    expect(codeOf(() => decodeCursor('not base64 json', 2))).toBe('BAD_USER_INPUT/INVALID_CURSOR');
    expect(codeOf(() => decodeCursor(Buffer.from('[{"a":1},2]').toString('base64url'), 2))).toBe('BAD_USER_INPUT/INVALID_CURSOR');
  });

  it('hold only ids, ranks and dates: a name cannot be put in a cursor', () => {
    for (const value of [uuid, '42', '0.8125', '2026-01-02', '2026-01-02T03:04:05.000Z', 7]) {
      expect(decodeCursor(encodeCursor([value]), 1)).toEqual([value]);
    }
    for (const name of ['Sokha', 'Chan Sreymom', 'សុខា', '000042-2x', '']) {
      expect(() => encodeCursor([name, uuid])).toThrow(/only ids, ranks and dates/);
    }
  });

  it('default to 20 and cap at 100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(codeOf(() => pageSize(101))).toBe('BAD_USER_INPUT/PAGE_SIZE');
    expect(codeOf(() => pageSize(0))).toBe('BAD_USER_INPUT/PAGE_SIZE');
    expect(codeOf(() => pageSize(-5))).toBe('BAD_USER_INPUT/PAGE_SIZE');
  });
});
