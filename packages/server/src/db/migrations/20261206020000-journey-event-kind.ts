import { Migration } from '@mikro-orm/migrations';

/**
 * The kinds of timeline event become rows of a table, `journey_event_kind`, that
 * `journey_event.kind` references, instead of a check constraint each new kind had to rewrite.
 * The server upserts one row per kind it declares (journey/event-kinds.ts) every time it
 * migrates the database (`migrateDatabase`), so a new kind needs no migration, and the
 * database still refuses a kind the server does not declare. Filled here with the kinds the
 * check allowed, and with any kind already stored (none can be outside the check); the check
 * goes once the foreign key holds.
 */
export class Migration20261206020000JourneyEventKind extends Migration {
  override up(): void {
    this.addSql(`create table "journey_event_kind" ("kind" text not null, "type_name" text not null,
      constraint "journey_event_kind_pkey" primary key ("kind"));`);
    this.addSql(`insert into "journey_event_kind" ("kind", "type_name") values
      ('PATIENT_REGISTERED', 'PatientRegisteredEvent'),
      ('REFERRAL_RECEIVED', 'ReferralReceivedEvent'),
      ('REFERRAL_STATUS_CHANGED', 'ReferralStatusChangedEvent'),
      ('SURGERY_SCHEDULED', 'SurgeryScheduledEvent'),
      ('SURGERY_CANCELLED', 'SurgeryCancelledEvent'),
      ('SURGERY_PERFORMED', 'SurgeryPerformedEvent'),
      ('ADMITTED', 'AdmittedEvent'),
      ('DISCHARGED', 'DischargedEvent'),
      ('PATIENTS_MERGED', 'PatientsMergedEvent'),
      ('TRANSFERRED', 'TransferredEvent'),
      ('ONCOLOGY_DIAGNOSED', 'OncologyDiagnosedEvent'),
      ('TREATMENT_PLAN_STARTED', 'TreatmentPlanStartedEvent'),
      ('CHEMO_ADMINISTERED', 'ChemoAdministeredEvent'),
      ('CHEMO_OMITTED', 'ChemoOmittedEvent'),
      ('TOXICITY_RECORDED', 'ToxicityRecordedEvent'),
      ('RESPONSE_ASSESSED', 'ResponseAssessedEvent'),
      ('TREATMENT_REFUSED', 'TreatmentRefusedEvent'),
      ('TREATMENT_COMPLETED', 'TreatmentCompletedEvent'),
      ('FOLLOW_UP_SCHEDULED', 'FollowUpScheduledEvent'),
      ('FOLLOW_UP_RECORDED', 'FollowUpRecordedEvent'),
      ('LOST_TO_FOLLOW_UP', 'LostToFollowUpEvent'),
      ('SURGERY_RESCHEDULED', 'SurgeryRescheduledEvent'),
      ('CHECKLIST_PHASE_RECORDED', 'ChecklistPhaseRecordedEvent'),
      ('COMPLICATION_RECORDED', 'ComplicationRecordedEvent'),
      ('MISSION_ASSIGNED', 'MissionAssignedEvent'),
      ('MISSION_UNASSIGNED', 'MissionUnassignedEvent'),
      ('DEATH_CORRECTED', 'DeathCorrectedEvent');`);
    this.addSql(`insert into "journey_event_kind" ("kind", "type_name")
      select distinct "kind", "kind" from "journey_event" on conflict ("kind") do nothing;`);
    this.addSql(`alter table "journey_event" drop constraint if exists "journey_event_kind_check";`);
    this.addSql(`alter table "journey_event" add constraint "journey_event_kind_foreign"
      foreign key ("kind") references "journey_event_kind" ("kind") on update restrict on delete restrict;`);
  }
}
