import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { duplicateCandidatesSql } from './patient-duplicates.js';
import { rankedPatientSearch, searchPageSql, WORD_SIMILARITY_THRESHOLD } from './patient-search.js';

/**
 * The search reads its page from indexes in rank order, and the duplicate check reads indexes,
 * not the whole table (20,000 patients here).
 */
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
    // 1,500 more whose given name is one common word ("Sokha", folded "suka"), some with it
    // twice or spelled "Sokkha" (the same once folded), and a few three-word names.
    await conn.execute(`
      insert into patient (id, mrn, family_name, given_name, sex, birth_date, phones, province_code, created_at)
      select gen_random_uuid(), lpad((100000 + g)::text, 6, '0') || '-y',
             (array['Chan','Lim','Keo','Ly','Heng','Meas','Nhem','Prak','Ouk','Sokha'])[1 + g % 10] || case when g % 3 = 0 then '' else chr(97 + g % 26) end,
             case when g % 7 = 0 then 'Sokkha' when g % 11 = 0 then 'Sokha Srey' else 'Sokha' end,
             'FEMALE', date '1960-01-01' + g, array['+85517' || lpad(g::text, 6, '0')], 1 + g % 25, now()
      from generate_series(1, 1500) g`);
    // VACUUM also moves the GIN indexes' pending entries into the index proper, as autovacuum would.
    await conn.execute('vacuum analyze patient');
  });

  afterAll(async () => {
    await db?.close();
  });

  async function plan(text: string, after: Parameters<typeof searchPageSql>[2] = null, explain = 'explain'): Promise<string> {
    const { sql, params } = searchPageSql(text, 21, after);
    return db.orm.em.fork().transactional(async (em) => {
      await em.execute(`select set_config('pg_trgm.word_similarity_threshold', '${WORD_SIMILARITY_THRESHOLD}', true)`);
      const rows = await em.execute<{ 'QUERY PLAN': string }[]>(`${explain} ${sql}`, params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  }

  it('keeps 256-byte trigram signatures in both distance-ordered indexes (the default 12 bytes rechecks far more rows)', async () => {
    const rows = await db.orm.em.fork().getConnection().execute<{ indexname: string; indexdef: string }[]>(
      `select indexname, indexdef from pg_indexes where indexname in ('patient_search_key_knn', 'patient_search_name_khmer_knn') order by indexname`,
    );
    expect(rows.map((r) => r.indexname)).toEqual(['patient_search_key_knn', 'patient_search_name_khmer_knn']);
    for (const row of rows) expect(row.indexdef).toMatch(/gist_trgm_ops \(siglen='256'\)/);
  });

  it('reads names nearest first from the GiST trigram index (KNN), exact names by btree', async () => {
    const explained = await plan('Sokha Gabc');
    // The page of name matches comes from the index in distance order: no candidate is ranked
    // outside it.
    expect(explained).toMatch(/Index Scan using patient_search_key_knn on patient[^\n]*\n\s*Index Cond: \(\(search_key %> 'suka'::text\) AND \(search_key %> 'gabc'::text\)\)\n\s*Order By: \(search_key <-> 'suka gabc'::text\)/);
    expect(explained).toMatch(/Index (Only )?Scan using patient_search_name_exact|Bitmap Index Scan on patient_search_name_exact/);
    expect(explained).not.toMatch(/Seq Scan on patient/);
    expect(explained).not.toMatch(/patient_search_name_trgm/);
    console.info(`EXPLAIN of patients(search: "Sokha Gabc"):\n${explained}`);
  });

  it('keeps to the index in distance order when a word matches thousands of names', async () => {
    // One family name in ten starts with "Sok": about 2,000 candidates, still read from the
    // index only as far as the page needs.
    const explained = await plan('sok');
    expect(explained).toMatch(/Index Scan using patient_search_key_knn on patient[^\n]*\n\s*Index Cond: \(search_key %> 'suk'::text\)\n\s*Order By: \(search_key <-> 'suk'::text\)/);
    expect(explained).not.toMatch(/Bitmap Heap Scan on patient patient_1/);
    expect(explained).not.toMatch(/Seq Scan on patient/);
    console.info(`EXPLAIN of patients(search: "sok"):\n${explained}`);
  });

  it('reads Khmer names nearest first from their GiST index', async () => {
    const explained = await plan(`${String.fromCharCode(6016, 6017)} ${String.fromCharCode(6023, 6027, 6029)}`);
    expect(explained).toMatch(/Index Scan using patient_search_name_khmer_knn on patient[^\n]*\n\s*Index Cond:[^\n]*\n\s*Order By: \(search_name_khmer <-> /);
    expect(explained).not.toMatch(/Seq Scan on patient/);
    expect(explained).not.toMatch(/patient_search_key_knn/);
  });

  it('reads a common whole word from the word indexes in rank order, and leaves the GiST index unopened when they fill the page', async () => {
    const explained = await plan('sokha', null, 'explain (analyze, costs off, timing off, summary off)');
    for (const place of [1, 2, 3]) {
      expect(explained).toMatch(new RegExp(`Index Scan using patient_search_word_${place} on patient[^\\n]*\\n\\s*Index Cond: \\(split_part\\(search_key, ' '::text, ${place}\\) = 'suka'::text\\)`));
    }
    expect(explained).toMatch(/Index Scan using patient_search_key_knn on patient[^\n]*\(never executed\)/);
    expect(explained).not.toMatch(/Seq Scan on patient/);
    console.info(`EXPLAIN ANALYZE of patients(search: "sokha"):\n${explained}`);
  });

  it('reads the next page of tier 3 after the cursor within the word indexes', async () => {
    const explained = await plan('sokha', { tier: 3, distance: '9', id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' });
    expect(explained).toMatch(/Index Scan using patient_search_word_2 on patient[^\n]*\n\s*Index Cond: \(\(split_part\(search_key, ' '::text, 2\) = 'suka'::text\) AND \(ROW\(cardinality\(show_trgm\(search_key\)\), id\) > ROW\(9,/);
  });

  it('reads the next page from the same index, after the cursor', async () => {
    const explained = await plan('Sokha Gabc', { tier: 4, distance: '0.5', id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' });
    expect(explained).toMatch(/Index Scan using patient_search_key_knn on patient[^\n]*\n\s*Index Cond:[^\n]*\n\s*Order By: \(search_key <-> 'suka gabc'::text\)\n\s*Filter: [^\n]*ROW\(/);
    // Exact names all rank before the cursor: their branch is not read.
    expect(explained).not.toMatch(/patient_search_name_exact/);
    expect(explained).not.toMatch(/Seq Scan on patient/);
  });

  it('finds MRN prefixes and phones through their indexes', async () => {
    const byMrn = await plan('00042');
    expect(byMrn).toMatch(/Index (Only )?Scan using patient_mrn_prefix|Bitmap Index Scan on patient_mrn_prefix/);
    expect(byMrn).not.toMatch(/Seq Scan on patient/);
    expect(byMrn).not.toMatch(/search_key|search_name/);
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
    // Either trigram index of the Khmer name will do (GIN, or the search's GiST).
    expect(explained).toMatch(/Bitmap Index Scan on patient_search_name_khmer_(trgm|knn)/);
    expect(explained).toMatch(/Bitmap Index Scan on patient_phones_gin/);
    expect(explained).toMatch(/Bitmap Index Scan on patient_national_id_index/);
    expect(explained).not.toMatch(/Seq Scan on patient/);
  });

  it('answers page after page what a plain read of every patient, ranked and sorted, gives', async () => {
    // The rank, by its definition: the exact name in either order first (tier 1, by id); then
    // every word near a word of the name (word similarity ≥ the threshold): tier 3 when every
    // word is a whole word of the folded name (the first among its first three), by trigram
    // count; tier 4 by distance.
    const plainRanking = async (text: string): Promise<string[]> => {
      const words = text.split(/\s+/);
      const rotations = words.map((_, k) => [...words.slice(k), ...words.slice(0, k)].join(' '));
      const rows = await db.orm.em.fork().transactional(async (em) => {
        await em.execute(`select set_config('pg_trgm.word_similarity_threshold', '${WORD_SIMILARITY_THRESHOLD}', true)`);
        return em.execute<{ id: string }[]>(
          `with q as (select array(select patient_search_fold(patient_search_text(w)) from unnest(?::text[]) w) as folded,
                             array(select patient_search_text(r) from unnest(?::text[]) r) as exact,
                             patient_search_fold(patient_search_text(?)) as whole),
                m as (select p.id, p.search_key,
                             (string_to_array(p.search_key, ' '))[1:3] @> q.folded[1:1] and string_to_array(p.search_key, ' ') @> q.folded as whole_words,
                             p.search_key <-> q.whole as distance, cardinality(show_trgm(p.search_key)) as trigrams,
                             p.search_name = any(q.exact) as exact
                      from patient p, q
                      where p.merged_into_id is null
                        and (p.search_name = any(q.exact)
                             or (select bool_and(word_similarity(f, p.search_key) >= ${WORD_SIMILARITY_THRESHOLD}) from unnest(q.folded) f)))
           select id from m
           order by case when exact then 1 when whole_words then 3 else 4 end,
                    case when exact then 0 when whole_words then trigrams::float8 else distance end, id`,
          [`{${words.join(',')}}`, `{${rotations.map((r) => `"${r}"`).join(',')}}`, text],
        );
      });
      return rows.map((r) => r.id);
    };
    for (const text of ['sokha', 'sok', 'Sokha Srey', 'srey sokha', 'chan sokha', 'Gabc']) {
      const expected = await plainRanking(text);
      expect(expected.length, text).toBeGreaterThan(0);
      // Page sizes that end pages inside tier 3, on its last rows and across into tier 4.
      for (const first of [7, 20, 50]) {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page = await rankedPatientSearch(db.orm.em.fork(), text, { first, after });
          seen.push(...page.nodes.map((p) => p.id));
          if (!page.hasNextPage || seen.length >= 400) break;
          after = page.cursorOf(page.nodes[page.nodes.length - 1]);
        }
        expect(seen, `${text}, first ${first}`).toEqual(expected.slice(0, seen.length));
        // Read to the end (or 400 rows of a common name): nothing left out.
        if (seen.length < 400) expect(seen.length, `${text}, first ${first}`).toBe(expected.length);
      }
    }
  });
});
