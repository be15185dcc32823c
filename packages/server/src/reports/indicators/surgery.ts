import { IndicatorDimension as D, IndicatorKey, IndicatorKind } from '@pj/shared';
import { hospitalDay, type IndicatorSpec } from '../indicator.js';

/**
 * Operations in theatre: performed operations (COMPLETED) that started (incision) in the
 * period. The base of the surgical indicators: each per-operation rate has these as its
 * denominator.
 */
const OPERATIONS = `
  select s.id as surgery_id, s.patient_id, s.referral_id, null::uuid as treatment_plan_id,
         ${hospitalDay('s.started_at')} as on_day, s.specialty, s.mission_id, s.theatre_id, s.wound_class,
         r.urgency_band, s.started_at, s.ended_at
    from surgery s left join referral r on r.id = s.referral_id
   where s.status = 'COMPLETED' and s.started_at >= :start and s.started_at < :end`;

const OPERATION_DIMENSIONS = [D.SPECIALTY, D.AGE_GROUP, D.MISSION, D.THEATRE, D.URGENCY_BAND, D.WOUND_CLASS] as const;

const PERIOD_OPERATION = {
  en: 'The day the operation started (incision), Phnom Penh time.',
  km: 'ថ្ងៃដែលការវះកាត់បានចាប់ផ្ដើម (ការវះស្បែក) តាមម៉ោងភ្នំពេញ។',
  ja: '手術が開始された日（切開時刻）、プノンペン時間。',
};

export const SURGICAL_VOLUME: IndicatorSpec = {
  key: IndicatorKey.SURGICAL_VOLUME,
  kind: IndicatorKind.COUNT,
  source: 'Lancet Commission on Global Surgery, indicator 3 (surgical volume)',
  dimensions: OPERATION_DIMENSIONS,
  cases: `select surgery_id, patient_id, referral_id, treatment_plan_id, on_day, 1 as num, 1 as den, null::float8 as value,
                 specialty, mission_id, theatre_id, wound_class, urgency_band
            from (${OPERATIONS}) o`,
  texts: {
    en: {
      title: 'Surgical volume',
      numerator: 'Operations performed in theatre.',
      denominator: null,
      inclusions: 'Every operation recorded as performed (status COMPLETED), whatever its urgency, anaesthesia or specialty, the visiting teams\' included. Booked operations not yet performed and cancelled ones are not counted.',
      period: PERIOD_OPERATION.en,
    },
    km: {
      title: 'ចំនួនការវះកាត់',
      numerator: 'ការវះកាត់ដែលបានធ្វើនៅក្នុងបន្ទប់វះកាត់។',
      denominator: null,
      inclusions: 'រាល់ការវះកាត់ដែលបានកត់ត្រាថាបានធ្វើរួច (ស្ថានភាព COMPLETED) មិនថាភាពបន្ទាន់ ប្រភេទថ្នាំសន្លប់ ឬជំនាញណាក៏ដោយ រួមទាំងក្រុមគ្រូពេទ្យមកពីបរទេស។ ការវះកាត់ដែលបានកក់ តែមិនទាន់ធ្វើ និងការវះកាត់ដែលបានលុបចោល មិនត្រូវបានរាប់ទេ។',
      period: PERIOD_OPERATION.km,
    },
    ja: {
      title: '手術件数',
      numerator: '手術室で実施された手術。',
      denominator: null,
      inclusions: '実施済み（ステータス COMPLETED）として記録されたすべての手術。緊急度・麻酔法・診療科を問わず、訪問チームの手術も含む。予約済みで未実施の手術と中止された手術は数えない。',
      period: PERIOD_OPERATION.ja,
    },
  },
};

export const SURGERY_INDICATORS: readonly IndicatorSpec[] = [SURGICAL_VOLUME];
