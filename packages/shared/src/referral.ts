export enum ReferralStatus {
  RECEIVED = 'RECEIVED',
  TRIAGED = 'TRIAGED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WAITLISTED = 'WAITLISTED',
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/**
 * Why a referral moves: a person's decision (BY_HAND, through `transitionReferral`) or a fact
 * recorded elsewhere, which moves it in the same transaction. A referral is SCHEDULED only
 * because its operation was booked and COMPLETED only because it was performed.
 */
export enum ReferralMoveCause {
  BY_HAND = 'BY_HAND',
  OPERATION_BOOKED = 'OPERATION_BOOKED',
  OPERATION_PERFORMED = 'OPERATION_PERFORMED',
  OPERATION_CANCELLED = 'OPERATION_CANCELLED',
  /** The journey ended (the patient died): an open referral is closed, booked or not. */
  JOURNEY_ENDED = 'JOURNEY_ENDED',
}

const { BY_HAND, OPERATION_BOOKED, OPERATION_PERFORMED, OPERATION_CANCELLED, JOURNEY_ENDED } = ReferralMoveCause;

/**
 * The referral workflow of the hospital, one table: every legal move and what makes it.
 * RECEIVED → TRIAGED → ACCEPTED | DECLINED; ACCEPTED → WAITLISTED (by hand);
 * ACCEPTED | WAITLISTED → SCHEDULED (booking the operation) → COMPLETED (performing it), back to
 * WAITLISTED when the operation is cancelled; CANCELLED by hand from any open state without a
 * booked operation (cancel the operation first).
 */
export const REFERRAL_WORKFLOW: Readonly<Record<ReferralStatus, Readonly<Partial<Record<ReferralStatus, ReferralMoveCause>>>>> = {
  [ReferralStatus.RECEIVED]: { [ReferralStatus.TRIAGED]: BY_HAND, [ReferralStatus.CANCELLED]: BY_HAND },
  [ReferralStatus.TRIAGED]: { [ReferralStatus.ACCEPTED]: BY_HAND, [ReferralStatus.DECLINED]: BY_HAND, [ReferralStatus.CANCELLED]: BY_HAND },
  [ReferralStatus.ACCEPTED]: { [ReferralStatus.WAITLISTED]: BY_HAND, [ReferralStatus.SCHEDULED]: OPERATION_BOOKED, [ReferralStatus.CANCELLED]: BY_HAND },
  [ReferralStatus.WAITLISTED]: { [ReferralStatus.SCHEDULED]: OPERATION_BOOKED, [ReferralStatus.CANCELLED]: BY_HAND },
  [ReferralStatus.SCHEDULED]: {
    [ReferralStatus.COMPLETED]: OPERATION_PERFORMED,
    [ReferralStatus.WAITLISTED]: OPERATION_CANCELLED,
    [ReferralStatus.CANCELLED]: JOURNEY_ENDED,
  },
  [ReferralStatus.DECLINED]: {},
  [ReferralStatus.COMPLETED]: {},
  [ReferralStatus.CANCELLED]: {},
};

const STATUSES = Object.values(ReferralStatus);
function movesWhere(keep: (cause: ReferralMoveCause) => boolean): Record<ReferralStatus, readonly ReferralStatus[]> {
  const moves = {} as Record<ReferralStatus, readonly ReferralStatus[]>;
  for (const from of STATUSES) {
    moves[from] = STATUSES.filter((to) => {
      const cause = REFERRAL_WORKFLOW[from][to];
      return cause !== undefined && keep(cause);
    });
  }
  return moves;
}

/** Every legal move from each status, whatever makes it. */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = movesWhere(() => true);

/** The moves a person may make by hand (`transitionReferral`, `allowedTransitions`). */
export const MANUAL_REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = movesWhere((cause) => cause === BY_HAND);

/** What makes the move from → to, or null when the workflow has no such move. */
export function referralMoveCause(from: ReferralStatus, to: ReferralStatus): ReferralMoveCause | null {
  return REFERRAL_WORKFLOW[from][to] ?? null;
}

export function canTransitionReferral(from: ReferralStatus, to: ReferralStatus): boolean {
  return referralMoveCause(from, to) !== null;
}

export function canTransitionReferralByHand(from: ReferralStatus, to: ReferralStatus): boolean {
  return referralMoveCause(from, to) === BY_HAND;
}

export function isReferralOpen(status: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[status].length > 0;
}

/** FHIR ServiceRequest priority. */
export enum ReferralPriority {
  ROUTINE = 'ROUTINE',
  URGENT = 'URGENT',
  ASAP = 'ASAP',
  STAT = 'STAT',
}

export enum ReferralSourceType {
  HEALTH_CENTRE = 'HEALTH_CENTRE',
  REFERRAL_HOSPITAL = 'REFERRAL_HOSPITAL',
  NGO = 'NGO',
  OUTREACH_SCREENING = 'OUTREACH_SCREENING',
  OTHER_HOSPITAL = 'OTHER_HOSPITAL',
  SELF = 'SELF',
}

/** Waitlist urgency band: the number of days within which the patient should be treated. */
export enum UrgencyBand {
  DAYS_30 = 'DAYS_30',
  DAYS_90 = 'DAYS_90',
  DAYS_365 = 'DAYS_365',
}

export const URGENCY_BAND_DAYS: Readonly<Record<UrgencyBand, number>> = {
  [UrgencyBand.DAYS_30]: 30,
  [UrgencyBand.DAYS_90]: 90,
  [UrgencyBand.DAYS_365]: 365,
};

export enum Specialty {
  BREAST_SURGERY = 'BREAST_SURGERY',
  ENT = 'ENT',
  OBSTETRICS_GYNAECOLOGY = 'OBSTETRICS_GYNAECOLOGY',
  GENERAL_SURGERY = 'GENERAL_SURGERY',
  PAEDIATRIC_SURGERY = 'PAEDIATRIC_SURGERY',
  PLASTIC_SURGERY = 'PLASTIC_SURGERY',
  UROLOGY = 'UROLOGY',
  PAEDIATRIC_ONCOLOGY = 'PAEDIATRIC_ONCOLOGY',
}

/** Cambodian referral hospital grade (Complementary Package of Activities); CPA-1 does no surgery. */
export enum CpaGrade {
  CPA_1 = 'CPA_1',
  CPA_2 = 'CPA_2',
  CPA_3 = 'CPA_3',
}

/** How the referral worklist can be sorted. */
export enum ReferralOrderField {
  RECEIVED_AT = 'RECEIVED_AT',
  DUE_DATE = 'DUE_DATE',
  PRIORITY = 'PRIORITY',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
