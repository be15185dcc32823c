import { IndicatorDimension as D, IndicatorKey as K, InterfaceLanguage, Specialty } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndicatorHospital, type IndicatorHospital } from '../../../../tests/support/indicator-hospital.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { toGlobalId } from '../graphql/relay.js';
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
    const [result] = await computeIndicators(db.orm.em.fork(), { ...period, keys: [key], groupBy }, InterfaceLanguage.EN);
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
});
