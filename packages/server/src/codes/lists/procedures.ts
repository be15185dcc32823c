import { Specialty } from '@pj/shared';

export interface ProcedureListEntry {
  /** The hospital's own code: its specialty's letters and a number, never reused. */
  code: string;
  /** The name the surgeons use. */
  title: string;
  specialty: Specialty;
  /**
   * The procedure's ICD-9-CM volume 3 code (US public domain). ICD-9-CM rather than ICD-10-PCS:
   * an ICD-10-PCS code names the body side and approach (left and right inguinal repairs are two
   * codes), which this list leaves to the operation's `side`; ICD-9-CM volume 3 names the
   * procedure alone, one code per entry.
   */
  icd9cm: string;
  japanese?: string;
}

/**
 * The hospital's procedure list: the operations its surgeons and the visiting teams perform,
 * each mapped to ICD-9-CM volume 3. An operation booked or recorded with one of these is coded;
 * free text stays allowed for anything else and is shown as uncoded.
 *
 * To add a procedure, add an entry with a new code (never change or reuse a code: operations
 * keep theirs); the server writes new entries into `hospital_procedure` when it starts
 * (codes/code-tables.ts).
 */
export const PROCEDURES: readonly ProcedureListEntry[] = [
  // General surgery
  { code: 'GEN-01', title: 'Open inguinal hernia repair (Lichtenstein)', specialty: Specialty.GENERAL_SURGERY, icd9cm: '53.05', japanese: '鼠径ヘルニア修復術（リヒテンシュタイン法）' },
  { code: 'GEN-02', title: 'Open inguinal hernia repair without mesh', specialty: Specialty.GENERAL_SURGERY, icd9cm: '53.00' },
  { code: 'GEN-03', title: 'Umbilical hernia repair', specialty: Specialty.GENERAL_SURGERY, icd9cm: '53.49', japanese: '臍ヘルニア修復術' },
  { code: 'GEN-04', title: 'Incisional hernia repair with mesh', specialty: Specialty.GENERAL_SURGERY, icd9cm: '53.61' },
  { code: 'GEN-05', title: 'Femoral hernia repair', specialty: Specialty.GENERAL_SURGERY, icd9cm: '53.29' },
  { code: 'GEN-06', title: 'Laparoscopic cholecystectomy', specialty: Specialty.GENERAL_SURGERY, icd9cm: '51.23', japanese: '腹腔鏡下胆嚢摘出術' },
  { code: 'GEN-07', title: 'Open cholecystectomy', specialty: Specialty.GENERAL_SURGERY, icd9cm: '51.22' },
  { code: 'GEN-08', title: 'Open appendicectomy', specialty: Specialty.GENERAL_SURGERY, icd9cm: '47.09', japanese: '虫垂切除術' },
  { code: 'GEN-09', title: 'Laparoscopic appendicectomy', specialty: Specialty.GENERAL_SURGERY, icd9cm: '47.01' },
  { code: 'GEN-10', title: 'Exploratory laparotomy', specialty: Specialty.GENERAL_SURGERY, icd9cm: '54.11', japanese: '試験開腹術' },
  { code: 'GEN-11', title: 'Laparotomy, resection of mesenteric tumour', specialty: Specialty.GENERAL_SURGERY, icd9cm: '54.4' },
  { code: 'GEN-12', title: 'Excision of lipoma', specialty: Specialty.GENERAL_SURGERY, icd9cm: '86.3' },
  { code: 'GEN-13', title: 'Incision and drainage of abscess', specialty: Specialty.GENERAL_SURGERY, icd9cm: '86.04', japanese: '膿瘍切開排膿術' },
  { code: 'GEN-14', title: 'Excisional debridement of wound', specialty: Specialty.GENERAL_SURGERY, icd9cm: '86.22' },
  { code: 'GEN-15', title: 'Resuture of abdominal wound dehiscence', specialty: Specialty.GENERAL_SURGERY, icd9cm: '54.61' },
  { code: 'GEN-16', title: 'Haemorrhoidectomy', specialty: Specialty.GENERAL_SURGERY, icd9cm: '49.46' },
  { code: 'GEN-17', title: 'Fistulotomy for anal fistula', specialty: Specialty.GENERAL_SURGERY, icd9cm: '49.11' },
  { code: 'GEN-18', title: 'Colostomy', specialty: Specialty.GENERAL_SURGERY, icd9cm: '46.10' },
  { code: 'GEN-19', title: 'Excision of neck lump', specialty: Specialty.GENERAL_SURGERY, icd9cm: '83.39' },
  { code: 'GEN-20', title: 'Excision biopsy of lymph node', specialty: Specialty.GENERAL_SURGERY, icd9cm: '40.11' },
  // Urology
  { code: 'URO-01', title: 'Hydrocelectomy (Jaboulay)', specialty: Specialty.UROLOGY, icd9cm: '61.2', japanese: '陰嚢水腫根治術（ジャブレー法）' },
  { code: 'URO-02', title: 'Circumcision', specialty: Specialty.UROLOGY, icd9cm: '64.0', japanese: '環状切除術' },
  { code: 'URO-03', title: 'Orchidopexy', specialty: Specialty.UROLOGY, icd9cm: '62.5', japanese: '精巣固定術' },
  { code: 'URO-04', title: 'Urethroplasty', specialty: Specialty.UROLOGY, icd9cm: '58.46' },
  { code: 'URO-05', title: 'Hypospadias repair', specialty: Specialty.UROLOGY, icd9cm: '58.45', japanese: '尿道下裂修復術' },
  { code: 'URO-06', title: 'Open cystolithotomy', specialty: Specialty.UROLOGY, icd9cm: '57.19' },
  // Breast
  { code: 'BRE-01', title: 'Excision of breast lump', specialty: Specialty.BREAST_SURGERY, icd9cm: '85.21', japanese: '乳腺腫瘤摘出術' },
  { code: 'BRE-02', title: 'Wide local excision of breast lump', specialty: Specialty.BREAST_SURGERY, icd9cm: '85.21' },
  { code: 'BRE-03', title: 'Modified radical mastectomy', specialty: Specialty.BREAST_SURGERY, icd9cm: '85.43', japanese: '胸筋温存乳房切除術' },
  { code: 'BRE-04', title: 'Simple mastectomy', specialty: Specialty.BREAST_SURGERY, icd9cm: '85.41' },
  { code: 'BRE-05', title: 'Incision and drainage of breast abscess', specialty: Specialty.BREAST_SURGERY, icd9cm: '85.0' },
  // ENT
  { code: 'ENT-01', title: 'Total thyroidectomy', specialty: Specialty.ENT, icd9cm: '06.4', japanese: '甲状腺全摘術' },
  { code: 'ENT-02', title: 'Hemithyroidectomy', specialty: Specialty.ENT, icd9cm: '06.2', japanese: '甲状腺葉切除術' },
  { code: 'ENT-03', title: 'Tonsillectomy', specialty: Specialty.ENT, icd9cm: '28.2', japanese: '口蓋扁桃摘出術' },
  { code: 'ENT-04', title: 'Adenotonsillectomy', specialty: Specialty.ENT, icd9cm: '28.3' },
  { code: 'ENT-05', title: 'Septoplasty', specialty: Specialty.ENT, icd9cm: '21.88' },
  { code: 'ENT-06', title: 'Septorhinoplasty', specialty: Specialty.ENT, icd9cm: '21.87' },
  { code: 'ENT-07', title: 'Superficial parotidectomy', specialty: Specialty.ENT, icd9cm: '26.31' },
  { code: 'ENT-08', title: 'Excision of thyroglossal duct cyst (Sistrunk)', specialty: Specialty.ENT, icd9cm: '06.7' },
  { code: 'ENT-09', title: 'Tympanoplasty', specialty: Specialty.ENT, icd9cm: '19.4' },
  // Obstetrics and gynaecology
  { code: 'OBG-01', title: 'Caesarean section', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, icd9cm: '74.1', japanese: '帝王切開術' },
  { code: 'OBG-02', title: 'Caesarean section with bilateral tubal ligation', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, icd9cm: '74.1' },
  { code: 'OBG-03', title: 'Total abdominal hysterectomy', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, icd9cm: '68.49', japanese: '腹式子宮全摘術' },
  { code: 'OBG-04', title: 'Vaginal hysterectomy', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, icd9cm: '68.59' },
  { code: 'OBG-05', title: 'Myomectomy', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, icd9cm: '68.29', japanese: '子宮筋腫核出術' },
  { code: 'OBG-06', title: 'Ovarian cystectomy', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, icd9cm: '65.29', japanese: '卵巣嚢腫摘出術' },
  { code: 'OBG-07', title: 'Salpingectomy for ectopic pregnancy', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, icd9cm: '66.62' },
  { code: 'OBG-08', title: 'Bilateral tubal ligation', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, icd9cm: '66.39' },
  { code: 'OBG-09', title: 'Dilatation and curettage', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, icd9cm: '69.09' },
  { code: 'OBG-10', title: 'Manual vacuum aspiration of the uterus', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, icd9cm: '69.59' },
  // Paediatric surgery
  { code: 'PAE-01', title: 'Herniotomy', specialty: Specialty.PAEDIATRIC_SURGERY, icd9cm: '53.02', japanese: '鼠径ヘルニア根治術（高位結紮術）' },
  { code: 'PAE-02', title: 'Cleft lip repair (Millard)', specialty: Specialty.PAEDIATRIC_SURGERY, icd9cm: '27.54', japanese: '口唇裂形成術（ミラード法）' },
  { code: 'PAE-03', title: 'Cleft palate repair', specialty: Specialty.PAEDIATRIC_SURGERY, icd9cm: '27.62', japanese: '口蓋裂形成術' },
  { code: 'PAE-04', title: 'Pyloromyotomy', specialty: Specialty.PAEDIATRIC_SURGERY, icd9cm: '43.3' },
  { code: 'PAE-05', title: 'Nephrectomy for Wilms tumour', specialty: Specialty.PAEDIATRIC_SURGERY, icd9cm: '55.51', japanese: '腎摘出術（ウィルムス腫瘍）' },
  { code: 'PAE-06', title: 'Resection of neuroblastoma', specialty: Specialty.PAEDIATRIC_SURGERY, icd9cm: '07.22' },
  { code: 'PAE-07', title: 'Partial hepatectomy for hepatoblastoma', specialty: Specialty.PAEDIATRIC_SURGERY, icd9cm: '50.22' },
  { code: 'PAE-08', title: 'Enucleation of the eye for retinoblastoma', specialty: Specialty.PAEDIATRIC_SURGERY, icd9cm: '16.49' },
  { code: 'PAE-09', title: 'Insertion of a totally implantable venous access port', specialty: Specialty.PAEDIATRIC_SURGERY, icd9cm: '86.07' },
  { code: 'PAE-10', title: 'Open biopsy of abdominal mass', specialty: Specialty.PAEDIATRIC_SURGERY, icd9cm: '54.23' },
  // Plastic surgery
  { code: 'PLA-01', title: 'Release of burn contracture with skin graft', specialty: Specialty.PLASTIC_SURGERY, icd9cm: '86.84', japanese: '熱傷瘢痕拘縮形成術（植皮）' },
  { code: 'PLA-02', title: 'Split-thickness skin graft', specialty: Specialty.PLASTIC_SURGERY, icd9cm: '86.69', japanese: '分層植皮術' },
  { code: 'PLA-03', title: 'Z-plasty of scar', specialty: Specialty.PLASTIC_SURGERY, icd9cm: '86.84' },
  { code: 'PLA-04', title: 'Syndactyly release', specialty: Specialty.PLASTIC_SURGERY, icd9cm: '86.85' },
  // Paediatric oncology (ward procedures)
  { code: 'ONC-01', title: 'Bone marrow aspiration and biopsy', specialty: Specialty.PAEDIATRIC_ONCOLOGY, icd9cm: '41.31', japanese: '骨髄穿刺・生検' },
  { code: 'ONC-02', title: 'Lumbar puncture with intrathecal chemotherapy', specialty: Specialty.PAEDIATRIC_ONCOLOGY, icd9cm: '03.92', japanese: '腰椎穿刺・髄注化学療法' },
];
