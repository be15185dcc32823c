import { LOGBOOK_LEVELS, MAX_DEVELOPMENT_ACTIVITIES, CHECKLIST_ITEMS, CHECKLIST_PHASE_ORDER, IndicatorKey, MAX_ALLERGIES, MAX_INDICATOR_DIMENSIONS, MAX_INDICATOR_ROWS, PROTOCOL_LIMITS, PROVINCES, ReferralStatus, TOXICITY_TERMS } from '@pj/shared';
import { PROCEDURE_GROUPS } from '../codes/lists/procedure-groups.js';
import { EVENT_TYPE_BY_KIND } from '../journey/event-kinds.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './relay.js';

/**
 * How many items each plain list field (a `[X]` field that is not a connection and has no
 * `first`) may return for one parent: what the cost limit (graphql/limits.ts) multiplies the
 * selection under it by. Lists that grow without bound are connections, which are costed by
 * their `first`/`last`; these are the bounded ones, each with where its bound comes from.
 * A test (list-bounds.test.ts) fails on a list field of objects without an entry, so no list
 * is costed by a guess. Lists of scalars and enums need none: nothing is resolved under them.
 */
export interface ListBound {
  max: number;
  /** Where the bound comes from (a rule the server enforces, reference data, the hospital). */
  why: string;
}

/**
 * Bounds of reference data that only a migration changes (protocols, wards): a test in the
 * database (list-bounds.int.test.ts) fails when the data outgrows them.
 */
export const REFERENCE_BOUNDS = {
  // The protocol library is kept on screen now; its limits are enforced when a protocol is written.
  protocols: PROTOCOL_LIMITS.protocols,
  phasesPerProtocol: PROTOCOL_LIMITS.phases,
  dosesPerPhase: PROTOCOL_LIMITS.dosesPerPhase,
  dosesPerProtocol: PROTOCOL_LIMITS.doses,
  wards: 4,
  bedsPerWard: 32,
  theatres: 6,
} as const;

/** Beds in the whole hospital, at most. */
const BEDS = REFERENCE_BOUNDS.wards * REFERENCE_BOUNDS.bedsPerWard;
/** Operations one theatre can hold in a day (the shortest booking is 15 minutes, a long day 12 hours). */
const OPERATIONS_PER_THEATRE_DAY = 48;
const MONTHS_IN_TEN_YEARS = 121;

export const LIST_BOUNDS: Readonly<Record<string, ListBound>> = {
  // Reference data.
  'Query.protocols': { max: PROTOCOL_LIMITS.protocols, why: 'PROTOCOL_LIMITS.protocols: the library\'s size (enforced when a protocol is created).' },
  'Protocol.phases': { max: PROTOCOL_LIMITS.phases, why: 'PROTOCOL_LIMITS.phases (enforced when a revision is written).' },
  'Protocol.revisions': { max: PROTOCOL_LIMITS.revisionsPerProtocol, why: 'PROTOCOL_LIMITS.revisionsPerProtocol (enforced when a protocol is revised).' },
  'ProtocolPhase.doses': { max: PROTOCOL_LIMITS.dosesPerPhase, why: 'PROTOCOL_LIMITS.dosesPerPhase (enforced; a daily drug over a 6-week phase is 42).' },
  'Query.wards': { max: REFERENCE_BOUNDS.wards, why: 'Reference data.' },
  'Discharge.diagnosisCodes': { max: 11, why: 'A primary and at most 10 secondary diagnosis codes (enforced when a discharge is written).' },
  'Surgery.performedProcedures': { max: 20, why: 'At most 20 procedures per operation (enforced when it is recorded).' },
  'Ward.beds': { max: REFERENCE_BOUNDS.bedsPerWard, why: 'Reference data.' },
  'Query.census': { max: BEDS, why: 'One row per bed.' },
  'Query.theatres': { max: REFERENCE_BOUNDS.theatres, why: 'Reference data.' },
  'Mission.theatres': { max: REFERENCE_BOUNDS.theatres, why: 'A subset of the theatres.' },
  'Query.theatreBoard': { max: REFERENCE_BOUNDS.theatres, why: 'One column per theatre.' },
  'Query.checklistItems': { max: CHECKLIST_ITEMS.length, why: 'The WHO checklist (constant).' },
  'Surgery.checklist': { max: CHECKLIST_PHASE_ORDER.length, why: 'One per phase of the WHO checklist.' },
  'SurgeryChecklistPhase.answers': { max: CHECKLIST_ITEMS.length, why: 'One per item of the checklist.' },
  'Query.provinces': { max: PROVINCES.length, why: 'The provinces of Cambodia (constant).' },
  'Query.toxicityTerms': { max: TOXICITY_TERMS.length, why: 'The curated CTCAE terms (constant).' },
  'Query.scheduledJobs': { max: 10, why: 'The jobs the server runs (a constant list in jobs/scheduled-jobs.ts).' },
  'ReferralConnection.statusCounts': { max: Object.keys(ReferralStatus).length, why: 'One per status.' },
  'ReferralStats.cancellations': { max: 20, why: 'One per cancellation reason.' },
  'ReferralStats.waitlist': { max: 100, why: 'One per specialty and urgency band.' },
  'StaffTrainingLog.byRole': { max: 20, why: 'One per team role.' },
  'StaffTrainingLog.byMonth': { max: MONTHS_IN_TEN_YEARS, why: 'At most ten years at once (enforced).' },
  'Query.localPrimarySurgeonShare': { max: MONTHS_IN_TEN_YEARS, why: 'At most ten years at once (enforced).' },
  'Query.indicatorDefinitions': { max: Object.keys(IndicatorKey).length, why: 'One per indicator (IndicatorKey).' },
  'Query.indicators': { max: Object.keys(IndicatorKey).length, why: 'One per indicator asked for.' },
  'IndicatorResult.rows': { max: MAX_INDICATOR_ROWS, why: 'MAX_INDICATOR_ROWS groups per indicator (enforced: BAD_USER_INPUT TOO_MANY beyond).' },
  'IndicatorRow.groups': { max: MAX_INDICATOR_DIMENSIONS, why: 'One per grouping, at most MAX_INDICATOR_DIMENSIONS (enforced).' },

  // Bounded by a rule the server enforces.
  'Surgery.team': { max: 30, why: 'A team has at most 30 members (enforced).' },
  'Mutation.confirmMissionSchedule': { max: 200, why: 'At most 200 operations at once (enforced).' },
  'Query.possibleDuplicates': { max: 10, why: 'MAX_DUPLICATES (enforced).' },
  'Query.theatreSchedule': { max: REFERENCE_BOUNDS.theatres * OPERATIONS_PER_THEATRE_DAY, why: 'One day of every theatre.' },
  'TheatreBoardColumn.surgeries': { max: OPERATIONS_PER_THEATRE_DAY, why: 'One day of one theatre.' },
  'Query.caseManagers': { max: 100, why: 'Active staff accounts with the case manager role.' },
  'Query.myApiTokens': { max: 50, why: 'A person\'s own tokens.' },
  'Query.userApiTokens': { max: 100, why: 'One account\'s tokens (the 100 newest).' },
  'Mission.members': { max: 50, why: 'A visiting team.' },
  'Mission.surgeries': { max: 200, why: 'A mission\'s schedule (booked at most 200 at once).' },
  'MissionScheduleProposal.slots': { max: 200, why: 'What a mission can book at once.' },
  'MissionScheduleProposal.unplanned': { max: MAX_PAGE_SIZE, why: 'The waiting cases left out of a proposal.' },
  'Query.oncologyAlerts': { max: MAX_PAGE_SIZE, why: 'Children on an active plan at risk of abandonment: a ward\'s worth.' },
  'Subscription.oncologyAlertsChanged': { max: MAX_PAGE_SIZE, why: 'The list Query.oncologyAlerts returns, sent whole.' },
  'Discharge.medications': { max: 30, why: 'Medicines for home.' },
  'Discharge.followUps': { max: 10, why: 'The standard follow-ups a discharge books, and any added for it.' },
  'Surgery.complications': { max: 30, why: 'Complications of one operation.' },
  'TreatmentPlan.administrations': { max: PROTOCOL_LIMITS.doses, why: 'The doses of the plan\'s protocol (PROTOCOL_LIMITS.doses, enforced).' },
  'TreatmentPlan.calendar': { max: PROTOCOL_LIMITS.doses, why: 'One day per dose at most.' },
  'TreatmentCalendarDay.administrations': { max: 8, why: 'The drugs given on one day of a protocol.' },
  'TreatmentPlan.responseAssessments': { max: 30, why: 'Assessments during one plan.' },
  'JobRun.patients': { max: MAX_PAGE_SIZE, why: 'The patients one daily run changed.' },
  'Mutation.markLostToFollowUp': { max: MAX_PAGE_SIZE, why: 'The patients one run marks (a day\'s worth; not enforced).' },

  // A patient's own records: a lifetime's, small; the ones that grow have connections too.
  'Patient.oncologyDiagnoses': { max: 10, why: 'Cancer diagnoses in a lifetime.' },
  'Patient.allergies': { max: MAX_ALLERGIES, why: 'The service keeps at most MAX_ALLERGIES allergies per patient.' },
  'Patient.treatmentPlans': { max: 10, why: 'Chemotherapy plans in a lifetime.' },
  'Patient.journeyMilestones': { max: 24, why: 'Six surgical steps and their follow-ups, or a plan\'s referral, diagnosis, phases (8 at most), end and follow-ups.' },
  // The values one summary sentence speaks of (five at most today), on the interface and every kind.
  ...Object.fromEntries(
    ['JourneyEvent', ...Object.values(EVENT_TYPE_BY_KIND)].map((type) => [`${type}.summaryParams`, { max: 8, why: 'The values one timeline summary speaks of.' }]),
  ),

  // Deprecated lists that grow without bound, kept for existing clients: counted as they were
  // before there were bounds (DEFAULT_PAGE_SIZE), so no query that was accepted is refused.
  'Patient.episodes': { max: 20, why: 'Episodes of care in a lifetime. Deprecated for episodesConnection.' },
  'Patient.admissions': { max: 20, why: 'Admissions in a lifetime. Deprecated for admissionsConnection.' },
  'Patient.surgeries': { max: 20, why: 'Operations in a lifetime. Deprecated for surgeriesConnection.' },
  'TreatmentPlan.toxicities': { max: MAX_PAGE_SIZE, why: 'Toxicities during one plan. Deprecated for toxicitiesConnection.' },
  'Referral.statusHistory': { max: 30, why: 'A referral\'s moves through its statuses. Deprecated for statusHistoryConnection.' },
  'Patient.referrals': { max: DEFAULT_PAGE_SIZE, why: 'Unbounded; deprecated for referralsConnection.' },
  'Patient.followUps': { max: DEFAULT_PAGE_SIZE, why: 'Unbounded; deprecated for followUpsConnection.' },
  'Mission.referrals': { max: DEFAULT_PAGE_SIZE, why: 'Unbounded; deprecated for referralsConnection.' },
  'Query.inpatients': { max: BEDS, why: 'An open admission holds a bed. Deprecated for inpatientsConnection.' },
  'Query.staffMembers': { max: 1000, why: 'At most 1000 are returned. Deprecated for staffMembersConnection.' },
  // The handover dashboard (training/handover.*). Groups are reference data; who is in a group is
  // the hospital's staff, which a hospital of this size keeps well under these.
  'Query.procedureGroups': { max: PROCEDURE_GROUPS.length, why: 'The procedure groups (reference data, codes/lists/procedure-groups.ts).' },
  'HandoverDashboard.groups': { max: PROCEDURE_GROUPS.length, why: 'The procedure groups (reference data, codes/lists/procedure-groups.ts).' },
  'HandoverDashboard.gaps': { max: PROCEDURE_GROUPS.length, why: 'A subset of the procedure groups.' },
  'HandoverDashboard.months': { max: MONTHS_IN_TEN_YEARS, why: 'At most ten years at once (enforced).' },
  'HandoverProjection.yearEnds': { max: 4, why: 'December 2027 to 2030 (constant).' },
  'HandoverGroup.independentLocal': { max: 40, why: 'The hospital\'s own surgeons independent in one group.' },
  'HandoverGroup.independentVisiting': { max: 60, why: 'Visiting surgeons who operated in one group in three years.' },
  'HandoverGroup.trainees': { max: 40, why: 'The hospital\'s own trainees in one group.' },
  'Query.trainingProgress': { max: PROCEDURE_GROUPS.length, why: 'One row per procedure group.' },
  'Query.myTrainingProgress': { max: PROCEDURE_GROUPS.length, why: 'One row per procedure group.' },
  'ProcedureGroupProgress.casesByLevel': { max: LOGBOOK_LEVELS.length, why: 'One per level of the logbook scale.' },
  'StaffMember.entrustments': { max: PROCEDURE_GROUPS.length, why: 'The latest decision of each procedure group.' },
  'StaffMember.development': { max: MAX_DEVELOPMENT_ACTIVITIES, why: 'At most MAX_DEVELOPMENT_ACTIVITIES per profile (enforced: BAD_USER_INPUT TOO_MANY beyond).' },
  'Query.entrustmentCandidates': { max: 40 * PROCEDURE_GROUPS.length, why: 'A trainee meets the rule of a group once: the hospital\'s own trainees (40, as HandoverGroup.trainees) in each group.' },
  'Mission.teachingPlan': { max: 200, why: 'A mission\'s booked operations (booked at most 200 at once, as Mission.surgeries).' },
  'MissionTeachingCase.trainees': { max: 40, why: 'The hospital\'s own trainees in one group.' },
};
