import { IndicatorDimension as D, IndicatorKey, IndicatorKind, LOST_TO_FOLLOW_UP_DAYS } from '@pj/shared';
import { hospitalDay, type IndicatorSpec } from '../indicator.js';
import { deathAfter, OPERATIONS, OPERATION_DIMENSIONS, PERIOD_OPERATION, perOperation } from './surgery.js';

export const FOLLOW_UP_DAY_30_KNOWN: IndicatorSpec = {
  key: IndicatorKey.FOLLOW_UP_DAY_30_KNOWN,
  kind: IndicatorKind.PROPORTION,
  source: null,
  dimensions: OPERATION_DIMENSIONS,
  cases: perOperation(
    `exists (select 1 from follow_up f where f.surgery_id = o.surgery_id and f.kind = 'DAY_30_CALL' and f.day30_status is not null)
     or ${deathAfter(`${hospitalDay('d.died_at')} <= o.on_day + 30`)}`,
    { after: 'where o.on_day + 30 < :today' },
  ),
  texts: {
    en: {
      title: 'Day-30 outcome known',
      numerator: 'Operations whose outcome at day 30 is known: a day-30 call recorded with its finding (alive, readmitted or died), or a death recorded within the 30 days.',
      denominator: 'Operations performed in the period whose day 30 (the day of the operation being day 0) is before today.',
      inclusions: 'Operations less than 30 days ago are left out until their day 30 has passed. A day-30 call recorded as not reached (MISSED) does not make the outcome known.',
      period: PERIOD_OPERATION.en,
    },
    km: {
      title: 'លទ្ធផលថ្ងៃទី៣០ ត្រូវបានដឹង',
      numerator: 'ការវះកាត់ដែលលទ្ធផលនៅថ្ងៃទី៣០ ត្រូវបានដឹង៖ ការទូរស័ព្ទថ្ងៃទី៣០ ដែលបានកត់ត្រាជាមួយលទ្ធផល (នៅរស់ ចូលមន្ទីរពេទ្យម្ដងទៀត ឬស្លាប់) ឬមរណភាពដែលបានកត់ត្រាក្នុងរយៈពេល ៣០ ថ្ងៃ។',
      denominator: 'ការវះកាត់ដែលបានធ្វើក្នុងរយៈពេលនេះ ដែលថ្ងៃទី៣០ (ថ្ងៃវះកាត់ជាថ្ងៃទី០) គឺមុនថ្ងៃនេះ។',
      inclusions: 'ការវះកាត់តិចជាង ៣០ ថ្ងៃមុន មិនត្រូវរាប់ទេ រហូតដល់ថ្ងៃទី៣០ របស់វាកន្លងផុត។ ការទូរស័ព្ទថ្ងៃទី៣០ ដែលកត់ត្រាថាទាក់ទងមិនបាន (MISSED) មិនធ្វើឱ្យលទ្ធផលត្រូវបានដឹងទេ។',
      period: PERIOD_OPERATION.km,
    },
    ja: {
      title: '30日目の転帰の把握',
      numerator: '30日目の転帰が把握されている手術：結果（生存・再入院・死亡）付きで記録された30日目の電話、または30日以内に記録された死亡。',
      denominator: '期間中に実施され、30日目（手術日を0日目とする）が今日より前の手術。',
      inclusions: '30日未満の手術は30日目が過ぎるまで含めない。連絡がつかなかった（MISSED）30日目の電話では転帰は把握されたことにならない。',
      period: PERIOD_OPERATION.ja,
    },
  },
};

/**
 * A follow-up that makes its patient lost on `:today` (as `lostToFollowUpBecauseOf` in
 * @pj/shared): missed, or still not recorded, more than LOST_TO_FOLLOW_UP_DAYS days after it was
 * due, with no follow-up of the patient attended on or after its due date.
 */
const LAPSED = `(f.status = 'MISSED' or f.status = 'SCHEDULED') and f.due_date + ${LOST_TO_FOLLOW_UP_DAYS} < :today
  and not exists (select 1 from follow_up a where a.patient_id = f.patient_id and a.status = 'ATTENDED'
                   and coalesce(a.outcome_on, a.due_date) >= f.due_date)`;

export const LOST_TO_FOLLOW_UP: IndicatorSpec = {
  key: IndicatorKey.LOST_TO_FOLLOW_UP,
  kind: IndicatorKind.PROPORTION,
  source: null,
  dimensions: [D.AGE_GROUP],
  cases: `select f.patient_id, null::uuid as surgery_id, null::uuid as referral_id, null::uuid as treatment_plan_id,
                 min(f.due_date) as on_day, max(case when ${LAPSED} then 1 else 0 end) as num, 1 as den, null::float8 as value
            from follow_up f
           where f.due_date between :from and :to and f.status <> 'CANCELLED'
           group by f.patient_id`,
  texts: {
    en: {
      title: 'Lost to follow-up',
      numerator: `Patients lost to follow-up because of a follow-up due in the period: missed, or never recorded, more than ${LOST_TO_FOLLOW_UP_DAYS} days ago, with no follow-up attended since it was due.`,
      denominator: 'Patients with a follow-up due in the period (cancelled follow-ups aside).',
      inclusions: `Counted as of today: a follow-up becomes a loss ${LOST_TO_FOLLOW_UP_DAYS + 1} days after it was due, so recent periods rise as time passes. A patient who came back later is not lost. Per patient, once.`,
      period: 'The first day a follow-up of the patient was due in the period.',
    },
    km: {
      title: 'បាត់ការតាមដាន',
      numerator: `អ្នកជំងឺដែលបាត់ការតាមដាន ដោយសារការតាមដានដែលត្រូវធ្វើក្នុងរយៈពេលនេះ៖ ខកខាន ឬមិនដែលកត់ត្រា លើសពី ${LOST_TO_FOLLOW_UP_DAYS} ថ្ងៃមុន ហើយគ្មានការតាមដានណាមួយបានមកចាប់តាំងពីថ្ងៃកំណត់។`,
      denominator: 'អ្នកជំងឺដែលមានការតាមដានត្រូវធ្វើក្នុងរយៈពេលនេះ (ក្រៅពីការតាមដានដែលបានលុបចោល)។',
      inclusions: `រាប់ត្រឹមថ្ងៃនេះ៖ ការតាមដានមួយក្លាយជាការបាត់ ${LOST_TO_FOLLOW_UP_DAYS + 1} ថ្ងៃក្រោយថ្ងៃកំណត់ ដូច្នេះរយៈពេលថ្មីៗកើនឡើងតាមពេលវេលា។ អ្នកជំងឺដែលបានត្រឡប់មកវិញក្រោយមក មិនបាត់ទេ។ រាប់តាមអ្នកជំងឺ ម្ដង។`,
      period: 'ថ្ងៃដំបូងដែលការតាមដានរបស់អ្នកជំងឺត្រូវធ្វើក្នុងរយៈពេលនេះ។',
    },
    ja: {
      title: 'フォローアップ脱落',
      numerator: `期間中に予定されたフォローアップが原因で脱落した患者：${LOST_TO_FOLLOW_UP_DAYS} 日より前に未受診または未記録で、予定日以降に受診したフォローアップがない。`,
      denominator: '期間中にフォローアップが予定されていた患者（取り消されたフォローアップを除く）。',
      inclusions: `今日の時点で数える：フォローアップは予定日の ${LOST_TO_FOLLOW_UP_DAYS + 1} 日後に脱落となるため、最近の期間は時間とともに増える。後で再来した患者は脱落ではない。患者単位で1回。`,
      period: '期間中に患者のフォローアップが最初に予定されていた日。',
    },
  },
};

export const TRAVEL_WITHIN_TWO_HOURS: IndicatorSpec = {
  key: IndicatorKey.TRAVEL_WITHIN_TWO_HOURS,
  kind: IndicatorKind.PROPORTION,
  source: 'Lancet Commission on Global Surgery (2015), indicator 1: access to timely essential surgery (two hours), as the patients operated on report it',
  dimensions: OPERATION_DIMENSIONS,
  cases: `select distinct on (o.patient_id) o.surgery_id, o.patient_id, o.referral_id, o.treatment_plan_id, o.on_day,
                 case when tp.travel_time_hours <= 2 then 1 else 0 end as num, 1 as den, null::float8 as value,
                 o.specialty, o.mission_id, o.theatre_id, o.wound_class, o.urgency_band
            from (${OPERATIONS}) o join patient tp on tp.id = o.patient_id
           where tp.travel_time_hours is not null
           order by o.patient_id, o.started_at`,
  texts: {
    en: {
      title: 'Patients within two hours of the hospital',
      numerator: 'Patients whose usual travel time from home to the hospital, as recorded, is two hours or less.',
      denominator: 'Patients operated on in the period whose travel time is recorded (each patient once, with their first operation of the period).',
      inclusions: 'The travel time is the one on the patient\'s record now. Patients without a recorded travel time are not counted.',
      period: 'The day of the patient\'s first operation in the period (incision), Phnom Penh time.',
    },
    km: {
      title: 'អ្នកជំងឺដែលរស់នៅក្នុងរយៈពេលធ្វើដំណើរពីរម៉ោងពីមន្ទីរពេទ្យ',
      numerator: 'អ្នកជំងឺដែលរយៈពេលធ្វើដំណើរធម្មតាពីផ្ទះមកមន្ទីរពេទ្យ ដូចដែលបានកត់ត្រា មានពីរម៉ោង ឬតិចជាង។',
      denominator: 'អ្នកជំងឺដែលបានវះកាត់ក្នុងរយៈពេលនេះ ហើយមានកត់ត្រារយៈពេលធ្វើដំណើរ (អ្នកជំងឺម្នាក់ម្ដង ជាមួយការវះកាត់ដំបូងរបស់គាត់ក្នុងរយៈពេលនេះ)។',
      inclusions: 'រយៈពេលធ្វើដំណើរគឺជាអ្វីដែលមាននៅក្នុងកំណត់ត្រាអ្នកជំងឺឥឡូវនេះ។ អ្នកជំងឺដែលគ្មានកត់ត្រារយៈពេលធ្វើដំណើរ មិនត្រូវរាប់ទេ។',
      period: 'ថ្ងៃនៃការវះកាត់ដំបូងរបស់អ្នកជំងឺក្នុងរយៈពេលនេះ (ការវះស្បែក) តាមម៉ោងភ្នំពេញ។',
    },
    ja: {
      title: '病院まで2時間以内の患者',
      numerator: '記録された自宅から病院までの通常の所要時間が2時間以内の患者。',
      denominator: '期間中に手術を受け、所要時間が記録されている患者（各患者1回、期間中の最初の手術で数える）。',
      inclusions: '所要時間は現在の患者記録の値。所要時間の記録がない患者は数えない。',
      period: '期間中の患者の最初の手術日（切開時刻）、プノンペン時間。',
    },
  },
};

export const FOLLOW_UP_INDICATORS: readonly IndicatorSpec[] = [FOLLOW_UP_DAY_30_KNOWN, LOST_TO_FOLLOW_UP, TRAVEL_WITHIN_TWO_HOURS];
