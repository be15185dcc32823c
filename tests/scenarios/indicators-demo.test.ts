import { readFileSync } from 'node:fs';
import { IndicatorKind, InterfaceLanguage } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../../packages/server/src/reports/indicator.service.js';
import type { IndicatorResult } from '../../packages/server/src/reports/indicator.types.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** The demo hospital as the README describes it: seeded on this instant. */
const SEEDED_AT = new Date('2026-11-24T05:00:00Z');
/**
 * The last full year before it: the twelve full months before the seeding day (the demo's
 * history starts at the end of November 2025, so the calendar year 2025 is nearly empty).
 */
const YEAR = { from: '2025-11-01', to: '2026-10-31' };

/** One indicator's figure as a README table cell. */
function figure(result: IndicatorResult): string {
  const row = result.rows[0]!;
  switch (result.definition.kind) {
    case IndicatorKind.COUNT:
      return String(row.count);
    case IndicatorKind.PROPORTION:
      return row.rate === null ? `${row.numerator} / ${row.denominator} (no rate)` : `${row.numerator} / ${row.denominator} = ${(row.rate * 100).toFixed(1)}%`;
    case IndicatorKind.DURATION:
      return row.count ? `median ${row.median} d, p90 ${row.p90} d (n = ${row.count})` : 'none measured';
  }
}

/**
 * The demo hospital's figures in the README ("Indicators") are computed here, from a demo
 * database seeded at SEEDED_AT: the test renders the table and checks the README holds it, so the
 * README is updated with the figures whenever the demo data or a definition changes.
 */
describe('the demo hospital\'s indicators in the README', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ demoHospitalAt: SEEDED_AT });
  });

  afterAll(async () => {
    await db?.close();
  });

  it('are the figures of the demo hospital', async () => {
    const results = await computeIndicators(db.orm.em.fork(), YEAR, InterfaceLanguage.EN, '2026-11-24');
    const table = [
      `| indicator | ${YEAR.from} to ${YEAR.to} |`,
      '|---|---|',
      ...results.map((r) => `| \`${r.definition.key}\` | ${figure(r)} |`),
    ].join('\n');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme.includes(table), `The README's table of demo figures should read:\n${table}`).toBe(true);
  });
});
