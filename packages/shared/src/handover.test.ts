import { describe, expect, it } from 'vitest';
import { monthNumber, monthOfNumber, projectHandover, studentTQuantile, type HandoverMonthInput } from './handover.js';

const month = (m: string, performerEntries: number, localIndependent: number): HandoverMonthInput => ({ month: m, performerEntries, localIndependent });

describe('handover projection', () => {
  it('numbers months so that consecutive months differ by one, and back', () => {
    expect(monthNumber('2023-01') - monthNumber('2022-12')).toBe(1);
    expect(monthOfNumber(monthNumber('2030-12'))).toBe('2030-12');
    expect(monthOfNumber(monthNumber('2022-01') + 58)).toBe('2026-11');
  });

  it("gives Student's t quantiles of the printed tables", () => {
    expect(studentTQuantile(0.95, 1)).toBeCloseTo(6.3138, 4);
    expect(studentTQuantile(0.95, 2)).toBeCloseTo(2.92, 4);
    expect(studentTQuantile(0.95, 10)).toBeCloseTo(1.8125, 4);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0423, 4);
    expect(studentTQuantile(0.05, 2)).toBeCloseTo(-2.92, 4);
  });

  /*
   * Worked by hand. Months x = 0, 12, 24, 36 (Jan 2022 … Jan 2025), shares 1/10, 2/20, 6/20, 3/10,
   * weights 10, 20, 20, 10 (an empty month in between carries no weight).
   *   Σw = 60, x̄ = (0·10 + 12·20 + 24·20 + 36·10) / 60 = 18, ȳ = 12 / 60 = 0.2
   *   Sxx = 10·18² + 20·6² + 20·6² + 10·18² = 7920, Sxy = 10·18·0.1 + 20·6·0.1 + 20·6·0.1 + 10·18·0.1 = 60
   *   slope = 60 / 7920 = 1/132 a month (1/11 a year), fitted(Jan 2022) = 0.2 − 18/132 = 7/110
   *   residuals 4/110, −6/110, 6/110, −4/110: Σw·r² = 1760/12100 = 8/55, s² = (8/55) / 2 = 4/55
   *   t(0.95, 2) = 2.919986, typical weight w̄ = 60 / 4 = 15
   * Dec 2027 is x = 71: fitted = 7/110 + 71/132 = 0.601515;
   *   half-width = 2.919986 · √(4/55) · √(1/15 + 1/60 + 53²/7920) = 0.787462 · 0.661820 = 0.521158
   *   → band [0.080357, 1.122673 clamped to 1].
   * 50 %: 7/110 + x/132 ≥ 0.5 ⇔ x ≥ 57.6 → x = 58, Nov 2026; 80 %: x ≥ 97.2 → x = 98, Mar 2030.
   */
  const history = [month('2022-01', 10, 1), month('2023-01', 20, 2), month('2023-06', 0, 0), month('2024-01', 20, 6), month('2025-01', 10, 3)];

  it('fits a weighted least-squares line with its 90 % prediction band, clamped to [0, 1]', () => {
    const p = projectHandover(history)!;
    expect(p.monthsFitted).toBe(4);
    expect(p.slopePerYear).toBeCloseTo(1 / 11, 10);
    expect(p.yearEnds.map((y) => y.month)).toEqual(['2027-12', '2028-12', '2029-12', '2030-12']);
    const [dec2027] = p.yearEnds;
    expect(dec2027.share).toBeCloseTo(0.601515, 5);
    expect(dec2027.lower).toBeCloseTo(0.080357, 5);
    expect(dec2027.upper).toBe(1);
    // Dec 2030 is x = 107: 7/110 + 107/132 = 0.874242
    expect(p.yearEnds[3].share).toBeCloseTo(0.874242, 5);
    // The band widens away from the data's centre.
    expect(p.yearEnds[3].lower).toBeLessThan(dec2027.lower);
  });

  it('names the first month the line reaches 50 % and 80 %', () => {
    const p = projectHandover(history)!;
    expect(p.reachesHalf?.month).toBe('2026-11');
    expect(p.reachesHalf?.share).toBeCloseTo(7 / 110 + 58 / 132, 6);
    expect(p.reachesFourFifths?.month).toBe('2030-03');
  });

  it('weights each month by its entries: the same shares over fewer cases give the same line, a heavier month pulls it', () => {
    const halved = projectHandover(history.map((m) => month(m.month, m.performerEntries / 2, m.localIndependent / 2)))!;
    expect(halved.yearEnds[0].share).toBeCloseTo(0.601515, 5);
    const heavierFirst = projectHandover([month('2022-01', 40, 4), ...history.slice(1)])!;
    expect(heavierFirst.slopePerYear).toBeLessThan(1 / 11);
  });

  it('has no band when the shares lie on the line, and clamps the line at 1', () => {
    // 10 %, 20 %, 30 % in Jan–Mar 2026: 10 points a month, so 50 % in May and 80 % in Aug 2026.
    const p = projectHandover([month('2026-01', 10, 1), month('2026-02', 10, 2), month('2026-03', 10, 3)])!;
    expect(p.slopePerYear).toBeCloseTo(1.2, 10);
    expect(p.reachesHalf?.month).toBe('2026-05');
    expect(p.reachesFourFifths?.month).toBe('2026-08');
    expect(p.reachesFourFifths?.lower).toBeCloseTo(0.8, 10);
    expect(p.yearEnds.every((y) => y.share === 1 && y.lower === 1 && y.upper === 1)).toBe(true);
  });

  it('never reaches a target when the line falls, or only after 2030', () => {
    const falling = projectHandover([month('2024-01', 10, 3), month('2025-01', 10, 2), month('2026-01', 10, 1)])!;
    expect(falling.reachesHalf).toBeNull();
    expect(falling.reachesFourFifths).toBeNull();
    // 0.10 a year from 10 % in 2024: 50 % in Jan 2028, 80 % only in 2031.
    const slow = projectHandover([month('2024-01', 10, 1), month('2025-01', 10, 2), month('2026-01', 10, 3)])!;
    expect(slow.reachesHalf?.month).toBe('2028-01');
    expect(slow.reachesFourFifths).toBeNull();
    expect(slow.yearEnds[3].share).toBeCloseTo(0.1 + (83 / 12) * 0.1, 10);
  });

  it('makes no projection from fewer than three months with entries', () => {
    expect(projectHandover([])).toBeNull();
    expect(projectHandover([month('2026-01', 10, 1), month('2026-02', 0, 0), month('2026-03', 5, 5)])).toBeNull();
  });
});
