import { ErrorCode, JourneyEventKind, ReferralStatus, Specialty, StaffRole, SurgeryStatus, TeamRole, UrgencyBand } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  addedRows,
  expectFailsAndChangesNothing,
  referralInStatus,
  serviceContext,
  snapshotDatabase,
  testClock,
} from '../../../../tests/support/factories.js';
import { JourneyEvent } from '../journey/journey-event.entity.js';
import { Referral } from '../referrals/referral.entity.js';
import { MissionReferral } from './mission.entity.js';
import {
  assignReferralToMission,
  confirmMissionSchedule,
  createMission,
  createStaffMember,
  proposeMissionSchedule,
  unassignReferralFromMission,
} from './mission.service.js';
import { THEATRE_KEYS } from './staff.entity.js';
import { Surgery } from './surgery.entity.js';
import type { CreateMissionInput } from './mission.input.js';

describe('missions', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  let missionNo = 0;

  /** A 3-day mission starting `inDays` from now in OT 1 and OT 2, 240 theatre minutes per theatre per day. */
  async function mission(inDays = 30, overrides: Partial<CreateMissionInput> = {}) {
    const lead = await createStaffMember(ctx(), { name: `Dr Visiting ${missionNo}`, role: StaffRole.SURGEON, visiting: true, institution: 'Kyoto University Hospital' });
    const start = new Date(clock().getTime() + inDays * 86_400_000).toISOString().slice(0, 10);
    const end = new Date(clock().getTime() + (inDays + 2) * 86_400_000).toISOString().slice(0, 10);
    const created = await createMission(
      ctx(),
      { theatreIds: [THEATRE_KEYS['OT 1'], THEATRE_KEYS['OT 2']], memberIds: [lead.id] },
      { name: `Kyoto team ${missionNo++}`, institution: 'Kyoto University Hospital', specialties: [Specialty.GENERAL_SURGERY], startDate: start, endDate: end, dailyCapacityMinutes: 240, theatreIds: [], memberIds: [], ...overrides },
    );
    return { mission: created, lead };
  }

  async function waitlisted(band: UrgencyBand) {
    return referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED, { referral: { urgencyBand: band } });
  }

  const assign = (missionId: string, referralId: string, minutes = 120) =>
    assignReferralToMission(ctx(), { missionId, referralId }, { missionId, referralId, procedure: 'Open inguinal hernia repair', expectedDurationMinutes: minutes });

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('creates a mission with its team and theatres, and refuses bad dates, capacity and unknown theatres', async () => {
    const { mission: created, lead } = await mission();
    const loaded = await db.orm.em.fork().findOneOrFail('Mission', { id: created.id }, { populate: ['members', 'theatres'] as never[] });
    expect(loaded).toMatchObject({ dailyCapacityMinutes: 240 });
    const m = loaded as unknown as { members: { getIdentifiers(): string[] }; theatres: { getIdentifiers(): string[] } };
    expect(m.members.getIdentifiers()).toEqual([lead.id]);
    expect(m.theatres.getIdentifiers().sort()).toEqual([THEATRE_KEYS['OT 1'], THEATRE_KEYS['OT 2']].sort());
    const base = { name: 'X', institution: 'Y', specialties: [Specialty.ENT], startDate: '2026-05-10', endDate: '2026-05-12', dailyCapacityMinutes: 240, theatreIds: [], memberIds: [] };
    const keys = { theatreIds: [THEATRE_KEYS['OT 1']], memberIds: [] };
    await expectFailsAndChangesNothing(db.orm, () => createMission(ctx(), keys, { ...base, endDate: '2026-05-09' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'END_BEFORE_START', field: 'endDate' });
    await expectFailsAndChangesNothing(db.orm, () => createMission(ctx(), keys, { ...base, dailyCapacityMinutes: 0 }), { code: ErrorCode.BAD_USER_INPUT, reason: 'OUT_OF_RANGE', field: 'dailyCapacityMinutes' });
    await expectFailsAndChangesNothing(db.orm, () => createMission(ctx(), keys, { ...base, startDate: '2026-02-30' }), { code: ErrorCode.BAD_USER_INPUT, reason: 'INVALID_DATE', field: 'startDate' });
    await expectFailsAndChangesNothing(db.orm, () => createMission(ctx(), { theatreIds: ['00000000-0000-4000-8000-0000000000ad'], memberIds: [] }, base), { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND' });
  });

  it('assigns only a waitlisted referral, once, and puts it on the timeline', async () => {
    const { mission: m } = await mission();
    const { patientId, referral } = await waitlisted(UrgencyBand.DAYS_90);
    const before = await snapshotDatabase(db.orm);
    await assign(m.id, referral.id);
    expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ mission_referral: 1, journey_event: 1 });
    const event = await db.orm.em.fork().findOneOrFail(JourneyEvent, { patient: patientId, kind: JourneyEventKind.MISSION_ASSIGNED });
    expect(event.mission?.id).toBe(m.id);
    const other = await mission();
    await expectFailsAndChangesNothing(db.orm, () => assign(other.mission.id, referral.id), { code: ErrorCode.CONFLICT, reason: 'REFERRAL_ALREADY_ON_MISSION' }, [patientId]);
    const triaged = await referralInStatus(db.orm, clock, ReferralStatus.TRIAGED);
    await expectFailsAndChangesNothing(db.orm, () => assign(m.id, triaged.referral.id), { code: ErrorCode.CONFLICT, reason: 'REFERRAL_NOT_WAITLISTED' }, [triaged.patientId]);
    await unassignReferralFromMission(ctx(), { missionId: m.id, referralId: referral.id });
    expect(await db.orm.em.fork().count(MissionReferral, { referral: referral.id })).toBe(0);
    expect(await db.orm.em.fork().count(JourneyEvent, { patient: patientId, kind: JourneyEventKind.MISSION_UNASSIGNED })).toBe(1);
  });

  it('proposes a schedule that books nothing: urgent first, never over capacity', async () => {
    const { mission: m } = await mission(40);
    // Routine referrals arrive first (they wait longer), the urgent one last.
    const routine = [];
    for (let i = 0; i < 6; i++) {
      routine.push((await waitlisted(UrgencyBand.DAYS_365)).referral);
      clock.advance(1);
    }
    clock.advance(60);
    const urgent = (await waitlisted(UrgencyBand.DAYS_30)).referral;
    for (const r of [...routine, urgent]) await assign(m.id, r.id, 150);
    const before = await snapshotDatabase(db.orm);
    const proposal = await proposeMissionSchedule(db.orm.em.fork(), m.id);
    expect(await snapshotDatabase(db.orm)).toEqual(before);
    // 3 days × 2 theatres × 240 minutes: one 150-minute case per theatre day → 6 planned, 1 left out.
    expect(proposal.slots).toHaveLength(6);
    expect(proposal.unplanned.map((u) => [u.referral.id, u.reason])).toEqual([[routine[5].id, 'NO_CAPACITY_LEFT']]);
    expect(proposal.slots[0].referral.id).toBe(urgent.id);
    expect(proposal.slots[0].day).toBe(m.startDate);
    expect(proposal.slots[0].scheduledStart.toISOString()).toBe(new Date(`${m.startDate}T08:00:00+07:00`).toISOString());
  });

  it('confirms an edited schedule in one transaction: all booked, or none when one slot clashes', async () => {
    const { mission: m, lead } = await mission(60);
    const cases = [(await waitlisted(UrgencyBand.DAYS_90)).referral, (await waitlisted(UrgencyBand.DAYS_90)).referral];
    for (const r of cases) await assign(m.id, r.id, 90);
    const proposal = await proposeMissionSchedule(db.orm.em.fork(), m.id);
    const team = [{ staffId: lead.id, role: TeamRole.PRIMARY_SURGEON }];
    // Edited so both operations overlap with the same surgeon: refused, nothing booked.
    const clashing = proposal.slots.map((s) => ({ referralId: s.referral.id, theatreId: s.theatre.id, scheduledStart: proposal.slots[0].scheduledStart, expectedDurationMinutes: 90, team }));
    const before = await snapshotDatabase(db.orm);
    await expect(confirmMissionSchedule(ctx(), m.id, clashing)).rejects.toMatchObject({ code: ErrorCode.CONFLICT });
    expect(await snapshotDatabase(db.orm)).toEqual(before);
    // The proposal as it is, with the lead surgeon on both (different times): all booked.
    const slots = proposal.slots
      .slice()
      .sort((a, b) => a.scheduledStart.getTime() - b.scheduledStart.getTime())
      .map((s, i) => ({ referralId: s.referral.id, theatreId: s.theatre.id, scheduledStart: new Date(proposal.slots[0].scheduledStart.getTime() + i * 120 * 60_000), expectedDurationMinutes: 90, team }));
    const surgeries = await confirmMissionSchedule(ctx(), m.id, slots);
    expect(surgeries).toHaveLength(2);
    const fresh = db.orm.em.fork();
    for (const r of cases) expect((await fresh.findOneOrFail(Referral, { id: r.id })).status).toBe(ReferralStatus.SCHEDULED);
    expect(await fresh.count(Surgery, { mission: m.id, status: SurgeryStatus.SCHEDULED })).toBe(2);
    // Booked cases are no longer proposed, and cannot be taken off the list.
    expect((await proposeMissionSchedule(db.orm.em.fork(), m.id)).slots).toHaveLength(0);
    await expect(unassignReferralFromMission(ctx(), { missionId: m.id, referralId: cases[0].id })).rejects.toMatchObject({ code: ErrorCode.CONFLICT, details: { reason: 'REFERRAL_ALREADY_SCHEDULED' } });
  });

  it('refuses a slot for a referral that is not on the mission\'s list', async () => {
    const { mission: m } = await mission(80);
    const stranger = (await waitlisted(UrgencyBand.DAYS_90)).referral;
    await expectFailsAndChangesNothing(
      db.orm,
      () => confirmMissionSchedule(ctx(), m.id, [{ referralId: stranger.id, theatreId: THEATRE_KEYS['OT 1'], scheduledStart: new Date('2026-05-25T01:00:00Z'), expectedDurationMinutes: 60, team: [] }]),
      { code: ErrorCode.BAD_USER_INPUT, reason: 'NOT_ON_MISSION', field: 'slots' },
    );
  });

  it('a schedule whose first slots have started is confirmed only as retrospective with a reason; later slots are booked as usual', async () => {
    // A mission that began yesterday (OT 1, OT 2).
    const { mission: m } = await mission(-1);
    const [a, b] = [await waitlisted(UrgencyBand.DAYS_90), await waitlisted(UrgencyBand.DAYS_90)];
    await assign(m.id, a.referral.id, 60);
    await assign(m.id, b.referral.id, 60);
    const past = new Date(clock().getTime() - 20 * 3_600_000);
    // Tomorrow 09:00 Phnom Penh, inside the session.
    const ahead = new Date(clock().getTime() + 24 * 3_600_000);
    const slots = [
      { referralId: a.referral.id, theatreId: THEATRE_KEYS['OT 1'], scheduledStart: past, expectedDurationMinutes: 60, team: [] },
      { referralId: b.referral.id, theatreId: THEATRE_KEYS['OT 2'], scheduledStart: ahead, expectedDurationMinutes: 60, team: [] },
    ];
    await expectFailsAndChangesNothing(db.orm, () => confirmMissionSchedule(ctx(), m.id, slots), { code: ErrorCode.BAD_USER_INPUT, reason: 'IN_PAST', field: 'slots.scheduledStart' });
    await expectFailsAndChangesNothing(
      db.orm,
      () => confirmMissionSchedule(ctx(), m.id, slots, { retrospective: true }),
      { code: ErrorCode.BAD_USER_INPUT, reason: 'REQUIRED', field: 'retrospectiveReason' },
    );
    const booked = await confirmMissionSchedule(ctx(), m.id, slots, { retrospective: true, retrospectiveReason: 'Operated on day 1 before the list was entered' });
    expect(booked.map((surgery) => [surgery.retrospective, surgery.retrospectiveReason])).toEqual([
      [true, 'Operated on day 1 before the list was entered'],
      [false, null],
    ]);
  });
});
