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
  /** Ended for another reason (the child died). */
  STOPPED = 'STOPPED',
  /** The child or family refused further treatment: recorded apart from abandonment. */
  REFUSED = 'REFUSED',
}

/**
 * Where a planned dose stands on the plan's calendar, against today: GIVEN (on time),
 * DELAYED (given late), OMITTED (deliberately not given, or left when the plan ended), and for
 * a dose not yet given: UPCOMING (due after today), DUE (today), OVERDUE (before today).
 */
export enum AdministrationState {
  GIVEN = 'GIVEN',
  DELAYED = 'DELAYED',
  OMITTED = 'OMITTED',
  UPCOMING = 'UPCOMING',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
}

/** The calendar state of a dose on `today` (YYYY-MM-DD, hospital time). */
export function administrationState(status: AdministrationStatus, plannedDate: string, today: string): AdministrationState {
  switch (status) {
    case AdministrationStatus.GIVEN:
      return AdministrationState.GIVEN;
    case AdministrationStatus.DELAYED:
      return AdministrationState.DELAYED;
    case AdministrationStatus.OMITTED:
      return AdministrationState.OMITTED;
    case AdministrationStatus.PLANNED:
      if (plannedDate > today) return AdministrationState.UPCOMING;
      return plannedDate === today ? AdministrationState.DUE : AdministrationState.OVERDUE;
  }
}

/** Who refused treatment. */
export enum RefusedBy {
  PATIENT = 'PATIENT',
  PARENTS = 'PARENTS',
  GUARDIAN = 'GUARDIAN',
  FAMILY = 'FAMILY',
}

/**
 * Common toxicities of paediatric chemotherapy, as CTCAE v5 terms. OTHER needs the term
 * written out. Each term allows only the grades CTCAE defines for it.
 */
export enum ToxicityTerm {
  FEBRILE_NEUTROPENIA = 'FEBRILE_NEUTROPENIA',
  ANAEMIA = 'ANAEMIA',
  NEUTROPHIL_COUNT_DECREASED = 'NEUTROPHIL_COUNT_DECREASED',
  PLATELET_COUNT_DECREASED = 'PLATELET_COUNT_DECREASED',
  MUCOSITIS_ORAL = 'MUCOSITIS_ORAL',
  NAUSEA = 'NAUSEA',
  VOMITING = 'VOMITING',
  DIARRHOEA = 'DIARRHOEA',
  CONSTIPATION = 'CONSTIPATION',
  PERIPHERAL_SENSORY_NEUROPATHY = 'PERIPHERAL_SENSORY_NEUROPATHY',
  ALT_INCREASED = 'ALT_INCREASED',
  ALOPECIA = 'ALOPECIA',
  INFECTION = 'INFECTION',
  SEPSIS = 'SEPSIS',
  TUMOUR_LYSIS_SYNDROME = 'TUMOUR_LYSIS_SYNDROME',
  OTHER = 'OTHER',
}

export interface ToxicityTermInfo {
  term: ToxicityTerm;
  /** The CTCAE v5 term as written there. */
  ctcaeTerm: string;
  /** CTCAE v5 system organ class. */
  category: string;
  minGrade: number;
  maxGrade: number;
}

/** The curated CTCAE v5 list, in the order a form offers it. */
export const TOXICITY_TERMS: readonly ToxicityTermInfo[] = [
  { term: ToxicityTerm.FEBRILE_NEUTROPENIA, ctcaeTerm: 'Febrile neutropenia', category: 'Blood and lymphatic system disorders', minGrade: 3, maxGrade: 5 },
  { term: ToxicityTerm.ANAEMIA, ctcaeTerm: 'Anemia', category: 'Blood and lymphatic system disorders', minGrade: 1, maxGrade: 5 },
  { term: ToxicityTerm.NEUTROPHIL_COUNT_DECREASED, ctcaeTerm: 'Neutrophil count decreased', category: 'Investigations', minGrade: 1, maxGrade: 4 },
  { term: ToxicityTerm.PLATELET_COUNT_DECREASED, ctcaeTerm: 'Platelet count decreased', category: 'Investigations', minGrade: 1, maxGrade: 4 },
  { term: ToxicityTerm.MUCOSITIS_ORAL, ctcaeTerm: 'Mucositis oral', category: 'Gastrointestinal disorders', minGrade: 1, maxGrade: 5 },
  { term: ToxicityTerm.NAUSEA, ctcaeTerm: 'Nausea', category: 'Gastrointestinal disorders', minGrade: 1, maxGrade: 3 },
  { term: ToxicityTerm.VOMITING, ctcaeTerm: 'Vomiting', category: 'Gastrointestinal disorders', minGrade: 1, maxGrade: 5 },
  { term: ToxicityTerm.DIARRHOEA, ctcaeTerm: 'Diarrhea', category: 'Gastrointestinal disorders', minGrade: 1, maxGrade: 5 },
  { term: ToxicityTerm.CONSTIPATION, ctcaeTerm: 'Constipation', category: 'Gastrointestinal disorders', minGrade: 1, maxGrade: 5 },
  { term: ToxicityTerm.PERIPHERAL_SENSORY_NEUROPATHY, ctcaeTerm: 'Peripheral sensory neuropathy', category: 'Nervous system disorders', minGrade: 1, maxGrade: 3 },
  { term: ToxicityTerm.ALT_INCREASED, ctcaeTerm: 'Alanine aminotransferase increased', category: 'Investigations', minGrade: 1, maxGrade: 4 },
  { term: ToxicityTerm.ALOPECIA, ctcaeTerm: 'Alopecia', category: 'Skin and subcutaneous tissue disorders', minGrade: 1, maxGrade: 2 },
  { term: ToxicityTerm.INFECTION, ctcaeTerm: 'Infections and infestations - Other, specify', category: 'Infections and infestations', minGrade: 1, maxGrade: 5 },
  { term: ToxicityTerm.SEPSIS, ctcaeTerm: 'Sepsis', category: 'Infections and infestations', minGrade: 3, maxGrade: 5 },
  { term: ToxicityTerm.TUMOUR_LYSIS_SYNDROME, ctcaeTerm: 'Tumor lysis syndrome', category: 'Metabolism and nutrition disorders', minGrade: 3, maxGrade: 5 },
  { term: ToxicityTerm.OTHER, ctcaeTerm: 'Other (specify the CTCAE term)', category: 'Other', minGrade: 1, maxGrade: 5 },
];

export const toxicityTermInfo = (term: ToxicityTerm): ToxicityTermInfo => TOXICITY_TERMS.find((t) => t.term === term)!;

/** CTCAE grade 5 is death related to the adverse event. */
export const FATAL_TOXICITY_GRADE = 5;

/** Why a grade is not allowed for a term, or null when it is. */
export function toxicityGradeProblem(term: ToxicityTerm, grade: number): string | null {
  const info = toxicityTermInfo(term);
  if (!Number.isInteger(grade) || grade < 1 || grade > 5) return 'A CTCAE grade is a whole number from 1 to 5';
  if (grade < info.minGrade || grade > info.maxGrade) {
    return `CTCAE v5 grades "${info.ctcaeTerm}" ${info.minGrade} to ${info.maxGrade}`;
  }
  return null;
}

/** How a response to treatment was assessed. */
export enum AssessmentMethod {
  CLINICAL = 'CLINICAL',
  IMAGING = 'IMAGING',
  BONE_MARROW = 'BONE_MARROW',
  TUMOUR_MARKER = 'TUMOUR_MARKER',
  PATHOLOGY = 'PATHOLOGY',
}

/** Standard response categories (RECIST / INRC style). */
export enum ResponseCategory {
  /** Complete response (for leukaemia: complete remission). */
  CR = 'CR',
  /** Very good partial response. */
  VGPR = 'VGPR',
  /** Partial response. */
  PR = 'PR',
  /** Stable disease. */
  SD = 'SD',
  /** Progressive disease. */
  PD = 'PD',
  NOT_EVALUABLE = 'NOT_EVALUABLE',
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

/** Where a protocol stands in the library. */
export enum ProtocolState {
  /** The newest revision of a protocol in use: new plans start from it. */
  CURRENT = 'CURRENT',
  /** An older revision: plans started from it keep it, new plans use the newer one. */
  SUPERSEDED = 'SUPERSEDED',
  /** The protocol was retired: no new plans; plans already started go on. */
  RETIRED = 'RETIRED',
}

/** What a protocol dose is measured against. */
export enum DoseBasis {
  PER_M2 = 'PER_M2',
  PER_KG = 'PER_KG',
}

/** Units a protocol dose may be written in. */
export const PROTOCOL_UNITS = ['mg', 'µg', 'g', 'IU'] as const;
/** Routes a protocol dose may be given by. */
export const PROTOCOL_ROUTES = ['IV', 'PO', 'IT', 'IM', 'SC'] as const;

/** Limits of one protocol revision, enforced when it is written (and bounding the lists that read it). */
export const PROTOCOL_LIMITS = {
  /** Protocols in the library, retired ones included. */
  protocols: 30,
  revisionsPerProtocol: 50,
  phases: 8,
  dosesPerPhase: 48,
  doses: 64,
  /** The last day a phase may end on, counted from day 0. */
  lastDay: 730,
} as const;
