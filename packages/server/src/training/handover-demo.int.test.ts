import { Specialty } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { handoverDashboard } from './handover.service.js';

/** The demo hospital's handover figures, quoted in the README ("Handover dashboard"). */
describe('handover dashboard on the demo hospital', () => {
  const SEEDED_AT = new Date('2026-11-24T05:00:00Z');
  const clock = () => SEEDED_AT;
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ demoHospitalAt: SEEDED_AT });
  }, 600_000);

  afterAll(async () => {
    await db?.close();
  });

  it('holds the paper-logbook years from January 2021 to last month, local surgeons progressing toward independence', async () => {
    const dashboard = await handoverDashboard(db.orm.em.fork(), clock, null, '2021-01-01', '2026-10-31');
    expect(dashboard.months).toHaveLength(70);
    const total = (year: string) =>
      dashboard.months.filter((m) => m.month.startsWith(year)).reduce(([local, all], m) => [local + m.localIndependent, all + m.performerEntries], [0, 0]);
    expect(total('20')).toEqual([436, 1207]);
    expect(total('2021')).toEqual([0, 89]);
    expect(total('2026')).toEqual([258, 395]);
    expect(Object.fromEntries(dashboard.groups.filter((g) => !g.gap).map((g) => [g.procedureGroup.code, g.independentLocal.map((s) => s.name)]))).toEqual({
      'BRE-EXCISION': ['Dr Sophea Kim'],
      'GEN-APPX': ['Dr Vannak Chea'],
      'GEN-HERNIA': ['Dr Vannak Chea'],
      'GEN-MINOR': ['Dr Sreyleak Mao'],
      'OBG-CAESAREAN': ['Dr Chanrith Heng'],
      'OBG-EVACUATION': ['Dr Chanrith Heng'],
      'PAE-GENERAL': ['Dr Rithy Prak'],
    });
    expect(dashboard.gaps).toHaveLength(15);
    expect(dashboard.gaps.slice(0, 3).map((g) => [g.procedureGroup.code, g.operations])).toEqual([['URO-SCROTAL', 75], ['BRE-MASTECTOMY', 70], ['GEN-CHOLE', 66]]);
    const projection = dashboard.projection!;
    expect(projection.monthsFitted).toBe(70);
    expect(projection.slopePerYear).toBeCloseTo(0.1502, 4);
    expect(projection.yearEnds.map((p) => [p.month, +p.share.toFixed(2), +p.lower.toFixed(2), +p.upper.toFixed(2)])).toEqual([
      ['2027-12', 0.85, 0.54, 1],
      ['2028-12', 1, 0.68, 1],
      ['2029-12', 1, 0.83, 1],
      ['2030-12', 1, 0.97, 1],
    ]);
    expect(projection.reachesHalf?.month).toBe('2025-09');
    expect(projection.reachesFourFifths?.month).toBe('2027-09');
  });

  it('shows the general surgeons, the visiting surgeon and the residents in general surgery', async () => {
    const general = await handoverDashboard(db.orm.em.fork(), clock, Specialty.GENERAL_SURGERY, '2021-01-01', '2026-10-31');
    const hernia = general.groups.find((g) => g.procedureGroup.code === 'GEN-HERNIA')!;
    expect(hernia.independentVisiting.map((s) => s.name)).toEqual(['Dr Kenji Tanaka (visiting)']);
    // Dr Mao has met the rule (26 supervised cases of 25): she is on the supervisors' list for a decision.
    expect(hernia.trainees.map((t) => [t.staffMember.name, t.entrustedLevel, t.supervisedCases, t.casesLeft])).toEqual([['Dr Sreyleak Mao', 'PERFORMED_TRAINER_SCRUBBED', 26, 0]]);
    const chole = general.groups.find((g) => g.procedureGroup.code === 'GEN-CHOLE')!;
    expect(chole.trainees.map((t) => [t.staffMember.name, t.casesLeft])).toEqual([['Dr Vannak Chea', 13]]);
  });
});
