import { CancellationCategory, ErrorCode, Specialty, StaffRole, SurgeryStatus, TeamRole } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  expectFailsAndChangesNothing,
  patientInput,
  rejectionOf,
  serviceContext,
  surgeryInput,
  testClock,
} from '../../../../tests/support/factories.js';
import { DomainError } from '../common/domain-error.js';
import { registerPatient } from '../patients/patient.service.js';
import { createStaffMember } from './mission.service.js';
import { StaffMember, THEATRE_KEYS, Theatre } from './staff.entity.js';
import { Surgery, SurgeryTeamMember } from './surgery.entity.js';
import type { ScheduleSurgeryInput } from './surgery.input.js';
import { cancelSurgery, rescheduleSurgery, scheduleSurgery, type TeamKeys } from './surgery.service.js';

const MINUTE = 60_000;

/** Double-booking is refused by the database, so concurrent requests cannot get around it. */
describe('theatre scheduling: no double booking', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  /** Each test books on its own day, so tests never clash with each other. */
  let days = 0;
  const nextDay = () => new Date(Date.parse('2026-04-01T01:00:00.000Z') + days++ * 24 * 60 * MINUTE);

  const patient = async (givenName = 'Dara') => (await registerPatient(ctx(), patientInput({ givenName }))).id;
  const surgeon = async (name: string, visiting = false) =>
    (await createStaffMember(ctx(), { name, role: StaffRole.SURGEON, visiting, institution: visiting ? 'Kyoto University Hospital' : null })).id;
  const book = (patientId: string, at: Date, overrides: Partial<ScheduleSurgeryInput> = {}, team: TeamKeys = []) =>
    scheduleSurgery(ctx(), { patientId, referralId: null, episodeId: null }, { ...surgeryInput(patientId, at, { specialty: Specialty.GENERAL_SURGERY, ...overrides }), team: [...team] });

  /** Settles every promise; the successes and the failures' DomainErrors. */
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

  it('20 concurrent bookings of overlapping slots in one theatre: exactly one succeeds, the rest are CONFLICT THEATRE_DOUBLE_BOOKED', async () => {
    const day = nextDay();
    const patients = await Promise.all(Array.from({ length: 20 }, (_, i) => patient(`Concurrent${i}`)));
    // Every slot overlaps every other: starts 0–19 minutes apart, 60 minutes long.
    const { ok, failed } = await settle(patients.map((p, i) => book(p, new Date(day.getTime() + i * MINUTE), { theatreId: THEATRE_KEYS['OT 1'] })));
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(19);
    for (const error of failed) {
      expect(error.code).toBe(ErrorCode.CONFLICT);
      expect(error.details.reason).toBe('THEATRE_DOUBLE_BOOKED');
      expect(error.message).toContain('OT 1');
    }
    const stored = await db.orm.em.fork().find(Surgery, { theatre: THEATRE_KEYS['OT 1'], scheduledStart: { $gte: day, $lt: new Date(day.getTime() + 60 * MINUTE) } });
    expect(stored.map((s) => s.id)).toEqual([ok[0].id]);
  });

  it('20 concurrent bookings of one surgeon in 20 theatres at overlapping times: exactly one succeeds, the rest are CONFLICT STAFF_DOUBLE_BOOKED naming the surgeon', async () => {
    const day = nextDay();
    const em = db.orm.em.fork();
    const theatres = Array.from({ length: 20 }, (_, i) => em.create(Theatre, { name: `Concurrency theatre ${i}`, sortOrder: 50 + i }));
    await em.flush();
    const surgeonId = await surgeon('Dr Kenji Tanaka', true);
    const patients = await Promise.all(Array.from({ length: 20 }, (_, i) => patient(`Staff${i}`)));
    const { ok, failed } = await settle(
      patients.map((p, i) => book(p, new Date(day.getTime() + i * 2 * MINUTE), { theatreId: theatres[i].id }, [{ staffId: surgeonId, role: TeamRole.PRIMARY_SURGEON }])),
    );
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(19);
    for (const error of failed) {
      expect(error.code).toBe(ErrorCode.CONFLICT);
      expect(error.details.reason).toBe('STAFF_DOUBLE_BOOKED');
      expect(error.message).toContain('Dr Kenji Tanaka');
    }
    const fresh = db.orm.em.fork();
    expect(await fresh.count(Surgery, { theatre: { $in: theatres.map((t) => t.id) } })).toBe(1);
    expect(await fresh.count(SurgeryTeamMember, { staffMember: surgeonId, active: true })).toBe(1);
  });

  it('the database itself refuses a clash that the service\'s check could not see (a booking not yet committed)', async () => {
    const day = nextDay();
    const [first, second] = [await patient('Uncommitted'), await patient('Waiting')];
    const episode = (await book(first, new Date(day.getTime() - 24 * 60 * MINUTE), { theatreId: THEATRE_KEYS['OT 3'] })).episode.id;
    // An open transaction holds a booking in OT 2 at 08:00–09:00 that nobody else can see yet.
    const holder = db.orm.em.fork();
    await holder.begin();
    await holder.execute(
      `insert into "surgery" ("id", "patient_id", "episode_id", "procedure", "specialty", "theatre_id", "scheduled_start", "scheduled_end", "expected_duration_minutes", "urgency")
       values (gen_random_uuid(), ?, ?, 'Held booking', 'GENERAL_SURGERY', ?, ?, ?, 60, 'ELECTIVE')`,
      [first, episode, THEATRE_KEYS['OT 2'], day, new Date(day.getTime() + 60 * MINUTE)],
    );
    // The second booking passes the service's check, then waits on the database until the first commits.
    const waiting = rejectionOf(book(second, new Date(day.getTime() + 30 * MINUTE), { theatreId: THEATRE_KEYS['OT 2'] }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await holder.commit();
    const error = (await waiting) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.details.reason).toBe('THEATRE_DOUBLE_BOOKED');
    expect(error.message).toContain('OT 2');
    expect(await db.orm.em.fork().count(Surgery, { patient: second })).toBe(0);
  });

  it('refuses a patient booked in two theatres at once (PATIENT_DOUBLE_BOOKED), also when the requests race', async () => {
    const day = nextDay();
    const p = await patient('Twice');
    const { ok, failed } = await settle([
      book(p, day, { theatreId: THEATRE_KEYS['OT 1'] }),
      book(p, new Date(day.getTime() + 30 * MINUTE), { theatreId: THEATRE_KEYS['OT 2'] }),
      book(p, new Date(day.getTime() + 45 * MINUTE), { theatreId: THEATRE_KEYS['OT 3'] }),
    ]);
    expect(ok).toHaveLength(1);
    expect(failed.map((e) => e.details.reason)).toEqual(['PATIENT_DOUBLE_BOOKED', 'PATIENT_DOUBLE_BOOKED']);
  });

  it('allows back-to-back bookings: one ends as the next starts', async () => {
    const day = nextDay();
    const surgeonId = await surgeon('Dr Vannak Chea');
    const team = [{ staffId: surgeonId, role: TeamRole.PRIMARY_SURGEON }];
    await book(await patient('First'), day, { theatreId: THEATRE_KEYS['OT 1'] }, team);
    const next = await book(await patient('Second'), new Date(day.getTime() + 60 * MINUTE), { theatreId: THEATRE_KEYS['OT 1'] }, team);
    expect(next.status).toBe(SurgeryStatus.SCHEDULED);
  });

  it('explains a clash with the booked times in Phnom Penh time and changes nothing', async () => {
    const day = new Date('2026-06-01T01:00:00.000Z'); // 08:00 in Phnom Penh
    const surgeonId = await surgeon('Dr Sophea Kim');
    const team = [{ staffId: surgeonId, role: TeamRole.PRIMARY_SURGEON }];
    await book(await patient('Booked'), day, { theatreId: THEATRE_KEYS['OT 1'] }, team);
    const other = await patient('Other');
    const theatre = await expectFailsAndChangesNothing(db.orm, () => book(other, new Date(day.getTime() + 30 * MINUTE), { theatreId: THEATRE_KEYS['OT 1'] }), {
      code: ErrorCode.CONFLICT,
      reason: 'THEATRE_DOUBLE_BOOKED',
    }, [other]);
    expect(theatre.message).toMatch(/^OT 1 is already booked from 2026-06-01 08:00 to 2026-06-01 09:00 \(Phnom Penh time\) for SOK Booked \(.+\)$/);
    expect(theatre.details.params).toMatchObject({ theatre: 'OT 1', patient: expect.stringMatching(/^SOK Booked \(/), from: '2026-06-01T01:00:00.000Z', to: '2026-06-01T02:00:00.000Z' });
    const staff = await expectFailsAndChangesNothing(
      db.orm,
      () => book(other, new Date(day.getTime() + 30 * MINUTE), { theatreId: THEATRE_KEYS['OT 2'] }, team),
      { code: ErrorCode.CONFLICT, reason: 'STAFF_DOUBLE_BOOKED' },
      [other],
    );
    expect(staff.message).toMatch(/^Dr Sophea Kim is already on the team of an operation in OT 1 from 2026-06-01 08:00 to 2026-06-01 09:00 \(Phnom Penh time\) for SOK Booked \(.+\)$/);
    expect(staff.details.params).toMatchObject({ name: 'Dr Sophea Kim', theatre: 'OT 1', from: '2026-06-01T01:00:00.000Z' });
  });

  it('validates the team: each member once, one primary surgeon, known staff', async () => {
    const day = nextDay();
    const p = await patient('Team');
    const a = await surgeon('Dr A');
    const b = await surgeon('Dr B');
    await expectFailsAndChangesNothing(db.orm, () => book(p, day, {}, [{ staffId: a, role: TeamRole.PRIMARY_SURGEON }, { staffId: a, role: TeamRole.ASSISTANT }]), {
      code: ErrorCode.BAD_USER_INPUT, reason: 'DUPLICATE_MEMBER', field: 'team',
    }, [p]);
    await expectFailsAndChangesNothing(db.orm, () => book(p, day, {}, [{ staffId: a, role: TeamRole.PRIMARY_SURGEON }, { staffId: b, role: TeamRole.PRIMARY_SURGEON }]), {
      code: ErrorCode.BAD_USER_INPUT, reason: 'SEVERAL_PRIMARY_SURGEONS', field: 'team',
    }, [p]);
    await expectFailsAndChangesNothing(db.orm, () => book(p, day, {}, [{ staffId: '00000000-0000-4000-8000-0000000000ab', role: TeamRole.OBSERVER }]), {
      code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND',
    }, [p]);
    await expectFailsAndChangesNothing(db.orm, () => book(p, day, { theatreId: '00000000-0000-4000-8000-0000000000ac' }), { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND' }, [p]);
  });

  describe('rescheduleSurgery and cancelSurgery', () => {
    it('moves an operation with its team; the team\'s booked slot follows; the old slot is free again', async () => {
      const day = nextDay();
      const surgeonId = await surgeon('Dr Rithy Prak');
      const team = [{ staffId: surgeonId, role: TeamRole.PRIMARY_SURGEON }];
      const p = await patient('Moved');
      const booked = await book(p, day, { theatreId: THEATRE_KEYS['OT 1'] }, team);
      const later = new Date(day.getTime() + 3 * 60 * MINUTE);
      const moved = await rescheduleSurgery(ctx(), booked.id, { theatreId: THEATRE_KEYS['OT 2'], team: null }, { surgeryId: booked.id, scheduledStart: later, expectedDurationMinutes: 90, reason: 'Emergency took OT 1', expectedVersion: booked.version });
      expect(moved.scheduledEnd.toISOString()).toBe(new Date(later.getTime() + 90 * MINUTE).toISOString());
      const [row] = await db.orm.em.fork().find(SurgeryTeamMember, { surgery: booked.id });
      expect(row).toMatchObject({ role: TeamRole.PRIMARY_SURGEON, active: true });
      expect(row.slotStart.toISOString()).toBe(later.toISOString());
      expect(row.slotEnd.toISOString()).toBe(moved.scheduledEnd.toISOString());
      // The old slot, theatre and surgeon are free again.
      await book(await patient('Takes the old slot'), day, { theatreId: THEATRE_KEYS['OT 1'] }, team);
    });

    it('refuses a move into a clash (theatre or team), and a stale version, changing nothing', async () => {
      const day = nextDay();
      const surgeonId = await surgeon('Dr Busy');
      const other = await surgeon('Dr Other');
      const p = await patient('Stays');
      await book(await patient('Blocker'), day, { theatreId: THEATRE_KEYS['OT 1'] }, [{ staffId: surgeonId, role: TeamRole.PRIMARY_SURGEON }]);
      const mine = await book(p, new Date(day.getTime() + 2 * 60 * MINUTE), { theatreId: THEATRE_KEYS['OT 2'] }, [{ staffId: other, role: TeamRole.PRIMARY_SURGEON }]);
      await expectFailsAndChangesNothing(db.orm, () => rescheduleSurgery(ctx(), mine.id, { theatreId: THEATRE_KEYS['OT 1'], team: null }, { surgeryId: mine.id, scheduledStart: day }), {
        code: ErrorCode.CONFLICT, reason: 'THEATRE_DOUBLE_BOOKED',
      }, [p]);
      await expectFailsAndChangesNothing(
        db.orm,
        () => rescheduleSurgery(ctx(), mine.id, { theatreId: null, team: [{ staffId: surgeonId, role: TeamRole.ASSISTANT }] }, { surgeryId: mine.id, scheduledStart: new Date(day.getTime() + 30 * MINUTE) }),
        { code: ErrorCode.CONFLICT, reason: 'STAFF_DOUBLE_BOOKED' },
        [p],
      );
      await expectFailsAndChangesNothing(db.orm, () => rescheduleSurgery(ctx(), mine.id, { theatreId: null, team: null }, { surgeryId: mine.id, expectedDurationMinutes: 30, expectedVersion: mine.version - 1 }), {
        code: ErrorCode.CONFLICT, reason: 'STALE_VERSION',
      }, [p]);
      // Moving within its own slot clashes with nothing (the operation does not block itself).
      const longer = await rescheduleSurgery(ctx(), mine.id, { theatreId: null, team: null }, { surgeryId: mine.id, expectedDurationMinutes: 120 });
      expect(longer.expectedDurationMinutes).toBe(120);
    });

    it('cancelling frees theatre, patient and team; the category is kept', async () => {
      const day = nextDay();
      const surgeonId = await surgeon('Dr Free');
      const team = [{ staffId: surgeonId, role: TeamRole.PRIMARY_SURGEON }];
      const p = await patient('Cancelled');
      const booked = await book(p, day, { theatreId: THEATRE_KEYS['OT 3'] }, team);
      const cancelled = await cancelSurgery(ctx(), booked.id, { surgeryId: booked.id, category: CancellationCategory.NO_SHOW, reason: 'Did not come' });
      expect(cancelled).toMatchObject({ status: SurgeryStatus.CANCELLED, cancellationCategory: CancellationCategory.NO_SHOW });
      expect((await db.orm.em.fork().findOneOrFail(SurgeryTeamMember, { surgery: booked.id })).active).toBe(false);
      expect((await book(p, day, { theatreId: THEATRE_KEYS['OT 3'] }, team)).status).toBe(SurgeryStatus.SCHEDULED);
      expect(await db.orm.em.fork().count(StaffMember, { id: surgeonId })).toBe(1);
    });
  });
});
