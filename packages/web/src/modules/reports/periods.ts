/** A period of Phnom Penh days, both included (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

export type Preset = 'thisMonth' | 'lastMonth' | 'thisYear' | 'lastYear';
/** The referral report's quick picks. */
export const PRESETS: Preset[] = ['thisMonth', 'lastMonth', 'thisYear'];
/** The indicators' quick picks (whole months and years: the figures reported to donors and the Ministry). */
export const INDICATOR_PRESETS: Preset[] = ['lastMonth', 'thisYear', 'lastYear'];

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period a preset means on `today` (a Phnom Penh day). */
export function presetPeriod(preset: Preset, today: string): Period {
  const [year, month] = today.split('-').map(Number) as [number, number];
  switch (preset) {
    case 'thisMonth':
      return { from: `${year}-${pad(month)}-01`, to: today };
    case 'lastMonth': {
      const y = month === 1 ? year - 1 : year;
      const m = month === 1 ? 12 : month - 1;
      return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDayOfMonth(y, m))}` };
    }
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Whether a value is a real calendar day written YYYY-MM-DD. */
const isDay = (value: string | null): value is string =>
  value !== null && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * The period written in the address (`?from=…&to=…`): undefined when none is, null when what is
 * there is not a period (a malformed day, or the end before the start).
 */
export function addressPeriod(params: URLSearchParams): Period | null | undefined {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) return undefined;
  if (!isDay(from) || !isDay(to) || from > to) return null;
  return { from, to };
}

/** The period in the address, `this month` when absent; null when what is there is not a period. */
export function periodFromParams(params: URLSearchParams, today: string): Period | null {
  const period = addressPeriod(params);
  return period === undefined ? presetPeriod('thisMonth', today) : period;
}

/** Which preset a period is, if any. */
export function presetOf(period: Period, today: string, presets: readonly Preset[] = PRESETS): Preset | null {
  return presets.find((preset) => {
    const p = presetPeriod(preset, today);
    return p.from === period.from && p.to === period.to;
  }) ?? null;
}
