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
 * The referral workflow of the hospital: RECEIVED → TRIAGED → ACCEPTED | DECLINED;
 * ACCEPTED → WAITLISTED → SCHEDULED → COMPLETED; CANCELLED from any open state.
 * A scheduled referral goes back to the waitlist when its surgery is cancelled.
 */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  [ReferralStatus.RECEIVED]: [ReferralStatus.TRIAGED, ReferralStatus.CANCELLED],
  [ReferralStatus.TRIAGED]: [ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.CANCELLED],
  [ReferralStatus.ACCEPTED]: [ReferralStatus.WAITLISTED, ReferralStatus.SCHEDULED, ReferralStatus.CANCELLED],
  [ReferralStatus.WAITLISTED]: [ReferralStatus.SCHEDULED, ReferralStatus.CANCELLED],
  [ReferralStatus.SCHEDULED]: [ReferralStatus.COMPLETED, ReferralStatus.WAITLISTED, ReferralStatus.CANCELLED],
  [ReferralStatus.DECLINED]: [],
  [ReferralStatus.COMPLETED]: [],
  [ReferralStatus.CANCELLED]: [],
};

export function canTransitionReferral(from: ReferralStatus, to: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[from].includes(to);
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
