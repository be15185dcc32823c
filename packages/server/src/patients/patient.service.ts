import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  JourneyEventKind,
  ageInYears,
  formatMrn,
  hasKhmer,
  hospitalDate,
  isValidMrn,
  normalizeCambodianPhone,
  provinceByCode,
} from '@pj/shared';
import { badInput, notFound } from '../common/domain-error.js';
import { inTransaction } from '../common/transaction.js';
import { intInRange, optionalText, requiredText } from '../common/validate.js';
import type { ServiceContext } from '../graphql/context.js';
import { decodeCursor, encodeCursor, isUuid, type Page } from '../graphql/relay.js';
import { recordJourneyEvent } from '../journey/journey-recorder.js';
import { summaries } from '../journey/journey-summaries.js';
import type { GuardianInput, RegisterPatientInput } from './patient.input.js';
import { Guardian, Patient } from './patient.entity.js';

export const ADULT_AGE = 18;

export function normalizePhones(field: string, phones: readonly string[]): string[] {
  if (phones.length > 5) throw badInput(field, 'At most 5 phone numbers', 'TOO_MANY');
  const normalized = phones.map((raw, i) => {
    const phone = normalizeCambodianPhone(raw);
    if (!phone) throw badInput(`${field}[${i}]`, `"${raw.slice(0, 40)}" is not a Cambodian phone number`, 'INVALID_PHONE');
    return phone;
  });
  return [...new Set(normalized)];
}

function khmerName(field: string, value: string | null | undefined): string | null {
  const text = optionalText(field, value, 100);
  if (text !== null && !hasKhmer(text)) throw badInput(field, `${field} must be written in Khmer script`, 'NOT_KHMER');
  return text;
}

function birthDate(value: string, today: string): string {
  if (value > today) throw badInput('birthDate', 'birthDate cannot be in the future', 'IN_FUTURE');
  if (value < '1900-01-01') throw badInput('birthDate', 'birthDate is before 1900', 'OUT_OF_RANGE');
  return value;
}

function guardianFrom(input: GuardianInput): Guardian {
  const guardian = new Guardian();
  guardian.name = requiredText('guardian.name', input.name, 100);
  guardian.relation = input.relation;
  guardian.phones = normalizePhones('guardian.phones', input.phones);
  return guardian;
}

/** Registers a patient with a new MRN and starts their timeline. */
export async function registerPatient(ctx: ServiceContext, input: RegisterPatientInput): Promise<Patient> {
  const now = ctx.clock();
  const today = hospitalDate(now);
  const fields = {
    familyName: requiredText('familyName', input.familyName, 100),
    givenName: requiredText('givenName', input.givenName, 100),
    familyNameKhmer: khmerName('familyNameKhmer', input.familyNameKhmer),
    givenNameKhmer: khmerName('givenNameKhmer', input.givenNameKhmer),
    sex: input.sex,
    birthDate: birthDate(input.birthDate, today),
    birthDateEstimated: input.birthDateEstimated,
    phones: normalizePhones('phones', input.phones),
    guardian: input.guardian ? guardianFrom(input.guardian) : null,
    nationalId: optionalText('nationalId', input.nationalId, 40),
    provinceCode: intInRange('provinceCode', input.provinceCode, 1, 25),
    district: optionalText('district', input.district, 100),
    commune: optionalText('commune', input.commune, 100),
    village: optionalText('village', input.village, 100),
  };
  if (!fields.guardian && ageInYears(fields.birthDate, today) < ADULT_AGE) {
    throw badInput('guardian', `A patient under ${ADULT_AGE} needs a guardian`, 'GUARDIAN_REQUIRED');
  }

  return inTransaction(ctx.em, async (em) => {
    const patient = em.create(Patient, { ...fields, mrn: await nextMrn(em), createdAt: now });
    recordJourneyEvent(
      em,
      patient,
      {
        kind: JourneyEventKind.PATIENT_REGISTERED,
        occurredAt: now,
        summary: summaries.registered(patient.mrn, provinceByCode(patient.provinceCode)?.name ?? 'unknown province'),
      },
      ctx.actor,
    );
    return patient;
  });
}

export async function nextMrn(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ serial: string }[]>(`select nextval('patient_mrn_seq') as serial`);
  return formatMrn(Number(row.serial));
}

export async function getPatientOrFail(em: EntityManager, id: string): Promise<Patient> {
  const patient = await em.findOne(Patient, { id });
  if (!patient) throw notFound('Patient', id);
  return patient;
}

export async function findPatientByMrn(em: EntityManager, mrn: string): Promise<Patient | null> {
  if (!isValidMrn(mrn)) return null;
  return em.findOne(Patient, { mrn: mrn.trim() });
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** What one search word may match. */
function wordMatches(word: string): FilterQuery<Patient> {
  const contains = `%${escapeLike(word)}%`;
  const alternatives: FilterQuery<Patient>[] = [
    { familyName: { $ilike: contains } },
    { givenName: { $ilike: contains } },
    { familyNameKhmer: { $like: contains } },
    { givenNameKhmer: { $like: contains } },
  ];
  if (/^\d{1,6}(-\d?)?$/.test(word)) alternatives.push({ mrn: { $like: `${escapeLike(word)}%` } });
  return { $or: alternatives };
}

/**
 * Patients whose names contain every word of `search` (in any order, Latin or Khmer), whose
 * MRN starts with it, or who have it as a phone number; sorted by name, keyset-paginated.
 * (Fuzzy, ranked search replaces this in the referral-management work.)
 */
export async function searchPatients(
  em: EntityManager,
  args: { search?: string | null; first: number; after?: string | null },
): Promise<Page<Patient>> {
  const words = (optionalText('search', args.search, 100) ?? '').split(/\s+/).filter(Boolean).slice(0, 5);
  const phone = args.search ? normalizeCambodianPhone(args.search) : null;
  const byText: FilterQuery<Patient> = words.length ? { $and: words.map(wordMatches) } : {};
  const where: FilterQuery<Patient> = phone ? { $or: [byText, { phones: { $contains: [phone] } }] } : byText;

  let keyset: FilterQuery<Patient> = {};
  if (args.after) {
    const [family, given, id] = decodeCursor(args.after, 3).map(String) as [string, string, string];
    if (!isUuid(id)) throw badInput('after', 'The cursor is not valid; start again from the first page', 'INVALID_CURSOR');
    keyset = {
      $or: [
        { familyName: { $gt: family } },
        { familyName: family, givenName: { $gt: given } },
        { familyName: family, givenName: given, id: { $gt: id } },
      ],
    };
  }
  const rows = await em.find(Patient, { $and: [where, keyset] }, {
    orderBy: { familyName: 'asc', givenName: 'asc', id: 'asc' },
    limit: args.first + 1,
  });
  return {
    nodes: rows.slice(0, args.first),
    hasNextPage: rows.length > args.first,
    cursorOf: (p) => encodeCursor([p.familyName, p.givenName, p.id]),
    count: () => em.count(Patient, where),
  };
}
