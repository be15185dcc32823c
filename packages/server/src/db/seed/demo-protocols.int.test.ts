import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../../tests/support/test-database.js';
import { protocolLibrary } from '../../oncology/protocol.service.js';
import { DEMO_PROTOCOLS } from './demo-protocols.js';

/** The demo hospital's protocol library fits its oncology ward, and says its protocols are examples. */
describe('demo protocols', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ demoHospitalAt: new Date('2026-11-24T05:00:00.000Z') });
  });

  afterAll(async () => {
    await db?.close();
  });

  it('every child on the oncology ward (and every child with a cancer diagnosis) has a current protocol for their cancer', async () => {
    const library = await protocolLibrary(db.orm.em.fork(), false);
    const offered = new Set(library.map((p) => p.cancerType));
    const onWard = await db.orm.em.fork().getConnection().execute<{ patient_id: string; cancer_type: string }[]>(
      `select distinct a.patient_id, d.cancer_type
         from admission a join bed_stay s on s.admission_id = a.id and s.to_at is null
         join bed b on b.id = s.bed_id join ward w on w.id = b.ward_id and w.kind = 'PAEDIATRIC_ONCOLOGY'
         join oncology_diagnosis d on d.patient_id = a.patient_id`,
    );
    const diagnosed = await db.orm.em.fork().getConnection().execute<{ cancer_type: string }[]>('select distinct cancer_type from oncology_diagnosis');
    expect(onWard.length).toBeGreaterThan(0);
    expect(new Set(onWard.map((r) => r.cancer_type)).size).toBeGreaterThan(2);
    expect(onWard.filter((r) => !offered.has(r.cancer_type as never)), 'children on the ward with no protocol for their cancer').toEqual([]);
    expect(diagnosed.filter((r) => !offered.has(r.cancer_type as never))).toEqual([]);
  });

  it('marks every demo protocol as an example to be checked before use', async () => {
    const library = await protocolLibrary(db.orm.em.fork(), false);
    for (const demo of DEMO_PROTOCOLS) {
      const protocol = library.find((p) => p.code === demo.code);
      expect(protocol, demo.code).toBeDefined();
      expect(protocol!.example, demo.code).toBe(true);
      expect(protocol!.description, demo.code).toMatch(/checked by the hospital's oncologists/);
    }
    expect(library.every((p) => p.example)).toBe(true);
  });
});
