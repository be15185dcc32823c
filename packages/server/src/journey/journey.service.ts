import type { EntityManager } from '@mikro-orm/postgresql';
import type { JourneyEventKind } from '@pj/shared';
import { badInput } from '../common/domain-error.js';
import { decodeCursor, encodeCursor, toGlobalId, type Page } from '../graphql/relay.js';
import { leanPlanReader, planOf, type LeanInclude, type LeanPlan } from '../db/lean.js';
import { queryPrepared } from '../db/prepared.js';
import { JourneyEvent } from './journey-event.entity.js';
import type { JourneyEventBase } from './journey.types.js';

/** An event as GraphQL serves it: a global `id`, and `seq`, its database key, for cursors. */
export type JourneyEventView = JourneyEventBase & Omit<JourneyEvent, 'id' | 'patient'> & { seq: string };

/** Turns a lean event (db/lean.ts; this read's own, never shared) into its view, in place. */
function toView(event: JourneyEvent): JourneyEventView {
  const view = event as unknown as JourneyEventView;
  view.seq = event.id;
  view.id = toGlobalId('JourneyEvent', view.seq);
  return view;
}

/**
 * The records an event links to, read with it: each event type's fields, and what the
 * timeline shows of them (the theatre of an operation, the bed and ward of a stay).
 */
/** What a timeline page needs of each event whatever is selected: its type and its cursor. */
export const TIMELINE_KEYS = ['kind', 'occurredAt'] as const;

export const TIMELINE_RECORDS: LeanInclude = {
  episode: {},
  referral: {},
  surgery: { theatre: {} },
  admission: { bed: { ward: {} } },
  discharge: {},
  bedStay: { bed: { ward: {} } },
  oncologyDiagnosis: {},
  treatmentPlan: {},
  chemoAdministration: {},
  toxicity: {},
  responseAssessment: {},
  followUp: {},
  complication: {},
  mission: {},
  checklistPhase: {},
};

/**
 * A page of a patient's timeline, newest first, with the record each event is about, in
 * one SQL statement: a keyset range read on (patient_id, occurred_at desc, id desc), each
 * linked record picked up by its key (db/lean.ts). `plan` narrows the columns and linked
 * records read (to what the request selects); by default all are. The event's kind (its
 * GraphQL type) and time (the cursor) are always read.
 */
export async function readJourney(
  em: EntityManager,
  patientId: string,
  args: { first: number; after?: string | null; kinds?: JourneyEventKind[] | null; plan?: LeanPlan },
): Promise<Page<JourneyEventView>> {
  const conditions = ['e.patient_id = ?'];
  const params: unknown[] = [patientId];
  if (args.kinds?.length) {
    conditions.push('e.kind = any(?)');
    params.push(args.kinds);
  }
  if (args.after) {
    const [occurredAt, id] = decodeCursor(args.after, 2);
    const at = new Date(String(occurredAt));
    if (Number.isNaN(at.getTime()) || !/^\d+$/.test(String(id))) {
      throw badInput('after', 'The cursor is not valid; start again from the first page', 'INVALID_CURSOR');
    }
    conditions.push('(e.occurred_at, e.id) < (?, ?)');
    params.push(at, String(id));
  }
  const reader = leanPlanReader<JourneyEvent>(em, 'JourneyEvent', 'e', args.plan ?? planOf(TIMELINE_RECORDS));
  const found = await queryPrepared<{ row: unknown }>(
    em,
    `select ${reader.sql} as row from journey_event e where ${conditions.join(' and ')}
     order by e.occurred_at desc, e.id desc limit ?`,
    [...params, args.first + 1],
  );
  const rows = found.map((r) => reader.read(r.row));
  const page = rows.slice(0, args.first);
  return {
    nodes: page.map(toView),
    hasNextPage: rows.length > args.first,
    cursorOf: (event) => encodeCursor([event.occurredAt.toISOString(), event.seq]),
    count: () =>
      em.count(JourneyEvent, args.kinds?.length ? { patient: patientId, kind: { $in: args.kinds } } : { patient: patientId }),
  };
}
