import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { duplicateCandidatesSql } from './patient-duplicates.js';
import { rankedSearchSql, WORD_SIMILARITY_THRESHOLD } from './patient-search.js';

/** The search and the duplicate check read indexes, not the whole table (20,000 patients here). */
describe('patient search is index-backed', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    const conn = db.orm.em.fork().getConnection();
    // 20,000 synthetic patients with varied Latin and Khmer names and their own phones.
    await conn.execute(`
      insert into patient (id, mrn, family_name, given_name, family_name_khmer, given_name_khmer, sex, birth_date, phones, province_code, created_at)
      select gen_random_uuid(), lpad(g::text, 6, '0') || '-x',
             (array['Sok','Chan','Lim','Keo','Ly','Heng','Meas','Nhem','Prak','Ouk'])[1 + g % 10] || chr(97 + g % 26) || chr(97 + (g / 26) % 26),
             'G' || chr(97 + (g / 7) % 26) || chr(97 + (g / 11) % 26) || chr(97 + (g / 13) % 26) || g::text,
             chr(6016 + g % 30) || chr(6016 + (g / 30) % 30), chr(6016 + (g / 7) % 30) || chr(6016 + (g / 11) % 30) || chr(6016 + (g / 13) % 30),
             'FEMALE', date '1950-01-01' + (g % 20000), array['+85512' || lpad(g::text, 6, '0')], 1 + g % 25, now()
      from generate_series(1, 20000) g`);
    // VACUUM also moves the GIN indexes' pending entries into the index proper, as autovacuum would.
    await conn.execute('vacuum analyze patient');
  });

  afterAll(async () => {
    await db?.close();
  });

  async function plan(text: string): Promise<string> {
    const { sql, params } = rankedSearchSql(text);
    return db.orm.em.fork().transactional(async (em) => {
      await em.execute(`select set_config('pg_trgm.word_similarity_threshold', '${WORD_SIMILARITY_THRESHOLD}', true)`);
      const rows = await em.execute<{ 'QUERY PLAN': string }[]>(`explain ${sql} order by 2 desc, 1 limit 21`, params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  }

  it('finds names through the trigram indexes (Latin and Khmer)', async () => {
    const explained = await plan('Sokha Gabc');
    expect(explained).toMatch(/Bitmap Index Scan on patient_search_name_trgm/);
    expect(explained).toMatch(/Bitmap Index Scan on patient_search_name_khmer_trgm/);
    expect(explained).not.toMatch(/Seq Scan on patient/);
    console.info(`EXPLAIN of patients(search: "Sokha Gabc"):\n${explained}`);
  });

  it('finds MRN prefixes and phones through their indexes', async () => {
    const byMrn = await plan('00042');
    expect(byMrn).toMatch(/Index (Only )?Scan using patient_mrn_prefix|Bitmap Index Scan on patient_mrn_prefix/);
    expect(byMrn).not.toMatch(/Seq Scan on patient/);
    const byPhone = await plan('012 000 042');
    expect(byPhone).toMatch(/Bitmap Index Scan on patient_phones_gin/);
    expect(byPhone).not.toMatch(/Seq Scan on patient/);
  });

  it('looks for possible duplicates through the indexes (names, phones, national ID)', async () => {
    const query = duplicateCandidatesSql({
      familyName: 'Sokab', givenName: 'Gabc12', familyNameKhmer: 'កខ', givenNameKhmer: 'គឃង', phones: ['012 000 042'], nationalId: 'ID-42',
    })!;
    const rows = await db.orm.em.fork().execute<{ 'QUERY PLAN': string }[]>(`explain ${query.sql}`, query.params);
    const explained = rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(explained).toMatch(/Bitmap Index Scan on patient_search_name_trgm/);
    expect(explained).toMatch(/Bitmap Index Scan on patient_search_name_khmer_trgm/);
    expect(explained).toMatch(/Bitmap Index Scan on patient_phones_gin/);
    expect(explained).toMatch(/Bitmap Index Scan on patient_national_id_index/);
    expect(explained).not.toMatch(/Seq Scan on patient/);
  });
});
