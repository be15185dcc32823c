import { describe, expect, it } from 'vitest';
import { boardColumns } from './board';

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
});
