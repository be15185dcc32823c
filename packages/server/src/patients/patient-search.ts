import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizeCambodianPhone } from '@pj/shared';
import { badInput } from '../common/domain-error.js';
import { optionalText } from '../common/validate.js';
import { leanReader } from '../db/lean.js';
import { queryPrepared } from '../db/prepared.js';
import { decodeCursor, encodeCursor, isUuid, type Page } from '../graphql/relay.js';
import type { Patient } from './patient.entity.js';

/**
 * Ranked, fuzzy patient search (see the README's search paragraph).
 *
 * One box finds a patient by
 * - MRN: exactly (rank 3; a merged-away MRN finds the patient it was merged into) or by prefix
 *   (`000042`, `000042-`; rank 1.5);
 * - phone in any format (`normalizeCambodianPhone`; rank 2);
 * - name, Latin or Khmer, in any word order: every word of the search must appear in the name,
 *   fuzzily (trigram word similarity ≥ 0.5 on lower-cased, unaccented text, so "Sokha" finds
 *   "Sokhar" and "Kompong" finds "Kampong"); the exact full name in either order ranks 2, else
 *   the mean of word similarity and similarity of the whole search to the whole name (0–1).
 *
 * Results are ordered by rank (descending, rounded to 6 decimals) then id, and paged by a keyset
 * over (rank, id). A row's rank depends only on that row and the search text, so paging while
 * others register neither repeats nor skips a row that existed when the first page was read.
 */
// Set on every database session (db/orm-config.ts), so a search is one statement.
export { WORD_SIMILARITY_THRESHOLD } from '../db/orm-config.js';

const MRN_PREFIX = /^\d{1,6}(-\d?)?$/;

export interface PatientSearchSql {
  sql: string;
  params: unknown[];
}

/** The words of a search, and what else the text could be. */
function parseSearch(text: string) {
  const words = text.split(/\s+/).filter(Boolean).slice(0, 5);
  const phone = normalizeCambodianPhone(text);
  const mrnPrefix = MRN_PREFIX.test(text) ? text : null;
  return { words, phone, mrnPrefix, full: words.join(' ') };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The SQL of one search: `select id, rank` of every matching patient (tombstones resolved to
 * the patient they were merged into). Exported for the index test, which EXPLAINs it.
 */
export function rankedSearchSql(text: string): PatientSearchSql {
  const { words, phone, mrnPrefix, full } = parseSearch(text);
  const branches: string[] = [];
  const params: unknown[] = [];

  if (words.length > 0) {
    // The exact full name in either order: the stored name (family then given) equals the
    // search, or the search with its words rotated at some point (given then family). Comparing
    // with the rotations of the search, not the row's names flipped, keeps it to the index's
    // own column: recomputing every candidate row's flipped name cost half the search.
    const rotations = words.map((_, k) => [...words.slice(k), ...words.slice(0, k)].join(' '));
    for (const column of ['search_name', 'search_name_khmer'] as const) {
      const conditions = words.map(() => `patient_search_text(?) <% "${column}"`).join(' and ');
      branches.push(
        `select "id", case when "${column}" in (${rotations.map(() => 'patient_search_text(?)').join(', ')}) then 2
            else (word_similarity(patient_search_text(?), "${column}") + similarity(patient_search_text(?), "${column}")) / 2 end as "score"
         from "patient" where "merged_into_id" is null and ${conditions}`,
      );
      params.push(...rotations, full, full, ...words);
    }
  }
  if (mrnPrefix) {
    branches.push(
      `select coalesce("merged_into_id", "id") as "id", case when "mrn" = ? then 3 else 1.5 end as "score"
       from "patient" where "mrn" like ?`,
    );
    params.push(mrnPrefix, `${escapeLike(mrnPrefix)}%`);
  }
  if (phone) {
    branches.push(`select "id", 2 as "score" from "patient" where "merged_into_id" is null and "phones" @> array[?]::text[]`);
    params.push(phone);
  }
  const sql = `select "id", round(max("score")::numeric, 6) as "rank" from (${branches.join(' union all ')}) as "hit" group by "id"`;
  return { sql, params };
}

export async function rankedPatientSearch(
  em: EntityManager,
  text: string,
  args: { first: number; after?: string | null },
): Promise<Page<Patient>> {
  let keyset = '';
  const keysetParams: unknown[] = [];
  if (args.after) {
    const [rank, id] = decodeCursor(args.after, 2).map(String) as [string, string];
    if (!isUuid(id) || !/^\d+(\.\d+)?$/.test(rank)) {
      throw badInput('after', 'The cursor is not valid; start again from the first page', 'INVALID_CURSOR');
    }
    keyset = `where "rank" < ?::numeric or ("rank" = ?::numeric and "id" > ?::uuid)`;
    keysetParams.push(rank, rank, id);
  }
  const { sql, params } = rankedSearchSql(text);
  const reader = leanReader<Patient>(em, 'Patient', 'p');
  const rows = await queryPrepared<{ row: unknown; rank: string }>(
    em,
    `select ${reader.sql} as row, "hit"."rank"::text as "rank"
     from (select "id", "rank" from (${sql}) as "ranked" ${keyset} order by "rank" desc, "id" asc limit ?) as "hit"
     join "patient" p on p."id" = "hit"."id"
     order by "hit"."rank" desc, "hit"."id" asc`,
    [...params, ...keysetParams, args.first + 1],
  );
  const found = rows.map((r) => ({ patient: reader.read(r.row), rank: r.rank }));
  const page = found.slice(0, args.first);
  const rankOf = new Map(page.map((r) => [r.patient.id, r.rank]));
  return {
    nodes: page.map((r) => r.patient),
    hasNextPage: found.length > args.first,
    cursorOf: (p) => encodeCursor([rankOf.get(p.id) ?? '0', p.id]),
    count: async () => {
      const [row] = await queryPrepared<{ n: string }>(em, `select count(*) as "n" from (${sql}) as "ranked"`, params);
      return Number(row.n);
    },
  };
}

/** Trimmed search text, or null for "no search". */
export function searchText(search: string | null | undefined): string | null {
  return optionalText('search', search, 100);
}
