import { IndicatorDimension as D, IndicatorKey as K } from '@pj/shared';
import { describe, expect, it } from 'vitest';
import { casesFromParams, groupByFromParams, hasBadPeriod, reportPeriod, reportViewFromParams, reportViewHref, reportViewParams, type ReportView } from './indicator-params';
import { INDICATOR_PRESETS, presetOf, presetPeriod } from './periods';

const today = '2026-03-14';
const read = (query: string) => reportViewFromParams(new URLSearchParams(query), today);

describe('reports page address', () => {
  it('reads the period, last month when absent or not a period', () => {
    expect(reportPeriod(new URLSearchParams('from=2026-01-05&to=2026-02-10'), today)).toEqual({ from: '2026-01-05', to: '2026-02-10' });
    const lastMonth = { from: '2026-02-01', to: '2026-02-28' };
    expect(reportPeriod(new URLSearchParams(''), today)).toEqual(lastMonth);
    // End before start, a day that does not exist, half a period, not a day at all.
    for (const query of ['from=2026-02-10&to=2026-01-05', 'from=2026-02-30&to=2026-03-05', 'from=2026-01-01', 'from=yesterday&to=today', 'from=2026-1-1&to=2026-01-31']) {
      expect(reportPeriod(new URLSearchParams(query), today)).toEqual(lastMonth);
      expect(hasBadPeriod(new URLSearchParams(query))).toBe(true);
    }
    expect(hasBadPeriod(new URLSearchParams(''))).toBe(false);
    expect(hasBadPeriod(new URLSearchParams('from=2026-01-05&to=2026-02-10'))).toBe(false);
  });

  it('has the quick picks last month, this year and last full year', () => {
    expect(presetPeriod('lastYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(INDICATOR_PRESETS.map((p) => presetPeriod(p, '2026-01-10'))).toEqual([
      { from: '2025-12-01', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-01-10' },
      { from: '2025-01-01', to: '2025-12-31' },
    ]);
    expect(presetOf({ from: '2025-01-01', to: '2025-12-31' }, today, INDICATOR_PRESETS)).toBe('lastYear');
    // The referral report keeps its own picks.
    expect(presetOf({ from: '2025-01-01', to: '2025-12-31' }, today)).toBeNull();
  });

  it('reads the grouping: by month when absent, none when empty, known dimensions once, at most two', () => {
    const by = (value: string | null) => groupByFromParams(new URLSearchParams(value === null ? '' : `by=${value}`));
    expect(by(null)).toEqual([D.MONTH]);
    expect(by('')).toEqual([]);
    expect(by('SPECIALTY')).toEqual([D.SPECIALTY]);
    expect(by('AGE_GROUP,SPECIALTY')).toEqual([D.AGE_GROUP, D.SPECIALTY]);
    expect(by('age_group')).toEqual([D.AGE_GROUP]);
    expect(by('COLOUR,SPECIALTY')).toEqual([D.SPECIALTY]);
    expect(by('SPECIALTY,SPECIALTY')).toEqual([D.SPECIALTY]);
    expect(by('MONTH,SPECIALTY,AGE_GROUP')).toEqual([D.MONTH, D.SPECIALTY]);
  });

  it('reads the drill-down, none when its indicator or a group is not understood', () => {
    expect(casesFromParams(new URLSearchParams('cases=SURGICAL_VOLUME&group=MONTH:2026-03&group=SPECIALTY:UROLOGY'))).toEqual({
      key: K.SURGICAL_VOLUME,
      groups: [
        { dimension: D.MONTH, value: '2026-03' },
        { dimension: D.SPECIALTY, value: 'UROLOGY' },
      ],
      numeratorOnly: false,
    });
    // A value with a colon (a global ID may hold one) keeps it.
    expect(casesFromParams(new URLSearchParams('cases=SURGICAL_SITE_INFECTION&group=MISSION:TWlzc2lvbjo6YQ==&numerator=1'))).toEqual({
      key: K.SURGICAL_SITE_INFECTION,
      groups: [{ dimension: D.MISSION, value: 'TWlzc2lvbjo6YQ==' }],
      numeratorOnly: true,
    });
    expect(casesFromParams(new URLSearchParams(''))).toBeNull();
    expect(casesFromParams(new URLSearchParams('cases=NOT_AN_INDICATOR'))).toBeNull();
    expect(casesFromParams(new URLSearchParams('cases=SURGICAL_VOLUME&group=COLOUR:RED'))).toBeNull();
    expect(casesFromParams(new URLSearchParams('cases=SURGICAL_VOLUME&group=MONTH'))).toBeNull();
    expect(casesFromParams(new URLSearchParams('cases=SURGICAL_VOLUME&group=MONTH:'))).toBeNull();
    expect(casesFromParams(new URLSearchParams('cases=SURGICAL_VOLUME&group=MONTH:2026-03&group=MONTH:2026-04'))).toBeNull();
  });

  it('reads an unknown indicator as all of them', () => {
    expect(read('indicator=SURGICAL_VOLUME').indicator).toBe(K.SURGICAL_VOLUME);
    expect(read('indicator=EVERYTHING').indicator).toBeNull();
  });

  it('writes a view to the address and reads the same view back', () => {
    const views: ReportView[] = [
      { period: { from: '2025-01-01', to: '2025-12-31' }, groupBy: [], indicator: null, cases: null },
      { period: { from: '2026-03-01', to: '2026-03-31' }, groupBy: [D.AGE_GROUP, D.SPECIALTY], indicator: K.SURGICAL_VOLUME, cases: null },
      {
        period: { from: '2026-03-01', to: '2026-03-31' },
        groupBy: [D.MONTH],
        indicator: null,
        cases: { key: K.SURGICAL_VOLUME, groups: [{ dimension: D.MONTH, value: '2026-03' }], numeratorOnly: true },
      },
    ];
    for (const view of views) expect(reportViewFromParams(reportViewParams(view), today)).toEqual(view);
    expect(reportViewHref(views[1])).toBe('/reports?from=2026-03-01&to=2026-03-31&by=AGE_GROUP%2CSPECIALTY&indicator=SURGICAL_VOLUME');
  });
});
