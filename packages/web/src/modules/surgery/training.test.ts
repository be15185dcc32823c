import { describe, expect, it } from 'vitest';
import { monthByRole } from './training';

describe('training log table', () => {
  it('pivots months by role with zeros, oldest month first', () => {
    const table = monthByRole(
      [
        { month: '2026-10', role: 'ASSISTANT', operations: 3 },
        { month: '2026-09', role: 'PRIMARY_SURGEON', operations: 1 },
        { month: '2026-10', role: 'PRIMARY_SURGEON', operations: 2 },
      ],
      ['PRIMARY_SURGEON', 'ASSISTANT'] as const,
    );
    expect(table).toEqual([
      { month: '2026-09', counts: { PRIMARY_SURGEON: 1, ASSISTANT: 0 }, total: 1 },
      { month: '2026-10', counts: { PRIMARY_SURGEON: 2, ASSISTANT: 3 }, total: 5 },
    ]);
    expect(monthByRole([], ['ASSISTANT'])).toEqual([]);
  });
});
