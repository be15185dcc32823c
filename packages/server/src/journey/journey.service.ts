import type { EntityManager } from '@mikro-orm/postgresql';
import type { JourneyEventKind } from '@pj/shared';
import { badInput } from '../common/domain-error.js';
import { decodeCursor, encodeCursor, toGlobalId, type Page } from '../graphql/relay.js';
import { JourneyEvent } from './journey-event.entity.js';
import type { JourneyEventBase } from './journey.types.js';

/** An event as GraphQL serves it: a global `id`, and `seq`, its database key, for cursors. */
export type JourneyEventView = JourneyEventBase & Omit<JourneyEvent, 'id' | 'patient'> & { seq: string };

function toView(event: JourneyEvent): JourneyEventView {
  return { ...event, id: toGlobalId('JourneyEvent', event.id), seq: event.id };
}

/**
 * A page of a patient's timeline, newest first, with the record each event is about, in
 * one SQL statement: a keyset range read on (patient_id, occurred_at desc, id desc) joined
 * to the linked rows.
 */
export async function readJourney(
  em: EntityManager,
  patientId: string,
  args: { first: number; after?: string | null; kinds?: JourneyEventKind[] | null },
): Promise<Page<JourneyEventView>> {
  const qb = em
    .createQueryBuilder(JourneyEvent, 'e')
    .select('*')
    .leftJoinAndSelect('e.episode', 'ep')
    .leftJoinAndSelect('e.referral', 'r')
    .leftJoinAndSelect('e.surgery', 's')
    .leftJoinAndSelect('e.admission', 'a')
    .leftJoinAndSelect('a.bed', 'b')
    .leftJoinAndSelect('b.ward', 'w')
    .leftJoinAndSelect('e.discharge', 'd')
    .leftJoinAndSelect('e.bedStay', 'bs')
    .leftJoinAndSelect('bs.bed', 'bsb')
    .leftJoinAndSelect('bsb.ward', 'bsw')
    .leftJoinAndSelect('e.oncologyDiagnosis', 'od')
    .leftJoinAndSelect('e.treatmentPlan', 'tp')
    .leftJoinAndSelect('e.chemoAdministration', 'ca')
    .leftJoinAndSelect('e.toxicity', 'tx')
    .leftJoinAndSelect('e.responseAssessment', 'ra')
    .leftJoinAndSelect('e.followUp', 'fu')
    .leftJoinAndSelect('e.complication', 'cx')
    .leftJoinAndSelect('e.mission', 'm')
    .leftJoinAndSelect('e.checklistPhase', 'cl')
    .where({ patient: patientId })
    .orderBy({ occurredAt: 'desc', id: 'desc' })
    .limit(args.first + 1);
  if (args.kinds?.length) qb.andWhere({ kind: { $in: args.kinds } });
  if (args.after) {
    const [occurredAt, id] = decodeCursor(args.after, 2);
    const at = new Date(String(occurredAt));
    if (Number.isNaN(at.getTime()) || !/^\d+$/.test(String(id))) {
      throw badInput('after', 'The cursor is not valid; start again from the first page', 'INVALID_CURSOR');
    }
    qb.andWhere('(e.occurred_at, e.id) < (?, ?)', [at, String(id)]);
  }
  const rows = await qb.getResultList();
  const page = rows.slice(0, args.first);
  return {
    nodes: page.map(toView),
    hasNextPage: rows.length > args.first,
    cursorOf: (event) => encodeCursor([event.occurredAt.toISOString(), event.seq]),
    count: () =>
      em.count(JourneyEvent, args.kinds?.length ? { patient: patientId, kind: { $in: args.kinds } } : { patient: patientId }),
  };
}
