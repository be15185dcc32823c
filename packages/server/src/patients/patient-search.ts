import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizeCambodianPhone } from '@pj/shared';
import { badInput } from '../common/domain-error.js';
import { optionalText } from '../common/validate.js';
import { leanPlanReader, planOf, type LeanPlan } from '../persistence/lean.js';
import { queryPrepared } from '../persistence/prepared.js';
import { pageOf } from '../graphql/keyset.js';
import { decodeCursor, encodeCursor, isUuid, pageRequest, type Page, type PageArgs } from '../graphql/relay.js';
import type { Patient } from './patient.entity.js';

/**
 * Ranked, fuzzy patient search (see the README's search paragraph).
 *
 * One box finds a patient by
 * - MRN: exactly (a merged-away MRN finds the patient it was merged into) or by prefix
 *   (`000042`, `000042-`);
 * - phone in any format (`normalizeCambodianPhone`);
 * - name, Latin or Khmer script (the script of the search picks the column), in any word order:
 *   every word of the search must appear in the name, fuzzily (trigram word similarity ≥ 0.5,
 *   so "Sokha" finds "Sokhar"). Latin text is compared lower-cased, unaccented and folded
 *   (`patient_search_fold`, migration `20261206010000-search-knn`): the spellings of one Khmer
 *   sound become one ("Lee Kolab" and "Ly Kolap" are both `li kulap`; "Chhay", "Chay", "Chhai"
 *   and "Chai" are `chai`), the same function on the stored key and on the search.
 *
 * Ranking — a product decision: a search is answered in rank order by indexes, not by scoring
 * every candidate and sorting them. Rank is a tier, then a distance, then the id:
 * 0. the exact MRN (or the merged-away MRN);
 * 1. a phone, or the exact full name (as typed, lower-cased and unaccented, not folded) in
 *    either word order — btree and GIN index lookups;
 * 2. an MRN prefix;
 * 3. (Latin) names holding every word of the search as a whole word, once folded ("sokha" in
 *    "Chan Sokha" and in "Chan Sokkha"), fewest trigrams first: a name holding all the search's
 *    trigrams has similarity |search| ÷ |name|, so this is the order of tier 4's distance
 *    among them. Read from btree indexes on the folded name's first, second and third word
 *    with its trigram count (`patient_search_word_1..3`, migration 20261217010000), so a
 *    common name ("sokha": one patient in 14 at the benchmark's 100,000) is a few index pages,
 *    where the KNN scan below visits most of its index before it can rank the first of them.
 *    The distance in a cursor is the trigram count.
 * 4. every other name match, nearest first by trigram distance of the whole folded name to the
 *    whole folded search (`search_key <-> search`, 1 − similarity): what PostgreSQL hands out
 *    from a GiST trigram index in distance order (`order by … <-> … limit n`, KNN). A shorter
 *    name holding the words ranks before a longer one, and a romanisation variant ranks with
 *    the spelling typed (only tier 1 puts the name as typed first). Not read at all when tier
 *    3 fills the page.
 * Each tier is one or more branches that read at most a page from an index in rank order; the
 * branches are joined with `union all` and the page is the best of them. A row's rank depends
 * only on that row and the search text, so paging by a keyset over (tier, distance, id) while
 * others register neither repeats nor skips a row that existed when the first page was read.
 */
// Set on every database session (persistence/connection-settings.ts), so a search is one statement.
export { WORD_SIMILARITY_THRESHOLD } from '../persistence/connection-settings.js';

const MRN_PREFIX = /^\d{1,6}(-\d?)?$/;
const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/;
const LETTER = /\p{L}/u;

/** The tiers of a search's rank, best first. */
export const SearchTier = { EXACT_MRN: 0, EXACT: 1, MRN_PREFIX: 2, WORD: 3, NAME: 4 } as const;

/** How many words of a folded name tier 3 reads (one btree index each). */
const INDEXED_WORDS = 3;

/** A folded name's trigram count: tier 3's rank, its indexes' second column. */
const TRIGRAM_COUNT = 'cardinality(show_trgm("search_key"))';

export interface PatientSearchSql {
  sql: string;
  params: unknown[];
}

/** Where a page starts: after this rank. */
interface SearchKeyset {
  tier: number;
  distance: string;
  id: string;
}

/** The words of a search, and what else the text could be. */
function parseSearch(text: string) {
  const words = text.split(/\s+/).filter(Boolean).slice(0, 5);
  const phone = normalizeCambodianPhone(text);
  const mrnPrefix = MRN_PREFIX.test(text) ? text : null;
  // A name has letters; a search without any (an MRN, a phone, punctuation) reads no name index.
  const name = words.length > 0 && LETTER.test(text) ? (KHMER.test(text) ? 'khmer' : 'latin') : null;
  return { words, phone, mrnPrefix, name, full: words.join(' ') } as const;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One tier's branch: `id`, `tier`, `distance` (float8) of its rows, in rank order. */
interface Branch {
  tier: number;
  id: string;
  distance: string;
  /** What the distance is ordered by (the index's own operator, for the KNN scan). */
  order: string;
  /**
   * What a cursor's distance is compared with, as the index has it, when not `distance` as
   * float8 (tier 3's integer trigram count).
   */
  keyset?: { sql: string; type: 'int' };
  where: string;
  params: unknown[];
  /** Parameters of `distance` and `order` (the same ones, used in both). */
  distanceParams: unknown[];
}

function branches(text: string): Branch[] {
  const { words, phone, mrnPrefix, name, full } = parseSearch(text);
  const out: Branch[] = [];
  const zero = { distance: '0::float8', order: '0::float8', distanceParams: [] };
  if (mrnPrefix) {
    out.push({ tier: SearchTier.EXACT_MRN, id: 'coalesce("merged_into_id", "id")', ...zero, where: '"mrn" = ?', params: [mrnPrefix] });
    out.push({
      tier: SearchTier.MRN_PREFIX,
      id: 'coalesce("merged_into_id", "id")',
      ...zero,
      where: '"mrn" like ? and "mrn" <> ?',
      params: [`${escapeLike(mrnPrefix)}%`, mrnPrefix],
    });
  }
  if (phone) {
    out.push({ tier: SearchTier.EXACT, id: '"id"', ...zero, where: '"merged_into_id" is null and "phones" @> array[?]::text[]', params: [phone] });
  }
  if (name) {
    // The exact full name in either order: the stored name (family then given) equals the
    // search, or the search with its words rotated at some point (given then family).
    const rotations = words.map((_, k) => [...words.slice(k), ...words.slice(0, k)].join(' '));
    const exact = name === 'latin' ? '"search_name"' : '"search_name_khmer"';
    const isExact = `${exact} in (${rotations.map(() => 'patient_search_text(?)').join(', ')})`;
    out.push({ tier: SearchTier.EXACT, id: '"id"', ...zero, where: `"merged_into_id" is null and ${isExact}`, params: rotations });
    const key = name === 'latin' ? '"search_key"' : '"search_name_khmer"';
    const normal = name === 'latin' ? (p: string) => `patient_search_fold(patient_search_text(${p}))` : (p: string) => `patient_search_text(${p})`;
    // Every word of the search a whole word of the folded name: the first word at one of the
    // indexed places, the others anywhere.
    const [first, ...rest] = words;
    const others = rest.map(() => ` and ${normal('?')} = any(string_to_array("search_key", ' '))`).join('');
    const atPlace = (place: number) => `split_part("search_key", ' ', ${place}) = ${normal('?')}${others}`;
    const places = Array.from({ length: INDEXED_WORDS }, (_, k) => k + 1);
    if (name === 'latin') {
      for (const place of places) {
        out.push({
          tier: SearchTier.WORD,
          id: '"id"',
          distance: `${TRIGRAM_COUNT}::float8`,
          order: TRIGRAM_COUNT,
          keyset: { sql: TRIGRAM_COUNT, type: 'int' },
          distanceParams: [],
          where: `"merged_into_id" is null and ${atPlace(place)} and not ${isExact}`,
          params: [first, ...rest, ...rotations],
        });
      }
    }
    // Every word in the name, nearest whole name first, read from the GiST index in distance
    // order; the exact names are tier 1's, the whole words tier 3's.
    const wordTier = name === 'latin' ? ` and not coalesce(${places.map((place) => `(${atPlace(place)})`).join(' or ')}, false)` : '';
    out.push({
      tier: SearchTier.NAME,
      id: '"id"',
      distance: `(${key} <-> ${normal('?')})::float8`,
      order: `${key} <-> ${normal('?')}`,
      distanceParams: [full],
      where: `"merged_into_id" is null and ${words.map(() => `${key} %> ${normal('?')}`).join(' and ')} and not ${isExact}${wordTier}`,
      params: [...words, ...rotations, ...(name === 'latin' ? places.flatMap(() => [first, ...rest]) : [])],
    });
  }
  return out;
}

/**
 * The SQL of one page of a search: `id`, `tier`, `distance` of at most `limit` patients in rank
 * order, after `after` and before `before` if given (tombstones resolved to the patient they
 * were merged into); `backward`, the last ones, read in reverse rank order.
 * Exported for the index test, which EXPLAINs it.
 */
export function searchPageSql(
  text: string,
  limit: number,
  after: SearchKeyset | null = null,
  { before = null, backward = false }: { before?: SearchKeyset | null; backward?: boolean } = {},
): PatientSearchSql {
  const reading = backward ? 'desc' : 'asc';
  // Tier 3's branches go into one CTE, so that tier 4 can ask whether they fill the page.
  const words: { sql: string; params: unknown[] }[] = [];
  const parts: { sql: string; params: unknown[] }[] = [];
  for (const b of branches(text)) {
    if ((after && after.tier > b.tier) || (before && before.tier < b.tier)) continue;
    let where = b.where;
    const keysetParams: unknown[] = [];
    for (const [bound, op] of [[after, '>'], [before, '<']] as const) {
      if (bound && bound.tier === b.tier) {
        const keyset = b.keyset ?? { sql: b.distance, type: 'float8' };
        where += ` and (${keyset.sql}, ${b.id}) ${op} (?::${keyset.type}, ?::uuid)`;
        keysetParams.push(...b.distanceParams, bound.distance, bound.id);
      }
    }
    if (b.tier === SearchTier.NAME && words.length > 0 && !backward) {
      // Read in rank order, tier 4 is needed only when tier 3 holds less than a page: a
      // one-time condition, so its index is not opened otherwise.
      where += ` and (select count(distinct "id") from "word_hit") < ?`;
      keysetParams.push(limit);
    }
    const params = [...b.distanceParams, ...b.params, ...keysetParams, ...b.distanceParams];
    const sql = `(select ${b.id} as "id", ${b.tier} as "tier", ${b.distance} as "distance" from "patient"
        where ${where} order by ${b.order} ${reading}, ${b.id} ${reading} limit ?)`;
    (b.tier === SearchTier.WORD ? words : parts).push({ sql, params: [...params, limit] });
  }
  if (words.length > 0) parts.push({ sql: `select "id", "tier", "distance" from "word_hit"`, params: [] });
  if (parts.length === 0) return { sql: `select null::uuid as "id", 0 as "tier", 0::float8 as "distance" where false`, params: [] };
  const withWords = words.length > 0 ? `with "word_hit" as (${words.map((w) => w.sql).join(' union all ')}) ` : '';
  // A patient is in one tier (tiers 3 and 4 leave out tier 1's names, tier 4 tier 3's; digits
  // are never a name), but a merged patient may come twice through MRNs, and a name holding a
  // word twice twice through tier 3: once is enough.
  const sql = `${withWords}select "id", "tier", "distance" from (
      select distinct on ("id") "id", "tier", "distance" from (${parts.map((p) => p.sql).join(' union all ')}) as "branch"
      order by "id", "tier", "distance") as "hit"
    order by "tier" ${reading}, "distance" ${reading}, "id" ${reading} limit ?`;
  return { sql, params: [...words.flatMap((w) => w.params), ...parts.flatMap((p) => p.params), limit] };
}

/** The SQL counting every patient a search finds. */
function searchCountSql(text: string): PatientSearchSql {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const b of branches(text)) {
    parts.push(`select ${b.id} as "id" from "patient" where ${b.where}`);
    params.push(...b.params);
  }
  if (parts.length === 0) return { sql: 'select 0 as "n"', params: [] };
  return { sql: `select count(distinct "id") as "n" from (${parts.join(' union all ')}) as "hit"`, params };
}

/** A distance as plain decimal digits (a cursor holds no exponent), exact for a float8. */
function plainDecimal(text: string): string {
  if (!/e/i.test(text)) return text;
  return Number(text).toFixed(80).replace(/\.?0+$/, '');
}

/** A search cursor's rank, or BAD_USER_INPUT / INVALID_CURSOR naming `field`. */
function searchKeyset(cursor: string | null, field: string): SearchKeyset | null {
  if (!cursor) return null;
  const [tier, distance, id] = decodeCursor(cursor, 3, field).map(String) as [string, string, string];
  // Tier 3's distance is a trigram count, a whole number.
  const shape = Number(tier) === SearchTier.WORD ? /^\d{1,9}$/ : /^\d+(\.\d+)?$/;
  if (!isUuid(id) || !/^[0-4]$/.test(tier) || !shape.test(distance)) {
    throw badInput(field, 'The cursor is not valid; start again from the first page', 'INVALID_CURSOR');
  }
  return { tier: Number(tier), distance, id };
}

/** A page of the ranked search, each patient read as `plan` says (every column when it is not given). */
export async function rankedPatientSearch(em: EntityManager, text: string, args: PageArgs, plan: LeanPlan = planOf({})): Promise<Page<Patient>> {
  const request = pageRequest(args);
  const after = searchKeyset(request.after, 'after');
  const before = searchKeyset(request.before, 'before');
  const reading = request.backward ? 'desc' : 'asc';
  const { sql, params } = searchPageSql(text, request.size + 1, after, { before, backward: request.backward });
  const reader = leanPlanReader<Patient>(em, 'Patient', 'p', plan);
  const rows = await queryPrepared<{ row: unknown; tier: number; distance: string }>(
    em,
    `select ${reader.sql} as row, "hit"."tier", "hit"."distance"::text as "distance"
     from (${sql}) as "hit"
     join "patient" p on p."id" = "hit"."id"
     order by "hit"."tier" ${reading}, "hit"."distance" ${reading}, "hit"."id" ${reading}`,
    params,
  );
  const rankOf = new Map(rows.map((r) => [reader.read(r.row), [String(r.tier), plainDecimal(r.distance)]] as const));
  const byId = new Map([...rankOf].map(([patient, rank]) => [patient.id, rank]));
  return pageOf(
    [...rankOf.keys()],
    request,
    (p) => encodeCursor([...(byId.get(p.id) ?? [String(SearchTier.NAME), '1']), p.id]),
    async () => {
      const { sql: countSql, params: countParams } = searchCountSql(text);
      const [row] = await queryPrepared<{ n: string }>(em, countSql, countParams);
      return Number(row.n);
    },
  );
}

/** Trimmed search text, or null for "no search". */
export function searchText(search: string | null | undefined): string | null {
  return optionalText('search', search, 100);
}
