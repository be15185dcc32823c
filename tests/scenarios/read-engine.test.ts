import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoHospitalIfEmpty } from '../../packages/server/src/db/seed/demo-hospital.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The guardian's phones on the patient list and under the census, which were reported to
 * answer INTERNAL_SERVER_ERROR when a read took only the columns listed beside the resolvers
 * (on the demo hospital they answered already). The read engine now reads every mapped
 * column of every record it builds; these stay as regressions, in the production
 * configuration.
 */
describe('the read engine answers what any field needs', () => {
  let db: TestDatabase;
  let app: HttpApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoHospitalIfEmpty(db.orm.em.fork(), { now: new Date() });
    app = await startHttpApp(db, { production: true });
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('serves guardian phones on the patient list', async () => {
    const body = await app.gql<{ patients: { edges: { node: { mrn: string; guardian: { phones: string[] } | null } }[] } }>(
      `{ patients(first: 100) { edges { node { guardian { phones } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const withGuardian = body.data!.patients.edges.filter((e) => e.node.guardian);
    expect(withGuardian.length).toBeGreaterThan(0);
    for (const edge of withGuardian) expect(Array.isArray(edge.node.guardian!.phones)).toBe(true);
  });

  it('serves guardian phones of the census occupants', async () => {
    const body = await app.gql<{ census: { occupant: { guardian: { phones: string[] } | null } | null }[] }>(
      `{ census { occupant { guardian { phones } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const children = body.data!.census.filter((b) => b.occupant?.guardian);
    expect(children.length).toBeGreaterThan(0);
    const stored = await db.orm.em.getConnection().execute<{ n: string }[]>(
      `select count(*)::text as n from patient p where p.guardian is not null and p.guardian->>'phones' <> '{}'`,
    );
    expect(Number(stored[0].n)).toBeGreaterThan(0);
  });
});
