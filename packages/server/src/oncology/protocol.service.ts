import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CancerType, DoseBasis, ErrorCode, PROTOCOL_LIMITS, PROTOCOL_ROUTES, PROTOCOL_UNITS, type RefusalParamArgs, type RefusalReason } from '@pj/shared';
import { badInput, DomainError, notFound } from '../common/domain-error.js';
import { inTransaction } from '../common/transaction.js';
import { optionalText, requiredText } from '../common/validate.js';
import type { ServiceContext } from '../graphql/context.js';
import type { CreateProtocolInput, ProtocolContentInput, RetireProtocolInput, ReviseProtocolInput } from './protocol.input.js';
import { Protocol, ProtocolDose, ProtocolPhase, ProtocolRetirement } from './protocol.entity.js';


const refuse = <R extends RefusalReason>(field: string, reason: R, message: string, ...params: RefusalParamArgs<R>): DomainError =>
  badInput(field, message, reason, ...params);

const CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

/** A dose as it will be written: per m² or per kg, with its cap and small-child dose. */
interface DoseContent {
  drug: string;
  route: string;
  unit: string;
  dayOffset: number;
  dosePerM2: number | null;
  dosePerKg: number | null;
  maxDose: number | null;
  smallChildWeightKg: number | null;
  smallChildDosePerKg: number | null;
}

interface PhaseContent {
  name: string;
  startDay: number;
  endDay: number;
  milestone: string | null;
  doses: DoseContent[];
}

export interface Content {
  name: string;
  cancerType: CancerType;
  description: string | null;
  example: boolean;
  phases: PhaseContent[];
}

function positive(field: string, value: number | null | undefined, { optional }: { optional: boolean }): number | null {
  if (value === null || value === undefined) {
    if (optional) return null;
    throw refuse(field, 'REQUIRED', `${field} is required`);
  }
  if (!Number.isFinite(value) || value <= 0) throw refuse(field, 'DOSE_NOT_POSITIVE', `${field} must be more than 0`);
  if (value > 100_000) throw refuse(field, 'OUT_OF_RANGE', `${field} must be at most 100000`, { max: 100_000 });
  return value;
}

function day(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > PROTOCOL_LIMITS.lastDay) {
    throw refuse(field, 'OUT_OF_RANGE', `${field} must be a whole day from 0 to ${PROTOCOL_LIMITS.lastDay}`, { min: 0, max: PROTOCOL_LIMITS.lastDay });
  }
  return value;
}

/**
 * What a revision says, checked: named phases in order that do not overlap, each dose on a day
 * of its phase, a known unit and route, a positive dose per m² or per kg, a positive cap, a
 * small-child dose given whole; at least one drug; within the library's limits.
 */
export function validProtocolContent(input: ProtocolContentInput): Content {
  const name = requiredText('name', input.name, 200);
  const description = optionalText('description', input.description, 2000, { multiline: true });
  if (!Object.values(CancerType).includes(input.cancerType)) throw refuse('cancerType', 'INVALID', 'cancerType is not a known cancer');
  const phasesIn = input.phases ?? [];
  if (phasesIn.length === 0) throw refuse('phases', 'NO_PHASES', 'A protocol needs at least one phase');
  if (phasesIn.length > PROTOCOL_LIMITS.phases) {
    throw refuse('phases', 'TOO_MANY_PHASES', `A protocol has at most ${PROTOCOL_LIMITS.phases} phases`, { max: PROTOCOL_LIMITS.phases });
  }
  let previousEnd = -1;
  let total = 0;
  const phases = phasesIn.map((phase, p): PhaseContent => {
    const at = `phases.${p}`;
    const phaseName = requiredText(`${at}.name`, phase.name, 200);
    const startDay = day(`${at}.startDay`, phase.startDay);
    const endDay = day(`${at}.endDay`, phase.endDay);
    if (endDay < startDay) {
      throw refuse(`${at}.endDay`, 'PHASE_ENDS_BEFORE_START', `Phase ${p + 1} ends (day ${endDay}) before it starts (day ${startDay})`, { phase: p + 1, startDay, endDay });
    }
    if (startDay <= previousEnd) {
      throw refuse(`${at}.startDay`, 'PHASES_OVERLAP', `Phase ${p + 1} starts on day ${startDay}, before the previous phase ends (day ${previousEnd})`, { phase: p + 1, startDay, previousEnd });
    }
    previousEnd = endDay;
    const dosesIn = phase.doses ?? [];
    if (dosesIn.length > PROTOCOL_LIMITS.dosesPerPhase) {
      throw refuse(`${at}.doses`, 'TOO_MANY_DOSES', `A phase has at most ${PROTOCOL_LIMITS.dosesPerPhase} doses`, { max: PROTOCOL_LIMITS.dosesPerPhase });
    }
    total += dosesIn.length;
    const seen = new Set<string>();
    const doses = dosesIn.map((dose, d): DoseContent => {
      const f = `${at}.doses.${d}`;
      const drug = requiredText(`${f}.drug`, dose.drug, 100);
      const route = (dose.route ?? '').trim().toUpperCase();
      if (!(PROTOCOL_ROUTES as readonly string[]).includes(route)) {
        throw refuse(`${f}.route`, 'UNKNOWN_ROUTE', `Route "${dose.route}" is not one of ${PROTOCOL_ROUTES.join(', ')}`, { route: dose.route, routes: PROTOCOL_ROUTES.join(', ') });
      }
      const unit = (dose.unit ?? '').trim().replace(/^mcg$/i, 'µg').replace(/^μg$/, 'µg');
      if (!(PROTOCOL_UNITS as readonly string[]).includes(unit)) {
        throw refuse(`${f}.unit`, 'UNKNOWN_UNIT', `Unit "${dose.unit}" is not one of ${PROTOCOL_UNITS.join(', ')}`, { unit: dose.unit, units: PROTOCOL_UNITS.join(', ') });
      }
      if (!Number.isInteger(dose.day) || dose.day < startDay || dose.day > endDay) {
        throw refuse(`${f}.day`, 'DAY_OUTSIDE_PHASE', `${drug} on day ${dose.day} is outside phase ${p + 1} (days ${startDay}–${endDay})`, {
          drug,
          day: dose.day,
          phase: p + 1,
          startDay,
          endDay,
        });
      }
      const key = `${drug.toLowerCase()}|${dose.day}`;
      if (seen.has(key)) throw refuse(`${f}.drug`, 'DUPLICATE_DOSE', `${drug} is given twice on day ${dose.day}`, { drug, day: dose.day });
      seen.add(key);
      if (dose.basis !== DoseBasis.PER_M2 && dose.basis !== DoseBasis.PER_KG) throw refuse(`${f}.basis`, 'INVALID', 'basis is PER_M2 or PER_KG');
      const amount = positive(`${f}.dose`, dose.dose, { optional: false })!;
      const maxDose = positive(`${f}.maxDose`, dose.maxDose, { optional: true });
      const smallChildWeightKg = positive(`${f}.smallChildWeightKg`, dose.smallChildWeightKg, { optional: true });
      const smallChildDosePerKg = positive(`${f}.smallChildDosePerKg`, dose.smallChildDosePerKg, { optional: true });
      if ((smallChildWeightKg === null) !== (smallChildDosePerKg === null)) {
        throw refuse(`${f}.smallChildDosePerKg`, 'SMALL_CHILD_DOSE_INCOMPLETE', 'A small-child dose needs both the weight below which it applies and the dose per kg');
      }
      return {
        drug,
        route,
        unit,
        dayOffset: dose.day,
        dosePerM2: dose.basis === DoseBasis.PER_M2 ? amount : null,
        dosePerKg: dose.basis === DoseBasis.PER_KG ? amount : null,
        maxDose,
        smallChildWeightKg,
        smallChildDosePerKg,
      };
    });
    return { name: phaseName, startDay, endDay, milestone: optionalText(`${at}.milestone`, phase.milestone, 200), doses };
  });
  if (total === 0) throw refuse('phases', 'NO_DRUGS', 'A protocol needs at least one drug');
  if (total > PROTOCOL_LIMITS.doses) throw refuse('phases', 'TOO_MANY_DOSES', `A protocol has at most ${PROTOCOL_LIMITS.doses} doses`, { max: PROTOCOL_LIMITS.doses });
  return { name, cancerType: input.cancerType, description, example: input.example === true, phases };
}

/**
 * Holds the protocol code's advisory lock until the transaction ends: exclusive to revise or
 * retire, shared to start a plan (the plan's insert trigger takes it too), so a plan never
 * starts from a revision that is being superseded or a protocol being retired.
 */
export async function lockProtocolCode(em: EntityManager, code: string, mode: 'shared' | 'exclusive'): Promise<void> {
  await em.execute(`select ${mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock'}(hashtext(?))`, [`protocol:${code}`]);
}

/** Writes one revision with its phases and doses (never changed afterwards). */
export function writeRevision(em: EntityManager, code: string, revision: number, content: Content, revisionNote: string | null, now: Date): Protocol {
  const protocol = em.create(Protocol, {
    id: randomUUID(),
    code,
    revision,
    name: content.name,
    cancerType: content.cancerType,
    description: content.description,
    example: content.example,
    revisionNote,
    createdAt: now,
  });
  content.phases.forEach((phase, i) => {
    const row = em.create(ProtocolPhase, {
      id: randomUUID(),
      protocol,
      position: i + 1,
      name: phase.name,
      startDay: phase.startDay,
      endDay: phase.endDay,
      milestone: phase.milestone,
    });
    for (const dose of phase.doses) em.create(ProtocolDose, { id: randomUUID(), phase: row, ...dose });
  });
  return protocol;
}

/** The current (highest) revision of a code, or null. */
async function currentRevision(em: EntityManager, code: string): Promise<Protocol | null> {
  return em.findOne(Protocol, { code }, { orderBy: { revision: 'desc' } });
}

async function retirementOf(em: EntityManager, code: string): Promise<ProtocolRetirement | null> {
  return em.findOne(ProtocolRetirement, { code });
}

/** Adds a protocol to the library as its revision 1. */
export async function createProtocol(ctx: ServiceContext, input: CreateProtocolInput): Promise<Protocol> {
  const code = (input.code ?? '').trim().toUpperCase();
  if (!CODE.test(code)) {
    throw refuse('code', 'INVALID_CODE', 'A protocol code is 2–40 capitals, digits and hyphens, starting with a capital or digit');
  }
  const content = validProtocolContent(input);
  const now = ctx.clock();
  const taken = () => new DomainError(ErrorCode.CONFLICT, `The code ${code} is already used by another protocol`, { reason: 'PROTOCOL_CODE_TAKEN', field: 'code', params: { code } });
  return inTransaction(ctx.em, async (em) => {
    if (await em.count(Protocol, { code })) throw taken();
    const [{ n }] = await em.execute<{ n: number }[]>('select count(distinct "code")::int as n from "protocol"');
    if (n >= PROTOCOL_LIMITS.protocols) {
      throw new DomainError(ErrorCode.CONFLICT, `The library holds at most ${PROTOCOL_LIMITS.protocols} protocols: retire or revise one instead`, {
        reason: 'PROTOCOL_LIBRARY_FULL',
        params: { max: PROTOCOL_LIMITS.protocols },
      });
    }
    return writeRevision(em, code, 1, content, null, now);
  }, {
    protocol_code_revision_unique: taken,
  });
}

const revisedMeanwhile = (code: string, revision: number): DomainError =>
  new DomainError(ErrorCode.CONFLICT, `Protocol ${code} was revised since revision ${revision}: open its current revision and revise that`, {
    reason: 'PROTOCOL_REVISED',
    params: { code, revision },
  });

const retiredRefusal = (code: string): DomainError =>
  new DomainError(ErrorCode.CONFLICT, `Protocol ${code} is retired`, { reason: 'PROTOCOL_RETIRED', params: { code } });

/**
 * Writes the next revision of a protocol. Only the current revision may be revised (CONFLICT
 * PROTOCOL_REVISED otherwise, also for a revision another request wrote at the same moment:
 * `(code, revision)` is unique), and not a retired protocol (PROTOCOL_RETIRED).
 */
export async function reviseProtocol(ctx: ServiceContext, protocolId: string, input: ReviseProtocolInput): Promise<Protocol> {
  const content = validProtocolContent(input);
  const revisionNote = requiredText('revisionNote', input.revisionNote, 2000, { multiline: true });
  const now = ctx.clock();
  let base: Protocol | null = null;
  return inTransaction(ctx.em, async (em) => {
    base = await em.findOne(Protocol, { id: protocolId });
    if (!base) throw notFound('Protocol', protocolId);
    await lockProtocolCode(em, base.code, 'exclusive');
    if (await retirementOf(em, base.code)) throw retiredRefusal(base.code);
    const current = await currentRevision(em, base.code);
    if (current!.revision !== base.revision) throw revisedMeanwhile(base.code, base.revision);
    if (base.revision >= PROTOCOL_LIMITS.revisionsPerProtocol) {
      throw new DomainError(ErrorCode.CONFLICT, `A protocol has at most ${PROTOCOL_LIMITS.revisionsPerProtocol} revisions: create a new protocol instead`, {
        reason: 'TOO_MANY_REVISIONS',
        params: { max: PROTOCOL_LIMITS.revisionsPerProtocol },
      });
    }
    return writeRevision(em, base.code, base.revision + 1, content, revisionNote, now);
  }, {
    protocol_code_revision_unique: () => revisedMeanwhile(base?.code ?? '', base?.revision ?? 0),
  });
}

/** Retires a protocol (every revision): no new plans; plans already started go on. */
export async function retireProtocol(ctx: ServiceContext, protocolId: string, input: RetireProtocolInput): Promise<Protocol> {
  const reason = requiredText('reason', input.reason, 2000, { multiline: true });
  const now = ctx.clock();
  let code = '';
  return inTransaction(ctx.em, async (em) => {
    const any = await em.findOne(Protocol, { id: protocolId });
    if (!any) throw notFound('Protocol', protocolId);
    code = any.code;
    await lockProtocolCode(em, code, 'exclusive');
    if (await retirementOf(em, code)) throw retiredRefusal(code);
    em.create(ProtocolRetirement, { code, retiredAt: now, reason });
    return (await currentRevision(em, code))!;
  }, {
    protocol_retirement_pkey: () => retiredRefusal(code),
  });
}

/**
 * The library: the current revision of every protocol, by name; retired ones only when asked.
 */
export async function protocolLibrary(em: EntityManager, includeRetired: boolean): Promise<Protocol[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select distinct on (p."code") p."id" from "protocol" p
      where ${includeRetired ? 'true' : 'not exists (select 1 from "protocol_retirement" r where r."code" = p."code")'}
      order by p."code", p."revision" desc`,
  );
  if (rows.length === 0) return [];
  return em.find(Protocol, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { name: 'asc', code: 'asc' } });
}

/** CONFLICT when a new plan may not start from this revision: retired, or not the current one. */
export async function refuseUnlessInUse(em: EntityManager, protocol: Protocol): Promise<void> {
  await lockProtocolCode(em, protocol.code, 'shared');
  if (await retirementOf(em, protocol.code)) throw retiredRefusal(protocol.code);
  const current = await currentRevision(em, protocol.code);
  if (current && current.revision !== protocol.revision) {
    throw new DomainError(ErrorCode.CONFLICT, `Protocol ${protocol.code} revision ${protocol.revision} was revised: start the plan from revision ${current.revision}`, {
      reason: 'PROTOCOL_SUPERSEDED',
      params: { code: protocol.code, revision: protocol.revision, current: current.revision },
    });
  }
}
