import { describe, expect, it } from 'vitest';
import { summaries } from './journey-summaries.js';

describe('timeline summaries', () => {
  it('write booking times in Phnom Penh time, as everything shown to people is', () => {
    // 02:00 UTC is 09:00 in Phnom Penh; 23:30 UTC is 06:30 the next day there.
    expect(summaries.surgeryScheduled('Hernia repair', 'OT 1', new Date('2026-03-20T02:00:00Z'))).toBe('Surgery booked: Hernia repair (OT 1) on 2026-03-20 09:00');
    expect(
      summaries.surgeryRescheduled('Hernia repair', { start: new Date('2026-03-20T02:00:00Z'), theatre: 'OT 1' }, { start: new Date('2026-03-21T23:30:00Z'), theatre: 'OT 2' }),
    ).toBe('Surgery moved: Hernia repair from 2026-03-20 09:00 (OT 1) to 2026-03-22 06:30 (OT 2)');
  });
});
