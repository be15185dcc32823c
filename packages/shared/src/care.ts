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
