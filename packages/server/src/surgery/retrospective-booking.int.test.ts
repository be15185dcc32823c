import { ErrorCode, JourneyEventKind, Specialty, StaffRole, TeamRole } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  expectFailsAndChangesNothing,
  operationRecord,
  patientInput,
  recordFullChecklist,
  rejectionOf,
  serviceContext,
  surgeryInput,
  testClock,
} from '../../../../tests/support/factories.js';
import { DomainError } from '../common/domain-error.js';
import { JourneyEvent } from '../journey/journey-event.entity.js';
import { registerPatient } from '../patients/patient.service.js';
import { createStaffMember } from './mission.service.js';
import { THEATRE_KEYS } from './staff.entity.js';
import { Surgery } from './surgery.entity.js';
import type { ScheduleSurgeryInput } from './surgery.input.js';
import { completeSurgery, rescheduleSurgery, scheduleSurgery, type TeamKeys } from './surgery.service.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const RETRO = { retrospective: true, retrospectiveReason: 'Emergency at night; entered the next morning' };

/**
 * Bookings in the past are refused unless entered as retrospective with a reason, and a
 * retrospective entry can no more overlap an operation that happened than a booking can.
 */
describe('retrospective bookings', () => {
  let db: TestDatabase;
  // 09:00 in Phnom Penh on 2 March 2026.
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  /** Each test uses its own day in the past (a week apart), so tests never clash. */
  let days = 0;
  const pastDay = () => new Date(Date.parse('2026-02-20T01:00:00.000Z') - days++ * 24 * HOUR);

  const patient = async (givenName = 'Dara') => (await registerPatient(ctx(), patientInput({ givenName }))).id;
  const surgeon = async (name: string) => (await createStaffMember(ctx(), { name, role: StaffRole.SURGEON, visiting: false, institution: null })).id;
  const book = (patientId: string, at: Date, overrides: Partial<ScheduleSurgeryInput> = {}, team: TeamKeys = []) =>
    scheduleSurgery(ctx(), { patientId, referralId: null, episodeId: null }, { ...surgeryInput(patientId, at, { specialty: Specialty.GENERAL_SURGERY, ...overrides }), team: [...team] });

  /** A retrospective entry, recorded as performed in its slot. */
  async function performed(patientId: string, at: Date, overrides: Partial<ScheduleSurgeryInput> = {}, team: TeamKeys = []): Promise<Surgery> {
    const surgery = await book(patientId, at, { ...RETRO, ...overrides }, team);
    const end = new Date(at.getTime() + HOUR);
    await recordFullChecklist(db.orm, clock, surgery.id, at, end);
    return completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, ...operationRecord(), startedAt: at, endedAt: end });
  }

  async function settle<T>(promises: Promise<T>[]): Promise<{ ok: T[]; failed: DomainError[] }> {
    const results = await Promise.allSettled(promises);
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    for (const error of failed) expect(error, String(error)).toBeInstanceOf(DomainError);
    return { ok: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])), failed: failed as DomainError[] };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('refuses a booking in the past (BAD_USER_INPUT IN_PAST) and a retrospective one without a reason, changing nothing', async () => {
    const p = await patient('Past');
    const past = new Date(clock().getTime() - 2 * HOUR);
    await expectFailsAndChangesNothing(db.orm, () => book(p, past), { code: ErrorCode.BAD_USER_INPUT, reason: 'IN_PAST', field: 'scheduledStart' }, [p]);
    await expectFailsAndChangesNothing(db.orm, () => book(p, past, { retrospective: true }), { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'retrospectiveReason' }, [p]);
    await expectFailsAndChangesNothing(db.orm, () => book(p, past, { retrospective: true, retrospectiveReason: '   ' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'retrospectiveReason' }, [p]);
    const future = new Date(clock().getTime() + 24 * HOUR);
    await expectFailsAndChangesNothing(db.orm, () => book(p, future, RETRO), { code: ErrorCode.BAD_USER_INPUT, reason: 'NOT_IN_PAST', field: 'retrospective' }, [p]);
    await expectFailsAndChangesNothing(db.orm, () => book(p, future, { retrospectiveReason: 'why' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'NOT_ALLOWED', field: 'retrospectiveReason' }, [p]);
  });

  it('keeps a retrospective entry with its reason, on the record and on the timeline', async () => {
    const p = await patient('Retro');
    const surgery = await book(p, pastDay(), RETRO);
    const stored = await db.orm.em.fork().findOneOrFail(Surgery, { id: surgery.id });
    expect(stored).toMatchObject({ retrospective: true, retrospectiveReason: RETRO.retrospectiveReason });
    const event = await db.orm.em.fork().findOneOrFail(JourneyEvent, { surgery: surgery.id, kind: JourneyEventKind.SURGERY_SCHEDULED });
    expect(event.note).toBe(RETRO.retrospectiveReason);
  });

  it('a retrospective entry cannot overlap an operation that happened: same theatre, same patient, same surgeon', async () => {
    const day = pastDay();
    const [a, b, c, d] = [await patient('Done'), await patient('Theatre'), await patient('Other'), await patient('Surgeon')];
    const lead = await surgeon('Dr Sokha Lim');
    await performed(a, day, { theatreId: THEATRE_KEYS['OT 1'] }, [{ staffId: lead, role: TeamRole.PRIMARY_SURGEON }]);
    const half = new Date(day.getTime() + 30 * MINUTE);
    await expectFailsAndChangesNothing(db.orm, () => book(b, half, { ...RETRO, theatreId: THEATRE_KEYS['OT 1'] }), { code: ErrorCode.CONFLICT, reason: 'THEATRE_DOUBLE_BOOKED' }, [b]);
    await expectFailsAndChangesNothing(db.orm, () => book(a, half, { ...RETRO, theatreId: THEATRE_KEYS['OT 2'] }), { code: ErrorCode.CONFLICT, reason: 'PATIENT_DOUBLE_BOOKED' }, [a]);
    await expectFailsAndChangesNothing(
      db.orm,
      () => book(d, half, { ...RETRO, theatreId: THEATRE_KEYS['OT 3'] }, [{ staffId: lead, role: TeamRole.PRIMARY_SURGEON }]),
      { code: ErrorCode.CONFLICT, reason: 'STAFF_DOUBLE_BOOKED' },
      [d],
    );
    // Right after it is free.
    await book(c, new Date(day.getTime() + HOUR), { ...RETRO, theatreId: THEATRE_KEYS['OT 1'] }, [{ staffId: lead, role: TeamRole.PRIMARY_SURGEON }]);
  });

  it('20 concurrent retrospective entries of one theatre slot: exactly one succeeds, the rest THEATRE_DOUBLE_BOOKED', async () => {
    const day = pastDay();
    const patients = await Promise.all(Array.from({ length: 20 }, (_, i) => patient(`RetroTheatre${i}`)));
    const { ok, failed } = await settle(patients.map((p, i) => book(p, new Date(day.getTime() + i * MINUTE), { ...RETRO, theatreId: THEATRE_KEYS['OT 2'] })));
    expect(ok).toHaveLength(1);
    expect(failed.map((e) => e.details.reason)).toEqual(Array(19).fill('THEATRE_DOUBLE_BOOKED'));
  });

  it('20 concurrent retrospective entries of one surgeon: exactly one succeeds, the rest STAFF_DOUBLE_BOOKED', async () => {
    const day = pastDay();
    const lead = await surgeon('Dr Rithy Keo');
    const patients = await Promise.all(Array.from({ length: 20 }, (_, i) => patient(`RetroStaff${i}`)));
    const theatres = [THEATRE_KEYS['OT 1'], THEATRE_KEYS['OT 2'], THEATRE_KEYS['OT 3']];
    // Different theatres where they can be: every one overlaps every other in time.
    const { ok, failed } = await settle(
      patients.map((p, i) => book(p, new Date(day.getTime() + 2 * HOUR + i * MINUTE), { ...RETRO, theatreId: theatres[i % 3] }, [{ staffId: lead, role: TeamRole.PRIMARY_SURGEON }])),
    );
    expect(ok).toHaveLength(1);
    expect(new Set(failed.map((e) => e.details.reason))).toEqual(new Set(['STAFF_DOUBLE_BOOKED', 'THEATRE_DOUBLE_BOOKED']));
    expect(await db.orm.em.fork().count(Surgery, { scheduledStart: { $gte: new Date(day.getTime() + 2 * HOUR), $lt: new Date(day.getTime() + 3 * HOUR) } })).toBe(1);
  });

  it('20 concurrent bookings of one patient (retrospective and ahead alike): exactly one succeeds, the rest PATIENT_DOUBLE_BOOKED', async () => {
    for (const when of ['past', 'future'] as const) {
      const p = await patient(`Busy${when}`);
      const base = when === 'past' ? pastDay() : new Date(Date.parse('2026-05-01T01:00:00.000Z'));
      const { ok, failed } = await settle(
        Array.from({ length: 20 }, (_, i) => book(p, new Date(base.getTime() + i * MINUTE), { ...(when === 'past' ? RETRO : {}), theatreId: i % 2 ? THEATRE_KEYS['OT 1'] : THEATRE_KEYS['OT 3'] })),
      );
      expect(ok).toHaveLength(1);
      expect(new Set(failed.map((e) => e.details.reason))).toContain('PATIENT_DOUBLE_BOOKED');
      expect(await db.orm.em.fork().count(Surgery, { patient: p })).toBe(1);
    }
  });

  describe('the database alone refuses an overlap with an operation that happened (SQLSTATE 23P01)', () => {
    const insertSurgery = (em: ReturnType<TestDatabase['orm']['em']['fork']>, values: { patient: string; episode: string; theatre: string; start: Date; status?: string }) =>
      em.execute(
        `insert into "surgery" ("id", "patient_id", "episode_id", "procedure", "specialty", "theatre_id", "scheduled_start", "scheduled_end", "expected_duration_minutes", "urgency", "status", "retrospective", "retrospective_reason")
         values (gen_random_uuid(), ?, ?, 'Bypassing the service', 'GENERAL_SURGERY', ?, ?, ?, 60, 'ELECTIVE', ?, true, 'raw insert') returning id`,
        [values.patient, values.episode, values.theatre, values.start, new Date(values.start.getTime() + HOUR), values.status ?? 'COMPLETED'],
      );
    const code = async (promise: Promise<unknown>) => ((await rejectionOf(promise)) as { code?: string; constraint?: string });

    it('theatre, patient and team member constraints each refuse a raw insert', async () => {
      const day = pastDay();
      const [a, b] = [await patient('RawDone'), await patient('RawOther')];
      const lead = await surgeon('Dr Raw Sok');
      const done = await performed(a, day, { theatreId: THEATRE_KEYS['OT 1'] }, [{ staffId: lead, role: TeamRole.PRIMARY_SURGEON }]);
      const em = db.orm.em.fork();
      const half = new Date(day.getTime() + 30 * MINUTE);

      const theatre = await code(insertSurgery(em, { patient: b, episode: done.episode.id, theatre: THEATRE_KEYS['OT 1'], start: half }));
      expect(theatre).toMatchObject({ code: '23P01', constraint: 'surgery_theatre_no_overlap' });
      const ofPatient = await code(insertSurgery(em, { patient: a, episode: done.episode.id, theatre: THEATRE_KEYS['OT 2'], start: half }));
      expect(ofPatient).toMatchObject({ code: '23P01', constraint: 'surgery_patient_no_overlap' });

      // A completed operation of b in OT 3 at the same time, then the surgeon put on its team.
      const [row] = await insertSurgery(em, { patient: b, episode: done.episode.id, theatre: THEATRE_KEYS['OT 3'], start: half });
      const member = await code(
        em.execute(
          `insert into "surgery_team_member" ("id", "surgery_id", "staff_member_id", "role", "slot_start", "slot_end", "active") values (gen_random_uuid(), ?, ?, 'PRIMARY_SURGEON', ?, ?, true)`,
          [(row as { id: string }).id, lead, half, new Date(half.getTime() + HOUR)],
        ),
      );
      expect(member).toMatchObject({ code: '23P01', constraint: 'surgery_team_member_no_overlap' });
      // A cancelled row never blocks.
      await insertSurgery(em, { patient: a, episode: done.episode.id, theatre: THEATRE_KEYS['OT 1'], start: half, status: 'CANCELLED' });
    });
  });

  describe('rescheduleSurgery', () => {
    it('moving a booking into the past needs a retrospective reason', async () => {
      const p = await patient('Moved');
      const surgery = await book(p, new Date(Date.parse('2026-06-01T01:00:00.000Z')));
      const past = pastDay();
      await expectFailsAndChangesNothing(
        db.orm,
        () => rescheduleSurgery(ctx(), surgery.id, { theatreId: null, team: null }, { surgeryId: surgery.id, scheduledStart: past }),
        { code: ErrorCode.BAD_USER_INPUT, reason: 'IN_PAST', field: 'scheduledStart' },
        [p],
      );
      const moved = await rescheduleSurgery(ctx(), surgery.id, { theatreId: null, team: null }, { surgeryId: surgery.id, scheduledStart: past, ...RETRO });
      expect(moved).toMatchObject({ retrospective: true, retrospectiveReason: RETRO.retrospectiveReason });
      expect(moved.scheduledStart.toISOString()).toBe(past.toISOString());
    });
  });
});
