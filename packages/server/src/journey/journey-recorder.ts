import type { EntityManager } from '@mikro-orm/postgresql';
import { stageAfter, startOfHospitalDay, type JourneyEventKind, type StageInput } from '@pj/shared';
import type { Episode } from '../episodes/episode.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import { EVENT_RECORDS, type EventRecord } from './event-kinds.js';
import { JourneyEvent } from './journey-event.entity.js';
import type { EventSummary } from './journey-summaries.js';

/** The event's columns that keep its summary. */
export function summaryColumns(summary: EventSummary): Pick<JourneyEvent, 'summary' | 'summaryVariant' | 'summaryParams'> {
  return { summary: summary.text, summaryVariant: summary.variant, summaryParams: summary.params };
}

/**
 * The episode of care a follow-up belongs to: the one of the operation it follows, else the
 * one of the admission whose discharge booked it (a wound check or day-30 call sits with its
 * operation, not under "General"). Undefined when neither is known.
 */
function episodeOfFollowUp(followUp: JourneyEventDraft['followUp']): Episode | undefined {
  if (!followUp) return undefined;
  return followUp.surgery?.episode ?? followUp.discharge?.admission?.episode ?? undefined;
}

export type JourneyEventDraft = StageInput & {
  kind: JourneyEventKind;
  occurredAt: Date;
  /** For a fact known only by its day: that day (see `onClinicalDay`). */
  occurredOn?: string | null;
  /** When it was written down; now (the server's clock) when left out. */
  recordedAt?: Date;
  /** Its summary, from `summaries` (journey-summaries.ts). */
  summary: EventSummary;
  episode?: Episode | null;
  fromStatus?: JourneyEvent['fromStatus'];
  toStatus?: JourneyEvent['toStatus'];
  note?: string | null;
} & {
  /** The records it is about (event-kinds.ts names those of each kind). */
  [R in EventRecord]?: JourneyEvent[R];
};

/**
 * Where a fact known only by its day (a diagnosis, a dose given, a toxicity's onset, a
 * follow-up's outcome…) goes on the timeline: its clinical day and the instant it was recorded.
 * The timeline orders by clinical day, then, within the day, by the time of a timed event or the
 * recording of a date-only one (a recording made on a later day counts as the day's end), then
 * by id: a diagnosis written at 10:00 follows the 09:00 admission of that day, and a dose of
 * Monday written down on Wednesday ends Monday. The database computes that key
 * (`journey_event.timeline_at`). `occurredAt` is the start of the day in Phnom Penh, never a time.
 */
export function onClinicalDay(day: string, recordedAt: Date): Pick<JourneyEventDraft, 'occurredAt' | 'occurredOn' | 'recordedAt'> {
  return { occurredAt: startOfHospitalDay(day), occurredOn: day, recordedAt };
}

/**
 * Appends an event to the patient's timeline and moves the patient to the stage it leads to.
 * Call it inside the transaction that makes the change, so both land or neither does.
 */
export function recordJourneyEvent(
  em: EntityManager,
  patient: Patient,
  draft: JourneyEventDraft,
  actor: string | null,
): JourneyEvent {
  const event = em.create(JourneyEvent, {
    patient,
    kind: draft.kind,
    occurredAt: draft.occurredAt,
    occurredOn: draft.occurredOn ?? null,
    ...(draft.recordedAt ? { recordedAt: draft.recordedAt } : {}),
    ...summaryColumns(draft.summary),
    actor,
    episode: draft.episode ?? episodeOfFollowUp(draft.followUp) ?? null,
    fromStatus: draft.fromStatus ?? null,
    toStatus: draft.toStatus ?? null,
    note: draft.note ?? null,
    ...Object.fromEntries(EVENT_RECORDS.map((relation) => [relation, draft[relation] ?? null])),
  });
  patient.stage = stageAfter(patient.stage, draft);
  return event;
}
