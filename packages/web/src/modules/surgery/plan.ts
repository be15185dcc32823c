/**
 * Editing a proposed mission schedule in the browser: cases per theatre day, minutes used
 * against the day's capacity, moves, changes and removals, and the slots to confirm.
 * Times are Phnom Penh wall-clock (UTC+7 all year; Cambodia has no daylight saving).
 */

const HOSPITAL_OFFSET_MINUTES = 7 * 60;
export const THEATRE_DAY_START_MINUTE = 8 * 60;

export interface PlanSlot {
  referralId: string;
  /** YYYY-MM-DD (Phnom Penh). */
  day: string;
  theatreId: string;
  /** Minutes after local midnight. */
  startMinute: number;
  durationMinutes: number;
  procedure: string;
}

/** The Phnom Penh day and minute of the day of an instant. */
export function localDayAndMinute(iso: string): { day: string; minute: number } {
  const shifted = new Date(new Date(iso).getTime() + HOSPITAL_OFFSET_MINUTES * 60_000);
  return {
    day: shifted.toISOString().slice(0, 10),
    minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

/** The instant (ISO, UTC) of a minute of a Phnom Penh day. */
export function instantOf(day: string, minute: number): string {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`) - HOSPITAL_OFFSET_MINUTES * 60_000;
  return new Date(midnightUtc + minute * 60_000).toISOString();
}

/** "08:30" for minute 510. */
export function formatMinute(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Minute of the day from "HH:MM", or null when it is not a time. */
export function parseMinute(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 23 || m > 59) return null;
  return h * 60 + m;
}

/** Every day from `start` to `end` inclusive (YYYY-MM-DD). */
export function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`) && days.length < 400; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export const dayKey = (day: string, theatreId: string) => `${day}|${theatreId}`;

/** The slots of one theatre day, in time order. */
export function slotsOf(slots: readonly PlanSlot[], day: string, theatreId: string): PlanSlot[] {
  return slots.filter((s) => s.day === day && s.theatreId === theatreId).sort((a, b) => a.startMinute - b.startMinute);
}

/** Theatre minutes booked in one theatre day. */
export function usedMinutes(slots: readonly PlanSlot[], day: string, theatreId: string): number {
  return slots.reduce((sum, s) => (s.day === day && s.theatreId === theatreId ? sum + s.durationMinutes : sum), 0);
}

export type PlanProblem =
  | { kind: 'OVER_CAPACITY'; day: string; theatreId: string; used: number; capacity: number }
  | { kind: 'OVERLAP'; day: string; theatreId: string; referralIds: [string, string] }
  | { kind: 'PAST_MIDNIGHT'; referralId: string };

/** What stops the plan being booked as it is: a theatre day over capacity, overlapping cases. */
export function planProblems(slots: readonly PlanSlot[], capacity: number): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const keys = [...new Set(slots.map((s) => dayKey(s.day, s.theatreId)))].sort();
  for (const key of keys) {
    const [day, theatreId] = key.split('|') as [string, string];
    const used = usedMinutes(slots, day, theatreId);
    if (used > capacity) problems.push({ kind: 'OVER_CAPACITY', day, theatreId, used, capacity });
    const ordered = slotsOf(slots, day, theatreId);
    for (let i = 1; i < ordered.length; i++) {
      const before = ordered[i - 1];
      const after = ordered[i];
      if (before.startMinute + before.durationMinutes > after.startMinute) {
        problems.push({ kind: 'OVERLAP', day, theatreId, referralIds: [before.referralId, after.referralId] });
      }
    }
  }
  for (const s of slots) {
    if (s.startMinute + s.durationMinutes > 24 * 60) problems.push({ kind: 'PAST_MIDNIGHT', referralId: s.referralId });
  }
  return problems;
}

/** The first free minute after the cases already in a theatre day. */
export function nextFreeMinute(slots: readonly PlanSlot[], day: string, theatreId: string, except?: string): number {
  return slotsOf(slots, day, theatreId)
    .filter((s) => s.referralId !== except)
    .reduce((end, s) => Math.max(end, s.startMinute + s.durationMinutes), THEATRE_DAY_START_MINUTE);
}

/** Moves a case to another theatre day, after the cases already there. */
export function moveSlot(slots: readonly PlanSlot[], referralId: string, day: string, theatreId: string): PlanSlot[] {
  const startMinute = nextFreeMinute(slots, day, theatreId, referralId);
  return slots.map((s) => (s.referralId === referralId ? { ...s, day, theatreId, startMinute } : s));
}

/** Changes a case's start or duration. */
export function updateSlot(slots: readonly PlanSlot[], referralId: string, patch: Partial<Pick<PlanSlot, 'startMinute' | 'durationMinutes'>>): PlanSlot[] {
  return slots.map((s) => (s.referralId === referralId ? { ...s, ...patch } : s));
}

export function removeSlot(slots: readonly PlanSlot[], referralId: string): PlanSlot[] {
  return slots.filter((s) => s.referralId !== referralId);
}

/** The slots as confirmMissionSchedule takes them. */
export function toSlotInputs(slots: readonly PlanSlot[]) {
  return [...slots]
    .sort((a, b) => a.day.localeCompare(b.day) || a.theatreId.localeCompare(b.theatreId) || a.startMinute - b.startMinute)
    .map((s) => ({
      referralId: s.referralId,
      theatreId: s.theatreId,
      scheduledStart: instantOf(s.day, s.startMinute),
      expectedDurationMinutes: s.durationMinutes,
      procedure: s.procedure,
    }));
}
