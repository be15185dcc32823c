import { IndicatorDimension as D, IndicatorKey, IndicatorKind } from '@pj/shared';
import type { IndicatorSpec } from '../indicator.js';

const ONCOLOGY_DIMENSIONS = [D.CANCER_TYPE, D.AGE_GROUP] as const;

/** The cancer a plan treats: the patient's latest diagnosis on or before `day` (else their first). */
const diagnosisOf = (day: string): string => `
  left join lateral (select d.cancer_type, d.diagnosed_on from oncology_diagnosis d where d.patient_id = t.patient_id
                      order by (d.diagnosed_on <= ${day}) desc, d.diagnosed_on desc, d.recorded_at desc limit 1) dx on true`;

export const ONCOLOGY_NEW_DIAGNOSES: IndicatorSpec = {
  key: IndicatorKey.ONCOLOGY_NEW_DIAGNOSES,
  kind: IndicatorKind.COUNT,
  source: null,
  dimensions: ONCOLOGY_DIMENSIONS,
  cases: `select d.patient_id, null::uuid as surgery_id, null::uuid as referral_id, null::uuid as treatment_plan_id,
                 d.diagnosed_on as on_day, 1 as num, 1 as den, null::float8 as value, d.cancer_type
            from oncology_diagnosis d
           where d.diagnosed_on between :from and :to`,
  texts: {
    en: {
      title: 'New cancer diagnoses',
      numerator: 'Cancer diagnoses recorded, by cancer type.',
      denominator: null,
      inclusions: 'Every diagnosis recorded on the oncology ward, whatever its basis (clinical, imaging, histology…). A second diagnosis of the same patient (another cancer, a relapse recorded as a diagnosis) counts again.',
      period: 'The day of the diagnosis, as recorded.',
    },
    km: {
      title: 'ការធ្វើរោគវិនិច្ឆ័យជំងឺមហារីកថ្មី',
      numerator: 'រោគវិនិច្ឆ័យជំងឺមហារីកដែលបានកត់ត្រា តាមប្រភេទមហារីក។',
      denominator: null,
      inclusions: 'រាល់រោគវិនិច្ឆ័យដែលបានកត់ត្រានៅផ្នែកជំងឺមហារីក មិនថាផ្អែកលើអ្វី (គ្លីនិក រូបភាព ជាលិកាវិទ្យា…)។ រោគវិនិច្ឆ័យទីពីររបស់អ្នកជំងឺដដែល (មហារីកផ្សេងទៀត ឬការកើតឡើងវិញដែលកត់ត្រាជារោគវិនិច្ឆ័យ) ត្រូវរាប់ម្ដងទៀត។',
      period: 'ថ្ងៃធ្វើរោគវិនិច្ឆ័យ ដូចដែលបានកត់ត្រា។',
    },
    ja: {
      title: '新規がん診断',
      numerator: '記録されたがんの診断（がん種別）。',
      denominator: null,
      inclusions: '腫瘍科で記録されたすべての診断（臨床・画像・組織診など根拠を問わない）。同じ患者の2件目の診断（別のがん、診断として記録された再発）も数える。',
      period: '記録された診断日。',
    },
  },
};

/** Treatment plans that ended in the period: completed, refused, or stopped (the child died). */
const ENDED_PLANS = `
  select t.patient_id, null::uuid as surgery_id, null::uuid as referral_id, t.id as treatment_plan_id,
         t.ended_on as on_day, t.status, dx.cancer_type
    from treatment_plan t ${diagnosisOf('t.start_date')}
   where t.status <> 'ACTIVE' and t.ended_on between :from and :to`;

const PLANS_ENDED = {
  en: 'Treatment plans that ended in the period: completed, refused by the child or family, or stopped (the child died).',
  km: 'ផែនការព្យាបាលដែលបានបញ្ចប់ក្នុងរយៈពេលនេះ៖ បានបញ្ចប់ បានបដិសេធដោយកុមារ ឬគ្រួសារ ឬបានបញ្ឈប់ (កុមារបានស្លាប់)។',
  ja: '期間中に終了した治療計画：完了、患児または家族による拒否、中止（患児の死亡）。',
};
const PERIOD_ENDED = {
  en: 'The day the plan ended (completed, refused or stopped).',
  km: 'ថ្ងៃដែលផែនការបានបញ្ចប់ (បានបញ្ចប់ បានបដិសេធ ឬបានបញ្ឈប់)។',
  ja: '計画が終了した日（完了・拒否・中止）。',
};

export const TREATMENT_ABANDONMENT: IndicatorSpec = {
  key: IndicatorKey.TREATMENT_ABANDONMENT,
  kind: IndicatorKind.PROPORTION,
  source: 'SIOP PODC abandonment of treatment (Mostert et al., Lancet Oncol 2011), as recorded: a refusal of further treatment',
  dimensions: ONCOLOGY_DIMENSIONS,
  cases: `select patient_id, surgery_id, referral_id, treatment_plan_id, on_day,
                 case when status = 'REFUSED' then 1 else 0 end as num, 1 as den, null::float8 as value, cancer_type
            from (${ENDED_PLANS}) e`,
  texts: {
    en: {
      title: 'Treatment abandonment',
      numerator: 'Plans ended because the child or family refused further treatment (REFUSED, whoever refused: the patient, the parents, a guardian, the family).',
      denominator: PLANS_ENDED.en,
      inclusions: 'As recorded: a family that stops coming without a recorded refusal is not counted until the refusal is recorded (see lost to follow-up). Grouped by the cancer of the patient\'s diagnosis at the plan\'s start.',
      period: PERIOD_ENDED.en,
    },
    km: {
      title: 'ការបោះបង់ការព្យាបាល',
      numerator: 'ផែនការដែលបានបញ្ចប់ដោយសារកុមារ ឬគ្រួសារបដិសេធការព្យាបាលបន្ត (REFUSED មិនថាអ្នកណាបដិសេធ៖ អ្នកជំងឺ ឪពុកម្ដាយ អាណាព្យាបាល ឬគ្រួសារ)។',
      denominator: PLANS_ENDED.km,
      inclusions: 'ដូចដែលបានកត់ត្រា៖ គ្រួសារដែលឈប់មកដោយគ្មានការបដិសេធកត់ត្រា មិនត្រូវរាប់ទេ រហូតដល់ការបដិសេធត្រូវបានកត់ត្រា (សូមមើលការបាត់ការតាមដាន)។ ដាក់ជាក្រុមតាមមហារីកនៃរោគវិនិច្ឆ័យរបស់អ្នកជំងឺ នៅពេលចាប់ផ្ដើមផែនការ។',
      period: PERIOD_ENDED.km,
    },
    ja: {
      title: '治療放棄',
      numerator: '患児または家族が以降の治療を拒否して終了した計画（REFUSED。拒否したのが患者・両親・保護者・家族のいずれでも）。',
      denominator: PLANS_ENDED.ja,
      inclusions: '記録どおり：拒否の記録なく来院しなくなった家族は、拒否が記録されるまで数えない（フォローアップ脱落を参照）。計画開始時の患者の診断のがん種で分類する。',
      period: PERIOD_ENDED.ja,
    },
  },
};

export const TREATMENT_PLANS_COMPLETED: IndicatorSpec = {
  key: IndicatorKey.TREATMENT_PLANS_COMPLETED,
  kind: IndicatorKind.PROPORTION,
  source: null,
  dimensions: ONCOLOGY_DIMENSIONS,
  cases: `select patient_id, surgery_id, referral_id, treatment_plan_id, on_day,
                 case when status = 'COMPLETED' then 1 else 0 end as num, 1 as den, null::float8 as value, cancer_type
            from (${ENDED_PLANS}) e`,
  texts: {
    en: {
      title: 'Treatment plans completed',
      numerator: 'Plans ended as completed.',
      denominator: PLANS_ENDED.en,
      inclusions: 'Plans still going on are in neither figure. Grouped by the cancer of the patient\'s diagnosis at the plan\'s start.',
      period: PERIOD_ENDED.en,
    },
    km: {
      title: 'ផែនការព្យាបាលដែលបានបញ្ចប់',
      numerator: 'ផែនការដែលបានបញ្ចប់ជាការបញ្ចប់ពេញលេញ។',
      denominator: PLANS_ENDED.km,
      inclusions: 'ផែនការដែលកំពុងបន្ត មិននៅក្នុងតួលេខណាមួយទេ។ ដាក់ជាក្រុមតាមមហារីកនៃរោគវិនិច្ឆ័យរបស់អ្នកជំងឺ នៅពេលចាប់ផ្ដើមផែនការ។',
      period: PERIOD_ENDED.km,
    },
    ja: {
      title: '完了した治療計画',
      numerator: '完了として終了した計画。',
      denominator: PLANS_ENDED.ja,
      inclusions: '継続中の計画はどちらの数にも含めない。計画開始時の患者の診断のがん種で分類する。',
      period: PERIOD_ENDED.ja,
    },
  },
};

export const DIAGNOSIS_TO_FIRST_DOSE: IndicatorSpec = {
  key: IndicatorKey.DIAGNOSIS_TO_FIRST_DOSE,
  kind: IndicatorKind.DURATION,
  source: null,
  dimensions: ONCOLOGY_DIMENSIONS,
  cases: `select t.patient_id, null::uuid as surgery_id, null::uuid as referral_id, t.id as treatment_plan_id,
                 fd.first_on as on_day, 1 as num, 1 as den, (fd.first_on - dx.diagnosed_on)::float8 as value, dx.cancer_type
            from treatment_plan t
            join lateral (select min(a.actual_date) as first_on from chemo_administration a
                           where a.plan_id = t.id and a.status in ('GIVEN', 'DELAYED')) fd on fd.first_on between :from and :to
            ${diagnosisOf('fd.first_on')}`,
  texts: {
    en: {
      title: 'Time from diagnosis to first chemotherapy',
      numerator: 'Days from the diagnosis to the first dose given of the treatment plan (calendar days): median and 90th percentile.',
      denominator: null,
      inclusions: 'Plans whose first dose was given in the period, on time or late; the diagnosis is the patient\'s latest on or before that day. Plans without a recorded diagnosis are not measured.',
      period: 'The day the first dose was given.',
    },
    km: {
      title: 'រយៈពេលពីរោគវិនិច្ឆ័យដល់គីមីព្យាបាលលើកដំបូង',
      numerator: 'ចំនួនថ្ងៃពីរោគវិនិច្ឆ័យដល់កម្រិតថ្នាំដំបូងដែលបានផ្ដល់នៃផែនការព្យាបាល (ថ្ងៃតាមប្រតិទិន)៖ មេដ្យាន និងភាគរយទី៩០។',
      denominator: null,
      inclusions: 'ផែនការដែលកម្រិតថ្នាំដំបូងត្រូវបានផ្ដល់ក្នុងរយៈពេលនេះ ទាន់ពេល ឬយឺត រោគវិនិច្ឆ័យគឺចុងក្រោយបង្អស់របស់អ្នកជំងឺ នៅ ឬមុនថ្ងៃនោះ។ ផែនការដែលគ្មានរោគវិនិច្ឆ័យកត់ត្រា មិនត្រូវបានវាស់ទេ។',
      period: 'ថ្ងៃដែលបានផ្ដល់កម្រិតថ្នាំដំបូង។',
    },
    ja: {
      title: '診断から初回化学療法までの期間',
      numerator: '診断から治療計画の初回投与までの日数（暦日）：中央値と90パーセンタイル。',
      denominator: null,
      inclusions: '初回投与が期間中に行われた計画（予定どおりでも遅れても）。診断はその日以前の患者の最新の診断。診断の記録がない計画は測定しない。',
      period: '初回投与が行われた日。',
    },
  },
};

export const ONCOLOGY_INDICATORS: readonly IndicatorSpec[] = [ONCOLOGY_NEW_DIAGNOSES, TREATMENT_ABANDONMENT, TREATMENT_PLANS_COMPLETED, DIAGNOSIS_TO_FIRST_DOSE];
