import { describe, expect, it } from 'vitest';
import { boardColumns, withColumn } from './board';

describe('theatre board columns', () => {
  it('gives every theatre a column, in time order, without cancelled operations', () => {
    const s = (id: string, theatre: string, start: string, status = 'SCHEDULED') => ({ id, theatre: { id: theatre }, status, scheduledStart: start });
    const columns = boardColumns(
      [{ id: 'T1' }, { id: 'T2' }, { id: 'T3' }],
      [s('b', 'T1', '2026-12-01T03:00:00Z'), s('a', 'T1', '2026-12-01T01:00:00Z'), s('c', 'T2', '2026-12-01T01:00:00Z', 'CANCELLED'), s('d', 'T2', '2026-12-01T02:00:00Z', 'COMPLETED')],
    );
    expect(columns.map((c) => [c.theatre.id, c.surgeries.map((x) => x.id)])).toEqual([
      ['T1', ['a', 'b']],
      ['T2', ['d']],
      ['T3', []],
    ]);
  });

  it('takes a live column in place of its theatre\'s operations, keeping the other theatres\'', () => {
    const s = (id: string, theatre: string) => ({ id, theatre: { id: theatre } });
    const schedule = [s('a', 'T1'), s('b', 'T1'), s('c', 'T2')];
    // 'b' cancelled or moved away: absent from T1's column; 'd' moved in.
    expect(withColumn(schedule, { theatre: { id: 'T1' }, surgeries: [s('a', 'T1'), s('d', 'T1')] }).map((x) => x.id)).toEqual(['c', 'a', 'd']);
    // 'c' moved to T1 while T2's column had already come (so it reads as T1's): T2's empty column keeps it.
    expect(withColumn([s('a', 'T1'), s('c', 'T1')], { theatre: { id: 'T2' }, surgeries: [] }).map((x) => x.id)).toEqual(['a', 'c']);
    // A column arriving with an operation the list still files under another theatre: listed once.
    expect(withColumn([s('a', 'T1'), s('c', 'T2')], { theatre: { id: 'T1' }, surgeries: [s('a', 'T1'), s('c', 'T1')] }).map((x) => x.id)).toEqual(['a', 'c']);
  });
});
