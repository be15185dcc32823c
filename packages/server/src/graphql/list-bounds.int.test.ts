import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { REFERENCE_BOUNDS } from './list-bounds.js';

/**
 * The bounds the cost limit declares for reference data (graphql/list-bounds.ts) hold for the
 * data the migrations and the demo hospital create: a migration adding a protocol with more
 * phases than declared fails here, not in a client whose query the limit let through.
 */
describe('reference data within its declared list bounds', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ demoHospitalAt: new Date('2026-11-24T05:00:00.000Z') });
  });

  afterAll(async () => {
    await db?.close();
  });

  it('protocols, phases, doses, wards, beds and theatres', async () => {
    const most = async (sql: string) => {
      const [row] = await db.orm.em.fork().getConnection().execute<{ n: number }[]>(`select coalesce(max(n), 0)::int as n from (${sql}) counts`);
      return row.n;
    };
    const found = {
      protocols: await most('select count(*) as n from protocol'),
      phasesPerProtocol: await most('select count(*) as n from protocol_phase group by protocol_id'),
      dosesPerPhase: await most('select count(*) as n from protocol_dose group by phase_id'),
      dosesPerProtocol: await most('select count(*) as n from protocol_dose d join protocol_phase p on p.id = d.phase_id group by p.protocol_id'),
      wards: await most('select count(*) as n from ward'),
      bedsPerWard: await most('select count(*) as n from bed group by ward_id'),
      theatres: await most('select count(*) as n from theatre'),
    };
    for (const [name, n] of Object.entries(found)) {
      expect(n, name).toBeGreaterThan(0);
      expect(n, name).toBeLessThanOrEqual(REFERENCE_BOUNDS[name as keyof typeof REFERENCE_BOUNDS]);
    }
  });
});
