import { JourneyEventKind, ReferralStatus } from '@pj/shared';
import type { LeanInclude } from '../persistence/lean.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { Admission, Discharge } from '../inpatient/admission.entity.js';
import { BedStay } from '../inpatient/bed-stay.entity.js';
import { OncologyDiagnosis } from '../oncology/oncology-diagnosis.entity.js';
import { ResponseAssessment, Toxicity } from '../oncology/oncology-outcome.entity.js';
import { ChemoAdministration, TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import { Referral } from '../referrals/referral.entity.js';
import { Complication } from '../surgery/complication.entity.js';
import { Mission } from '../surgery/mission.entity.js';
import { Surgery, SurgeryChecklistPhase } from '../surgery/surgery.entity.js';
import type { JourneyEvent } from './journey-event.entity.js';
import { summaries, type EventSummary } from './journey-summaries.js';

/**
 * The journey event kinds: one declaration per kind, and everything else follows from it —
 * the GraphQL object type of the kind (journey.types.ts builds it from the entry), the type
 * list given to the schema, the type of each event (`resolveType`), the records the timeline
 * reads with a page of events (`TIMELINE_RECORDS`, journey.service.ts), what the recorder
 * copies onto the row (journey-recorder.ts) and the rows of the `journey_event_kind` table
 * that the `journey_event.kind` foreign key checks (event-kind-table.ts).
 *
 * The kind itself is a value of `JourneyEventKind` in @pj/shared, where `stageAfter` says
 * how it moves the patient's stage; the web app's row for it (icon, colour, title in every
 * language) is in packages/web/src/modules/journey/event-kinds.ts. `event-kinds.int.test.ts`
 * fails when any of these is missing for a kind. The README's recipe walks through adding one.
 */

/** The relations of `JourneyEvent` that point at the record an event is about. */
export type EventRecord = Exclude<
  { [K in keyof JourneyEvent]-?: NonNullable<JourneyEvent[K]> extends { id: string } ? K : never }[keyof JourneyEvent],
  'patient' | 'episode'
>;

/** The GraphQL type (the entity class) of each record an event may point at. */
export const EVENT_RECORD_TYPES: { readonly [R in EventRecord]: () => abstract new (...args: never[]) => object } = {
  referral: () => Referral,
  surgery: () => Surgery,
  admission: () => Admission,
  discharge: () => Discharge,
  bedStay: () => BedStay,
  oncologyDiagnosis: () => OncologyDiagnosis,
  treatmentPlan: () => TreatmentPlan,
  chemoAdministration: () => ChemoAdministration,
  toxicity: () => Toxicity,
  responseAssessment: () => ResponseAssessment,
  followUp: () => FollowUp,
  complication: () => Complication,
  mission: () => Mission,
  checklistPhase: () => SurgeryChecklistPhase,
};

/** Columns of the event itself that some kinds fill and serve as fields of their own. */
export type EventFact = 'fromStatus' | 'toStatus' | 'note';

/** A record an event points at: served (non-null) as a field named after the relation. */
export interface RecordUse {
  /** What the timeline reads with the record, in the same statement (`{ theatre: {} }`). */
  reads?: LeanInclude;
  description?: string;
}

/** A column of the event served as a field. */
export interface FactUse {
  /** Not null for every event of the kind (default: nullable). */
  required?: boolean;
  description?: string;
}

export interface EventKindDeclaration {
  /** The GraphQL object type of the kind; it implements the `JourneyEvent` interface. */
  type: string;
  /** The type's description in the schema. */
  description: string;
  /** The records it points at, by relation of `JourneyEvent` (none for a kind about the patient alone). */
  records?: { readonly [R in EventRecord]?: RecordUse };
  /** Columns of the event it fills and serves (the statuses of a referral move, a note). */
  facts?: { readonly [F in EventFact]?: FactUse };
  /** Its one-line summary, stored with the event in English and as the sentence with its values (journey-summaries.ts). */
  summary: (...args: never[]) => EventSummary;
}

/** The GraphQL type of each fact column. */
export const EVENT_FACT_TYPES: { readonly [F in EventFact]: () => object } = {
  fromStatus: () => ReferralStatus,
  toStatus: () => ReferralStatus,
  note: () => String,
};

const K = JourneyEventKind;
const surgeryWithTheatre: RecordUse = { reads: { theatre: {} } };
const inBed: RecordUse = { reads: { bed: { ward: {} } } };
const note = (description?: string): FactUse => (description ? { description } : {});

/**
 * Every journey event kind. Each entry keeps its own types, so a service may call a kind's
 * summary with its arguments: `EVENT_KINDS[JourneyEventKind.X].summary(…)`.
 */
export const EVENT_KINDS = {
  [K.PATIENT_REGISTERED]: {
    type: 'PatientRegisteredEvent',
    description: 'The patient was registered at the hospital.',
    summary: summaries.registered,
  },
  [K.REFERRAL_RECEIVED]: {
    type: 'ReferralReceivedEvent',
    description: 'A referral arrived.',
    records: { referral: {} },
    summary: summaries.referralReceived,
  },
  [K.REFERRAL_STATUS_CHANGED]: {
    type: 'ReferralStatusChangedEvent',
    description: 'A referral moved in its workflow.',
    records: { referral: {} },
    facts: { fromStatus: { required: true }, toStatus: { required: true }, note: note('Why the referral moved.') },
    summary: summaries.referralStatusChanged,
  },
  [K.SURGERY_SCHEDULED]: {
    type: 'SurgeryScheduledEvent',
    description: 'An operation was booked.',
    records: { surgery: surgeryWithTheatre },
    summary: summaries.surgeryScheduled,
  },
  [K.SURGERY_CANCELLED]: {
    type: 'SurgeryCancelledEvent',
    description: 'A booked operation was cancelled.',
    records: { surgery: surgeryWithTheatre },
    facts: { note: note('Why it was cancelled.') },
    summary: summaries.surgeryCancelled,
  },
  [K.SURGERY_PERFORMED]: {
    type: 'SurgeryPerformedEvent',
    description: 'An operation was performed.',
    records: { surgery: surgeryWithTheatre },
    summary: summaries.surgeryPerformed,
  },
  [K.ADMITTED]: {
    type: 'AdmittedEvent',
    description: 'The patient was admitted to a ward.',
    records: { admission: inBed },
    summary: summaries.admitted,
  },
  [K.DISCHARGED]: {
    type: 'DischargedEvent',
    description: 'The patient was discharged (or died) at the end of an admission.',
    records: { discharge: {}, admission: inBed },
    summary: summaries.discharged,
  },
  [K.PATIENTS_MERGED]: {
    type: 'PatientsMergedEvent',
    description: 'Another record of the same person was merged into this one; its records moved here.',
    // The merged-away MRN is kept in the event's `note`, served as `mergedMrn` (patients/patient.resolver.ts).
    summary: summaries.patientsMerged,
  },
  [K.TRANSFERRED]: {
    type: 'TransferredEvent',
    description: 'An admitted patient moved to another bed.',
    records: { admission: inBed, bedStay: { ...inBed, description: 'The stay in the new bed.' } },
    facts: { note: note('Why the patient was moved.') },
    summary: summaries.transferred,
  },
  [K.ONCOLOGY_DIAGNOSED]: {
    type: 'OncologyDiagnosedEvent',
    description: 'A cancer diagnosis was recorded.',
    records: { oncologyDiagnosis: {} },
    summary: summaries.oncologyDiagnosed,
  },
  [K.TREATMENT_PLAN_STARTED]: {
    type: 'TreatmentPlanStartedEvent',
    description: 'A chemotherapy plan was started from a protocol.',
    records: { treatmentPlan: {} },
    summary: summaries.treatmentStarted,
  },
  [K.CHEMO_ADMINISTERED]: {
    type: 'ChemoAdministeredEvent',
    description: 'A planned chemotherapy dose was given, on time or late.',
    records: { chemoAdministration: {}, treatmentPlan: {} },
    summary: summaries.chemoGiven,
  },
  [K.CHEMO_OMITTED]: {
    type: 'ChemoOmittedEvent',
    description: 'A planned chemotherapy dose was deliberately not given.',
    records: { chemoAdministration: {}, treatmentPlan: {} },
    facts: { note: note('Why it was not given.') },
    summary: summaries.chemoOmitted,
  },
  [K.TOXICITY_RECORDED]: {
    type: 'ToxicityRecordedEvent',
    description: 'A chemotherapy toxicity was recorded (grade 5: the patient died).',
    records: { toxicity: {}, treatmentPlan: {} },
    summary: summaries.toxicity,
  },
  [K.RESPONSE_ASSESSED]: {
    type: 'ResponseAssessedEvent',
    description: 'The response to treatment was assessed.',
    records: { responseAssessment: {}, treatmentPlan: {} },
    summary: summaries.responseAssessed,
  },
  [K.TREATMENT_REFUSED]: {
    type: 'TreatmentRefusedEvent',
    description: 'Further treatment was refused; the plan stopped (recorded apart from abandonment).',
    records: { treatmentPlan: {} },
    facts: { note: note('The reason given.') },
    summary: summaries.treatmentRefused,
  },
  [K.TREATMENT_COMPLETED]: {
    type: 'TreatmentCompletedEvent',
    description: 'A treatment plan was completed.',
    records: { treatmentPlan: {} },
    facts: { note: note() },
    summary: summaries.treatmentCompleted,
  },
  [K.FOLLOW_UP_SCHEDULED]: {
    type: 'FollowUpScheduledEvent',
    description: 'A follow-up was booked.',
    records: { followUp: {} },
    summary: summaries.followUpScheduled,
  },
  [K.FOLLOW_UP_RECORDED]: {
    type: 'FollowUpRecordedEvent',
    description: 'A follow-up\'s outcome was recorded.',
    records: { followUp: {} },
    summary: summaries.followUpRecorded,
  },
  [K.LOST_TO_FOLLOW_UP]: {
    type: 'LostToFollowUpEvent',
    description: 'The patient was marked lost to follow-up.',
    records: { followUp: { description: 'The follow-up missed (or never recorded) that made the patient lost.' } },
    summary: summaries.lostToFollowUp,
  },
  [K.SURGERY_RESCHEDULED]: {
    type: 'SurgeryRescheduledEvent',
    description: 'A booked operation moved to another time, theatre or team.',
    records: { surgery: surgeryWithTheatre },
    facts: { note: note('Why it moved.') },
    summary: summaries.surgeryRescheduled,
  },
  [K.CHECKLIST_PHASE_RECORDED]: {
    type: 'ChecklistPhaseRecordedEvent',
    description: 'A phase of the WHO Surgical Safety Checklist was completed.',
    records: { surgery: surgeryWithTheatre, checklistPhase: {} },
    summary: summaries.checklistPhaseRecorded,
  },
  [K.COMPLICATION_RECORDED]: {
    type: 'ComplicationRecordedEvent',
    description: 'A post-operative complication was recorded; grade V is the patient\'s death.',
    records: { surgery: surgeryWithTheatre, complication: {} },
    summary: summaries.complicationRecorded,
  },
  [K.MISSION_ASSIGNED]: {
    type: 'MissionAssignedEvent',
    description: 'The referral was put on a visiting team\'s mission list.',
    records: { mission: {}, referral: {} },
    summary: summaries.missionAssigned,
  },
  [K.MISSION_UNASSIGNED]: {
    type: 'MissionUnassignedEvent',
    description: 'The referral was taken off a mission\'s list.',
    records: { mission: {}, referral: {} },
    summary: summaries.missionUnassigned,
  },
  [K.DEATH_CORRECTED]: {
    type: 'DeathCorrectedEvent',
    description:
      'An administrator corrected a death recorded in error; the patient is back at the stage before it. What the death cancelled stays cancelled.',
    facts: { note: { required: true, description: 'Why the death was recorded in error.' } },
    summary: summaries.deathCorrected,
  },
} satisfies { readonly [Kind in JourneyEventKind]: EventKindDeclaration };

/** The declaration of a kind, as any kind's. */
export function declarationOf(kind: JourneyEventKind): EventKindDeclaration {
  return EVENT_KINDS[kind];
}

/** Every kind, in the order of the shared enum. */
export const EVENT_KIND_LIST = Object.values(JourneyEventKind);

/** The GraphQL type name of each kind. */
export const EVENT_TYPE_BY_KIND = Object.fromEntries(EVENT_KIND_LIST.map((kind) => [kind, declarationOf(kind).type])) as Record<
  JourneyEventKind,
  string
>;

/** Every record relation some kind points at. */
export const EVENT_RECORDS = Object.keys(EVENT_RECORD_TYPES) as EventRecord[];

/** `a` with everything `b` reads added. */
function mergeReads(a: LeanInclude, b: LeanInclude): LeanInclude {
  const out: LeanInclude = { ...a };
  for (const [relation, nested] of Object.entries(b)) out[relation] = mergeReads(out[relation] ?? {}, nested);
  return out;
}

/** What a timeline page may read with its events: each kind's records, with what it reads of them. */
export function timelineReads(kinds: readonly EventKindDeclaration[] = EVENT_KIND_LIST.map(declarationOf)): LeanInclude {
  let reads: LeanInclude = {};
  for (const kind of kinds) {
    for (const [relation, use] of Object.entries(kind.records ?? {}) as [EventRecord, RecordUse][]) {
      reads = mergeReads(reads, { [relation]: use.reads ?? {} });
    }
  }
  return reads;
}
