import type { EntityManager, ObjectQuery } from '@mikro-orm/postgresql';
import {
  ErrorCode,
  LogbookEntryStatus,
  type LogbookLevel,
  LogbookSource,
  Permission,
  SUPERVISED_LEVELS,
  hospitalDate,
  logbookLevelOf,
} from '@pj/shared';
import type { AuthUser } from '../auth/auth-user.js';
import { requireProcedures } from '../codes/codes.service.js';
import { badInput, conflict, DomainError, notFound } from '../common/domain-error.js';
import { checkVersion, inTransaction, lockRow } from '../common/transaction.js';
import { optionalText, requiredText } from '../common/validate.js';
import type { ServiceContext } from '../graphql/context.js';
import { readKeysetPage, Keyset } from '../graphql/keyset.js';
import type { PageArgs } from '../graphql/relay.js';
import { StaffMember } from '../surgery/staff.entity.js';
import type { Surgery, SurgeryTeamMember } from '../surgery/surgery.entity.js';
import { LogbookEntry } from './logbook-entry.entity.js';

/** Who acts on a logbook: their staff record (null: none linked to the account) and permissions. */
export interface LogbookActor {
  staffId: string | null;
  permissions: ReadonlySet<Permission>;
}

export const logbookActor = (user: AuthUser): LogbookActor => ({ staffId: user.staffMemberId ?? null, permissions: user.permissions });

const forbidden = (message: string): DomainError => new DomainError(ErrorCode.FORBIDDEN, message, { reason: 'MISSING_PERMISSION' });

/** Refused unless `actor` is `staffId` or may read others' training records (READ_TRAINING). */
export function refuseUnlessMayRead(actor: LogbookActor, staffId: string | null): void {
  if (actor.permissions.has(Permission.READ_TRAINING)) return;
  if (staffId !== null && actor.staffId === staffId) return;
  throw forbidden('Only the owner, or a role that reads training records (READ_TRAINING), may see this logbook');
}

/** The procedure group of a procedure-list entry. */
async function groupOf(em: EntityManager, code: string | null): Promise<string | null> {
  if (!code) return null;
  const rows = await em.execute<{ procedure_group: string | null }[]>(`select "procedure_group" from "hospital_procedure" where "code" = ?`, [code]);
  return rows[0]?.procedure_group ?? null;
}

/**
 * Makes one logbook entry per team member of an operation being completed, inside the
 * completion's transaction: level and supervisor from the record (`logbookLevelOf`), the
 * procedure performed first (the booked one when none was recorded), awaiting its owner's
 * confirmation. `team` rows carry their staff members.
 */
export async function recordOperationLogbook(
  em: EntityManager,
  surgery: Surgery,
  team: readonly SurgeryTeamMember[],
  procedure: { code: string | null; description: string },
): Promise<LogbookEntry[]> {
  if (team.length === 0 || !surgery.startedAt) return [];
  const members = team.map((row) => ({
    staffId: row.staffMember.id,
    teamRole: row.role,
    staffRole: row.staffMember.role,
    visiting: row.staffMember.visiting,
  }));
  const procedureGroupCode = await groupOf(em, procedure.code);
  const performedOn = hospitalDate(surgery.startedAt);
  return members.map((member) => {
    const { level, supervisorId } = logbookLevelOf(member, members);
    return em.create(LogbookEntry, {
      staffMember: member.staffId,
      surgery,
      source: LogbookSource.OPERATION,
      performedOn,
      teamRole: member.teamRole,
      level,
      supervisor: supervisorId,
      procedureCode: procedure.code,
      procedureGroupCode,
      procedureText: procedure.description,
    });
  });
}

async function lockedEntry(em: EntityManager, id: string): Promise<LogbookEntry> {
  await lockRow(em, 'logbook_entry', id);
  const entry = await em.findOne(LogbookEntry, { id }, { refresh: true });
  if (!entry) throw notFound('LogbookEntry', id);
  return entry;
}

/** A supervisor named in an input: a known staff member, not the entry's owner. */
async function supervisorFor(em: EntityManager, ownerId: string, supervisorId: string | null): Promise<StaffMember | null> {
  if (supervisorId === null) return null;
  if (supervisorId === ownerId) throw badInput('supervisorId', 'Nobody supervises their own entry', 'NOT_ALLOWED');
  const supervisor = await em.findOne(StaffMember, { id: supervisorId });
  if (!supervisor) throw notFound('StaffMember', supervisorId);
  return supervisor;
}

/** Performed with a trainer (scrubbed or unscrubbed) names the trainer. */
function refuseUnsupervised(level: LogbookLevel, supervisor: unknown): void {
  if (SUPERVISED_LEVELS.includes(level) && !supervisor) {
    throw badInput('supervisorId', 'An operation performed with a trainer names the trainer who supervised it', 'REQUIRED');
  }
}

const illegal = (from: LogbookEntryStatus, to: LogbookEntryStatus, message: string): DomainError => conflict('ILLEGAL_TRANSITION', message, { from, to });

export interface ConfirmLogbookEntryChanges {
  expectedVersion?: number | null;
  level?: LogbookLevel | null;
  /** undefined: keep; null: nobody supervises it. */
  supervisorId?: string | null;
  note?: string | null;
}

/**
 * The owner confirms their entry, adjusting level, supervisor or note if the record got them
 * wrong; again while it awaits countersignature, never once it is final.
 */
export async function confirmLogbookEntry(ctx: ServiceContext, actor: LogbookActor, entryId: string, changes: ConfirmLogbookEntryChanges): Promise<LogbookEntry> {
  const note = changes.note === undefined ? undefined : optionalText('note', changes.note, 1000, { multiline: true });
  return inTransaction(ctx.em, async (em) => {
    const entry = await lockedEntry(em, entryId);
    if (!actor.staffId || entry.staffMember.id !== actor.staffId) throw forbidden('Only the owner of a logbook entry confirms it');
    if (entry.supersededAt) throw illegal(LogbookEntryStatus.CORRECTED, LogbookEntryStatus.AWAITING_COUNTERSIGNATURE, 'The entry was replaced by a correction; confirm the correction');
    if (entry.final) throw illegal(LogbookEntryStatus.COUNTERSIGNED, LogbookEntryStatus.AWAITING_COUNTERSIGNATURE, 'The entry is final; record a correction to change it');
    checkVersion(entry, changes.expectedVersion, 'logbook entry');
    if (changes.level != null) entry.level = changes.level;
    if (changes.supervisorId !== undefined) entry.supervisor = await supervisorFor(em, entry.staffMember.id, changes.supervisorId);
    if (note !== undefined) entry.note = note;
    refuseUnsupervised(entry.level, entry.supervisor);
    entry.confirmedAt = ctx.clock();
    return entry;
  });
}

/** The supervisor countersigns a confirmed entry of someone else's; it is final from then on. */
export async function countersignLogbookEntry(ctx: ServiceContext, actor: LogbookActor, entryId: string, expectedVersion: number | null | undefined): Promise<LogbookEntry> {
  return inTransaction(ctx.em, async (em) => {
    const entry = await lockedEntry(em, entryId);
    if (!actor.permissions.has(Permission.SUPERVISE_TRAINING) || !actor.staffId) throw forbidden('Only a supervisor with a staff record countersigns');
    if (entry.staffMember.id === actor.staffId) throw forbidden('Nobody countersigns their own logbook entry');
    if (entry.supervisor?.id !== actor.staffId) throw forbidden('Only the entry\'s supervisor countersigns it');
    if (entry.supersededAt) throw illegal(LogbookEntryStatus.CORRECTED, LogbookEntryStatus.COUNTERSIGNED, 'The entry was replaced by a correction; countersign the correction');
    if (entry.countersignedAt) throw conflict('ALREADY_IN_STATUS', 'The entry is already countersigned');
    if (!entry.confirmedAt) throw illegal(LogbookEntryStatus.AWAITING_CONFIRMATION, LogbookEntryStatus.COUNTERSIGNED, 'The entry\'s owner confirms it before it is countersigned');
    checkVersion(entry, expectedVersion, 'logbook entry');
    entry.countersignedAt = ctx.clock();
    entry.countersignedBy = em.getReference(StaffMember, actor.staffId);
    return entry;
  });
}

export interface LogbookCorrection {
  reason: string;
  level?: LogbookLevel | null;
  /** undefined: keep; null: nobody supervises it. */
  supervisorId?: string | null;
  procedureCode?: string | null;
  note?: string | null;
}

/**
 * Corrects a final entry by a new entry beside it (`correctionOf`, with the reason); the old
 * one is marked superseded, which is the only change the database lets a final entry take.
 * Asked by the owner (the correction is confirmed by them and awaits countersignature again) or
 * by the supervisor who countersigned it (it awaits the owner's confirmation). Of concurrent
 * corrections of one entry exactly one is kept: the row lock orders them, and the others find
 * it superseded (the unique `correction_of` is the guarantee).
 */
export async function correctLogbookEntry(ctx: ServiceContext, actor: LogbookActor, entryId: string, correction: LogbookCorrection): Promise<LogbookEntry> {
  const reason = requiredText('reason', correction.reason, 500, { multiline: true });
  const note = correction.note === undefined ? undefined : optionalText('note', correction.note, 1000, { multiline: true });
  const [procedure] = correction.procedureCode ? await requireProcedures(ctx.em, 'procedureCode', [correction.procedureCode]) : [];
  const now = ctx.clock();
  return inTransaction(
    ctx.em,
    async (em) => {
      const entry = await lockedEntry(em, entryId);
      const byOwner = actor.staffId !== null && entry.staffMember.id === actor.staffId;
      const bySupervisor =
        actor.staffId !== null &&
        actor.permissions.has(Permission.SUPERVISE_TRAINING) &&
        (entry.supervisor?.id === actor.staffId || entry.countersignedBy?.id === actor.staffId);
      if (!byOwner && !bySupervisor) throw forbidden('Only the entry\'s owner or its supervisor corrects it');
      if (entry.supersededAt) throw illegal(LogbookEntryStatus.CORRECTED, LogbookEntryStatus.CORRECTED, 'The entry was already corrected; correct the correction');
      if (!entry.final) throw illegal(entry.status, LogbookEntryStatus.CORRECTED, 'The entry is not final yet: its owner changes it when confirming');
      const level = correction.level ?? entry.level;
      const supervisor = correction.supervisorId === undefined ? entry.supervisor : await supervisorFor(em, entry.staffMember.id, correction.supervisorId);
      refuseUnsupervised(level, supervisor);
      // The old entry first: one current entry per person and operation.
      await em.execute(`update "logbook_entry" set "superseded_at" = ?, "version" = "version" + 1 where "id" = ?`, [now, entry.id]);
      const replacement = em.create(LogbookEntry, {
        staffMember: entry.staffMember,
        surgery: entry.surgery,
        source: entry.source,
        performedOn: entry.performedOn,
        teamRole: entry.teamRole,
        level,
        supervisor,
        procedureCode: procedure ? procedure.code : entry.procedureCode,
        procedureGroupCode: procedure ? await groupOf(em, procedure.code) : entry.procedureGroupCode,
        procedureText: procedure ? procedure.title : entry.procedureText,
        note: note === undefined ? entry.note : note,
        confirmedAt: byOwner ? now : null,
        correctionOf: entry,
        correctionReason: reason,
      });
      return replacement;
    },
    {
      logbook_entry_correction_of_key: () => conflict('CONCURRENT_CHANGE', 'The entry was corrected by someone else at the same moment; reload it'),
      logbook_entry_one_current: () => conflict('CONCURRENT_CHANGE', 'The entry was corrected by someone else at the same moment; reload it'),
    },
  );
}

/** Newest first: by day, then the latest made. */
const LOGBOOK_KEYSET = new Keyset<LogbookEntry>(
  [
    { sql: 'e.performed_on', type: 'date', of: (e) => e.performedOn },
    { sql: 'e.id', type: 'uuid', of: (e) => e.id },
  ],
  'desc',
);

/** The entries in `status`, as a filter. */
export function statusFilter(status: LogbookEntryStatus | null | undefined): ObjectQuery<LogbookEntry> {
  switch (status) {
    case LogbookEntryStatus.CORRECTED:
      return { supersededAt: { $ne: null } };
    case LogbookEntryStatus.AWAITING_CONFIRMATION:
      return { supersededAt: null, confirmedAt: null };
    case LogbookEntryStatus.AWAITING_COUNTERSIGNATURE:
      return { supersededAt: null, confirmedAt: { $ne: null }, countersignedAt: null, supervisor: { $ne: null } };
    case LogbookEntryStatus.COUNTERSIGNED:
      return { supersededAt: null, $or: [{ countersignedAt: { $ne: null } }, { confirmedAt: { $ne: null }, supervisor: null }] };
    case null:
    case undefined:
      return {};
  }
}

/** A staff member's logbook, newest first, a page at a time. */
export function readLogbook(em: EntityManager, staffId: string, status: LogbookEntryStatus | null | undefined, paging: PageArgs) {
  return readKeysetPage(em, LogbookEntry, 'e', { staffMember: staffId, ...statusFilter(status) }, LOGBOOK_KEYSET, paging);
}

/** Oldest first: the longest waiting at the top. */
const QUEUE_KEYSET = new Keyset<LogbookEntry>([
  { sql: 'e.performed_on', type: 'date', of: (e) => e.performedOn },
  { sql: 'e.id', type: 'uuid', of: (e) => e.id },
]);

/** The entries awaiting `supervisorId`'s countersignature, oldest first. */
export function readCountersignQueue(em: EntityManager, supervisorId: string, paging: PageArgs) {
  return readKeysetPage(
    em,
    LogbookEntry,
    'e',
    { supervisor: supervisorId, ...statusFilter(LogbookEntryStatus.AWAITING_COUNTERSIGNATURE) },
    QUEUE_KEYSET,
    paging,
  );
}
