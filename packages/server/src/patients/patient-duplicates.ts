import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizeCambodianPhone } from '@pj/shared';
import { Field, Float, ObjectType } from 'type-graphql';
import { Patient } from './patient.entity.js';

/** Why a registered patient may be the person being registered. */
export enum DuplicateReason {
  SAME_PHONE = 'SAME_PHONE',
  SAME_NATIONAL_ID = 'SAME_NATIONAL_ID',
  SIMILAR_NAME = 'SIMILAR_NAME',
  SAME_NAME = 'SAME_NAME',
  FLIPPED_NAME = 'FLIPPED_NAME',
  SAME_KHMER_NAME = 'SAME_KHMER_NAME',
  SAME_BIRTH_YEAR = 'SAME_BIRTH_YEAR',
  SAME_BIRTH_DATE = 'SAME_BIRTH_DATE',
  SAME_VILLAGE = 'SAME_VILLAGE',
  SAME_PROVINCE = 'SAME_PROVINCE',
}

@ObjectType({ description: 'A registered patient who may be the same person, with why and how likely.' })
export class DuplicateCandidate {
  @Field(() => Patient, { description: 'The registered patient who may be the same person.' })
  patient!: Patient;

  @Field(() => Float, { description: 'How likely it is the same person, 0–1; 0.8 or more blocks registration unless confirmed.' })
  score!: number;

  @Field(() => [DuplicateReason], { description: 'What matched: national ID, phone, name, birth date, place, in that order.' })
  reasons!: DuplicateReason[];
}

/** What duplicate detection compares (already trimmed; phones in any format). */
export interface DuplicateProbe {
  familyName?: string | null;
  givenName?: string | null;
  familyNameKhmer?: string | null;
  givenNameKhmer?: string | null;
  birthDate?: string | null;
  phones?: readonly string[] | null;
  nationalId?: string | null;
  provinceCode?: number | null;
  village?: string | null;
}

/** A candidate at or above this score blocks `registerPatient` unless `confirmNotDuplicate`. */
export const STRONG_DUPLICATE = 0.8;
export const MAX_DUPLICATES = 10;

/**
 * Scoring (points add up, capped at 1):
 * - SAME_NATIONAL_ID 0.9; SAME_PHONE 0.6 (any shared number)
 * - name, the best of: SAME_NAME 0.5 (Latin, same order), FLIPPED_NAME 0.45 (Latin, family and
 *   given swapped), SAME_KHMER_NAME 0.45 (either order), SIMILAR_NAME 0.4 × trigram similarity
 *   (≥ 0.3) of the whole Latin or Khmer name; +0.05 when the Khmer name also matches exactly
 * - SAME_BIRTH_DATE 0.25, else SAME_BIRTH_YEAR 0.1
 * - SAME_VILLAGE 0.1 (same province and village), else SAME_PROVINCE 0.05
 * So the same name and birth date in the same province (0.8), or a shared phone and a similar
 * name, is a strong candidate; the same name alone (at most 0.65 with village) is not.
 */
export const DUPLICATE_POINTS = {
  SAME_NATIONAL_ID: 0.9,
  SAME_PHONE: 0.6,
  SAME_NAME: 0.5,
  FLIPPED_NAME: 0.45,
  SAME_KHMER_NAME: 0.45,
  SIMILAR_NAME: 0.4,
  KHMER_BONUS: 0.05,
  SAME_BIRTH_DATE: 0.25,
  SAME_BIRTH_YEAR: 0.1,
  SAME_VILLAGE: 0.1,
  SAME_PROVINCE: 0.05,
} as const;

interface CandidateRow {
  id: string;
  latin_same: boolean;
  latin_flipped: boolean;
  latin_similarity: number;
  khmer_same: boolean;
  khmer_similarity: number;
}

const norm = (text: string | null | undefined): string => (text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The candidate query of a probe (index-backed ORs), or null when the probe names nothing to look for. */
export function duplicateCandidatesSql(probe: DuplicateProbe): { sql: string; params: unknown[]; latin: string; khmer: string; phones: string[]; nationalId: string | null } | null {
  const latin = [probe.familyName, probe.givenName].map(norm).filter(Boolean).join(' ');
  const latinFlipped = [probe.givenName, probe.familyName].map(norm).filter(Boolean).join(' ');
  const khmer = [probe.familyNameKhmer, probe.givenNameKhmer].map(norm).filter(Boolean).join(' ');
  const khmerFlipped = [probe.givenNameKhmer, probe.familyNameKhmer].map(norm).filter(Boolean).join(' ');
  const phones = [...new Set((probe.phones ?? []).map((p) => normalizeCambodianPhone(p)).filter((p): p is string => p !== null))];
  const nationalId = norm(probe.nationalId) || null;

  const where: string[] = [];
  const params: unknown[] = [latin, latinFlipped, latin, khmer, khmerFlipped, khmer];
  if (latin) {
    where.push(`"search_name" % patient_search_text(?)`);
    params.push(latin);
  }
  if (khmer) {
    where.push(`"search_name_khmer" % patient_search_text(?)`);
    params.push(khmer);
  }
  if (phones.length) {
    where.push(`"phones" && array[${phones.map(() => '?').join(', ')}]::text[]`);
    params.push(...phones);
  }
  if (nationalId) {
    where.push(`lower("national_id") = ?`);
    params.push(nationalId);
  }
  if (where.length === 0) return null;
  const sql = `select "id",
        "search_name" = patient_search_text(?) as "latin_same",
        "search_name" = patient_search_text(?) and "family_name" <> "given_name" as "latin_flipped",
        similarity("search_name", patient_search_text(?)) as "latin_similarity",
        "search_name_khmer" <> '' and ("search_name_khmer" = patient_search_text(?) or "search_name_khmer" = patient_search_text(?)) as "khmer_same",
        similarity("search_name_khmer", patient_search_text(?)) as "khmer_similarity"
     from "patient" where "merged_into_id" is null and (${where.join(' or ')})
     limit 200`;
  return { sql, params, latin, khmer, phones, nationalId };
}

/**
 * Registered patients who may be the person described, best first, at most 10. Candidates come
 * from index-backed lookups only (trigram indexes on the names, the GIN index on phones, the
 * national ID index); tombstones of merged patients are never candidates.
 */
export async function findPossibleDuplicates(em: EntityManager, probe: DuplicateProbe): Promise<DuplicateCandidate[]> {
  const query = duplicateCandidatesSql(probe);
  if (!query) return [];
  const { latin, khmer, phones, nationalId } = query;
  const rows = await em.execute<CandidateRow[]>(query.sql, query.params);
  if (rows.length === 0) return [];
  const patients = await em.find(Patient, { id: { $in: rows.map((r) => r.id) } });
  const byId = new Map(rows.map((r) => [r.id, r]));

  const candidates = patients.map((patient) => score(patient, byId.get(patient.id)!, { latin, khmer, phones, nationalId, probe }));
  return candidates
    .filter((c) => c.reasons.length > 0 && c.score > 0)
    .sort((a, b) => b.score - a.score || a.patient.mrn.localeCompare(b.patient.mrn))
    .slice(0, MAX_DUPLICATES);
}

function score(
  patient: Patient,
  row: CandidateRow,
  q: { latin: string; khmer: string; phones: string[]; nationalId: string | null; probe: DuplicateProbe },
): DuplicateCandidate {
  const P = DUPLICATE_POINTS;
  const reasons: DuplicateReason[] = [];
  let points = 0;

  if (q.nationalId && patient.nationalId && norm(patient.nationalId) === q.nationalId) {
    reasons.push(DuplicateReason.SAME_NATIONAL_ID);
    points += P.SAME_NATIONAL_ID;
  }
  if (q.phones.some((phone) => patient.phones.includes(phone))) {
    reasons.push(DuplicateReason.SAME_PHONE);
    points += P.SAME_PHONE;
  }

  // The name: the best single signal, plus a little when the Khmer name agrees as well.
  let name = 0;
  const latinSimilarity = q.latin ? Number(row.latin_similarity) : 0;
  const khmerSimilarity = q.khmer ? Number(row.khmer_similarity) : 0;
  if (q.latin && row.latin_same) {
    reasons.push(DuplicateReason.SAME_NAME);
    name = P.SAME_NAME;
  } else if (q.latin && row.latin_flipped) {
    reasons.push(DuplicateReason.FLIPPED_NAME);
    name = P.FLIPPED_NAME;
  }
  const khmerSame = Boolean(q.khmer && row.khmer_same);
  if (khmerSame) {
    reasons.push(DuplicateReason.SAME_KHMER_NAME);
    name = name > 0 ? name + P.KHMER_BONUS : P.SAME_KHMER_NAME;
  }
  const similarity = Math.max(latinSimilarity, khmerSimilarity);
  if (name === 0 && similarity >= 0.3) {
    reasons.push(DuplicateReason.SIMILAR_NAME);
    name = P.SIMILAR_NAME * similarity;
  }
  points += name;

  if (q.probe.birthDate && patient.birthDate === q.probe.birthDate) {
    reasons.push(DuplicateReason.SAME_BIRTH_DATE);
    points += P.SAME_BIRTH_DATE;
  } else if (q.probe.birthDate && patient.birthDate.slice(0, 4) === q.probe.birthDate.slice(0, 4)) {
    reasons.push(DuplicateReason.SAME_BIRTH_YEAR);
    points += P.SAME_BIRTH_YEAR;
  }

  if (q.probe.provinceCode != null && q.probe.provinceCode === patient.provinceCode) {
    if (q.probe.village && patient.village && norm(patient.village) === norm(q.probe.village)) {
      reasons.push(DuplicateReason.SAME_VILLAGE);
      points += P.SAME_VILLAGE;
    } else {
      reasons.push(DuplicateReason.SAME_PROVINCE);
      points += P.SAME_PROVINCE;
    }
  }

  // Only an identity signal (phone, ID, name) makes a candidate; place and birth year alone do not.
  const identified = reasons.some((r) => !['SAME_BIRTH_YEAR', 'SAME_BIRTH_DATE', 'SAME_VILLAGE', 'SAME_PROVINCE'].includes(r));
  const candidate = new DuplicateCandidate();
  candidate.patient = patient;
  candidate.score = identified ? Math.round(Math.min(1, points) * 1000) / 1000 : 0;
  candidate.reasons = identified ? reasons : [];
  return candidate;
}
