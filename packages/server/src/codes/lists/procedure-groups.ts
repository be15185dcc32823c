import { Specialty } from '@pj/shared';

export interface ProcedureGroupEntry {
  /** The group's code, never reused: its specialty's letters and a name. */
  code: string;
  specialty: Specialty;
  title: string;
  khmer: string;
  japanese: string;
  /** The hospital's rule for independent practice, as first set: cases performed under supervision. */
  requiredSupervisedCases: number;
  /** The procedure-list entries in the group. */
  procedures: readonly string[];
}

/**
 * The procedure groups a surgeon is trained and entrusted in: procedures that call for the same
 * skills. Each group carries the hospital's rule before independent practice (a number of cases
 * performed under supervision, and a supervisor's sign-off), written into `procedure_group` when
 * the server starts; the rule is then data (an edited rule is kept on the next start).
 *
 * To add a group, add an entry with a new code and move procedures into it.
 */
export const PROCEDURE_GROUPS: readonly ProcedureGroupEntry[] = [
  { code: 'GEN-HERNIA', specialty: Specialty.GENERAL_SURGERY, title: 'Hernia repair', khmer: 'ការជួសជុលក្លូន', japanese: 'ヘルニア修復術', requiredSupervisedCases: 25, procedures: ['GEN-01', 'GEN-02', 'GEN-03', 'GEN-04', 'GEN-05'] },
  { code: 'GEN-CHOLE', specialty: Specialty.GENERAL_SURGERY, title: 'Cholecystectomy', khmer: 'ការកាត់ថង់ប្រមាត់', japanese: '胆嚢摘出術', requiredSupervisedCases: 25, procedures: ['GEN-06', 'GEN-07'] },
  { code: 'GEN-APPX', specialty: Specialty.GENERAL_SURGERY, title: 'Appendicectomy', khmer: 'ការកាត់ខ្នែងពោះវៀន', japanese: '虫垂切除術', requiredSupervisedCases: 20, procedures: ['GEN-08', 'GEN-09'] },
  { code: 'GEN-LAPAROTOMY', specialty: Specialty.GENERAL_SURGERY, title: 'Laparotomy and bowel surgery', khmer: 'ការវះពោះ និងការវះកាត់ពោះវៀន', japanese: '開腹術・腸管手術', requiredSupervisedCases: 30, procedures: ['GEN-10', 'GEN-11', 'GEN-15', 'GEN-18'] },
  { code: 'GEN-MINOR', specialty: Specialty.GENERAL_SURGERY, title: 'Minor soft-tissue surgery', khmer: 'ការវះកាត់ជាលិកាទន់តូចៗ', japanese: '軟部組織小手術', requiredSupervisedCases: 10, procedures: ['GEN-12', 'GEN-13', 'GEN-14', 'GEN-19', 'GEN-20'] },
  { code: 'GEN-ANORECTAL', specialty: Specialty.GENERAL_SURGERY, title: 'Anorectal surgery', khmer: 'ការវះកាត់រន្ធគូថ', japanese: '肛門手術', requiredSupervisedCases: 15, procedures: ['GEN-16', 'GEN-17'] },
  { code: 'URO-SCROTAL', specialty: Specialty.UROLOGY, title: 'Scrotal and penile surgery', khmer: 'ការវះកាត់ពងស្វាស និងលិង្គ', japanese: '陰嚢・陰茎手術', requiredSupervisedCases: 15, procedures: ['URO-01', 'URO-02', 'URO-03'] },
  { code: 'URO-RECONSTRUCTION', specialty: Specialty.UROLOGY, title: 'Urethral and bladder surgery', khmer: 'ការវះកាត់បង្ហួរនោម និងប្លោកនោម', japanese: '尿道・膀胱手術', requiredSupervisedCases: 25, procedures: ['URO-04', 'URO-05', 'URO-06'] },
  { code: 'BRE-EXCISION', specialty: Specialty.BREAST_SURGERY, title: 'Breast lump excision', khmer: 'ការកាត់ដុំសុដន់', japanese: '乳房腫瘤切除術', requiredSupervisedCases: 15, procedures: ['BRE-01', 'BRE-02', 'BRE-05'] },
  { code: 'BRE-MASTECTOMY', specialty: Specialty.BREAST_SURGERY, title: 'Mastectomy', khmer: 'ការកាត់សុដន់ចេញ', japanese: '乳房切除術', requiredSupervisedCases: 25, procedures: ['BRE-03', 'BRE-04'] },
  { code: 'ENT-THYROID', specialty: Specialty.ENT, title: 'Thyroid and neck surgery', khmer: 'ការវះកាត់ក្រពេញទីរ៉ូអ៊ីត និងក', japanese: '甲状腺・頸部手術', requiredSupervisedCases: 30, procedures: ['ENT-01', 'ENT-02', 'ENT-08'] },
  { code: 'ENT-TONSIL', specialty: Specialty.ENT, title: 'Tonsillectomy', khmer: 'ការកាត់ទន្សីល', japanese: '扁桃摘出術', requiredSupervisedCases: 15, procedures: ['ENT-03', 'ENT-04'] },
  { code: 'ENT-NOSE-EAR', specialty: Specialty.ENT, title: 'Nose, ear and parotid surgery', khmer: 'ការវះកាត់ច្រមុះ ត្រចៀក និងក្រពេញទឹកមាត់', japanese: '鼻・耳・耳下腺手術', requiredSupervisedCases: 30, procedures: ['ENT-05', 'ENT-06', 'ENT-07', 'ENT-09'] },
  { code: 'OBG-CAESAREAN', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, title: 'Caesarean section', khmer: 'ការវះកាត់យកកូន', japanese: '帝王切開術', requiredSupervisedCases: 20, procedures: ['OBG-01', 'OBG-02'] },
  { code: 'OBG-HYSTERECTOMY', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, title: 'Hysterectomy and myomectomy', khmer: 'ការកាត់ស្បូន និងដុំសាច់ស្បូន', japanese: '子宮摘出術・筋腫核出術', requiredSupervisedCases: 30, procedures: ['OBG-03', 'OBG-04', 'OBG-05'] },
  { code: 'OBG-ADNEXAL', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, title: 'Ovarian and tubal surgery', khmer: 'ការវះកាត់អូវែ និងបំពង់ស្បូន', japanese: '卵巣・卵管手術', requiredSupervisedCases: 20, procedures: ['OBG-06', 'OBG-07', 'OBG-08'] },
  { code: 'OBG-EVACUATION', specialty: Specialty.OBSTETRICS_GYNAECOLOGY, title: 'Uterine evacuation', khmer: 'ការបូមសម្អាតស្បូន', japanese: '子宮内容除去術', requiredSupervisedCases: 10, procedures: ['OBG-09', 'OBG-10'] },
  { code: 'PAE-GENERAL', specialty: Specialty.PAEDIATRIC_SURGERY, title: 'Paediatric general surgery', khmer: 'ការវះកាត់ទូទៅកុមារ', japanese: '小児一般外科手術', requiredSupervisedCases: 20, procedures: ['PAE-01', 'PAE-04', 'PAE-09', 'PAE-10'] },
  { code: 'PAE-CLEFT', specialty: Specialty.PAEDIATRIC_SURGERY, title: 'Cleft lip and palate repair', khmer: 'ការជួសជុលបបូរមាត់ឆែប និងក្រអូមមាត់ឆែប', japanese: '口唇口蓋裂手術', requiredSupervisedCases: 30, procedures: ['PAE-02', 'PAE-03'] },
  { code: 'PAE-TUMOUR', specialty: Specialty.PAEDIATRIC_SURGERY, title: 'Paediatric tumour surgery', khmer: 'ការវះកាត់ដុំសាច់កុមារ', japanese: '小児腫瘍手術', requiredSupervisedCases: 30, procedures: ['PAE-05', 'PAE-06', 'PAE-07', 'PAE-08'] },
  { code: 'PLA-GRAFT', specialty: Specialty.PLASTIC_SURGERY, title: 'Skin grafts and scar release', khmer: 'ការប្តូរស្បែក និងការដោះស្លាកស្នាម', japanese: '植皮・瘢痕形成術', requiredSupervisedCases: 20, procedures: ['PLA-01', 'PLA-02', 'PLA-03', 'PLA-04'] },
  { code: 'ONC-PROCEDURES', specialty: Specialty.PAEDIATRIC_ONCOLOGY, title: 'Oncology procedures', khmer: 'នីតិវិធីជំងឺមហារីក', japanese: '腫瘍科処置', requiredSupervisedCases: 10, procedures: ['ONC-01', 'ONC-02'] },
];

/** The group of each procedure-list code. */
export const PROCEDURE_GROUP_OF: ReadonlyMap<string, string> = new Map(PROCEDURE_GROUPS.flatMap((group) => group.procedures.map((code) => [code, group.code] as const)));
