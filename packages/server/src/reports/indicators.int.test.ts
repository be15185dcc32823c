import { IndicatorDimension as D, IndicatorKey as K, InterfaceLanguage, Specialty } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndicatorHospital, TODAY, type IndicatorHospital } from '../../../../tests/support/indicator-hospital.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { toGlobalId } from '../graphql/relay.js';
import { referralStats } from '../referrals/referral.stats.js';
import { THEATRE_KEYS } from '../surgery/staff.entity.js';
import { localPrimarySurgeonShare } from '../surgery/surgery-reports.service.js';
import { computeIndicators } from './indicator.service.js';
import type { IndicatorRow } from './indicator.types.js';

const MARCH = { from: '2026-03-01', to: '2026-03-31' };

/**
 * Every indicator on the small hand-built hospital (tests/support/indicator-hospital.ts, whose
 * comment lists the cases): each expected figure was counted by hand from that list.
 */
describe('indicators on a hand-built hospital', () => {
  let db: TestDatabase;
  let hospital: IndicatorHospital;

  const figures = async (key: K, groupBy: D[] = [], period = MARCH): Promise<IndicatorRow[]> => {
    const [result] = await computeIndicators(db.orm.em.fork(), { ...period, keys: [key], groupBy }, InterfaceLanguage.EN, TODAY);
    return result.rows;
  };
  /** Rows as `groups → figure` for compact expectations. */
  const table = (rows: IndicatorRow[], pick: (row: IndicatorRow) => unknown) =>
    Object.fromEntries(rows.map((row) => [row.groups.map((g) => g.value).join(' / '), pick(row)]));

  beforeAll(async () => {
    db = await createTestDatabase();
    hospital = await buildIndicatorHospital(db.orm);
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  describe('SURGICAL_VOLUME', () => {
    it('counts the operations performed in the period', async () => {
      // ADULT_CLEAN, CHILD_MISSION, TURNING_18, DIED_SAME_DAY, DIED_DAY_12, DIED_DAY_31, LATE_NIGHT (23:30 on 31 March).
      expect(await figures(K.SURGICAL_VOLUME)).toEqual([{ groups: [], count: 7, numerator: null, denominator: null, rate: null, median: null, p90: null }]);
    });

    it('places an operation by its Phnom Penh day: 23:30 on the last day is March, 06:30 on 1 April is April', async () => {
      // February: FEBRUARY; March: the 7 above; April: EARLY_APRIL (still 31 March in UTC).
      expect(table(await figures(K.SURGICAL_VOLUME, [D.MONTH], { from: '2026-02-01', to: '2026-04-30' }), (r) => r.count)).toEqual({ '2026-02': 1, '2026-03': 7, '2026-04': 1 });
    });

    it('splits by specialty and by age on the day of the operation (a patient 18 the next day is a child)', async () => {
      // GENERAL_SURGERY: ADULT_CLEAN, DIED_SAME_DAY, DIED_DAY_31, LATE_NIGHT; the others one each.
      expect(table(await figures(K.SURGICAL_VOLUME, [D.SPECIALTY]), (r) => r.count)).toEqual({
        [Specialty.GENERAL_SURGERY]: 4,
        [Specialty.PAEDIATRIC_SURGERY]: 1,
        [Specialty.PLASTIC_SURGERY]: 1,
        [Specialty.UROLOGY]: 1,
      });
      // CHILD: CHILD_MISSION (5 years old) and TURNING_18 (17 on 12 March); ADULT: the other 5.
      expect(table(await figures(K.SURGICAL_VOLUME, [D.AGE_GROUP]), (r) => r.count)).toEqual({ ADULT: 5, CHILD: 2 });
    });

    it('groups by two dimensions in the order asked, and by mission with NONE for the others', async () => {
      // CHILD_MISSION is the mission's only operation.
      expect(table(await figures(K.SURGICAL_VOLUME, [D.MISSION]), (r) => r.count)).toEqual({ [toGlobalId('Mission', hospital.missionId)]: 1, NONE: 6 });
      // ADULT / GENERAL_SURGERY: ADULT_CLEAN, DIED_SAME_DAY, DIED_DAY_31, LATE_NIGHT; ADULT / UROLOGY: DIED_DAY_12;
      // CHILD / PAEDIATRIC_SURGERY: CHILD_MISSION; CHILD / PLASTIC_SURGERY: TURNING_18.
      const rows = await figures(K.SURGICAL_VOLUME, [D.AGE_GROUP, D.SPECIALTY]);
      expect(rows.map((r) => [r.groups.map((g) => `${g.dimension}=${g.value}`).join(','), r.count])).toEqual([
        ['AGE_GROUP=ADULT,SPECIALTY=GENERAL_SURGERY', 4],
        ['AGE_GROUP=ADULT,SPECIALTY=UROLOGY', 1],
        ['AGE_GROUP=CHILD,SPECIALTY=PAEDIATRIC_SURGERY', 1],
        ['AGE_GROUP=CHILD,SPECIALTY=PLASTIC_SURGERY', 1],
      ]);
    });

    it('gives one row of 0 for a period without operations, and no rows when grouped', async () => {
      const january = { from: '2026-01-01', to: '2026-01-31' };
      expect((await figures(K.SURGICAL_VOLUME, [], january)).map((r) => r.count)).toEqual([0]);
      expect(await figures(K.SURGICAL_VOLUME, [D.MONTH], january)).toEqual([]);
    });
  });

  /** numerator/denominator of the whole period, and the rate. */
  const proportion = async (key: K, period = MARCH) => {
    const [row] = await figures(key, [], period);
    return [row.numerator, row.denominator, row.rate];
  };

  describe('perioperative mortality (Lancet Commission definitions, deaths from the death record)', () => {
    it('day of surgery: deaths on the day of the operation', async () => {
      // DIED_SAME_DAY (died 20:00 the day of the operation) out of the 7 operations.
      expect(await proportion(K.PERIOPERATIVE_MORTALITY_DAY_OF_SURGERY)).toEqual([1, 7, 0.1429]);
    });

    it('in hospital or within 30 days: a death on day 31 after discharge is not counted', async () => {
      // DIED_SAME_DAY and DIED_DAY_12 (in hospital); DIED_DAY_31 (death learnt by the day-30 call, on day 31) is not.
      expect(await proportion(K.PERIOPERATIVE_MORTALITY_IN_HOSPITAL_30_DAY)).toEqual([2, 7, 0.2857]);
    });

    it('gives a rate of null over no operations', async () => {
      // January: no operation.
      expect(await proportion(K.PERIOPERATIVE_MORTALITY_IN_HOSPITAL_30_DAY, { from: '2026-01-01', to: '2026-01-31' })).toEqual([0, 0, null]);
    });
  });

  describe('complications', () => {
    it('surgical site infection, by wound class', async () => {
      // CHILD_MISSION (clean-contaminated) out of 7.
      expect(await proportion(K.SURGICAL_SITE_INFECTION)).toEqual([1, 7, 0.1429]);
      // CLEAN: ADULT_CLEAN, TURNING_18, DIED_DAY_12, DIED_DAY_31, LATE_NIGHT; CLEAN_CONTAMINATED: CHILD_MISSION; CONTAMINATED: DIED_SAME_DAY.
      expect(table(await figures(K.SURGICAL_SITE_INFECTION, [D.WOUND_CLASS]), (r) => [r.numerator, r.denominator])).toEqual({
        CLEAN: [0, 5],
        CLEAN_CONTAMINATED: [1, 1],
        CONTAMINATED: [0, 1],
      });
    });

    it('Clavien-Dindo grade III or worse', async () => {
      // TURNING_18 (IIIa); CHILD_MISSION's infection is grade II.
      expect(await proportion(K.CLAVIEN_DINDO_III_PLUS)).toEqual([1, 7, 0.1429]);
    });
  });

  describe('theatre', () => {
    it('cancellations on the day: one cancelled on an earlier day is off the list', async () => {
      // Numerator CANCELLED_ON_DAY and NO_SHOW; denominator those 2 and the 7 performed; CANCELLED_EARLIER in neither.
      expect(await proportion(K.DAY_OF_SURGERY_CANCELLATIONS)).toEqual([2, 9, 0.2222]);
      expect(table(await figures(K.DAY_OF_SURGERY_CANCELLATIONS, [D.CANCELLATION_CATEGORY]), (r) => [r.numerator, r.denominator])).toEqual({
        NONE: [0, 7],
        NO_SHOW: [1, 1],
        PATIENT: [1, 1],
      });
    });

    it('theatre utilisation per theatre-day', async () => {
      // Theatre-days: OT 1 on 3 (90 min in theatre), 6 (60), 12 (60), 17 (120), 20 (0, cancelled on the day) and 26 (0) March;
      // OT 2 on 5 (60) and 10 (120); OT 3 on 31 (60, from 23:30). 570 minutes of 9 × 540.
      expect(await proportion(K.THEATRE_UTILISATION)).toEqual([570, 4860, 0.1173]);
      expect(table(await figures(K.THEATRE_UTILISATION, [D.THEATRE]), (r) => [r.numerator, r.denominator])).toEqual({
        [toGlobalId('Theatre', THEATRE_KEYS['OT 1'])]: [330, 3240],
        [toGlobalId('Theatre', THEATRE_KEYS['OT 2'])]: [180, 1080],
        [toGlobalId('Theatre', THEATRE_KEYS['OT 3'])]: [60, 540],
      });
    });

    it('local primary surgeon share', async () => {
      // Local: ADULT_CLEAN, TURNING_18, DIED_SAME_DAY, LATE_NIGHT; visiting: CHILD_MISSION, DIED_DAY_12; none recorded: DIED_DAY_31.
      expect(await proportion(K.LOCAL_PRIMARY_SURGEON_SHARE)).toEqual([4, 7, 0.5714]);
    });
  });

  describe('waiting times', () => {
    it('referral to operation: median and 90th percentile of the days waited, by urgency band', async () => {
      // DIED_SAME_DAY 16 days (1 → 17 March), CHILD_MISSION 37 (1 February → 10 March), ADULT_CLEAN 57 (5 January → 3 March).
      // p90 of 16, 37, 57: 37 + 0.8 × 20 = 53.
      expect(await figures(K.WAIT_REFERRAL_TO_OPERATION)).toEqual([{ groups: [], count: 3, numerator: null, denominator: null, rate: null, median: 37, p90: 53 }]);
      // DAYS_30: DIED_SAME_DAY 16 and CHILD_MISSION 37 (median 26.5, p90 16 + 0.9 × 21 = 34.9); DAYS_90: ADULT_CLEAN 57.
      expect(table(await figures(K.WAIT_REFERRAL_TO_OPERATION, [D.URGENCY_BAND]), (r) => [r.count, r.median, r.p90])).toEqual({
        DAYS_30: [2, 26.5, 34.9],
        DAYS_90: [1, 57, 57],
      });
    });

    it('operated within the band\'s target', async () => {
      // ADULT_CLEAN (due 5 April) and DIED_SAME_DAY (due 31 March) in time; CHILD_MISSION (due 3 March) late.
      expect(await proportion(K.OPERATED_WITHIN_TARGET)).toEqual([2, 3, 0.6667]);
    });

    it('referral to triage: referrals received in the period, those not triaged yet not measured', async () => {
      // DIED_SAME_DAY's referral 1 day, DECLINED_R 3 days; UNTRIAGED_R not measured. p90 of 1, 3: 1 + 0.9 × 2 = 2.8.
      expect(await figures(K.WAIT_REFERRAL_TO_TRIAGE)).toEqual([{ groups: [], count: 2, numerator: null, denominator: null, rate: null, median: 2, p90: 2.8 }]);
    });

    it('answers referralStats\' received and median time to triage from the same definition', async () => {
      const stats = await referralStats(db.orm.em.fork(), MARCH.from, MARCH.to, TODAY);
      // Received in March: DIED_SAME_DAY's referral, DECLINED_R, UNTRIAGED_R.
      expect([stats.received, stats.medianDaysToTriage]).toEqual([3, 2]);
    });
  });

  it('answers localPrimarySurgeonShare from the indicator\'s cases', async () => {
    // February: FEBRUARY (local); March as LOCAL_PRIMARY_SURGEON_SHARE, with CHILD_MISSION and DIED_DAY_12 visiting.
    expect(await localPrimarySurgeonShare(db.orm.em.fork(), '2026-02-01', '2026-03-31')).toEqual([
      { month: '2026-02', operations: 1, withLocalPrimarySurgeon: 1, withVisitingPrimarySurgeon: 0, localShare: 1 },
      { month: '2026-03', operations: 7, withLocalPrimarySurgeon: 4, withVisitingPrimarySurgeon: 2, localShare: 4 / 7 },
    ]);
  });

  describe('oncology', () => {
    it('new diagnoses, by cancer type', async () => {
      // ONC_REFUSED (ALL, 2 March), ONC_ACTIVE (Wilms, 5 March), ONC_DIAGNOSED (Wilms, 25 March); not ONC_FEBRUARY nor ONC_COMPLETED (January).
      expect((await figures(K.ONCOLOGY_NEW_DIAGNOSES)).map((r) => r.count)).toEqual([3]);
      expect(table(await figures(K.ONCOLOGY_NEW_DIAGNOSES, [D.CANCER_TYPE]), (r) => r.count)).toEqual({ ACUTE_LYMPHOBLASTIC_LEUKAEMIA: 1, WILMS_TUMOUR: 2 });
    });

    it('abandonment and completion, out of the plans that ended', async () => {
      // Ended in March: ONC_COMPLETED (completed 10 March) and ONC_REFUSED (refused by the parents 20 March); ONC_ACTIVE goes on.
      expect(await proportion(K.TREATMENT_ABANDONMENT)).toEqual([1, 2, 0.5]);
      expect(await proportion(K.TREATMENT_PLANS_COMPLETED)).toEqual([1, 2, 0.5]);
      // By the cancer treated: ALL refused, Wilms completed.
      expect(table(await figures(K.TREATMENT_ABANDONMENT, [D.CANCER_TYPE]), (r) => [r.numerator, r.denominator])).toEqual({
        ACUTE_LYMPHOBLASTIC_LEUKAEMIA: [1, 1],
        WILMS_TUMOUR: [0, 1],
      });
    });

    it('diagnosis to first dose, placed by the day of the first dose', async () => {
      // ONC_REFUSED 4 days (2 → 6 March), ONC_ACTIVE 9 days (5 → 14 March, given late); p90 4 + 0.9 × 5 = 8.5.
      expect(await figures(K.DIAGNOSIS_TO_FIRST_DOSE)).toEqual([{ groups: [], count: 2, numerator: null, denominator: null, rate: null, median: 6.5, p90: 8.5 }]);
      // January: ONC_COMPLETED, 5 days (10 → 15 January).
      expect((await figures(K.DIAGNOSIS_TO_FIRST_DOSE, [], { from: '2026-01-01', to: '2026-01-31' })).map((r) => [r.count, r.median])).toEqual([[1, 5]]);
    });
  });

  describe('follow-up and access', () => {
    it('day-30 outcome known, for operations whose day 30 has passed', async () => {
      // Known: ADULT_CLEAN (call: alive), DIED_SAME_DAY and DIED_DAY_12 (died within 30 days), DIED_DAY_31 (call: died); unknown:
      // CHILD_MISSION, TURNING_18, LATE_NIGHT.
      expect(await proportion(K.FOLLOW_UP_DAY_30_KNOWN)).toEqual([4, 7, 0.5714]);
      // On 15 April, only operations before 16 March have had their day 30: DIED_SAME_DAY (day 30 on 16 April) and
      // LATE_NIGHT (30 April) are left out, leaving ADULT_CLEAN, DIED_DAY_12, DIED_DAY_31 known of 5.
      const [row] = (await computeIndicators(db.orm.em.fork(), { ...MARCH, keys: [K.FOLLOW_UP_DAY_30_KNOWN] }, InterfaceLanguage.EN, '2026-04-15'))[0].rows;
      expect([row.numerator, row.denominator]).toEqual([3, 5]);
    });

    it('lost to follow-up: a later attended follow-up means the patient came back', async () => {
      // Follow-ups due in March: ADULT_CLEAN (wound check never recorded, but the day-30 call attended after it), TURNING_18
      // (clinic never recorded: lost), LATE_NIGHT (clinic missed, another attended in April).
      expect(await proportion(K.LOST_TO_FOLLOW_UP)).toEqual([1, 3, 0.3333]);
      // On 1 May, TURNING_18's clinic (due 15 March) is not yet 60 days late: nobody lost.
      const [row] = (await computeIndicators(db.orm.em.fork(), { ...MARCH, keys: [K.LOST_TO_FOLLOW_UP] }, InterfaceLanguage.EN, '2026-05-01'))[0].rows;
      expect([row.numerator, row.denominator]).toEqual([0, 3]);
    });

    it('travel within two hours, of the patients operated on with a travel time recorded', async () => {
      // ADULT_CLEAN 1.5 h and DIED_SAME_DAY exactly 2 h within; CHILD_MISSION 3 h; the others have none recorded.
      expect(await proportion(K.TRAVEL_WITHIN_TWO_HOURS)).toEqual([2, 3, 0.6667]);
    });
  });
});
