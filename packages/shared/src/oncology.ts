/** Childhood cancers the paediatric oncology ward treats (Toronto guidelines' common tumours). */
export enum CancerType {
  WILMS_TUMOUR = 'WILMS_TUMOUR',
  ACUTE_LYMPHOBLASTIC_LEUKAEMIA = 'ACUTE_LYMPHOBLASTIC_LEUKAEMIA',
  HEPATOBLASTOMA = 'HEPATOBLASTOMA',
  NEUROBLASTOMA = 'NEUROBLASTOMA',
  RETINOBLASTOMA = 'RETINOBLASTOMA',
  BURKITT_LYMPHOMA = 'BURKITT_LYMPHOMA',
  HODGKIN_LYMPHOMA = 'HODGKIN_LYMPHOMA',
  OTHER = 'OTHER',
}

/** What a cancer diagnosis rests on. */
export enum DiagnosisBasis {
  CLINICAL = 'CLINICAL',
  IMAGING = 'IMAGING',
  HISTOLOGY = 'HISTOLOGY',
  CYTOLOGY = 'CYTOLOGY',
  TUMOUR_MARKER = 'TUMOUR_MARKER',
}

/** The staging system a stage is given in. */
export enum StageScheme {
  /** Toronto Childhood Cancer Stage Guidelines, tier 1 (low-resource registries). */
  TORONTO_TIER_1 = 'TORONTO_TIER_1',
  /** Toronto Childhood Cancer Stage Guidelines, tier 2. */
  TORONTO_TIER_2 = 'TORONTO_TIER_2',
  /** SIOP post-operative Wilms tumour stages I–V. */
  SIOP_WILMS = 'SIOP_WILMS',
  /** TNM (adults). */
  TNM = 'TNM',
}

/** The stages SIOP allows for a Wilms tumour. */
export const SIOP_WILMS_STAGES = ['I', 'II', 'III', 'IV', 'V'] as const;

/** Where a planned dose of a treatment plan stands. */
export enum AdministrationStatus {
  PLANNED = 'PLANNED',
  GIVEN = 'GIVEN',
  /** Given, but later than planned. */
  DELAYED = 'DELAYED',
  OMITTED = 'OMITTED',
}

export enum TreatmentPlanStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  STOPPED = 'STOPPED',
}

/** Body surface area (m²) by Mosteller, √(height cm × weight kg / 3600), rounded to 2 decimals. */
export function bodySurfaceArea(heightCm: number, weightKg: number): number {
  return Math.round(Math.sqrt((heightCm * weightKg) / 3600) * 100) / 100;
}

/** Treatment abandonment watch (SIOP PODC): warn at 21 days absent from scheduled treatment, flag at 28. */
export enum OncologyAlertLevel {
  WARNING = 'WARNING',
  ABANDONMENT = 'ABANDONMENT',
}

export const ABANDONMENT_WARNING_DAYS = 21;
export const ABANDONMENT_DAYS = 28;

/** The alert for a planned dose this many days overdue, or null under 21 days. */
export function abandonmentLevel(daysMissed: number): OncologyAlertLevel | null {
  if (daysMissed >= ABANDONMENT_DAYS) return OncologyAlertLevel.ABANDONMENT;
  if (daysMissed >= ABANDONMENT_WARNING_DAYS) return OncologyAlertLevel.WARNING;
  return null;
}
