import { describe, expect, it } from 'vitest';
import { daysToAbandonment, sortAlerts } from './alerts';

describe('abandonment alerts', () => {
  it('lists abandonment before warnings, longest absence first', () => {
    const alerts = [
      { id: 'a', level: 'WARNING' as const, daysMissed: 22 },
      { id: 'b', level: 'ABANDONMENT' as const, daysMissed: 30 },
      { id: 'c', level: 'WARNING' as const, daysMissed: 27 },
      { id: 'd', level: 'ABANDONMENT' as const, daysMissed: 45 },
    ];
    expect(sortAlerts(alerts).map((a) => a.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('counts the days left before a warning turns into abandonment', () => {
    expect(daysToAbandonment(21)).toBe(7);
    expect(daysToAbandonment(27)).toBe(1);
    expect(daysToAbandonment(28)).toBe(0);
    expect(daysToAbandonment(60)).toBe(0);
  });
});
