import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { JourneyEventKind, ReferralStatus, type SummaryParam } from '@pj/shared';
import type { Episode } from '../episodes/episode.entity.js';
import type { FollowUp } from '../follow-up/follow-up.entity.js';
import type { Admission, Discharge } from '../inpatient/admission.entity.js';
import type { BedStay } from '../inpatient/bed-stay.entity.js';
import type { OncologyDiagnosis } from '../oncology/oncology-diagnosis.entity.js';
import type { ResponseAssessment, Toxicity } from '../oncology/oncology-outcome.entity.js';
import type { ChemoAdministration, TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import type { Patient } from '../patients/patient.entity.js';
import type { Referral } from '../referrals/referral.entity.js';
import type { Complication } from '../surgery/complication.entity.js';
import type { Mission } from '../surgery/mission.entity.js';
import type { Surgery, SurgeryChecklistPhase } from '../surgery/surgery.entity.js';

/**
 * One entry on a patient's timeline, written in the same transaction as the change it
 * records and never changed afterwards (the database refuses UPDATE and DELETE).
 * It points at the record it is about through one nullable column per kind of record, so
 * a page of events and all their records are read in a single statement.
 */
@Entity({ tableName: 'journey_event' })
@Index({ name: 'journey_event_timeline_idx', expression: 'create index "journey_event_timeline_idx" on "journey_event" ("patient_id", "timeline_at" desc, "id" desc)' })
export class JourneyEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne({ entity: 'Patient' })
  patient!: Rel<Patient>;

  @ManyToOne({ entity: 'Episode', nullable: true, index: true })
  episode: Rel<Episode> | null = null;

  @Enum({ items: () => JourneyEventKind })
  kind!: JourneyEventKind;

  /** When it happened; for a date-only event (`occurredOn` set), the start of that day in Phnom Penh. */
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  /**
   * The clinical day of an event known only by its day; null for an event with a time. The
   * database keeps it on the Phnom Penh day of `occurredAt` and derives the timeline's order
   * from it (`timeline_at`, a generated column this class does not map: see journey-recorder.ts).
   */
  @Property({ type: 'date', nullable: true })
  occurredOn: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date & Opt = new Date();

  /** The one-line summary in English (journey-summaries.ts). */
  @Property({ type: 'text' })
  summary!: string;

  /**
   * Which sentence of its kind the summary is (`JOURNEY_SUMMARY_VARIANTS`) and the values it
   * speaks of, for writing it in the reader's language; null on events recorded before they were kept.
   */
  @Property({ type: 'text', nullable: true })
  summaryVariant: string | null = null;

  @Property({ type: 'json', nullable: true })
  summaryParams: SummaryParam[] | null = null;

  /** True for an event known only by its day. */
  get dateOnly(): boolean & Opt {
    return this.occurredOn !== null;
  }

  @Property({ type: 'text', nullable: true })
  actor: string | null = null;

  @ManyToOne({ entity: 'Referral', nullable: true })
  referral: Rel<Referral> | null = null;

  @Enum({ items: () => ReferralStatus, nullable: true })
  fromStatus: ReferralStatus | null = null;

  @Enum({ items: () => ReferralStatus, nullable: true })
  toStatus: ReferralStatus | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @ManyToOne({ entity: 'Surgery', nullable: true })
  surgery: Rel<Surgery> | null = null;

  @ManyToOne({ entity: 'Admission', nullable: true })
  admission: Rel<Admission> | null = null;

  @ManyToOne({ entity: 'Discharge', nullable: true })
  discharge: Rel<Discharge> | null = null;

  @ManyToOne({ entity: 'BedStay', nullable: true })
  bedStay: Rel<BedStay> | null = null;

  @ManyToOne({ entity: 'OncologyDiagnosis', nullable: true })
  oncologyDiagnosis: Rel<OncologyDiagnosis> | null = null;

  @ManyToOne({ entity: 'TreatmentPlan', nullable: true })
  treatmentPlan: Rel<TreatmentPlan> | null = null;

  @ManyToOne({ entity: 'ChemoAdministration', nullable: true })
  chemoAdministration: Rel<ChemoAdministration> | null = null;

  @ManyToOne({ entity: 'Toxicity', nullable: true })
  toxicity: Rel<Toxicity> | null = null;

  @ManyToOne({ entity: 'ResponseAssessment', nullable: true })
  responseAssessment: Rel<ResponseAssessment> | null = null;

  @ManyToOne({ entity: 'FollowUp', nullable: true })
  followUp: Rel<FollowUp> | null = null;
  @ManyToOne({ entity: 'Complication', nullable: true })
  complication: Rel<Complication> | null = null;

  @ManyToOne({ entity: 'Mission', nullable: true })
  mission: Rel<Mission> | null = null;

  @ManyToOne({ entity: 'SurgeryChecklistPhase', nullable: true })
  checklistPhase: Rel<SurgeryChecklistPhase> | null = null;
}
