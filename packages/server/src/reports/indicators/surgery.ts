import { IndicatorDimension as D, IndicatorKey, IndicatorKind, THEATRE_SESSION } from '@pj/shared';
import { hospitalDay, type IndicatorSpec } from '../indicator.js';

/**
 * Operations in theatre: performed operations (COMPLETED) that started (incision) in the
 * period. The base of the surgical indicators: each per-operation rate has these as its
 * denominator.
 */
export const OPERATIONS = `
  select s.id as surgery_id, s.patient_id, s.referral_id, null::uuid as treatment_plan_id,
         ${hospitalDay('s.started_at')} as on_day, s.specialty, s.mission_id, s.theatre_id, s.wound_class,
         r.urgency_band, r.received_at, r.due_date, s.started_at, s.ended_at, coalesce(s.in_theatre_at, s.started_at) as into_theatre_at
    from surgery s left join referral r on r.id = s.referral_id
   where s.status = 'COMPLETED' and s.started_at >= :start and s.started_at < :end`;

export const OPERATION_DIMENSIONS = [D.SPECIALTY, D.AGE_GROUP, D.MISSION, D.THEATRE, D.URGENCY_BAND, D.WOUND_CLASS] as const;

/**
 * The operations, each 1 in the denominator and 1 in the numerator when `numerator` (SQL over
 * `o`) holds; `more.columns` after the usual ones (`, …`), `more.after` after `from … o` (a join,
 * a condition).
 */
export const perOperation = (numerator: string, more: { columns?: string; after?: string } = {}): string =>
  `select surgery_id, patient_id, referral_id, treatment_plan_id, on_day,
          case when ${numerator} then 1 else 0 end as num, 1 as den, null::float8 as value,
          specialty, mission_id, theatre_id, wound_class, urgency_band${more.columns ?? ''}
     from (${OPERATIONS}) o ${more.after ?? ''}`;

/**
 * A death recorded for the operation's patient after they came into theatre, not corrected as
 * recorded in error. Every way a death is recorded leads to one death record: a discharge
 * with disposition DIED, a day-30 call (or other follow-up) that learnt of the death, a
 * complication of grade V, a fatal toxicity.
 */
export const deathAfter = (condition: string): string =>
  `exists (select 1 from death_record d where d.patient_id = o.patient_id and d.corrected_at is null
             and d.died_at >= o.into_theatre_at and ${condition})`;

/** The period text of every indicator whose cases are the operations performed (`OPERATIONS`). */
export const PERIOD_OPERATION = {
  en: 'The day the operation started (incision), Phnom Penh time.',
  km: 'ថ្ងៃដែលការវះកាត់បានចាប់ផ្ដើម (ការវះស្បែក) តាមម៉ោងភ្នំពេញ។',
  ja: '手術が開始された日（切開時刻）、プノンペン時間。',
};
const PER_OPERATION = {
  en: 'Operations performed in theatre in the period (as for surgical volume).',
  km: 'ការវះកាត់ដែលបានធ្វើនៅក្នុងបន្ទប់វះកាត់ក្នុងរយៈពេលនេះ (ដូចចំនួនការវះកាត់)។',
  ja: '期間中に手術室で実施された手術（手術件数と同じ）。',
};
const LCOGS = 'Lancet Commission on Global Surgery (2015), indicator 4: perioperative mortality rate';

export const SURGICAL_VOLUME: IndicatorSpec = {
  key: IndicatorKey.SURGICAL_VOLUME,
  kind: IndicatorKind.COUNT,
  source: 'Lancet Commission on Global Surgery (2015), indicator 3: surgical volume',
  dimensions: OPERATION_DIMENSIONS,
  cases: perOperation('true'),
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

export const PERIOPERATIVE_MORTALITY_DAY_OF_SURGERY: IndicatorSpec = {
  key: IndicatorKey.PERIOPERATIVE_MORTALITY_DAY_OF_SURGERY,
  kind: IndicatorKind.PROPORTION,
  source: LCOGS,
  dimensions: OPERATION_DIMENSIONS,
  cases: perOperation(deathAfter(`${hospitalDay('d.died_at')} = o.on_day`)),
  texts: {
    en: {
      title: 'Perioperative mortality, day of surgery',
      numerator: 'Operations whose patient died on the day of the operation (Phnom Penh calendar day), after coming into theatre.',
      denominator: PER_OPERATION.en,
      inclusions: 'Deaths as recorded in the patient\'s record, however learnt: a discharge with disposition DIED, a follow-up (the day-30 call) that learnt of the death, a complication of Clavien-Dindo grade V, a fatal toxicity. A death corrected as recorded in error is not counted. Per operation: a patient operated on twice that day counts for both operations.',
      period: PERIOD_OPERATION.en,
    },
    km: {
      title: 'អត្រាស្លាប់ជុំវិញការវះកាត់ ថ្ងៃវះកាត់',
      numerator: 'ការវះកាត់ដែលអ្នកជំងឺបានស្លាប់នៅថ្ងៃវះកាត់ (ថ្ងៃតាមប្រតិទិនភ្នំពេញ) ក្រោយពីចូលបន្ទប់វះកាត់។',
      denominator: PER_OPERATION.km,
      inclusions: 'មរណភាពដូចដែលបានកត់ត្រាក្នុងកំណត់ត្រាអ្នកជំងឺ មិនថាដឹងតាមរបៀបណា៖ ការចេញពីមន្ទីរពេទ្យដោយស្លាប់ (DIED) ការតាមដាន (ការទូរស័ព្ទថ្ងៃទី៣០) ដែលបានដឹងពីមរណភាព ផលវិបាកកម្រិត Clavien-Dindo V ឬពុលថ្នាំដែលបណ្ដាលឱ្យស្លាប់។ មរណភាពដែលត្រូវបានកែថាកត់ត្រាខុស មិនត្រូវបានរាប់ទេ។ រាប់តាមការវះកាត់៖ អ្នកជំងឺដែលវះកាត់ពីរដងនៅថ្ងៃនោះ ត្រូវរាប់សម្រាប់ការវះកាត់ទាំងពីរ។',
      period: PERIOD_OPERATION.km,
    },
    ja: {
      title: '周術期死亡率（手術当日）',
      numerator: '手術室入室後、手術当日（プノンペンの暦日）に患者が死亡した手術。',
      denominator: PER_OPERATION.ja,
      inclusions: '診療録に記録された死亡（把握の経路を問わない）：転帰 DIED の退院、死亡を把握したフォローアップ（30日目の電話）、Clavien-Dindo 分類 V の合併症、致死的な有害事象。誤記録として訂正された死亡は数えない。手術単位：同日に2回手術を受けた患者は両方の手術で数える。',
      period: PERIOD_OPERATION.ja,
    },
  },
};

export const PERIOPERATIVE_MORTALITY_IN_HOSPITAL_30_DAY: IndicatorSpec = {
  key: IndicatorKey.PERIOPERATIVE_MORTALITY_IN_HOSPITAL_30_DAY,
  kind: IndicatorKind.PROPORTION,
  source: LCOGS,
  dimensions: OPERATION_DIMENSIONS,
  cases: perOperation(
    deathAfter(`(${hospitalDay('d.died_at')} <= o.on_day + 30
      or exists (select 1 from admission a where a.patient_id = o.patient_id and a.admitted_at <= o.started_at
                   and (a.discharged_at is null or a.discharged_at >= d.died_at)))`),
  ),
  texts: {
    en: {
      title: 'Perioperative mortality, in hospital or within 30 days',
      numerator: 'Operations whose patient died before discharge from the stay in which they were operated on, or within 30 days of the operation (day 30 at the latest, the day of the operation being day 0), whichever is later.',
      denominator: PER_OPERATION.en,
      inclusions: 'Deaths as recorded in the patient\'s record, however learnt: a discharge with disposition DIED, a follow-up (the day-30 call) that learnt of the death, a complication of Clavien-Dindo grade V, a fatal toxicity. A death on day 31 or later, after discharge, is not counted; a death corrected as recorded in error is not counted. Per operation.',
      period: PERIOD_OPERATION.en,
    },
    km: {
      title: 'អត្រាស្លាប់ជុំវិញការវះកាត់ នៅមន្ទីរពេទ្យ ឬក្នុងរយៈពេល ៣០ ថ្ងៃ',
      numerator: 'ការវះកាត់ដែលអ្នកជំងឺបានស្លាប់មុនចេញពីមន្ទីរពេទ្យ (ការស្នាក់នៅដែលបានវះកាត់) ឬក្នុងរយៈពេល ៣០ ថ្ងៃក្រោយការវះកាត់ (យឺតបំផុតថ្ងៃទី៣០ ដោយថ្ងៃវះកាត់ជាថ្ងៃទី០) មួយណាដែលយឺតជាង។',
      denominator: PER_OPERATION.km,
      inclusions: 'មរណភាពដូចដែលបានកត់ត្រាក្នុងកំណត់ត្រាអ្នកជំងឺ មិនថាដឹងតាមរបៀបណា៖ ការចេញពីមន្ទីរពេទ្យដោយស្លាប់ (DIED) ការតាមដាន (ការទូរស័ព្ទថ្ងៃទី៣០) ដែលបានដឹងពីមរណភាព ផលវិបាកកម្រិត Clavien-Dindo V ឬពុលថ្នាំដែលបណ្ដាលឱ្យស្លាប់។ មរណភាពនៅថ្ងៃទី៣១ ឬក្រោយ បន្ទាប់ពីចេញពីមន្ទីរពេទ្យ មិនត្រូវបានរាប់ទេ ហើយមរណភាពដែលត្រូវបានកែថាកត់ត្រាខុសក៏មិនរាប់ដែរ។ រាប់តាមការវះកាត់។',
      period: PERIOD_OPERATION.km,
    },
    ja: {
      title: '周術期死亡率（院内または30日以内）',
      numerator: '手術を受けた入院の退院前、または手術後30日以内（手術日を0日目として30日目まで）のいずれか遅い方までに患者が死亡した手術。',
      denominator: PER_OPERATION.ja,
      inclusions: '診療録に記録された死亡（把握の経路を問わない）：転帰 DIED の退院、死亡を把握したフォローアップ（30日目の電話）、Clavien-Dindo 分類 V の合併症、致死的な有害事象。退院後31日目以降の死亡、誤記録として訂正された死亡は数えない。手術単位。',
      period: PERIOD_OPERATION.ja,
    },
  },
};

export const SURGICAL_SITE_INFECTION: IndicatorSpec = {
  key: IndicatorKey.SURGICAL_SITE_INFECTION,
  kind: IndicatorKind.PROPORTION,
  source: 'CDC/NHSN surgical site infection surveillance (30 days after the operation), by CDC wound class',
  dimensions: OPERATION_DIMENSIONS,
  cases: perOperation('exists (select 1 from complication c where c.surgery_id = o.surgery_id and c.surgical_site_infection)'),
  texts: {
    en: {
      title: 'Surgical site infection',
      numerator: 'Operations with a surgical-site infection recorded as a complication of that operation (within the 30 days of surveillance after it).',
      denominator: PER_OPERATION.en,
      inclusions: 'Infections recorded as complications with "surgical-site infection" ticked, of any Clavien-Dindo grade; an operation with several counts once. Grouped by the CDC wound class recorded with the operation (NONE when not recorded).',
      period: PERIOD_OPERATION.en,
    },
    km: {
      title: 'ការឆ្លងមេរោគកន្លែងវះកាត់',
      numerator: 'ការវះកាត់ដែលមានការឆ្លងមេរោគកន្លែងវះកាត់ កត់ត្រាជាផលវិបាកនៃការវះកាត់នោះ (ក្នុងរយៈពេលតាមដាន ៣០ ថ្ងៃក្រោយការវះកាត់)។',
      denominator: PER_OPERATION.km,
      inclusions: 'ការឆ្លងមេរោគដែលបានកត់ត្រាជាផលវិបាក ដោយគូសថា «ការឆ្លងមេរោគកន្លែងវះកាត់» គ្រប់កម្រិត Clavien-Dindo ការវះកាត់ដែលមានច្រើនដង រាប់តែម្ដង។ ដាក់ជាក្រុមតាមថ្នាក់របួស CDC ដែលបានកត់ត្រាជាមួយការវះកាត់ (NONE ពេលមិនបានកត់ត្រា)។',
      period: PERIOD_OPERATION.km,
    },
    ja: {
      title: '手術部位感染',
      numerator: 'その手術の合併症として手術部位感染が記録された手術（術後30日間のサーベイランス期間内）。',
      denominator: PER_OPERATION.ja,
      inclusions: '「手術部位感染」として記録された合併症（Clavien-Dindo 分類は問わない）。複数あっても1件と数える。手術時に記録された CDC 創分類で分類する（記録がなければ NONE）。',
      period: PERIOD_OPERATION.ja,
    },
  },
};

export const CLAVIEN_DINDO_III_PLUS: IndicatorSpec = {
  key: IndicatorKey.CLAVIEN_DINDO_III_PLUS,
  kind: IndicatorKind.PROPORTION,
  source: 'Clavien-Dindo classification of surgical complications (Dindo et al., Ann Surg 2004)',
  dimensions: OPERATION_DIMENSIONS,
  cases: perOperation(`exists (select 1 from complication c where c.surgery_id = o.surgery_id and c.grade in ('IIIA', 'IIIB', 'IVA', 'IVB', 'V'))`),
  texts: {
    en: {
      title: 'Complications of Clavien-Dindo grade III or worse',
      numerator: 'Operations with at least one complication of grade IIIa, IIIb, IVa, IVb or V recorded against them.',
      denominator: PER_OPERATION.en,
      inclusions: 'Complications recorded against the operation, whenever they happened; an operation with several counts once. Deaths not recorded as a grade V complication are not counted here (see perioperative mortality).',
      period: PERIOD_OPERATION.en,
    },
    km: {
      title: 'ផលវិបាក Clavien-Dindo កម្រិត III ឡើងទៅ',
      numerator: 'ការវះកាត់ដែលមានផលវិបាកយ៉ាងហោចណាស់មួយ កម្រិត IIIa, IIIb, IVa, IVb ឬ V កត់ត្រាលើវា។',
      denominator: PER_OPERATION.km,
      inclusions: 'ផលវិបាកដែលបានកត់ត្រាលើការវះកាត់ មិនថាកើតឡើងពេលណា ការវះកាត់ដែលមានច្រើន រាប់តែម្ដង។ មរណភាពដែលមិនបានកត់ត្រាជាផលវិបាកកម្រិត V មិនត្រូវរាប់នៅទីនេះទេ (សូមមើលអត្រាស្លាប់ជុំវិញការវះកាត់)។',
      period: PERIOD_OPERATION.km,
    },
    ja: {
      title: 'Clavien-Dindo 分類 III 以上の合併症',
      numerator: 'IIIa・IIIb・IVa・IVb・V の合併症が1件以上記録された手術。',
      denominator: PER_OPERATION.ja,
      inclusions: 'その手術に記録された合併症（発生時期を問わない）。複数あっても1件と数える。分類 V の合併症として記録されていない死亡はここでは数えない（周術期死亡率を参照）。',
      period: PERIOD_OPERATION.ja,
    },
  },
};

/**
 * Operations booked for a day of the period that were on that day's list: performed, or
 * cancelled on (or after) the day they were booked for. Those cancelled on an earlier day
 * had left the list. The cancellation is dated by its timeline event.
 */
const BOOKED_ON_THE_DAY = `
  select s.id as surgery_id, s.patient_id, s.referral_id, null::uuid as treatment_plan_id,
         ${hospitalDay('s.scheduled_start')} as on_day, s.specialty, s.mission_id, s.theatre_id, s.status,
         s.cancellation_category, s.in_theatre_at, s.out_of_theatre_at, s.started_at, s.ended_at
    from surgery s
    left join lateral (select max(e.occurred_at) as at from journey_event e
                        where e.surgery_id = s.id and e.kind = 'SURGERY_CANCELLED') cancelled on s.status = 'CANCELLED'
   where s.scheduled_start >= :start and s.scheduled_start < :end
     and (s.status = 'COMPLETED' or (s.status = 'CANCELLED' and ${hospitalDay('cancelled.at')} >= ${hospitalDay('s.scheduled_start')}))`;

const PERIOD_BOOKED = {
  en: 'The day the operation was booked for (its list), Phnom Penh time.',
  km: 'ថ្ងៃដែលការវះកាត់ត្រូវបានកក់ (បញ្ជីនៃថ្ងៃនោះ) តាមម៉ោងភ្នំពេញ។',
  ja: '手術が予定されていた日（その日の手術リスト）、プノンペン時間。',
};

export const DAY_OF_SURGERY_CANCELLATIONS: IndicatorSpec = {
  key: IndicatorKey.DAY_OF_SURGERY_CANCELLATIONS,
  kind: IndicatorKind.PROPORTION,
  source: null,
  dimensions: [D.SPECIALTY, D.AGE_GROUP, D.MISSION, D.THEATRE, D.CANCELLATION_CATEGORY],
  cases: `select surgery_id, patient_id, referral_id, treatment_plan_id, on_day,
                 case when status = 'CANCELLED' then 1 else 0 end as num, 1 as den, null::float8 as value,
                 specialty, mission_id, theatre_id, cancellation_category
            from (${BOOKED_ON_THE_DAY}) b`,
  texts: {
    en: {
      title: 'Cancellations on the day of surgery',
      numerator: 'Operations cancelled on the day they were booked for (or later), by who caused it: the patient, the hospital, or a patient who did not come.',
      denominator: 'Operations on the day\'s list: booked for a day of the period and either performed or cancelled on that day.',
      inclusions: 'An operation cancelled on an earlier day had left the list and is in neither figure; neither is one still booked. Grouped by cancellation category, performed operations form the group NONE.',
      period: PERIOD_BOOKED.en,
    },
    km: {
      title: 'ការលុបចោលនៅថ្ងៃវះកាត់',
      numerator: 'ការវះកាត់ដែលបានលុបចោលនៅថ្ងៃដែលបានកក់ (ឬក្រោយ) តាមអ្នកដែលបណ្ដាល៖ អ្នកជំងឺ មន្ទីរពេទ្យ ឬអ្នកជំងឺមិនបានមក។',
      denominator: 'ការវះកាត់នៅក្នុងបញ្ជីនៃថ្ងៃ៖ បានកក់សម្រាប់ថ្ងៃមួយក្នុងរយៈពេលនេះ ហើយបានធ្វើ ឬបានលុបចោលនៅថ្ងៃនោះ។',
      inclusions: 'ការវះកាត់ដែលបានលុបចោលនៅថ្ងៃមុន បានចេញពីបញ្ជីហើយ មិននៅក្នុងតួលេខណាមួយទេ ហើយការវះកាត់ដែលនៅកក់ក៏ដូចគ្នា។ ពេលដាក់ជាក្រុមតាមប្រភេទការលុបចោល ការវះកាត់ដែលបានធ្វើ ស្ថិតក្នុងក្រុម NONE។',
      period: PERIOD_BOOKED.km,
    },
    ja: {
      title: '手術当日の中止',
      numerator: '予定日当日（以降）に中止された手術。原因別：患者、病院、患者の不来院。',
      denominator: 'その日の手術リストにあった手術：期間中の日に予定され、その日に実施または中止されたもの。',
      inclusions: '前日以前に中止された手術はリストから外れており、どちらの数にも含めない。予約中の手術も含めない。中止区分で分類すると、実施された手術は NONE になる。',
      period: PERIOD_BOOKED.ja,
    },
  },
};

/** Minutes of the theatre session (THEATRE_SESSION, 08:00–17:00): what one theatre-day offers. */
export const SESSION_MINUTES = THEATRE_SESSION.endMinute - THEATRE_SESSION.startMinute;

/** Minutes a performed operation used its theatre: in to out of theatre, else incision to closure. */
const USED_MINUTES = `case when status = 'COMPLETED'
  then extract(epoch from (coalesce(out_of_theatre_at, ended_at) - coalesce(in_theatre_at, started_at))) / 60 else 0 end`;

export const THEATRE_UTILISATION: IndicatorSpec = {
  key: IndicatorKey.THEATRE_UTILISATION,
  kind: IndicatorKind.PROPORTION,
  source: null,
  dimensions: [D.THEATRE],
  cases: `select null::uuid as patient_id, null::uuid as surgery_id, null::uuid as referral_id, null::uuid as treatment_plan_id,
                 on_day, round(sum(${USED_MINUTES})) as num, ${SESSION_MINUTES} as den, null::float8 as value, theatre_id
            from (${BOOKED_ON_THE_DAY}) b
           group by on_day, theatre_id`,
  drillDownCases: `select surgery_id, patient_id, referral_id, treatment_plan_id, on_day,
                          case when status = 'COMPLETED' then 1 else 0 end as num, 1 as den, null::float8 as value, theatre_id
                     from (${BOOKED_ON_THE_DAY}) b`,
  texts: {
    en: {
      title: 'Theatre utilisation',
      numerator: 'Minutes theatres were used by the operations performed on their theatre-days: from the patient coming into theatre to leaving it (incision to closure when those times are not recorded).',
      denominator: `Minutes available: ${SESSION_MINUTES} (the 08:00–17:00 session) per theatre-day, a theatre-day being a theatre and a day with at least one operation on its list (performed or cancelled on the day).`,
      inclusions: 'Time outside the session is counted as used (an operation running late, an emergency at night), so a theatre-day can exceed 100%. Days a theatre had no list are not counted. Drill-down lists the operations of those theatre-days.',
      period: PERIOD_BOOKED.en,
    },
    km: {
      title: 'ការប្រើប្រាស់បន្ទប់វះកាត់',
      numerator: 'នាទីដែលបន្ទប់វះកាត់ត្រូវបានប្រើដោយការវះកាត់ដែលបានធ្វើនៅថ្ងៃរបស់វា៖ ពីពេលអ្នកជំងឺចូលបន្ទប់វះកាត់ដល់ពេលចេញ (ពីការវះស្បែកដល់ការដេរបិទ ពេលមិនបានកត់ត្រាម៉ោងទាំងនោះ)។',
      denominator: `នាទីដែលមាន៖ ${SESSION_MINUTES} (វគ្គ 08:00–17:00) ក្នុងមួយបន្ទប់-ថ្ងៃ គឺបន្ទប់វះកាត់មួយ និងថ្ងៃមួយដែលមានការវះកាត់យ៉ាងហោចណាស់មួយក្នុងបញ្ជី (បានធ្វើ ឬលុបចោលនៅថ្ងៃនោះ)។`,
      inclusions: 'ពេលវេលាក្រៅវគ្គត្រូវបានរាប់ថាបានប្រើ (ការវះកាត់យឺត ករណីបន្ទាន់ពេលយប់) ដូច្នេះបន្ទប់-ថ្ងៃអាចលើស 100%។ ថ្ងៃដែលបន្ទប់គ្មានបញ្ជី មិនត្រូវរាប់ទេ។ ការមើលលម្អិតបង្ហាញការវះកាត់នៃបន្ទប់-ថ្ងៃទាំងនោះ។',
      period: PERIOD_BOOKED.km,
    },
    ja: {
      title: '手術室稼働率',
      numerator: '手術室日に実施された手術が手術室を使用した分数：患者の入室から退室まで（記録がなければ切開から閉創まで）。',
      denominator: `利用可能な分数：手術室日あたり ${SESSION_MINUTES} 分（08:00–17:00 の枠）。手術室日とは、リストに手術（実施または当日中止）が1件以上ある手術室と日の組。`,
      inclusions: '枠外の時間（延長した手術、夜間の緊急手術）も使用として数えるため、100% を超えることがある。リストのない日は数えない。ドリルダウンではその手術室日の手術を示す。',
      period: PERIOD_BOOKED.ja,
    },
  },
};

export const LOCAL_PRIMARY_SURGEON_SHARE: IndicatorSpec = {
  key: IndicatorKey.LOCAL_PRIMARY_SURGEON_SHARE,
  kind: IndicatorKind.PROPORTION,
  source: null,
  dimensions: OPERATION_DIMENSIONS,
  // `primary_visiting` (true, false, or null without a primary surgeon) also serves
  // localPrimarySurgeonShare's count of operations with a visiting one.
  cases: perOperation('ps.visiting = false', {
    columns: ', ps.visiting as primary_visiting',
    after: `left join lateral (select sm.visiting from surgery_team_member tm join staff_member sm on sm.id = tm.staff_member_id
                               where tm.surgery_id = o.surgery_id and tm.role = 'PRIMARY_SURGEON' limit 1) ps on true`,
  }),
  texts: {
    en: {
      title: 'Operations with a local primary surgeon',
      numerator: 'Operations whose primary surgeon is the hospital\'s own staff (not a member of a visiting team).',
      denominator: 'Operations performed in theatre in the period, whether or not a primary surgeon was recorded.',
      inclusions: 'The 2030 handover goal: the share of operations led by local surgeons. An operation without a recorded primary surgeon counts in the denominator only.',
      period: PERIOD_OPERATION.en,
    },
    km: {
      title: 'ការវះកាត់ដែលគ្រូពេទ្យវះកាត់ចម្បងជាបុគ្គលិកក្នុងស្រុក',
      numerator: 'ការវះកាត់ដែលគ្រូពេទ្យវះកាត់ចម្បងជាបុគ្គលិករបស់មន្ទីរពេទ្យ (មិនមែនសមាជិកក្រុមមកពីបរទេស)។',
      denominator: 'ការវះកាត់ដែលបានធ្វើនៅក្នុងបន្ទប់វះកាត់ក្នុងរយៈពេលនេះ មិនថាបានកត់ត្រាគ្រូពេទ្យវះកាត់ចម្បងឬអត់។',
      inclusions: 'គោលដៅផ្ទេរភារកិច្ចឆ្នាំ ២០៣០៖ ចំណែកនៃការវះកាត់ដែលដឹកនាំដោយគ្រូពេទ្យវះកាត់ក្នុងស្រុក។ ការវះកាត់ដែលគ្មានគ្រូពេទ្យវះកាត់ចម្បងកត់ត្រា រាប់តែក្នុងភាគបែង។',
      period: PERIOD_OPERATION.km,
    },
    ja: {
      title: '現地の執刀医による手術の割合',
      numerator: '執刀医が病院の職員（訪問チームのメンバーではない）である手術。',
      denominator: '期間中に手術室で実施された手術（執刀医の記録の有無を問わない）。',
      inclusions: '2030年の引き継ぎ目標：現地の外科医が執刀した手術の割合。執刀医の記録がない手術は分母にのみ数える。',
      period: PERIOD_OPERATION.ja,
    },
  },
};

export const SURGERY_INDICATORS: readonly IndicatorSpec[] = [
  SURGICAL_VOLUME,
  PERIOPERATIVE_MORTALITY_DAY_OF_SURGERY,
  PERIOPERATIVE_MORTALITY_IN_HOSPITAL_30_DAY,
  SURGICAL_SITE_INFECTION,
  CLAVIEN_DINDO_III_PLUS,
  DAY_OF_SURGERY_CANCELLATIONS,
  THEATRE_UTILISATION,
  LOCAL_PRIMARY_SURGEON_SHARE,
];
