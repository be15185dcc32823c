import { JourneyEventKind } from '@pj/shared';
import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { Episode } from '../episodes/episode.entity.js';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { Connection } from '../graphql/connection.js';
import {
  EVENT_FACT_TYPES,
  EVENT_KIND_LIST,
  declarationOf,
  EVENT_RECORD_TYPES,
  EVENT_TYPE_BY_KIND,
  type EventFact,
  type EventKindDeclaration,
  type EventRecord,
  type FactUse,
  type RecordUse,
} from './event-kinds.js';

export { EVENT_TYPE_BY_KIND };

@InterfaceType('JourneyEvent', {
  description: 'One entry on a patient\'s timeline. Each kind has its own type, linking to the record it is about.',
  resolveType: (event: JourneyEventBase) => EVENT_TYPE_BY_KIND[event.kind],
})
export abstract class JourneyEventBase {
  @Field(() => ID)
  id!: string;

  @Field(() => JourneyEventKind)
  kind!: JourneyEventKind;

  @Field(() => DateTime, {
    description:
      'When it happened (clinical time). For an event known only by its day (`dateOnly`), the start of that day in Phnom Penh, not a time of day: read `occurredOn`.',
  })
  occurredAt!: Date;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The day it happened, for an event known only by its day (a diagnosis, a plan started, a dose given, a toxicity, a response, a refusal, a completion, a follow-up outcome, loss to follow-up); null for an event with a time.',
  })
  occurredOn!: string | null;

  @Field({
    description:
      'True when the event is known only by its day (`occurredOn`). The timeline orders events by day, then within the day by the time of a timed event or when a date-only one was recorded (recorded on a later day: at the end of its day).',
  })
  dateOnly!: boolean;

  @Field(() => DateTime, { description: 'When it was written down.' })
  recordedAt!: Date;

  @Field({ description: 'A one-line human summary, in English.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Who recorded it.' })
  actor!: string | null;

  @Field(() => Episode, { nullable: true, description: 'The episode of care it belongs to.' })
  episode!: Episode | null;
}

/**
 * The GraphQL object type of one kind, built from its declaration (event-kinds.ts): the
 * interface's fields, one non-null field per record it points at (typed by the record's
 * entity class) and one per fact column it serves. Built rather than written as a class so
 * that a kind is declared in one place; a field with a resolver of its own is added with
 * `@Resolver(() => eventTypeOf(kind))` (as `PatientsMergedEvent.mergedMrn` is).
 */
function buildEventType(declaration: EventKindDeclaration): typeof JourneyEventBase {
  const type = { [declaration.type]: class extends JourneyEventBase {} }[declaration.type];
  for (const [relation, use] of Object.entries(declaration.records ?? {}) as [EventRecord, RecordUse][]) {
    Field(EVENT_RECORD_TYPES[relation], use.description ? { description: use.description } : {})(type.prototype, relation);
  }
  for (const [fact, use] of Object.entries(declaration.facts ?? {}) as [EventFact, FactUse][]) {
    Field(EVENT_FACT_TYPES[fact], { nullable: !use.required, ...(use.description ? { description: use.description } : {}) })(type.prototype, fact);
  }
  ObjectType(declaration.type, { implements: JourneyEventBase, description: declaration.description })(type);
  return type;
}

const EVENT_TYPES = Object.fromEntries(EVENT_KIND_LIST.map((kind) => [kind, buildEventType(declarationOf(kind))])) as Record<
  JourneyEventKind,
  typeof JourneyEventBase
>;

/** The GraphQL object type of a kind (to attach field resolvers to it). */
export function eventTypeOf(kind: JourneyEventKind): typeof JourneyEventBase {
  return EVENT_TYPES[kind];
}

/** Every concrete event type; they must be registered with the schema explicitly. */
export const journeyEventTypes = Object.values(EVENT_TYPES);

export const JourneyEventConnection = Connection('JourneyEvent', JourneyEventBase);
