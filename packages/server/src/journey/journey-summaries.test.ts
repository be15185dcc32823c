import { describe, expect, it } from 'vitest';
import { summaries } from './journey-summaries.js';

describe('timeline summaries', () => {
  it('write booking times in Phnom Penh time, as everything shown to people is', () => {
    // 02:00 UTC is 09:00 in Phnom Penh; 23:30 UTC is 06:30 the next day there.
    expect(summaries.surgeryScheduled('Hernia repair', 'OT 1', new Date('2026-03-20T02:00:00Z')).text).toBe('Surgery booked: Hernia repair (OT 1) on 2026-03-20 09:00');
    expect(
      summaries.surgeryRescheduled('Hernia repair', { start: new Date('2026-03-20T02:00:00Z'), theatre: 'OT 1' }, { start: new Date('2026-03-21T23:30:00Z'), theatre: 'OT 2' }).text,
    ).toBe('Surgery moved: Hernia repair from 2026-03-20 09:00 (OT 1) to 2026-03-22 06:30 (OT 2)');
  });

  it('keep each summary as a sentence of its kind with the values it speaks of, instants as ISO 8601', () => {
    expect(summaries.surgeryScheduled('Hernia repair', 'OT 1', new Date('2026-03-20T02:00:00Z'))).toEqual({
      text: 'Surgery booked: Hernia repair (OT 1) on 2026-03-20 09:00',
      variant: 'default',
      params: [
        { name: 'procedure', value: 'Hernia repair', type: 'TEXT' },
        { name: 'theatre', value: 'OT 1', type: 'TEXT' },
        { name: 'start', value: '2026-03-20T02:00:00.000Z', type: 'DATE_TIME' },
      ],
    });
    expect(summaries.chemoGiven('Vincristine', 1.5, 'mg', 'IV', 2)).toMatchObject({ variant: 'late', params: expect.arrayContaining([{ name: 'count', value: '2', type: 'NUMBER' }]) });
    expect(summaries.discharged('DIED' as never, 'PICU', 'Sepsis').variant).toBe('died');
  });
});
