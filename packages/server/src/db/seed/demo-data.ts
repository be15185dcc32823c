import { CancerType, DiagnosisBasis, ReferralSourceType, Specialty, StageScheme } from '@pj/shared';

/** Khmer names with a common romanisation. */
export const FAMILY_NAMES: readonly (readonly [string, string])[] = [
  ['Sok', 'សុខ'], ['Chan', 'ចាន់'], ['Kim', 'គីម'], ['Keo', 'កែវ'], ['Meas', 'មាស'],
  ['Heng', 'ហេង'], ['Ly', 'លី'], ['Chea', 'ជា'], ['Sam', 'សំ'], ['Nhem', 'ញឹម'],
  ['Prak', 'ប្រាក់'], ['Phan', 'ផាន'], ['Seng', 'សេង'], ['Touch', 'ទូច'], ['Mao', 'ម៉ៅ'],
  ['Pen', 'ប៉ែន'], ['Yim', 'យឹម'], ['Ouk', 'អ៊ុក'], ['Long', 'ឡុង'], ['Vong', 'វង្ស'],
  ['Hem', 'ហែម'], ['Nuon', 'នួន'], ['Som', 'សំ'], ['Khun', 'ឃុន'], ['Tep', 'ទេព'],
];

export const FEMALE_GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['Sreymom', 'ស្រីមុំ'], ['Sophea', 'សុភា'], ['Channary', 'ចាន់ណារី'], ['Bopha', 'បុប្ផា'],
  ['Kanha', 'កញ្ញា'], ['Malis', 'ម្លិះ'], ['Sokha', 'សុខា'], ['Pisey', 'ពិសី'],
  ['Leakhena', 'លក្ខិណា'], ['Sreyneang', 'ស្រីនាង'], ['Thida', 'ធីតា'], ['Raksmey', 'រស្មី'],
  ['Chantha', 'ចន្ថា'], ['Kolab', 'កុលាប'], ['Navy', 'ណាវី'],
];

export const MALE_GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['Vannak', 'វណ្ណៈ'], ['Sovann', 'សុវណ្ណ'], ['Rithy', 'រិទ្ធី'], ['Visal', 'វិសាល'],
  ['Piseth', 'ពិសិដ្ឋ'], ['Sopheak', 'សុភ័ក្រ'], ['Vuthy', 'វុឌ្ឍី'], ['Makara', 'មករា'],
  ['Chamroeun', 'ចំរើន'], ['Kosal', 'កុសល'], ['Dara', 'ដារា'], ['Bunthoeun', 'ប៊ុនធឿន'],
  ['Samnang', 'សំណាង'], ['Veasna', 'វាសនា'], ['Sambath', 'សម្បត្តិ'],
];

/** Where patients come from: most from the provinces around Phnom Penh. */
export const PROVINCE_WEIGHTS: readonly (readonly [number, number])[] = [
  [8, 14], [12, 10], [21, 9], [14, 7], [3, 7], [5, 6], [20, 5], [4, 5], [7, 4], [25, 4],
  [6, 3], [2, 3], [17, 3], [15, 2], [1, 2], [10, 2], [18, 2], [9, 1], [13, 1], [16, 1],
  [19, 1], [22, 1], [11, 1], [23, 1], [24, 1],
];

/**
 * Typical hours by road from each province (by code) to the hospital in Phnom Penh, for the
 * patients' usual travel time (`Patient.travelTimeHours`): the provincial towns' usual journey
 * by bus or car on the national roads, rounded to the half hour. The README names no city; the
 * demo's catchment (PROVINCE_WEIGHTS: Kandal, Phnom Penh and Takeo first) puts it in Phnom Penh.
 */
export const TRAVEL_HOURS_BY_PROVINCE: Readonly<Record<number, number>> = {
  1: 6.5, // Banteay Meanchey (Serei Saophoan), NR5
  2: 5.5, // Battambang, NR5
  3: 2.5, // Kampong Cham, NR6/NR7
  4: 2, // Kampong Chhnang, NR5
  5: 1.5, // Kampong Speu (Chbar Mon), NR4
  6: 3, // Kampong Thom, NR6
  7: 3, // Kampot, NR3
  8: 1, // Kandal, around the city
  9: 5, // Koh Kong, NR4/NR48
  10: 5, // Kratie, NR7
  11: 7, // Mondulkiri (Sen Monorom), NR7/NR76
  12: 0.5, // Phnom Penh
  13: 6, // Preah Vihear (Tbeng Meanchey), NR6/NR64
  14: 2.5, // Prey Veng, NR1/NR11
  15: 3.5, // Pursat, NR5
  16: 9, // Ratanakiri (Banlung), NR7/NR78
  17: 6, // Siem Reap, NR6
  18: 4, // Preah Sihanouk, NR4
  19: 7, // Stung Treng, NR7
  20: 3, // Svay Rieng, NR1
  21: 2, // Takeo, NR2
  22: 8, // Oddar Meanchey (Samraong), NR6/NR68
  23: 3.5, // Kep, NR3
  24: 7, // Pailin, NR5/NR57
  25: 3, // Tbong Khmum (Suong), NR7
};

/**
 * A patient's usual travel time: the province's typical hours, nearer or further by where in
 * the province they live (a quarter less to a half more, by the patient's place in the demo),
 * and unknown for one patient in five (not asked at registration). Derived from the province
 * and index only: the seed's random sequence, which the demo's other figures depend on, is untouched.
 */
export function demoTravelHours(provinceCode: number, index: number): number | null {
  if (index % 5 === 4) return null;
  const typical = TRAVEL_HOURS_BY_PROVINCE[provinceCode];
  if (typical === undefined) return null;
  const factor = [1, 0.75, 1.25, 1.5][index % 4];
  // Quarter hours, and at least a quarter of an hour.
  return Math.max(0.25, Math.round(typical * factor * 4) / 4);
}

export const DISTRICTS: Readonly<Record<number, readonly string[]>> = {
  8: ['Ta Khmau', 'Kien Svay', 'Ang Snuol', 'Khsach Kandal'],
  12: ['Chbar Ampov', 'Meanchey', 'Russey Keo', 'Dangkao'],
  21: ['Bati', 'Prey Kabas', 'Samraong', 'Tram Kak'],
  14: ['Neak Loeung', 'Kamchay Mear', 'Peam Ro'],
  3: ['Kampong Siem', 'Cheung Prey', 'Srey Santhor'],
};

export const SOURCES: Readonly<Record<ReferralSourceType, readonly string[]>> = {
  [ReferralSourceType.HEALTH_CENTRE]: ['Prey Kabas Health Centre', 'Kien Svay Health Centre', 'Samraong Health Centre'],
  [ReferralSourceType.REFERRAL_HOSPITAL]: [
    'Takeo Provincial Referral Hospital (CPA-3)',
    'Kampong Cham Provincial Hospital (CPA-3)',
    'Bati Referral Hospital (CPA-2)',
    'Neak Loeung Referral Hospital (CPA-2)',
    'Kampong Speu Referral Hospital (CPA-2)',
  ],
  [ReferralSourceType.NGO]: ['Rural health NGO, Svay Rieng', 'Women\'s health NGO, Kandal'],
  [ReferralSourceType.OUTREACH_SCREENING]: ['Outreach screening clinic, Siem Reap', 'Outreach screening clinic, Kampot'],
  [ReferralSourceType.OTHER_HOSPITAL]: ['National paediatric hospital, Phnom Penh', 'Calmette Hospital, Phnom Penh'],
  [ReferralSourceType.SELF]: [],
};

export interface ProcedureTemplate {
  specialty: Specialty;
  reason: string;
  procedure: string;
  /** The procedure's entry in the hospital's procedure list (codes/lists/procedures.ts). */
  procedureCode: string;
  diagnosis: string;
  /** ICD-10 codes of the diagnosis at discharge, the primary first. */
  diagnosisCodes: readonly string[];
  minutes: number;
  child?: boolean;
  sex?: 'FEMALE' | 'MALE';
}

export const SURGICAL_CASES: readonly ProcedureTemplate[] = [
  { specialty: Specialty.GENERAL_SURGERY, reason: 'Right inguinal hernia, reducible, 2 years', procedure: 'Open inguinal hernia repair (Lichtenstein)', procedureCode: 'GEN-01', diagnosis: 'Right inguinal hernia, repaired', diagnosisCodes: ['K40.9'], minutes: 60, sex: 'MALE' },
  { specialty: Specialty.GENERAL_SURGERY, reason: 'Symptomatic gallstones, recurrent colic', procedure: 'Laparoscopic cholecystectomy', procedureCode: 'GEN-06', diagnosis: 'Cholelithiasis', diagnosisCodes: ['K80.2'], minutes: 90 },
  { specialty: Specialty.GENERAL_SURGERY, reason: 'Abdominal mass, CT: mesenteric tumour', procedure: 'Laparotomy, resection of mesenteric tumour', procedureCode: 'GEN-11', diagnosis: 'Mesenteric tumour, resected; histology pending', diagnosisCodes: ['D48.4'], minutes: 180 },
  { specialty: Specialty.UROLOGY, reason: 'Large left hydrocele', procedure: 'Hydrocelectomy (Jaboulay)', procedureCode: 'URO-01', diagnosis: 'Left hydrocele, repaired', diagnosisCodes: ['N43.3'], minutes: 45, sex: 'MALE' },
  { specialty: Specialty.BREAST_SURGERY, reason: 'Left breast lump, 3 cm, core biopsy: fibroadenoma', procedure: 'Excision of breast lump', procedureCode: 'BRE-01', diagnosis: 'Fibroadenoma, left breast', diagnosisCodes: ['D24'], minutes: 50, sex: 'FEMALE' },
  { specialty: Specialty.BREAST_SURGERY, reason: 'Right breast carcinoma, biopsy-proven', procedure: 'Modified radical mastectomy', procedureCode: 'BRE-03', diagnosis: 'Carcinoma of the right breast', diagnosisCodes: ['C50.9'], minutes: 150, sex: 'FEMALE' },
  { specialty: Specialty.ENT, reason: 'Multinodular goitre with compressive symptoms', procedure: 'Total thyroidectomy', procedureCode: 'ENT-01', diagnosis: 'Multinodular goitre', diagnosisCodes: ['E04.2'], minutes: 150 },
  { specialty: Specialty.ENT, reason: 'Recurrent tonsillitis, 6 episodes a year', procedure: 'Tonsillectomy', procedureCode: 'ENT-03', diagnosis: 'Chronic tonsillitis', diagnosisCodes: ['J35.0'], minutes: 40, child: true },
  { specialty: Specialty.OBSTETRICS_GYNAECOLOGY, reason: 'Term pregnancy, previous caesarean section', procedure: 'Caesarean section', procedureCode: 'OBG-01', diagnosis: 'Term pregnancy, delivered by caesarean section', diagnosisCodes: ['O34.2', 'O82.0', 'Z37.0'], minutes: 60, sex: 'FEMALE' },
  { specialty: Specialty.OBSTETRICS_GYNAECOLOGY, reason: 'Symptomatic uterine fibroids, anaemia', procedure: 'Total abdominal hysterectomy', procedureCode: 'OBG-03', diagnosis: 'Uterine leiomyomata', diagnosisCodes: ['D25.9', 'D50.0'], minutes: 120, sex: 'FEMALE' },
  { specialty: Specialty.OBSTETRICS_GYNAECOLOGY, reason: 'Ovarian cyst, 8 cm', procedure: 'Ovarian cystectomy', procedureCode: 'OBG-06', diagnosis: 'Benign ovarian cyst', diagnosisCodes: ['N83.2'], minutes: 75, sex: 'FEMALE' },
  { specialty: Specialty.PAEDIATRIC_SURGERY, reason: 'Congenital inguinal hernia', procedure: 'Herniotomy', procedureCode: 'PAE-01', diagnosis: 'Congenital inguinal hernia, repaired', diagnosisCodes: ['K40.9'], minutes: 40, child: true },
  { specialty: Specialty.PAEDIATRIC_SURGERY, reason: 'Unilateral cleft lip', procedure: 'Cleft lip repair (Millard)', procedureCode: 'PAE-02', diagnosis: 'Cleft lip, repaired', diagnosisCodes: ['Q36.9'], minutes: 90, child: true },
  { specialty: Specialty.PLASTIC_SURGERY, reason: 'Burn contracture of the right hand', procedure: 'Release of burn contracture with skin graft', procedureCode: 'PLA-01', diagnosis: 'Post-burn contracture, released', diagnosisCodes: ['L90.5', 'T95.2'], minutes: 120 },
];

export interface OncologyCase {
  reason: string;
  diagnosis: string;
  /** ICD-10 code, ICD-O-3 topography and morphology (codes/lists/). */
  icd10: string;
  topography: string;
  morphology: string;
  cycleDays: number;
  cancerType: CancerType;
  basis: DiagnosisBasis;
  stageScheme: StageScheme;
  stages: readonly string[];
  /** The seeded protocol a plan is started from, when there is one for this cancer. */
  protocolId: string | null;
}

/** Seeded by the oncology migration. */
export const WILMS_PROTOCOL = '0c010000-0000-4000-8000-000000000001';
export const ALL_INDUCTION_PROTOCOL = '0c010000-0000-4000-8000-000000000002';

export const ONCOLOGY_CASES: readonly OncologyCase[] = [
  {
    reason: 'Abdominal mass, suspected Wilms tumour (nephroblastoma)', diagnosis: 'Nephroblastoma (Wilms tumour)', icd10: 'C64', topography: 'C64.9', morphology: '8960/3', cycleDays: 7,
    cancerType: CancerType.WILMS_TUMOUR, basis: DiagnosisBasis.IMAGING, stageScheme: StageScheme.SIOP_WILMS, stages: ['I', 'II', 'II', 'III'], protocolId: WILMS_PROTOCOL,
  },
  {
    reason: 'Pancytopenia, blasts on film: acute lymphoblastic leukaemia', diagnosis: 'Acute lymphoblastic leukaemia', icd10: 'C91.0', topography: 'C42.1', morphology: '9835/3', cycleDays: 7,
    cancerType: CancerType.ACUTE_LYMPHOBLASTIC_LEUKAEMIA, basis: DiagnosisBasis.CYTOLOGY, stageScheme: StageScheme.TORONTO_TIER_2, stages: ['CNS1', 'CNS1', 'CNS2'], protocolId: ALL_INDUCTION_PROTOCOL,
  },
  {
    reason: 'Hepatomegaly, raised AFP: suspected hepatoblastoma', diagnosis: 'Hepatoblastoma', icd10: 'C22.2', topography: 'C22.0', morphology: '8970/3', cycleDays: 21,
    cancerType: CancerType.HEPATOBLASTOMA, basis: DiagnosisBasis.TUMOUR_MARKER, stageScheme: StageScheme.TORONTO_TIER_1, stages: ['Localised', 'Metastatic'], protocolId: null,
  },
  {
    reason: 'Leukocoria, left eye: suspected retinoblastoma', diagnosis: 'Retinoblastoma', icd10: 'C69.2', topography: 'C69.2', morphology: '9510/3', cycleDays: 21,
    cancerType: CancerType.RETINOBLASTOMA, basis: DiagnosisBasis.CLINICAL, stageScheme: StageScheme.TORONTO_TIER_1, stages: ['Localised', 'Localised', 'Metastatic'], protocolId: null,
  },
  {
    reason: 'Jaw mass, rapid growth: suspected Burkitt lymphoma', diagnosis: 'Burkitt lymphoma', icd10: 'C83.7', topography: 'C41.1', morphology: '9687/3', cycleDays: 14,
    cancerType: CancerType.BURKITT_LYMPHOMA, basis: DiagnosisBasis.HISTOLOGY, stageScheme: StageScheme.TORONTO_TIER_1, stages: ['Limited', 'Advanced'], protocolId: null,
  },
  {
    reason: 'Abdominal mass, raised catecholamines: suspected neuroblastoma', diagnosis: 'Neuroblastoma', icd10: 'C74.9', topography: 'C74.9', morphology: '9500/3', cycleDays: 21,
    cancerType: CancerType.NEUROBLASTOMA, basis: DiagnosisBasis.HISTOLOGY, stageScheme: StageScheme.TORONTO_TIER_1, stages: ['Localised', 'Metastatic'], protocolId: null,
  },
];

export interface DemoMission {
  name: string;
  surgeon: string;
  specialties: readonly Specialty[];
  /** Days from today to the first day (negative: in the past). */
  startOffsetDays: number;
  days: number;
}

/** Visiting-team missions: two past, one coming up (its waitlist is being filled now). */
export const MISSIONS: readonly DemoMission[] = [
  { name: 'Kyoto paediatric and general surgery team', surgeon: 'Dr Kenji Tanaka (visiting)', specialties: [Specialty.PAEDIATRIC_SURGERY, Specialty.GENERAL_SURGERY, Specialty.UROLOGY], startOffsetDays: -210, days: 4 },
  { name: 'Osaka breast and ENT team', surgeon: 'Dr Yuki Sato (visiting)', specialties: [Specialty.BREAST_SURGERY, Specialty.ENT, Specialty.PLASTIC_SURGERY], startOffsetDays: -95, days: 5 },
  { name: 'Tokyo gynaecology and abdominal team', surgeon: 'Dr Hiroshi Suzuki (visiting)', specialties: [Specialty.OBSTETRICS_GYNAECOLOGY, Specialty.GENERAL_SURGERY], startOffsetDays: 18, days: 4 },
];

export const LOCAL_SURGEONS = ['Dr Vannak Chea', 'Dr Sophea Kim', 'Dr Rithy Prak'];
export const LOCAL_ANAESTHETISTS = ['Dr Dara Ouk', 'Dr Sreyneang Touch'];
export const LOCAL_NURSES = ['Nurse Bopha Sim', 'Nurse Kanha Long', 'Nurse Sokunthea Nhem'];
/** Khmer names of the local staff. */
export const LOCAL_KHMER: Record<string, string> = {
  'Dr Vannak Chea': 'វណ្ណៈ ជា',
  'Dr Sophea Kim': 'សុភា គីម',
  'Dr Rithy Prak': 'ឫទ្ធី ប្រាក់',
  'Dr Dara Ouk': 'ដារា អ៊ុក',
  'Dr Sreyneang Touch': 'ស្រីនាង ទូច',
  'Nurse Bopha Sim': 'បុប្ផា ស៊ីម',
  'Nurse Kanha Long': 'កញ្ញា ឡុង',
  'Nurse Sokunthea Nhem': 'សុគន្ធា ញ៉ែម',
};
/** The visiting teams' home institutions and anaesthetists, by mission name. */
export const VISITING_INSTITUTIONS: Record<string, string> = {
  'Kyoto paediatric and general surgery team': 'Kyoto University Hospital',
  'Osaka breast and ENT team': 'Osaka University Hospital',
  'Tokyo gynaecology and abdominal team': 'Tokyo Medical and Dental University Hospital',
};
export const VISITING_ANAESTHETISTS: Record<string, string> = {
  'Kyoto paediatric and general surgery team': 'Dr Aiko Yamamoto (visiting)',
  'Osaka breast and ENT team': 'Dr Takeshi Nakamura (visiting)',
  'Tokyo gynaecology and abdominal team': 'Dr Emi Kobayashi (visiting)',
};
export const CASE_MANAGERS = ['Sokha Meas (case manager)', 'Channary Ly (case manager)'];
export const CLINICIANS = ['Dr Sreymom Heng', 'Dr Piseth Sok', 'Dr Bopha Chan'];
export const THEATRES = ['OT 1', 'OT 2', 'OT 3'];
