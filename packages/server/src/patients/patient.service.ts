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
import { badInput, conflict, notFound } from '../common/domain-error.js';
import { checkVersion, inTransaction, lockRow } from '../common/transaction.js';
import { intInRange, optionalText, requiredText } from '../common/validate.js';
import type { ServiceContext } from '../graphql/context.js';
import { pageOf } from '../graphql/keyset.js';
import { decodeCursor, encodeCursor, isUuid, pageRequest, type Page, type PageArgs } from '../graphql/relay.js';
import { recordJourneyEvent } from '../journey/journey-recorder.js';
import { queryPrepared } from '../persistence/prepared.js';
import type { LeanPlan } from '../persistence/lean.js';
import { countOf, listOf } from '../persistence/replica-lists.js';
import { summaries } from '../journey/journey-summaries.js';
import type { GuardianInput, RegisterPatientInput, UpdatePatientInput } from './patient.input.js';
import { Guardian, Patient } from './patient.entity.js';
import { findPossibleDuplicates, STRONG_DUPLICATE } from './patient-duplicates.js';
import { rankedPatientSearch, searchText } from './patient-search.js';

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

function travelTime(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0 || value > 48) {
    throw badInput('travelTimeHours', 'travelTimeHours must be from 0 to 48 hours', 'OUT_OF_RANGE');
  }
  return value;
}

function guardianFrom(input: GuardianInput): Guardian {
  const guardian = new Guardian();
  guardian.name = requiredText('guardian.name', input.name, 100);
  guardian.relation = input.relation;
  guardian.phones = normalizePhones('guardian.phones', input.phones);
  return guardian;
}

/** Registration fields, validated; shared by registration and updates. */
type PatientFields = Pick<
  Patient,
  | 'familyName'
  | 'givenName'
  | 'familyNameKhmer'
  | 'givenNameKhmer'
  | 'sex'
  | 'birthDate'
  | 'birthDateEstimated'
  | 'phones'
  | 'guardian'
  | 'nationalId'
  | 'provinceCode'
  | 'district'
  | 'commune'
  | 'village'
  | 'travelTimeHours'
  | 'transport'
>;

function needsGuardian(fields: Pick<PatientFields, 'guardian' | 'birthDate'>, today: string): void {
  if (!fields.guardian && ageInYears(fields.birthDate, today) < ADULT_AGE) {
    throw badInput('guardian', `A patient under ${ADULT_AGE} needs a guardian`, 'GUARDIAN_REQUIRED');
  }
}

/** Advisory lock key serialising unconfirmed registrations (an arbitrary, fixed number). */
const REGISTRATION_LOCK = 7_310_001;

/**
 * Registers a patient with a new MRN and starts their timeline. When a registered patient is
 * probably the same person (`possibleDuplicates` score ≥ 0.8), it is refused with CONFLICT
 * POSSIBLE_DUPLICATE unless the caller confirms with `confirmNotDuplicate`.
 */
export async function registerPatient(ctx: ServiceContext, input: RegisterPatientInput): Promise<Patient> {
  const now = ctx.clock();
  const today = hospitalDate(now);
  const fields: PatientFields = {
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
    travelTimeHours: travelTime(input.travelTimeHours),
    transport: input.transport ?? null,
  };
  needsGuardian(fields, today);

  return inTransaction(ctx.em, async (em) => {
    if (!input.confirmNotDuplicate) {
      // Check-then-insert must not interleave: two desks registering the same child at once
      // would both find no duplicate. Unconfirmed registrations take one transaction-scoped
      // lock (registrations are a few dozen a day, so serialising them costs nothing); the
      // second one's check then sees the first one's committed patient.
      await em.execute('select pg_advisory_xact_lock(?)', [REGISTRATION_LOCK]);
      const [best] = await findPossibleDuplicates(em, fields);
      if (best && best.score >= STRONG_DUPLICATE) {
        throw conflict(
          'POSSIBLE_DUPLICATE',
          `${best.patient.mrn} may be the same person (score ${best.score}: ${best.reasons.join(', ')}); ` +
            'check possibleDuplicates, or register with confirmNotDuplicate: true',
        );
      }
    }
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

/**
 * Changes a patient's registration from the version the caller saw (CONFLICT STALE_VERSION
 * otherwise; the version counts changes of these details only, not stage moves). Absent fields are kept, `null` clears an optional one (and is ignored for a
 * required one); every value is validated as at registration.
 */
export async function updatePatient(ctx: ServiceContext, patientId: string, input: UpdatePatientInput): Promise<Patient> {
  const today = hospitalDate(ctx.clock());
  const has = <K extends keyof UpdatePatientInput>(key: K): boolean => input[key] !== undefined;
  const given = <K extends keyof UpdatePatientInput>(key: K): boolean => input[key] !== undefined && input[key] !== null;
  const changes: Partial<PatientFields> = {};
  if (given('familyName')) changes.familyName = requiredText('familyName', input.familyName!, 100);
  if (given('givenName')) changes.givenName = requiredText('givenName', input.givenName!, 100);
  if (has('familyNameKhmer')) changes.familyNameKhmer = khmerName('familyNameKhmer', input.familyNameKhmer);
  if (has('givenNameKhmer')) changes.givenNameKhmer = khmerName('givenNameKhmer', input.givenNameKhmer);
  if (given('sex')) changes.sex = input.sex!;
  if (given('birthDate')) changes.birthDate = birthDate(input.birthDate!, today);
  if (given('birthDateEstimated')) changes.birthDateEstimated = input.birthDateEstimated!;
  if (given('phones')) changes.phones = normalizePhones('phones', input.phones!);
  if (has('guardian')) changes.guardian = input.guardian ? guardianFrom(input.guardian) : null;
  if (has('nationalId')) changes.nationalId = optionalText('nationalId', input.nationalId, 40);
  if (given('provinceCode')) changes.provinceCode = intInRange('provinceCode', input.provinceCode!, 1, 25);
  if (has('district')) changes.district = optionalText('district', input.district, 100);
  if (has('commune')) changes.commune = optionalText('commune', input.commune, 100);
  if (has('village')) changes.village = optionalText('village', input.village, 100);
  if (has('travelTimeHours')) changes.travelTimeHours = travelTime(input.travelTimeHours);
  if (has('transport')) changes.transport = input.transport ?? null;

  return inTransaction(ctx.em, async (em) => {
    // Held until commit: a concurrent change of the same patient waits, so this one never loses to it.
    await lockRow(em, 'patient', patientId);
    const patient = await getPatientOrFail(em, patientId);
    await em.refresh(patient);
    if (patient.mergedInto) throw conflict('PATIENT_MERGED', `Patient ${patient.mrn} was merged into another record; update that one`);
    checkVersion(patient, input.expectedVersion, 'patient');
    needsGuardian(
      { guardian: changes.guardian !== undefined ? changes.guardian : patient.guardian, birthDate: changes.birthDate ?? patient.birthDate },
      today,
    );
    em.assign(patient, changes);
    patient.version += 1;
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

/** The patient with this MRN; a merged-away MRN gives the patient it was merged into. */
export async function findPatientByMrn(em: EntityManager, mrn: string): Promise<Patient | null> {
  if (!isValidMrn(mrn)) return null;
  const patient = await em.findOne(Patient, { mrn: mrn.trim() });
  return patient ? resolveMerged(em, patient) : null;
}

/** The patient itself, or for a tombstone the patient it was merged into. */
export async function resolveMerged(em: EntityManager, patient: Patient): Promise<Patient> {
  return patient.mergedInto ? em.findOneOrFail(Patient, { id: patient.mergedInto.id }) : patient;
}

/**
 * With a search: the ranked, fuzzy search of `patient-search.ts` (name, MRN, phone). Without:
 * every patient (tombstones of merges aside) sorted by name; both keyset-paginated. A search
 * reads of each patient what `plan` says (the request's selection), every column without one.
 */
export async function searchPatients(
  em: EntityManager,
  args: { search?: string | null } & PageArgs,
  plan?: LeanPlan,
): Promise<Page<Patient>> {
  const text = searchText(args.search);
  if (text !== null) return rankedPatientSearch(em, text, args, plan);
  const request = pageRequest(args);
  const where: FilterQuery<Patient> = { mergedInto: null };

  // The cursor holds only a patient's id (a cursor carries no names): the names to continue
  // from are read from that row.
  const beyond = async (cursor: string | null, field: 'after' | 'before'): Promise<FilterQuery<Patient>> => {
    if (!cursor) return {};
    const [id] = decodeCursor(cursor, 1, field).map(String) as [string];
    const [at] = isUuid(id)
      ? await queryPrepared<{ family_name: string; given_name: string }>(em, 'select family_name, given_name from patient where id = ?', [id])
      : [];
    if (!at) throw badInput(field, 'The cursor is not valid; start again from the first page', 'INVALID_CURSOR');
    const { family_name: family, given_name: given } = at;
    const op = field === 'after' ? '$gt' : '$lt';
    return {
      $or: [
        { familyName: { [op]: family } },
        { familyName: family, givenName: { [op]: given } },
        { familyName: family, givenName: given, id: { [op]: id } },
      ],
    };
  };
  const reading = request.backward ? 'desc' : 'asc';
  const qb = em
    .createQueryBuilder(Patient, 'p')
    .select('*')
    .where({ $and: [where, await beyond(request.after, 'after'), await beyond(request.before, 'before')] })
    .orderBy({ familyName: reading, givenName: reading, id: reading })
    .limit(request.size + 1);
  // On a read replica when the request may read from one (persistence/replica-lists.ts).
  return pageOf(await listOf(em, Patient, qb), request, (p) => encodeCursor([p.id]), () => countOf(em, Patient, where));
}
