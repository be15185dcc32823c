import { ClavienDindoGrade, ErrorCode, InterfaceLanguage, LogbookEntryStatus, LogbookLevel, ReferralStatus, StaffRole, TeamRole, permissionsOf, Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  expectDomainError,
  operationRecord,
  recordFullChecklist,
  referralInStatus,
  rejectionOf,
  serviceContext,
  sessionSlot,
  surgeryInput,
  testClock,
} from '../../../../tests/support/factories.js';
import { createStaffMember } from '../surgery/mission.service.js';
import { THEATRE_KEYS, type StaffMember } from '../surgery/staff.entity.js';
import { completeSurgery, recordComplication, scheduleSurgery, type TeamKeys } from '../surgery/surgery.service.js';
import { logbookCsv } from './logbook-csv.js';
import { LogbookEntry } from './logbook-entry.entity.js';
import {
  confirmLogbookEntry,
  correctLogbookEntry,
  countersignLogbookEntry,
  readCountersignQueue,
  readLogbook,
  type LogbookActor,
} from './logbook.service.js';
import { LOGBOOK_LOADERS } from './logbook-loaders.js';

const MINUTE = 60_000;

describe('the training logbook', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  let slots = 0;
  let surgeon: StaffMember;
  let resident: StaffMember;
  let student: StaffMember;
  let anaesthetist: StaffMember;
  let nurse: StaffMember;
  let visitor: StaffMember;

  const as = (staff: StaffMember | null, roles: Role[] = [Role.SURGEON]): LogbookActor => ({ staffId: staff?.id ?? null, permissions: permissionsOf(roles) });
  const entriesOf = (surgeryId: string) =>
    db.orm.em.fork().find(LogbookEntry, { surgery: surgeryId }, { orderBy: { teamRole: 'asc' }, populate: ['supervisor'] });
  const entryOf = async (surgeryId: string, staff: StaffMember) =>
    db.orm.em.fork().findOneOrFail(LogbookEntry, { surgery: surgeryId, staffMember: staff.id, supersededAt: null });

  /** An operation booked, checked and completed by `team`, coded as an open inguinal hernia repair. */
  async function operated(team: TeamKeys): Promise<string> {
    const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED);
    const start = sessionSlot(clock(), slots++, 1);
    const surgery = await scheduleSurgery(
      ctx(),
      { patientId, referralId: referral.id, episodeId: null },
      surgeryInput(patientId, start, { theatreId: THEATRE_KEYS['OT 2'], procedureCode: 'GEN-01' }),
    );
    clock.set(new Date(start.getTime() + 3 * 60 * MINUTE).toISOString());
    const startedAt = new Date(start.getTime() + 20 * MINUTE);
    const endedAt = new Date(start.getTime() + 80 * MINUTE);
    await recordFullChecklist(db.orm, clock, surgery.id, startedAt, endedAt);
    await completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, startedAt, endedAt, ...operationRecord() }, { team });
    return surgery.id;
  }

  const trainingCase = () =>
    operated([
      { staffId: resident.id, role: TeamRole.PRIMARY_SURGEON },
      { staffId: surgeon.id, role: TeamRole.ASSISTANT },
      { staffId: student.id, role: TeamRole.OBSERVER },
      { staffId: anaesthetist.id, role: TeamRole.ANAESTHETIST },
      { staffId: nurse.id, role: TeamRole.SCRUB_NURSE },
    ]);

  /** A training case whose resident's entry is confirmed and countersigned. */
  async function countersignedCase(): Promise<{ surgeryId: string; entry: LogbookEntry }> {
    const surgeryId = await trainingCase();
    const made = await entryOf(surgeryId, resident);
    const confirmed = await confirmLogbookEntry(ctx(), as(resident), made.id, { expectedVersion: made.version });
    await countersignLogbookEntry(ctx(), as(surgeon), made.id, confirmed.version);
    return { surgeryId, entry: await entryOf(surgeryId, resident) };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const staff = (name: string, role: StaffRole, visiting = false) =>
      createStaffMember(ctx(), { name, role, visiting, institution: visiting ? 'Kyoto University Hospital' : null });
    surgeon = await staff('Dr Sokha Chan', StaffRole.SURGEON);
    resident = await staff('Dr Dara Kim', StaffRole.RESIDENT);
    student = await staff('Dr Vanna Meas', StaffRole.RESIDENT);
    anaesthetist = await staff('Dr Rith Sok', StaffRole.ANAESTHETIST);
    nurse = await staff('Srey Pov', StaffRole.NURSE);
    visitor = await staff('Dr Kenji Sato', StaffRole.SURGEON, true);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('makes one entry per team member when an operation is completed, with the level derived from the record', async () => {
    const surgeryId = await trainingCase();
    const entries = await entriesOf(surgeryId);
    const byStaff = Object.fromEntries(entries.map((e) => [e.staffMember.id, [e.teamRole, e.level, e.supervisor?.id ?? null, e.status]]));
    expect(byStaff).toEqual({
      [resident.id]: [TeamRole.PRIMARY_SURGEON, LogbookLevel.PERFORMED_TRAINER_SCRUBBED, surgeon.id, LogbookEntryStatus.AWAITING_CONFIRMATION],
      [surgeon.id]: [TeamRole.ASSISTANT, LogbookLevel.ASSISTED, null, LogbookEntryStatus.AWAITING_CONFIRMATION],
      [student.id]: [TeamRole.OBSERVER, LogbookLevel.OBSERVED, surgeon.id, LogbookEntryStatus.AWAITING_CONFIRMATION],
      [anaesthetist.id]: [TeamRole.ANAESTHETIST, LogbookLevel.PERFORMED_INDEPENDENTLY, null, LogbookEntryStatus.AWAITING_CONFIRMATION],
      [nurse.id]: [TeamRole.SCRUB_NURSE, LogbookLevel.PERFORMED_INDEPENDENTLY, null, LogbookEntryStatus.AWAITING_CONFIRMATION],
    });
    expect(new Set(entries.map((e) => [e.procedureCode, e.procedureGroupCode, e.procedureText, e.performedOn].join('|')))).toEqual(
      new Set([`GEN-01|GEN-HERNIA|Open inguinal hernia repair (Lichtenstein)|${entries[0].performedOn}`]),
    );
  });

  it('a local surgeon operating with a visiting surgeon assisting performed it with the trainer scrubbed; without, independently', async () => {
    const taught = await operated([{ staffId: surgeon.id, role: TeamRole.PRIMARY_SURGEON }, { staffId: visitor.id, role: TeamRole.ASSISTANT }]);
    expect((await entryOf(taught, surgeon)).level).toBe(LogbookLevel.PERFORMED_TRAINER_SCRUBBED);
    const alone = await operated([{ staffId: surgeon.id, role: TeamRole.PRIMARY_SURGEON }, { staffId: resident.id, role: TeamRole.ASSISTANT }]);
    const own = await entryOf(alone, surgeon);
    expect([own.level, own.supervisor]).toEqual([LogbookLevel.PERFORMED_INDEPENDENTLY, null]);
    expect((await entryOf(alone, resident)).supervisor?.id).toBe(surgeon.id);
  });

  it('lets only the owner confirm, adjusting the level; the supervisor then countersigns; it is final', async () => {
    const surgeryId = await trainingCase();
    const made = await entryOf(surgeryId, resident);
    expectDomainError(await rejectionOf(confirmLogbookEntry(ctx(), as(surgeon), made.id, { expectedVersion: made.version })), { code: ErrorCode.FORBIDDEN, reason: 'MISSING_PERMISSION' });
    expectDomainError(await rejectionOf(confirmLogbookEntry(ctx(), as(resident), made.id, { expectedVersion: made.version + 1 })), { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' });
    expectDomainError(
      await rejectionOf(countersignLogbookEntry(ctx(), as(surgeon), made.id, made.version)),
      { code: ErrorCode.CONFLICT, reason: 'ILLEGAL_TRANSITION' },
    );
    // A trainer's level needs a trainer.
    expectDomainError(
      await rejectionOf(confirmLogbookEntry(ctx(), as(resident), made.id, { expectedVersion: made.version, supervisorId: null })),
      { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'supervisorId' },
    );
    expectDomainError(
      await rejectionOf(confirmLogbookEntry(ctx(), as(resident), made.id, { expectedVersion: made.version, supervisorId: resident.id })),
      { code: ErrorCode.BAD_USER_INPUT, reason: 'NOT_ALLOWED', field: 'supervisorId' },
    );

    const confirmed = await confirmLogbookEntry(ctx(), as(resident), made.id, { expectedVersion: made.version, level: LogbookLevel.PERFORMED_TRAINER_UNSCRUBBED, note: 'Mesh repair' });
    expect([confirmed.status, confirmed.level, confirmed.note]).toEqual([LogbookEntryStatus.AWAITING_COUNTERSIGNATURE, LogbookLevel.PERFORMED_TRAINER_UNSCRUBBED, 'Mesh repair']);
    const queue = await readCountersignQueue(db.orm.em.fork(), surgeon.id, {});
    expect(queue.nodes.map((e) => e.id)).toContain(made.id);

    // Not the trainee themselves, not another surgeon, not without SUPERVISE_TRAINING.
    expectDomainError(await rejectionOf(countersignLogbookEntry(ctx(), as(resident), made.id, confirmed.version)), { code: ErrorCode.FORBIDDEN, reason: 'MISSING_PERMISSION' });
    expectDomainError(await rejectionOf(countersignLogbookEntry(ctx(), as(visitor), made.id, confirmed.version)), { code: ErrorCode.FORBIDDEN, reason: 'MISSING_PERMISSION' });
    expectDomainError(await rejectionOf(countersignLogbookEntry(ctx(), as(surgeon, [Role.CLINICIAN]), made.id, confirmed.version)), { code: ErrorCode.FORBIDDEN, reason: 'MISSING_PERMISSION' });

    const signed = await countersignLogbookEntry(ctx(), as(surgeon), made.id, confirmed.version);
    expect([signed.status, signed.countersignedBy?.id]).toEqual([LogbookEntryStatus.COUNTERSIGNED, surgeon.id]);
    expect((await readCountersignQueue(db.orm.em.fork(), surgeon.id, {})).nodes.map((e) => e.id)).not.toContain(made.id);
    expectDomainError(await rejectionOf(countersignLogbookEntry(ctx(), as(surgeon), made.id, signed.version)), { code: ErrorCode.CONFLICT, reason: 'ALREADY_IN_STATUS' });
    expectDomainError(
      await rejectionOf(confirmLogbookEntry(ctx(), as(resident), made.id, { expectedVersion: signed.version, note: 'changed' })),
      { code: ErrorCode.CONFLICT, reason: 'ILLEGAL_TRANSITION' },
    );
  });

  it('an entry nobody supervises is final once its owner confirms it', async () => {
    const surgeryId = await trainingCase();
    const made = await entryOf(surgeryId, anaesthetist);
    const confirmed = await confirmLogbookEntry(ctx(), as(anaesthetist), made.id, { expectedVersion: made.version });
    expect(confirmed.status).toBe(LogbookEntryStatus.COUNTERSIGNED);
    expectDomainError(
      await rejectionOf(confirmLogbookEntry(ctx(), as(anaesthetist), made.id, { expectedVersion: confirmed.version })),
      { code: ErrorCode.CONFLICT, reason: 'ILLEGAL_TRANSITION' },
    );
    const refused = await rejectionOf(db.orm.em.fork().getConnection().execute(`update "logbook_entry" set "note" = 'changed' where "id" = ?`, [made.id]));
    expect(String(refused)).toMatch(/cannot be changed/);
  });

  it('corrects a countersigned entry by a new entry that awaits countersignature again; the old one is kept, superseded', async () => {
    const { surgeryId, entry } = await countersignedCase();
    expectDomainError(await rejectionOf(correctLogbookEntry(ctx(), as(student), entry.id, { reason: 'Wrong level' })), { code: ErrorCode.FORBIDDEN, reason: 'MISSING_PERMISSION' });
    expectDomainError(await rejectionOf(correctLogbookEntry(ctx(), as(resident), entry.id, { reason: '  ' })), { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'reason' });
    const correction = await correctLogbookEntry(ctx(), as(resident), entry.id, { reason: 'It was a femoral hernia', procedureCode: 'GEN-03', level: LogbookLevel.PERFORMED_TRAINER_SCRUBBED });
    expect([correction.status, correction.correctionOf?.id, correction.correctionReason, correction.procedureCode, correction.procedureGroupCode, correction.supervisor?.id]).toEqual([
      LogbookEntryStatus.AWAITING_COUNTERSIGNATURE,
      entry.id,
      'It was a femoral hernia',
      'GEN-03',
      'GEN-HERNIA',
      surgeon.id,
    ]);
    const old = await db.orm.em.fork().findOneOrFail(LogbookEntry, { id: entry.id });
    expect([old.status, old.countersignedAt?.getTime()]).toEqual([LogbookEntryStatus.CORRECTED, entry.countersignedAt?.getTime()]);
    expect((await entryOf(surgeryId, resident)).id).toBe(correction.id);
    expectDomainError(await rejectionOf(correctLogbookEntry(ctx(), as(resident), entry.id, { reason: 'again' })), { code: ErrorCode.CONFLICT, reason: 'ILLEGAL_TRANSITION' });
    // Not final yet: the owner changes it when confirming.
    expectDomainError(await rejectionOf(correctLogbookEntry(ctx(), as(resident), correction.id, { reason: 'again' })), { code: ErrorCode.CONFLICT, reason: 'ILLEGAL_TRANSITION' });
    const signed = await countersignLogbookEntry(ctx(), as(surgeon), correction.id, correction.version);
    expect(signed.status).toBe(LogbookEntryStatus.COUNTERSIGNED);
    // The CSV has the correction, not the entry it replaced.
    const csv = await logbookCsv(db.orm.em.fork(), resident.id, InterfaceLanguage.EN);
    expect(csv).toContain('It was a femoral hernia');
    expect(csv.split('\r\n')[0]).toBe('Date,Procedure,Procedure code,Procedure group,Role on the team,Level,Supervisor,Status,Confirmed,Countersigned,Correction reason,Note');
  });

  it('refuses any direct change or deletion of a countersigned entry, bypassing the service', async () => {
    const { entry } = await countersignedCase();
    const sql = (statement: string) => rejectionOf(db.orm.em.fork().getConnection().execute(statement, [entry.id]));
    for (const statement of [
      `update "logbook_entry" set "level" = 'TAUGHT' where "id" = ?`,
      `update "logbook_entry" set "countersigned_at" = null where "id" = ?`,
      `update "logbook_entry" set "superseded_at" = now(), "note" = 'sneaked in' where "id" = ?`,
      `delete from "logbook_entry" where "id" = ?`,
    ]) {
      expect(String(await sql(statement)), statement).toMatch(/countersigned|final/);
    }
    const stored = await db.orm.em.fork().findOneOrFail(LogbookEntry, { id: entry.id });
    expect([stored.level, stored.note, stored.supersededAt]).toEqual([entry.level, entry.note, null]);
    // A second current entry for the same person and operation is refused too.
    const twin = await rejectionOf(
      db.orm.em.fork().getConnection().execute(
        `insert into "logbook_entry" ("id", "staff_member_id", "surgery_id", "source", "performed_on", "level", "procedure_text")
         values (gen_random_uuid(), ?, ?, 'OPERATION', '2026-03-03', 'OBSERVED', 'x')`,
        [resident.id, entry.surgery!.id],
      ),
    );
    expect(String(twin)).toMatch(/logbook_entry_one_current/);
  });

  it('of 20 concurrent corrections of one entry exactly one is kept', async () => {
    const { surgeryId, entry } = await countersignedCase();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => correctLogbookEntry(serviceContext(db.orm, clock), as(resident), entry.id, { reason: `Correction ${i}`, note: `n${i}` })),
    );
    const kept = results.filter((r) => r.status === 'fulfilled');
    expect(kept).toHaveLength(1);
    for (const refused of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
      expect((refused.reason as { code?: string }).code).toBe(ErrorCode.CONFLICT);
    }
    const all = await db.orm.em.fork().find(LogbookEntry, { surgery: surgeryId, staffMember: resident.id });
    expect(all).toHaveLength(2);
    expect(all.filter((e) => e.supersededAt === null)).toHaveLength(1);
  });

  it('reads a logbook newest first, by status, and the outcome from the record', async () => {
    const surgeryId = await trainingCase();
    const awaiting = await readLogbook(db.orm.em.fork(), student.id, LogbookEntryStatus.AWAITING_CONFIRMATION, { first: 100 });
    expect(awaiting.nodes.length).toBeGreaterThan(0);
    expect(awaiting.nodes.every((e) => e.status === LogbookEntryStatus.AWAITING_CONFIRMATION)).toBe(true);
    const days = awaiting.nodes.map((e) => e.performedOn);
    expect(days).toEqual([...days].sort().reverse());
    const corrected = await readLogbook(db.orm.em.fork(), resident.id, LogbookEntryStatus.CORRECTED, { first: 100 });
    expect(corrected.nodes.every((e) => e.status === LogbookEntryStatus.CORRECTED)).toBe(true);

    await recordComplication(ctx(), surgeryId, {
      surgeryId,
      grade: ClavienDindoGrade.II,
      description: 'Wound haematoma',
      occurredAt: new Date(clock().getTime() - 10 * MINUTE),
      surgicalSiteInfection: false,
      disabilityAtDischarge: false,
    });
    const outcome = await LOGBOOK_LOADERS.logbookOutcome(db.orm.em.fork()).load(surgeryId);
    expect(outcome).toMatchObject({ complications: 1, highestClavienDindoGrade: 'II', returnedToTheatre: false, day30Status: null });
  });
});
