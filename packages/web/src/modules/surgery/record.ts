import { instantOf, localDayAndMinute, formatMinute } from './plan';

/** "YYYY-MM-DDTHH:MM:SS" (a datetime-local input, Phnom Penh time) of an instant, rounded down to the second. */
export function toLocalInput(iso: string): string {
  const { day, minute } = localDayAndMinute(iso);
  const seconds = new Date(iso).getUTCSeconds();
  return `${day}T${formatMinute(minute)}:${String(seconds).padStart(2, '0')}`;
}

/** The instant rounded up to a whole second (an incision "at the Time Out" is never before it). */
export function ceilToSecond(iso: string): string {
  return new Date(Math.ceil(new Date(iso).getTime() / 1000) * 1000).toISOString();
}

/** The instant of a datetime-local value read as Phnom Penh time; null when empty or invalid. */
export function fromLocalInput(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const h = Number(match[2]);
  const m = Number(match[3]);
  const sec = Number(match[4] ?? 0);
  if (h > 23 || m > 59 || sec > 59 || Number.isNaN(Date.parse(`${match[1]}T00:00:00Z`))) return null;
  return new Date(Date.parse(instantOf(match[1], h * 60 + m)) + sec * 1000).toISOString();
}

/** Non-empty trimmed lines of a text area. */
export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Problems the form can see before asking the server (the server checks them too). */
export function timeProblems(times: { inTheatreAt: string | null; startedAt: string | null; endedAt: string | null; outOfTheatreAt: string | null }) {
  const problems: Partial<Record<keyof typeof times, 'REQUIRED' | 'ORDER'>> = {};
  if (!times.startedAt) problems.startedAt = 'REQUIRED';
  if (!times.endedAt) problems.endedAt = 'REQUIRED';
  const t = (s: string | null) => (s ? Date.parse(s) : null);
  const [a, b, c, d] = [t(times.inTheatreAt), t(times.startedAt), t(times.endedAt), t(times.outOfTheatreAt)];
  if (a !== null && b !== null && a > b) problems.inTheatreAt = 'ORDER';
  if (b !== null && c !== null && c <= b) problems.endedAt = 'ORDER';
  if (c !== null && d !== null && d < c) problems.outOfTheatreAt = 'ORDER';
  return problems;
}
