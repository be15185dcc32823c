export enum EpisodeStatus {
  ACTIVE = 'ACTIVE',
  FINISHED = 'FINISHED',
  CANCELLED = 'CANCELLED',
}

export enum SurgeryStatus {
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** NCEPOD classification of intervention. */
export enum SurgicalUrgency {
  IMMEDIATE = 'IMMEDIATE',
  URGENT = 'URGENT',
  EXPEDITED = 'EXPEDITED',
  ELECTIVE = 'ELECTIVE',
}

export enum WardKind {
  PAEDIATRIC_ONCOLOGY = 'PAEDIATRIC_ONCOLOGY',
  PAEDIATRIC_SURGICAL = 'PAEDIATRIC_SURGICAL',
  ADULT_SURGICAL = 'ADULT_SURGICAL',
}

export enum AdmissionReason {
  POST_OPERATIVE = 'POST_OPERATIVE',
  PRE_OPERATIVE = 'PRE_OPERATIVE',
  ONCOLOGY = 'ONCOLOGY',
  MEDICAL = 'MEDICAL',
}

export enum AdmissionStatus {
  ADMITTED = 'ADMITTED',
  DISCHARGED = 'DISCHARGED',
}

/** FHIR discharge disposition, narrowed to what the hospital records. */
export enum DischargeDisposition {
  HOME = 'HOME',
  OTHER_FACILITY = 'OTHER_FACILITY',
  LEFT_AGAINST_ADVICE = 'LEFT_AGAINST_ADVICE',
  DIED = 'DIED',
  OTHER = 'OTHER',
}

/**
 * Care instructions a surgical ward gives families at discharge, chosen from a list so that
 * every copy prints them in its own language (free text prints only as it was written).
 */
export enum CareInstruction {
  KEEP_WOUND_DRY = 'KEEP_WOUND_DRY',
  NOTHING_ON_WOUND = 'NOTHING_ON_WOUND',
  RETURN_IF_FEVER_OR_BLEEDING = 'RETURN_IF_FEVER_OR_BLEEDING',
  NO_HEAVY_LIFTING = 'NO_HEAVY_LIFTING',
  TAKE_ALL_MEDICINES = 'TAKE_ALL_MEDICINES',
  EAT_AND_DRINK_WELL = 'EAT_AND_DRINK_WELL',
  COME_TO_FOLLOW_UP = 'COME_TO_FOLLOW_UP',
}

/** The weeks `NO_HEAVY_LIFTING` may say: 1 to 12. */
export const NO_HEAVY_LIFTING_WEEKS = { min: 1, max: 12 } as const;
