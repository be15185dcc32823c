import type { EntityManager } from '@mikro-orm/postgresql';
import type { JourneyEventKind } from '@pj/shared';
import { Keyset } from '../graphql/keyset.js';
import { pageRequest, toGlobalId, type Page, type PageArgs } from '../graphql/relay.js';
import { leanPlanReader, planOf, type LeanInclude, type LeanPlan } from '../persistence/lean.js';
import { queryPrepared } from '../persistence/prepared.js';
import { JourneyEvent } from './journey-event.entity.js';
import { timelineReads } from './event-kinds.js';
import type { JourneyEventBase } from './journey.types.js';

/**
 * An event as GraphQL serves it: a global `id`, and for cursors `seq`, its database key, and
 * `timelineKey`, its place in the timeline's order (`timeline_at` in microseconds since 1970).
 */
export type JourneyEventView = JourneyEventBase & Omit<JourneyEvent, 'id' | 'patient' | 'dateOnly'> & { seq: string; timelineKey: string };

/** Turns a lean event (persistence/lean.ts; this read's own, never shared) into its view, in place. */
function toView(event: JourneyEvent, timelineKey: string): JourneyEventView {
  const view = event as unknown as JourneyEventView;
  view.seq = event.id;
  view.id = toGlobalId('JourneyEvent', view.seq);
  view.timelineKey = timelineKey;
  return view;
}

/**
 * The records an event links to, read with it: each kind's records and what the timeline
 * shows of them (the theatre of an operation, the bed and ward of a stay), from the kinds'
 * declarations (event-kinds.ts), and the episode every event may belong to.
 */
export const TIMELINE_RECORDS: LeanInclude = { episode: {}, ...timelineReads() };

/**
 * A page of a patient's timeline, newest first in clinical order, with the record each event
 * is about, in one SQL statement: a keyset range read on (patient_id, timeline_at desc, id
 * desc), each linked record picked up by its key (persistence/lean.ts). `timeline_at` is the timeline's
 * order, computed by the database: clinical day, then time (timed events) or recording
 * (date-only events) within the day (journey-recorder.ts, `onClinicalDay`). `plan` narrows the
 * linked records read (to what the request selects); by default all are.
 */
export async function readJourney(
  em: EntityManager,
  patientId: string,
  args: { kinds?: JourneyEventKind[] | null; plan?: LeanPlan } & PageArgs,
): Promise<Page<JourneyEventView>> {
  const request = pageRequest(args);
  const conditions = ['e.patient_id = ?'];
  const params: unknown[] = [patientId];
  if (args.kinds?.length) {
    conditions.push('e.kind = any(?)');
    params.push(args.kinds);
  }
  const window = TIMELINE_KEYSET.window(request);
  const reader = leanPlanReader<JourneyEvent>(em, 'JourneyEvent', 'e', args.plan ?? planOf(TIMELINE_RECORDS));
  const found = await queryPrepared<{ row: unknown; key: string }>(
    em,
    `select ${reader.sql} as row, (extract(epoch from e.timeline_at) * 1000000)::bigint::text as key
     from journey_event e where ${conditions.join(' and ')} and ${window.sql}
     order by ${window.orderBy} limit ?`,
    [...params, ...window.params, window.limit],
  );
  return TIMELINE_KEYSET.page(
    found.map((r) => toView(reader.read(r.row), r.key)),
    request,
    () => em.count(JourneyEvent, args.kinds?.length ? { patient: patientId, kind: { $in: args.kinds } } : { patient: patientId }),
  );
}

/**
 * Newest first: (timeline_at, id) descending. The cursor holds `timeline_at` in microseconds,
 * exact as stored, so a cursor never falls between two events.
 */
const TIMELINE_KEYSET = new Keyset<JourneyEventView>(
  [
    { sql: 'e.timeline_at', type: 'micros', of: (e) => e.timelineKey },
    { sql: 'e.id', type: 'serial', of: (e) => e.seq },
  ],
  'desc',
);

/**
 * A patient's events recorded after `afterSeq` (their key; none: from the first), in the order
 * they were recorded (by key), at most `limit`; or, with `seqs`, just those events. Live
 * subscribers catch up with it (live/live.resolver.ts): the key, unlike the timeline's clinical
 * order, only grows, so "after the last one seen" misses no event recorded later.
 */
export async function readJourneyByKey(
  em: EntityManager,
  patientId: string,
  args: { afterSeq?: string | null; seqs?: readonly string[]; limit: number },
): Promise<JourneyEventView[]> {
  const reader = leanPlanReader<JourneyEvent>(em, 'JourneyEvent', 'e', planOf(TIMELINE_RECORDS));
  const [condition, param] = args.seqs ? ['e.id = any(?::bigint[])', `{${args.seqs.join(',')}}`] : ['e.id > ?::bigint', args.afterSeq ?? '0'];
  const found = await queryPrepared<{ row: unknown; key: string }>(
    em,
    `select ${reader.sql} as row, (extract(epoch from e.timeline_at) * 1000000)::bigint::text as key
     from journey_event e where e.patient_id = ? and ${condition}
     order by e.id limit ?`,
    [patientId, param, args.limit],
  );
  return found.map((r) => toView(reader.read(r.row), r.key));
}
