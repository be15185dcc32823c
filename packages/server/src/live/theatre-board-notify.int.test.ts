import { CancellationCategory, ChecklistPhase, Specialty, StaffRole, TeamRole } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistAnswers, operationRecord, patientInput, serviceContext, surgeryInput, testClock } from '../../../../tests/support/factories.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { registerPatient } from '../patients/patient.service.js';
import { createStaffMember } from '../surgery/mission.service.js';
import { THEATRE_KEYS } from '../surgery/staff.entity.js';
import { cancelSurgery, completeSurgery, recordChecklistPhase, rescheduleSurgery, scheduleSurgery } from '../surgery/surgery.service.js';
import { LIVE_CHANNEL, startLiveListener, type LiveListener } from './live-listener.js';
import { LivePubSub } from './live-pubsub.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const OT1 = THEATRE_KEYS['OT 1'];
const OT2 = THEATRE_KEYS['OT 2'];

/** A bus that keeps what reaches the theatre board's topics, in order. */
class Recording extends LivePubSub {
  readonly board: { topic: string; payload: unknown }[] = [];
  override publish(topic: string, payload?: unknown): void {
    if (topic.startsWith('theatreBoard:')) this.board.push({ topic, payload });
    super.publish(topic, payload);
  }
}

/**
 * The triggers of db/migrations/…-theatre-board-notify.ts: what each change to the tables the
 * board reads announces, whichever path wrote it.
 */
describe('the theatre board\'s announcements', () => {
  let db: TestDatabase;
  let listener: LiveListener;
  const bus = new Recording();
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);
  const execute = (sql: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute(sql, params);
  let sentinels = 0;

  /** What was announced since the last call: a marker sent last is awaited (NOTIFYs arrive in commit order). */
  async function announced(): Promise<{ th: string; d: string }[]> {
    const marker = `marker-${++sentinels}`;
    await execute(`select pg_notify(?, ?)`, [LIVE_CHANNEL, JSON.stringify({ t: 'b', th: marker, d: '2000-01-01' })]);
    for (const start = Date.now(); !bus.board.some((m) => (m.payload as { th: string }).th === marker); await sleep(25)) {
      if (Date.now() - start > 15_000) throw new Error('Timed out waiting for the marker');
    }
    const messages = bus.board.splice(0).map((m) => m.payload as { t: string; th: string; d: string });
    expect(messages.every((m) => m.t === 'b')).toBe(true);
    return messages.filter((m) => m.th !== marker).map(({ th, d }) => ({ th, d }));
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    listener = await startLiveListener(db.url, bus);
  });

  afterAll(async () => {
    await listener?.stop();
    await db?.close();
  });

  it('announces each column a change touches, once per transaction, on its Phnom Penh day', async () => {
    const patient = await registerPatient(ctx(), patientInput({ familyName: 'Board' }));
    const surgeon = await createStaffMember(ctx(), { name: 'Dr Live Board', role: StaffRole.SURGEON, visiting: false });
    await announced();

    // Booked with a team: the operation's row and its team member's, one announcement.
    const surgery = await scheduleSurgery(ctx(), { patientId: patient.id, referralId: null, episodeId: null }, {
      ...surgeryInput(patient.id, new Date('2026-03-09T02:00:00Z'), { specialty: Specialty.GENERAL_SURGERY }),
      team: [{ staffId: surgeon.id, role: TeamRole.PRIMARY_SURGEON }],
    });
    expect(await announced()).toEqual([{ th: OT1, d: '2026-03-09' }]);

    // A checklist phase (its own table only).
    await recordChecklistPhase(ctx(), surgery.id, { surgeryId: surgery.id, phase: ChecklistPhase.SIGN_IN, answers: checklistAnswers(ChecklistPhase.SIGN_IN) });
    expect(await announced()).toEqual([{ th: OT1, d: '2026-03-09' }]);

    // Moved to OT 2 the next day: the column it left and the one it joined.
    await rescheduleSurgery(ctx(), surgery.id, { theatreId: OT2, team: null }, { surgeryId: surgery.id, scheduledStart: new Date('2026-03-10T03:00:00Z') });
    expect(new Set((await announced()).map((m) => `${m.th} ${m.d}`))).toEqual(new Set([`${OT1} 2026-03-09`, `${OT2} 2026-03-10`]));

    // Performed: the checklist and the record, each in its transaction.
    clock.set('2026-03-10T06:00:00.000Z');
    for (const [phase, at] of [[ChecklistPhase.TIME_OUT, '2026-03-10T03:05:00Z'], [ChecklistPhase.SIGN_OUT, '2026-03-10T04:00:00Z']] as const) {
      await recordChecklistPhase(ctx(), surgery.id, { surgeryId: surgery.id, phase, answers: checklistAnswers(phase), recordedAt: new Date(at) });
    }
    expect(await announced()).toEqual([{ th: OT2, d: '2026-03-10' }, { th: OT2, d: '2026-03-10' }]);
    await completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, incisionAt: new Date('2026-03-10T03:10:00Z'), closureAt: new Date('2026-03-10T04:00:00Z'), ...operationRecord() }, { team: null });
    expect(await announced()).toEqual([{ th: OT2, d: '2026-03-10' }]);
  });

  it('announces writes that bypass the services, and a booking late at night on its Phnom Penh day', async () => {
    clock.set('2026-03-02T02:00:00.000Z');
    const patient = await registerPatient(ctx(), patientInput({ familyName: 'Bypass' }));
    const surgery = await scheduleSurgery(ctx(), { patientId: patient.id, referralId: null, episodeId: null }, {
      ...surgeryInput(patient.id, new Date('2026-03-11T02:00:00Z'), { specialty: Specialty.GENERAL_SURGERY }),
    });
    await announced();

    // 23:30 and 00:30 Phnom Penh are 16:30 and 17:30 UTC the day before the second.
    await execute(`update surgery set scheduled_start = '2026-03-11T16:30:00Z', scheduled_end = '2026-03-11T17:00:00Z' where id = ?`, [surgery.id]);
    expect(await announced()).toEqual([{ th: OT1, d: '2026-03-11' }]);
    await execute(`update surgery set scheduled_start = '2026-03-11T17:30:00Z', scheduled_end = '2026-03-11T18:00:00Z' where id = ?`, [surgery.id]);
    expect(new Set((await announced()).map((m) => m.d))).toEqual(new Set(['2026-03-11', '2026-03-12']));

    const nurse = await createStaffMember(ctx(), { name: 'Nurse Bypass', role: StaffRole.NURSE, visiting: false });
    const anaesthetist = await createStaffMember(ctx(), { name: 'Dr Bypass', role: StaffRole.ANAESTHETIST, visiting: false });
    await announced();
    await execute(
      `insert into surgery_team_member (id, surgery_id, staff_member_id, role, slot_start, slot_end, active)
       values (gen_random_uuid(), ?, ?, 'SCRUB_NURSE', '2026-03-11T17:30:00Z', '2026-03-11T18:00:00Z', true),
              (gen_random_uuid(), ?, ?, 'ANAESTHETIST', '2026-03-11T17:30:00Z', '2026-03-11T18:00:00Z', true)`,
      [surgery.id, nurse.id, surgery.id, anaesthetist.id],
    );
    expect(await announced()).toEqual([{ th: OT1, d: '2026-03-12' }]);

    // A rolled-back change announces nothing.
    await db.orm.em
      .fork()
      .transactional(async (em) => {
        await em.execute(`update surgery set procedure = 'Rolled back' where id = ?`, [surgery.id]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await announced()).toEqual([]);

    // A team member taken off by hand, two in one statement: the column, once.
    await execute(`delete from surgery_team_member where surgery_id = ?`, [surgery.id]);
    expect(await announced()).toEqual([{ th: OT1, d: '2026-03-12' }]);

    await cancelSurgery(ctx(), surgery.id, { surgeryId: surgery.id, category: CancellationCategory.HOSPITAL, reason: 'Theatre closed' });
    expect(await announced()).toEqual([{ th: OT1, d: '2026-03-12' }]);
  });
});
