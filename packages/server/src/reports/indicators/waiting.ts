import { IndicatorDimension as D, IndicatorKey, IndicatorKind } from '@pj/shared';
import { hospitalDay, type IndicatorSpec } from '../indicator.js';
import { OPERATIONS, PERIOD_OPERATION } from './surgery.js';

const REFERRED_DIMENSIONS = [D.SPECIALTY, D.AGE_GROUP, D.MISSION, D.THEATRE, D.URGENCY_BAND] as const;

/** Operations performed in the period that came from a referral, with the days waited from its receipt. */
const REFERRED_OPERATIONS = `
  select surgery_id, patient_id, referral_id, treatment_plan_id, on_day, specialty, mission_id, theatre_id, urgency_band,
         due_date, extract(epoch from (started_at - received_at)) / 86400 as waited
    from (${OPERATIONS}) o
   where referral_id is not null`;

export const WAIT_REFERRAL_TO_OPERATION: IndicatorSpec = {
  key: IndicatorKey.WAIT_REFERRAL_TO_OPERATION,
  kind: IndicatorKind.DURATION,
  source: null,
  dimensions: REFERRED_DIMENSIONS,
  cases: `select surgery_id, patient_id, referral_id, treatment_plan_id, on_day, 1 as num, 1 as den, waited as value,
                 specialty, mission_id, theatre_id, urgency_band
            from (${REFERRED_OPERATIONS}) w`,
  texts: {
    en: {
      title: 'Waiting time from referral to operation',
      numerator: 'Days from receiving the referral to the start of its operation (elapsed time, in days and tenths): median and 90th percentile.',
      denominator: null,
      inclusions: 'Operations performed in the period that came from a referral; operations booked without one (emergencies, operations added to a list) are not counted. Grouped by the referral\'s urgency band (NONE when it has none).',
      period: PERIOD_OPERATION.en,
    },
    km: {
      title: 'រយៈពេលរង់ចាំពីការបញ្ជូនដល់ការវះកាត់',
      numerator: 'ចំនួនថ្ងៃពីការទទួលការបញ្ជូនដល់ការចាប់ផ្ដើមវះកាត់ (រយៈពេលកន្លងទៅ គិតជាថ្ងៃ និងភាគដប់)៖ មេដ្យាន និងភាគរយទី៩០។',
      denominator: null,
      inclusions: 'ការវះកាត់ដែលបានធ្វើក្នុងរយៈពេលនេះ ដែលមកពីការបញ្ជូន ការវះកាត់ដែលកក់ដោយគ្មានការបញ្ជូន (ករណីបន្ទាន់ ការវះកាត់បន្ថែមក្នុងបញ្ជី) មិនត្រូវរាប់ទេ។ ដាក់ជាក្រុមតាមកម្រិតបន្ទាន់នៃការបញ្ជូន (NONE ពេលគ្មាន)។',
      period: PERIOD_OPERATION.km,
    },
    ja: {
      title: '紹介から手術までの待機期間',
      numerator: '紹介の受付から手術開始までの日数（経過時間、0.1日単位）：中央値と90パーセンタイル。',
      denominator: null,
      inclusions: '期間中に実施された、紹介に基づく手術。紹介なしで予約された手術（緊急手術、リストへの追加）は数えない。紹介の緊急度区分で分類する（なければ NONE）。',
      period: PERIOD_OPERATION.ja,
    },
  },
};

export const OPERATED_WITHIN_TARGET: IndicatorSpec = {
  key: IndicatorKey.OPERATED_WITHIN_TARGET,
  kind: IndicatorKind.PROPORTION,
  source: null,
  dimensions: REFERRED_DIMENSIONS,
  cases: `select surgery_id, patient_id, referral_id, treatment_plan_id, on_day,
                 case when on_day <= due_date then 1 else 0 end as num, 1 as den, null::float8 as value,
                 specialty, mission_id, theatre_id, urgency_band
            from (${REFERRED_OPERATIONS}) w
           where due_date is not null`,
  texts: {
    en: {
      title: 'Operated within the urgency band\'s target',
      numerator: 'Operations performed on or before their referral\'s due date: the day it was received plus its urgency band\'s days (30, 90 or 365).',
      denominator: 'Operations performed in the period that came from a referral with an urgency band.',
      inclusions: 'Referrals never given an urgency band have no due date and are not counted. Days are Phnom Penh calendar days.',
      period: PERIOD_OPERATION.en,
    },
    km: {
      title: 'បានវះកាត់ក្នុងគោលដៅនៃកម្រិតបន្ទាន់',
      numerator: 'ការវះកាត់ដែលបានធ្វើនៅ ឬមុនថ្ងៃកំណត់នៃការបញ្ជូន៖ ថ្ងៃទទួល បូកចំនួនថ្ងៃនៃកម្រិតបន្ទាន់ (៣០ ៩០ ឬ ៣៦៥)។',
      denominator: 'ការវះកាត់ដែលបានធ្វើក្នុងរយៈពេលនេះ ដែលមកពីការបញ្ជូនដែលមានកម្រិតបន្ទាន់។',
      inclusions: 'ការបញ្ជូនដែលមិនដែលបានកំណត់កម្រិតបន្ទាន់ គ្មានថ្ងៃកំណត់ ហើយមិនត្រូវរាប់ទេ។ ថ្ងៃគឺជាថ្ងៃតាមប្រតិទិនភ្នំពេញ។',
      period: PERIOD_OPERATION.km,
    },
    ja: {
      title: '緊急度区分の目標期間内の手術',
      numerator: '紹介の期限日（受付日に緊急度区分の日数 30・90・365 日を加えた日）までに実施された手術。',
      denominator: '期間中に実施された、緊急度区分のある紹介に基づく手術。',
      inclusions: '緊急度区分が付けられなかった紹介には期限日がなく、数えない。日付はプノンペンの暦日。',
      period: PERIOD_OPERATION.ja,
    },
  },
};

export const WAIT_REFERRAL_TO_TRIAGE: IndicatorSpec = {
  key: IndicatorKey.WAIT_REFERRAL_TO_TRIAGE,
  kind: IndicatorKind.DURATION,
  source: null,
  dimensions: [D.SPECIALTY, D.AGE_GROUP, D.URGENCY_BAND],
  // `value` is null for a referral not triaged yet: counted among the cases received, not measured.
  cases: `select r.patient_id, null::uuid as surgery_id, r.id as referral_id, null::uuid as treatment_plan_id,
                 ${hospitalDay('r.received_at')} as on_day, 1 as num, 1 as den,
                 extract(epoch from (t.at - r.received_at)) / 86400 as value,
                 r.specialty, r.urgency_band
            from referral r
            left join lateral (select min(c.changed_at) as at from referral_status_change c
                                where c.referral_id = r.id and c.to_status = 'TRIAGED') t on true
           where r.received_at >= :start and r.received_at < :end`,
  texts: {
    en: {
      title: 'Waiting time from referral to triage',
      numerator: 'Days from receiving a referral to its triage (its first move to TRIAGED; elapsed time, in days and tenths): median and 90th percentile.',
      denominator: null,
      inclusions: 'Referrals received in the period. Those not triaged yet are not measured (the count is of those measured); drill-down lists every referral received.',
      period: 'The day the referral was received, Phnom Penh time.',
    },
    km: {
      title: 'រយៈពេលរង់ចាំពីការបញ្ជូនដល់ការវាយតម្លៃអាទិភាព',
      numerator: 'ចំនួនថ្ងៃពីការទទួលការបញ្ជូនដល់ការវាយតម្លៃអាទិភាព (ការផ្លាស់ទៅ TRIAGED លើកដំបូង រយៈពេលកន្លងទៅ គិតជាថ្ងៃ និងភាគដប់)៖ មេដ្យាន និងភាគរយទី៩០។',
      denominator: null,
      inclusions: 'ការបញ្ជូនដែលបានទទួលក្នុងរយៈពេលនេះ។ ការបញ្ជូនដែលមិនទាន់វាយតម្លៃ មិនត្រូវបានវាស់ទេ (ចំនួនគឺចំនួនដែលបានវាស់) ការមើលលម្អិតបង្ហាញការបញ្ជូនទាំងអស់ដែលបានទទួល។',
      period: 'ថ្ងៃដែលបានទទួលការបញ្ជូន តាមម៉ោងភ្នំពេញ។',
    },
    ja: {
      title: '紹介からトリアージまでの待機期間',
      numerator: '紹介の受付からトリアージ（最初に TRIAGED になった時点）までの日数（経過時間、0.1日単位）：中央値と90パーセンタイル。',
      denominator: null,
      inclusions: '期間中に受け付けた紹介。未トリアージのものは測定しない（件数は測定できたもの）。ドリルダウンでは受け付けたすべての紹介を示す。',
      period: '紹介を受け付けた日、プノンペン時間。',
    },
  },
};

export const WAITING_INDICATORS: readonly IndicatorSpec[] = [WAIT_REFERRAL_TO_OPERATION, OPERATED_WITHIN_TARGET, WAIT_REFERRAL_TO_TRIAGE];
