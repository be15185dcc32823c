import { FollowUpKind, FollowUpStatus, JourneyEventKind, JourneyMilestoneStep, SummaryParamType, type SummaryParam } from '@pj/shared';
import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Episode } from '../episodes/episode.entity.js';
import { DateTime, LocalDate } from '../graphql/scalars.js';
import { Connection } from '../graphql/connection.js';
import { Reads } from '../graphql/reads.js';
import type { JourneyEvent } from './journey-event.entity.js';
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

@ObjectType('SummaryParam', { description: 'One value a timeline summary speaks of (a procedure, a ward, a day, a status).' })
export class SummaryParamObject implements SummaryParam {
  @Field({ description: 'Its name in the sentence (`procedure`, `ward`, `due`).' })
  name!: string;

  @Field({ description: 'The value as text: a number in decimal, an instant in ISO 8601, a day `YYYY-MM-DD`, an enum value.' })
  value!: string;

  @Field(() => SummaryParamType, { description: 'How to show the value.' })
  type!: SummaryParamType;

  @Field(() => String, { nullable: true, description: 'For an ENUM value: the GraphQL enum it is a value of (`ReferralStatus`).' })
  enumName?: string | null;
}

@InterfaceType('JourneyEvent', {
  description: 'One entry on a patient\'s timeline. Each kind has its own type, linking to the record it is about.',
  resolveType: (event: JourneyEventBase) => EVENT_TYPE_BY_KIND[event.kind],
})
export abstract class JourneyEventBase {
  @Field(() => ID, { description: 'The event\'s global, opaque ID. Events are never edited or deleted (a merge moves them to the patient kept).' })
  id!: string;

  @Field(() => JourneyEventKind, { description: 'What happened; each kind is served as its own type (`kind` ADMITTED is an `AdmittedEvent`).' })
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
  @Reads<JourneyEvent>('occurredOn')
  dateOnly!: boolean;

  @Field(() => DateTime, { description: 'When it was written down.' })
  recordedAt!: Date;

  @Field({
    description:
      'A one-line human summary, in English only (for API clients and notifications; times in it are Phnom Penh time). To show it in another language, write the sentence `summaryVariant` of the kind with `summaryParams`.',
  })
  summary!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Which sentence of its kind the summary is (`default`, `late`, `died`…; the web app translates `timeline.<kind>.<variant>`). Null for events recorded before summaries were kept this way: use `summary`.',
  })
  summaryVariant!: string | null;

  @Field(() => [SummaryParamObject], {
    nullable: true,
    description: 'The values the summary speaks of, by name, each with how to show it. Null when `summaryVariant` is.',
  })
  summaryParams!: SummaryParam[] | null;

  @Field(() => String, { nullable: true, description: 'Who recorded it.' })
  actor!: string | null;

  @Field(() => Episode, { nullable: true, description: 'The episode of care it belongs to.' })
  episode!: Episode | null;

  @Field(() => String, {
    description:
      'Its place in the timeline: these keys sort, as text, in the timeline\'s order (oldest first), to put an event received live (`patientTimeline`) among those of a page. Opaque otherwise.',
  })
  @Reads()
  timelinePosition!: string;
}

/** What a record field of an event means, unless its kind says more. */
const RECORD_DESCRIPTIONS: { readonly [R in EventRecord]: string } = {
  referral: 'The referral it is about.',
  surgery: 'The operation it is about.',
  admission: 'The admission (stay on a ward) it is about.',
  discharge: 'The discharge summary written at the end of the admission.',
  bedStay: 'The stay in a bed it is about.',
  oncologyDiagnosis: 'The cancer diagnosis recorded.',
  treatmentPlan: 'The chemotherapy treatment plan it is about.',
  chemoAdministration: 'The planned chemotherapy dose it is about.',
  toxicity: 'The toxicity recorded.',
  responseAssessment: 'The assessment of the response to treatment recorded.',
  followUp: 'The follow-up it is about.',
  complication: 'The post-operative complication recorded.',
  mission: 'The visiting team\'s mission.',
  checklistPhase: 'The checklist phase recorded, with its answers.',
};

/** What a fact field of an event means, unless its kind says more. */
const FACT_DESCRIPTIONS: { readonly [F in EventFact]: string } = {
  fromStatus: 'The referral\'s status before the move.',
  toStatus: 'The referral\'s status after the move.',
  note: 'The note written with it, if any.',
};

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
    Field(EVENT_RECORD_TYPES[relation], { description: use.description ?? RECORD_DESCRIPTIONS[relation] })(type.prototype, relation);
  }
  for (const [fact, use] of Object.entries(declaration.facts ?? {}) as [EventFact, FactUse][]) {
    Field(EVENT_FACT_TYPES[fact], { nullable: !use.required, description: use.description ?? FACT_DESCRIPTIONS[fact] })(type.prototype, fact);
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

export const JourneyEventConnection = Connection('JourneyEvent', JourneyEventBase, (type) => {
  Field(() => String, {
    description:
      'Where live updates of this timeline start (`Subscription.patientTimeline(after:)`), read with this page: every event the timeline held when the page was read, of whatever kind, counts as received, so subscribing with it brings each event recorded since exactly once, none missed between this read and the subscription. Opaque.',
  })(type.prototype, 'liveCursor');
});

@ObjectType('JourneyMilestone', {
  description:
    'One step of the journey map: referral, triage, waitlist, booking, operation, discharge and follow-ups of the current episode of care, or, for a child on a treatment plan, referral, diagnosis, the plan\'s phases, its end and its follow-ups.',
})
export class JourneyMilestone {
  @Field(() => JourneyMilestoneStep, { description: 'Which step it is.' })
  step!: JourneyMilestoneStep;

  @Field(() => LocalDate, { description: 'Its day (Phnom Penh): when it happened, or when it is planned or due.' })
  on!: string;

  @Field({ description: 'True when it has happened (a follow-up recorded, a phase begun); false when it is planned or due.' })
  done!: boolean;

  @Field({ description: 'True for the step the patient is at now: the last one that happened.' })
  current!: boolean;

  @Field(() => Int, { nullable: true, description: 'Days waited since the step before it; null for the first step.' })
  waitDays!: number | null;

  @Field(() => FollowUpKind, { nullable: true, description: 'For a follow-up: which one.' })
  followUpKind!: FollowUpKind | null;

  @Field(() => FollowUpStatus, { nullable: true, description: 'For a follow-up: booked, attended, missed.' })
  followUpStatus!: FollowUpStatus | null;

  @Field(() => String, { nullable: true, description: 'For a phase of a treatment plan: the protocol phase\'s name.' })
  phaseName!: string | null;
}
