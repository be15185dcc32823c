import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124000000Initial } from './20261124000000-initial.js';
import { Migration20261125000000Auth } from './20261125000000-auth.js';
import { Migration20261125010000Idempotency } from './20261125010000-idempotency.js';
import { Migration20261125020000ReferralWorklist } from './20261125020000-referral-worklist.js';
import { Migration20261125030000PatientRegistry } from './20261125030000-patient-registry.js';
import { Migration20261125040000Oncology } from './20261125040000-oncology.js';
import { Migration20261125050000Inpatient } from './20261125050000-inpatient.js';
import { Migration20261125060000Surgery } from './20261125060000-surgery.js';
import { Migration20261125070000FollowUp } from './20261125070000-follow-up.js';
import { Migration20261205010000InpatientNoOverlap } from './20261205010000-inpatient-no-overlap.js';
import { Migration20261205020000DeathEndsJourney } from './20261205020000-death-ends-journey.js';
import { Migration20261205030000WorkflowFacts } from './20261205030000-workflow-facts.js';
import { Migration20261205040000TimelineOrder } from './20261205040000-timeline-order.js';
import { Migration20261205050000AuditListReads } from './20261205050000-audit-list-reads.js';
import { Migration20261205070000JobRun } from './20261205070000-job-run.js';
import { Migration20261206010000SearchKnn } from './20261206010000-search-knn.js';
import { Migration20261206020000JourneyEventKind } from './20261206020000-journey-event-kind.js';
import { Migration20261207010000SessionIdleLock } from './20261207010000-session-idle-lock.js';
import { Migration20261208010000UserLanguage } from './20261208010000-user-language.js';
import { Migration20261208020000UserAccounts } from './20261208020000-user-accounts.js';
import { Migration20261208030000ProtocolLibrary } from './20261208030000-protocol-library.js';
import { Migration20261208040000FollowUpMoveCancel } from './20261208040000-follow-up-move-cancel.js';
import { Migration20261208050000SurgerySide } from './20261208050000-surgery-side.js';
import { Migration20261208050100StaffNameJapanese } from './20261208050100-staff-name-japanese.js';
import { Migration20261208070000JourneySummaryData } from './20261208070000-journey-summary-data.js';
import { Migration20261208070100FollowUpEpisode } from './20261208070100-follow-up-episode.js';
import { Migration20261208080000BackupJob } from './20261208080000-backup-job.js';
import { Migration20261209010000DischargeFamilyKhmer } from './20261209010000-discharge-family-khmer.js';
import { Migration20261209020000AllergiesWeight } from './20261209020000-allergies-weight.js';
import { Migration20261209030000JourneySummaryBackfill } from './20261209030000-journey-summary-backfill.js';
import { Migration20261209040000IdempotencyCommitted } from './20261209040000-idempotency-committed.js';
import { Migration20261210010000LiveNotify } from './20261210010000-live-notify.js';
import { Migration20261212010000TheatreBoardNotify } from './20261212010000-theatre-board-notify.js';
import { Migration20261212020000ReferralLiveNotify } from './20261212020000-referral-live-notify.js';
import { Migration20261212030000LiveAlertsFollowUps } from './20261212030000-live-alerts-follow-ups.js';
import { Migration20261212040000TimelineCommitOrder } from './20261212040000-timeline-commit-order.js';
import { Migration20261213010000ClinicalCodes } from './20261213010000-clinical-codes.js';
import { Migration20261213020000IndicatorIndexes } from './20261213020000-indicator-indexes.js';
import { Migration20261214010000TrainingLogbook } from './20261214010000-training-logbook.js';
import { Migration20261214020000LogbookFinalWhenConfirmed } from './20261214020000-logbook-final-when-confirmed.js';
import { Migration20261215010000SearchIndexSignature } from './20261215010000-search-index-signature.js';
import { Migration20261216010000ChangeExpectedRows } from './20261216010000-change-expected-rows.js';
import { Migration20261217010000SearchWordIndexes } from './20261217010000-search-word-indexes.js';
import { Migration20261218010000AuditGinPendingList } from './20261218010000-audit-gin-pending-list.js';
import { Migration20261219010000AuditGinBackgroundMerge } from './20261219010000-audit-gin-background-merge.js';

/**
 * Every migration, in the order of the timestamps in their names (`migrations.test.ts` fails
 * when a file of this folder is missing here or an entry is out of order). Listed explicitly so
 * the same list works from source and build.
 *
 * MikroORM's migrator (umzug) records each applied migration by name in `mikro_orm_migrations`
 * and runs those of this list whose names it has not recorded, in list order: on a database
 * that already has them, moving an entry (as 20261125060000-surgery and 20261125070000-follow-up
 * were, once listed the other way round) re-runs nothing (`migrations.int.test.ts` proves it).
 * Those two touch different tables; each adds its timeline columns and prepends its event kinds
 * to the `journey_event_kind_check` list, so a database built in either order allows the same
 * kinds and has the same columns, only listed in another order.
 */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261124000000Initial', class: Migration20261124000000Initial },
  { name: 'Migration20261125000000Auth', class: Migration20261125000000Auth },
  { name: 'Migration20261125010000Idempotency', class: Migration20261125010000Idempotency },
  { name: 'Migration20261125020000ReferralWorklist', class: Migration20261125020000ReferralWorklist },
  { name: 'Migration20261125030000PatientRegistry', class: Migration20261125030000PatientRegistry },
  { name: 'Migration20261125040000Oncology', class: Migration20261125040000Oncology },
  { name: 'Migration20261125050000Inpatient', class: Migration20261125050000Inpatient },
  { name: 'Migration20261125060000Surgery', class: Migration20261125060000Surgery },
  { name: 'Migration20261125070000FollowUp', class: Migration20261125070000FollowUp },
  { name: 'Migration20261205010000InpatientNoOverlap', class: Migration20261205010000InpatientNoOverlap },
  { name: 'Migration20261205020000DeathEndsJourney', class: Migration20261205020000DeathEndsJourney },
  { name: 'Migration20261205030000WorkflowFacts', class: Migration20261205030000WorkflowFacts },
  { name: 'Migration20261205040000TimelineOrder', class: Migration20261205040000TimelineOrder },
  { name: 'Migration20261205050000AuditListReads', class: Migration20261205050000AuditListReads },
  { name: 'Migration20261205070000JobRun', class: Migration20261205070000JobRun },
  { name: 'Migration20261206010000SearchKnn', class: Migration20261206010000SearchKnn },
  { name: 'Migration20261206020000JourneyEventKind', class: Migration20261206020000JourneyEventKind },
  { name: 'Migration20261207010000SessionIdleLock', class: Migration20261207010000SessionIdleLock },
  { name: 'Migration20261208010000UserLanguage', class: Migration20261208010000UserLanguage },
  { name: 'Migration20261208020000UserAccounts', class: Migration20261208020000UserAccounts },
  { name: 'Migration20261208030000ProtocolLibrary', class: Migration20261208030000ProtocolLibrary },
  { name: 'Migration20261208040000FollowUpMoveCancel', class: Migration20261208040000FollowUpMoveCancel },
  { name: 'Migration20261208050000SurgerySide', class: Migration20261208050000SurgerySide },
  { name: 'Migration20261208050100StaffNameJapanese', class: Migration20261208050100StaffNameJapanese },
  { name: 'Migration20261208070000JourneySummaryData', class: Migration20261208070000JourneySummaryData },
  { name: 'Migration20261208070100FollowUpEpisode', class: Migration20261208070100FollowUpEpisode },
  { name: 'Migration20261208080000BackupJob', class: Migration20261208080000BackupJob },
  { name: 'Migration20261209010000DischargeFamilyKhmer', class: Migration20261209010000DischargeFamilyKhmer },
  { name: 'Migration20261209020000AllergiesWeight', class: Migration20261209020000AllergiesWeight },
  { name: 'Migration20261209030000JourneySummaryBackfill', class: Migration20261209030000JourneySummaryBackfill },
  { name: 'Migration20261209040000IdempotencyCommitted', class: Migration20261209040000IdempotencyCommitted },
  { name: 'Migration20261210010000LiveNotify', class: Migration20261210010000LiveNotify },
  { name: 'Migration20261212010000TheatreBoardNotify', class: Migration20261212010000TheatreBoardNotify },
  { name: 'Migration20261212020000ReferralLiveNotify', class: Migration20261212020000ReferralLiveNotify },
  { name: 'Migration20261212030000LiveAlertsFollowUps', class: Migration20261212030000LiveAlertsFollowUps },
  { name: 'Migration20261212040000TimelineCommitOrder', class: Migration20261212040000TimelineCommitOrder },
  { name: 'Migration20261213010000ClinicalCodes', class: Migration20261213010000ClinicalCodes },
  { name: 'Migration20261213020000IndicatorIndexes', class: Migration20261213020000IndicatorIndexes },
  { name: 'Migration20261214010000TrainingLogbook', class: Migration20261214010000TrainingLogbook },
  { name: 'Migration20261214020000LogbookFinalWhenConfirmed', class: Migration20261214020000LogbookFinalWhenConfirmed },
  { name: 'Migration20261215010000SearchIndexSignature', class: Migration20261215010000SearchIndexSignature },
  { name: 'Migration20261216010000ChangeExpectedRows', class: Migration20261216010000ChangeExpectedRows },
  { name: 'Migration20261217010000SearchWordIndexes', class: Migration20261217010000SearchWordIndexes },
  { name: 'Migration20261218010000AuditGinPendingList', class: Migration20261218010000AuditGinPendingList },
  { name: 'Migration20261219010000AuditGinBackgroundMerge', class: Migration20261219010000AuditGinBackgroundMerge },
];
