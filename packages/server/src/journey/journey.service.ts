import type { EntityManager } from '@mikro-orm/postgresql';
import type { JourneyEventKind } from '@pj/shared';
import { Keyset } from '../graphql/keyset.js';
import { pageRequest, toGlobalId, type Page, type PageArgs } from '../graphql/relay.js';
import { columnsPlan, leanPlanReader, mergePlans, planOf, type LeanInclude, type LeanPlan } from '../persistence/lean.js';
import { queryPrepared, readFromPrimary } from '../persistence/prepared.js';
import { EVERY_TRANSACTION, type TimelinePosition } from '../live/timeline-cursor.js';
import { JourneyEvent } from './journey-event.entity.js';
import { timelineReads } from './event-kinds.js';
import type { JourneyEventBase } from './journey.types.js';

/**
 * An event as GraphQL serves it: a global `id`, and for cursors `seq`, its database key, and
 * `timelineKey`, its place in the timeline's order (`timeline_at` in microseconds since 1970),
 * served with the key as `timelinePosition`.
 */
export type JourneyEventView = JourneyEventBase & Omit<JourneyEvent, 'id' | 'patient' | 'dateOnly'> & { seq: string; timelineKey: string };

/** Turns a lean event (persistence/lean.ts; this read's own, never shared) into its view, in place. */
function toView(event: JourneyEvent, timelineKey: string): JourneyEventView {
  const view = event as unknown as JourneyEventView;
  view.seq = event.id;
  view.id = toGlobalId('JourneyEvent', view.seq);
  view.timelineKey = timelineKey;
  view.timelinePosition = timelinePosition(timelineKey, view.seq);
  return view;
}

/** Microseconds added to `timeline_at` so that any instant since year 1 writes as 19 digits (sorting as text). */
const POSITION_OFFSET = 2n ** 62n;

/**
 * `timelinePosition`: `timeline_at` then the key, each as fixed-width digits, so the text sorts
 * in the timeline's order (oldest first), for a client placing an event received live.
 */
export function timelinePosition(timelineKey: string, seq: string): string {
  return `${(BigInt(timelineKey) + POSITION_OFFSET).toString().padStart(19, '0')}.${seq.padStart(19, '0')}`;
}

/**
 * The records an event links to, read with it: each kind's records and what the timeline
 * shows of them (the theatre of an operation, the bed and ward of a stay), from the kinds'
 * declarations (event-kinds.ts), and the episode every event may belong to.
 */
export const TIMELINE_RECORDS: LeanInclude = { episode: {}, ...timelineReads() };

/** What every event is read with: its kind, which is its GraphQL type (`JourneyEvent.resolveType`). */
const EVENT_NEEDS = columnsPlan(['kind']);

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
  args: { kinds?: JourneyEventKind[] | null; plan?: LeanPlan; live?: boolean } & PageArgs,
): Promise<Page<JourneyEventView> & { live?: TimelinePosition }> {
  const request = pageRequest(args);
  const conditions = ['e.patient_id = ?'];
  const params: unknown[] = [patientId];
  if (args.kinds?.length) {
    conditions.push('e.kind = any(?)');
    params.push(args.kinds);
  }
  const window = TIMELINE_KEYSET.window(request);
  const reader = leanPlanReader<JourneyEvent>(em, 'JourneyEvent', 'e', mergePlans(args.plan ?? planOf(TIMELINE_RECORDS), EVENT_NEEDS));
  const pageSql = `select ${reader.sql} as row, (extract(epoch from e.timeline_at) * 1000000)::bigint::text as key
     from journey_event e where ${conditions.join(' and ')} and ${window.sql}
     order by ${window.orderBy} limit ?`;
  const pageParams = [...params, ...window.params, window.limit];
  let live: TimelinePosition | undefined;
  let found: { row: unknown; key: string }[];
  if (args.live) {
    // Where live updates start from (`liveCursor`), taken by the statement that reads the page:
    // the snapshot the rows were read in and the last key it shows, of every kind. One row
    // even for an empty page (the left join); the page's rows keep their order (a one-row
    // outer side, joined to a subquery PostgreSQL cannot flatten because of its LIMIT). On
    // the primary, as live reads are (readJourneySince).
    readFromPrimary(em);
    const rows = await queryPrepared<{ row: unknown; key: string | null; seq: string; snapshot: string }>(
      em,
      `select p.row, p.key, now_.seq, now_.snapshot
       from (select pg_current_snapshot()::text as snapshot,
               (select coalesce(max(id), 0)::text from journey_event where patient_id = ?) as seq) now_
       left join lateral (${pageSql}) p on true`,
      [patientId, ...pageParams],
    );
    live = { snapshot: rows[0].snapshot, seq: rows[0].seq, held: [] };
    found = rows.filter((r) => r.key !== null) as { row: unknown; key: string }[];
  } else {
    found = await queryPrepared<{ row: unknown; key: string }>(em, pageSql, pageParams);
  }
  const page = TIMELINE_KEYSET.page(
    found.map((r) => toView(reader.read(r.row), r.key)),
    request,
    () => em.count(JourneyEvent, args.kinds?.length ? { patient: patientId, kind: { $in: args.kinds } } : { patient: patientId }),
  );
  return live ? { ...page, live } : page;
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

/** A patient's events as a live reader catches up with them: each with its transaction, and the snapshot of the read. */
export interface JourneySince {
  events: (JourneyEventView & { xid: string })[];
  /** The snapshot the events were read in (`pg_current_snapshot()` of the same statement); null when none was found. */
  snapshot: string | null;
}

/**
 * A patient's events that a reader at `position` does not hold (live/timeline-cursor.ts), in
 * the order of their keys, at most `limit`, with the snapshot they were read in. The snapshot
 * comes from the statement that reads the events, so it describes exactly what was read.
 * Always on the primary: a replica's `pg_current_snapshot()` does not list the primary's
 * transactions in progress, and a replica that lags could hand out a snapshot older than the
 * cursor it resumes from.
 */
export async function readJourneySince(em: EntityManager, patientId: string, position: TimelinePosition, limit: number): Promise<JourneySince> {
  readFromPrimary(em);
  const reader = leanPlanReader<JourneyEvent>(em, 'JourneyEvent', 'e', planOf(TIMELINE_RECORDS));
  const snapshot = position.snapshot ?? EVERY_TRANSACTION;
  const found = await queryPrepared<{ row: unknown; key: string; xid: string; snapshot: string }>(
    em,
    `select ${reader.sql} as row, (extract(epoch from e.timeline_at) * 1000000)::bigint::text as key,
       e.xid::text as xid, pg_current_snapshot()::text as snapshot
     from journey_event e
     where e.patient_id = ?
       and (e.id > ?::bigint or (e.xid >= ?::xid8 and not pg_visible_in_snapshot(e.xid, ?::pg_snapshot)))
       and not exists (select from unnest(?::xid8[], ?::bigint[]) as held(xid, seq) where held.xid = e.xid and e.id <= held.seq)
     order by e.id limit ?`,
    [
      patientId,
      position.seq,
      snapshot.slice(0, snapshot.indexOf(':')),
      snapshot,
      `{${position.held.map(([xid]) => xid).join(',')}}`,
      `{${position.held.map(([, seq]) => seq).join(',')}}`,
      limit,
    ],
  );
  return {
    events: found.map((r) => Object.assign(toView(reader.read(r.row), r.key), { xid: r.xid })),
    snapshot: found[0]?.snapshot ?? null,
  };
}

/** Where a reader that wants only the events recorded from now on starts: every event committed now is held. */
export async function journeyPositionNow(em: EntityManager, patientId: string): Promise<TimelinePosition> {
  readFromPrimary(em);
  const [row] = await queryPrepared<{ seq: string; snapshot: string }>(
    em,
    `select coalesce(max(id), 0)::text as seq, pg_current_snapshot()::text as snapshot from journey_event where patient_id = ?`,
    [patientId],
  );
  return { snapshot: row.snapshot, seq: row.seq, held: [] };
}
