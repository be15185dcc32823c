/**
 * The handover projection: where the monthly share of operations performed independently by a
 * local surgeon is heading, to December 2030, with its uncertainty.
 *
 * Method (also in the README, "Handover dashboard"):
 * - Each month with at least one performer entry is a point (x = the month's number, y = its
 *   local-independent share), weighted by its number of performer entries (a month of 40 cases
 *   says more than a month of 2). Months with no performer entry carry no weight.
 * - A straight line is fitted by weighted least squares.
 * - The 90 % prediction band is where a future month's share is expected to fall nine times in
 *   ten, for a month of the average weight observed (the period's performer entries divided by its
 *   months with entries): fitted ± t(0.95, n − 2) · s · √(1/w̄ + 1/Σw + (x − x̄w)² / Sxx), with s² the
 *   weighted residual variance Σw(y − ŷ)² / (n − 2) and n the months with entries.
 * - Every value is then clamped to [0, 1] (a share cannot leave it; the line can).
 * - At least three months with entries, spanning more than one month, are needed; otherwise there
 *   is no projection.
 */

/** One month of the dashboard: performer entries and those by local staff performed independently. */
export interface HandoverMonthInput {
  /** `YYYY-MM`. */
  month: string;
  performerEntries: number;
  localIndependent: number;
}

export interface HandoverProjectionPoint {
  /** `YYYY-MM`. */
  month: string;
  /** The fitted share, clamped to [0, 1]. */
  share: number;
  /** The 90 % prediction band's bounds, clamped to [0, 1]. */
  lower: number;
  upper: number;
}

export interface HandoverProjection {
  /** The line's change in share per year (not clamped). */
  slopePerYear: number;
  /** Months with entries the line was fitted on. */
  monthsFitted: number;
  /** December of each year from 2027 to 2030. */
  yearEnds: HandoverProjectionPoint[];
  /** The first month the line is at 50 % or above, if it rises to it by December 2030. */
  reachesHalf: HandoverProjectionPoint | null;
  /** The first month the line is at 80 % or above, if it rises to it by December 2030. */
  reachesFourFifths: HandoverProjectionPoint | null;
}

/** The horizon of the hospital's aim. */
const HANDOVER_HORIZON = '2030-12';
const HANDOVER_YEAR_ENDS = ['2027-12', '2028-12', '2029-12', '2030-12'] as const;
/** Two-sided coverage of the prediction band. */
const HANDOVER_BAND = 0.9;

const MONTH = /^(\d{4})-(\d{2})$/;

/** A month's number (months since year 0), so that consecutive months differ by one. */
export function monthNumber(month: string): number {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`not a month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** The inverse of monthNumber. */
export function monthOfNumber(n: number): string {
  const year = Math.floor(n / 12);
  return `${String(year).padStart(4, '0')}-${String(n - year * 12 + 1).padStart(2, '0')}`;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/**
 * The weighted least-squares line through the monthly local-independent shares and its 90 %
 * prediction band, at each year-end 2027–2030 and at the months it first reaches 50 % and 80 %;
 * null when there are fewer than three months with entries or they are all one month.
 */
export function projectHandover(months: readonly HandoverMonthInput[]): HandoverProjection | null {
  const points = months
    .filter((m) => m.performerEntries > 0)
    .map((m) => ({ x: monthNumber(m.month), y: m.localIndependent / m.performerEntries, w: m.performerEntries }));
  const n = points.length;
  if (n < 3) return null;
  const sumW = points.reduce((s, p) => s + p.w, 0);
  const meanX = points.reduce((s, p) => s + p.w * p.x, 0) / sumW;
  const meanY = points.reduce((s, p) => s + p.w * p.y, 0) / sumW;
  const sxx = points.reduce((s, p) => s + p.w * (p.x - meanX) ** 2, 0);
  if (sxx === 0) return null;
  const sxy = points.reduce((s, p) => s + p.w * (p.x - meanX) * (p.y - meanY), 0);
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const fitted = (x: number) => intercept + slope * x;
  const residual = points.reduce((s, p) => s + p.w * (p.y - fitted(p.x)) ** 2, 0);
  const s = Math.sqrt(residual / (n - 2));
  const t = studentTQuantile(1 - (1 - HANDOVER_BAND) / 2, n - 2);
  const typicalWeight = sumW / n;
  const at = (x: number): HandoverProjectionPoint => {
    const y = fitted(x);
    const half = t * s * Math.sqrt(1 / typicalWeight + 1 / sumW + (x - meanX) ** 2 / sxx);
    return { month: monthOfNumber(x), share: clamp01(y), lower: clamp01(y - half), upper: clamp01(y + half) };
  };
  const horizon = monthNumber(HANDOVER_HORIZON);
  const reaches = (target: number): HandoverProjectionPoint | null => {
    if (!(slope > 0)) return null;
    // The first whole month at or above the target; a tolerance keeps an exact hit on its month.
    const x = Math.ceil((target - intercept) / slope - 1e-9);
    return x <= horizon ? at(x) : null;
  };
  return {
    slopePerYear: slope * 12,
    monthsFitted: n,
    yearEnds: HANDOVER_YEAR_ENDS.map((m) => at(monthNumber(m))),
    reachesHalf: reaches(0.5),
    reachesFourFifths: reaches(0.8),
  };
}

/** The p-quantile of Student's t distribution with `df` degrees of freedom (bisection on the CDF). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) throw new Error('studentTQuantile: p in (0, 1), df > 0');
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** I_x(a, b) by its continued fraction (Lentz's method), as in Numerical Recipes' betai. */
function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The continued fraction converges quickly for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
  if (x > (a + 1) / (a + b + 2)) return 1 - (front * betaFraction(1 - x, b, a)) / b;
  return (front * betaFraction(x, a, b)) / a;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7). */
function logGamma(x: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = c[0];
  for (let i = 1; i < g + 2; i++) sum += c[i] / (z + i);
  const t = z + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
