import { addDays, hospitalDate, Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, type GraphQLClient } from '../support/http-app.js';
import { sleep, startLiveCluster, subscribeTo, until, type LiveCluster, type Received } from '../support/live-cluster.js';

/**
 * The live theatre board across server instances: two server processes on one database. A
 * change to a day's board made through instance A (a booking, a checklist phase, a move to
 * another day, a cancellation) reaches a board subscriber of instance B as the whole column
 * of the theatre that changed, re-read as the board query serves it; a write that bypasses the
 * API (SQL by hand) is announced too, by the database's triggers; a credential without the
 * board's permission is refused and sent nothing.
 */

// Below the ephemeral range, in this test's own band (33000–33499): see product-lifecycle.test.ts.
const basePort = 33_000 + Math.floor(Math.random() * 250) * 2;

const REGISTER = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`;
const BOOK = `mutation ($input: ScheduleSurgeryInput!) { scheduleSurgery(input: $input) { id } }`;
const RESCHEDULE = `mutation ($input: RescheduleSurgeryInput!) { rescheduleSurgery(input: $input) { id } }`;
const CANCEL = `mutation ($input: CancelSurgeryInput!) { cancelSurgery(input: $input) { id } }`;
const RECORD_PHASE = `mutation ($input: RecordChecklistPhaseInput!) { recordChecklistPhase(input: $input) { id } }`;
const BOARD = `subscription ($date: LocalDate!) {
  theatreBoardChanged(date: $date) {
    date
    theatre { id name }
    surgeries { id procedure status nextChecklistPhase checklist { phase } patient { familyName } }
  }
}`;

interface Column {
  date: string;
  theatre: { id: string; name: string };
  surgeries: { id: string; procedure: string; status: string; nextChecklistPhase: string | null; checklist: { phase: string }[]; patient: { familyName: string } | null }[];
}
type BoardData = { theatreBoardChanged: Column };

/** The surgery's database key, from its global ID (`Surgery:<uuid>`, base64url). */
const keyOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

describe('the live theatre board across two server instances', () => {
  let cluster: LiveCluster;
  let urls: string[];
  let surgeonOnA: GraphQLClient;
  let theatres: { id: string; name: string }[];
  let patientId: string;
  // Days a month ahead, clear of anything else.
  const day1 = addDays(hospitalDate(new Date()), 30);
  const day2 = addDays(day1, 1);
  const at = (date: string, time: string) => `${date}T${time}:00+07:00`;

  /** Waits for the subscription's next column and returns it (failing on any error). */
  const nextColumn = async (board: Received<BoardData>, seen: number): Promise<Column> => {
    await until(`column ${seen + 1}`, () => board.results.length > seen);
    const result = board.results[seen];
    expect(result.errors).toBeUndefined();
    return result.data!.theatreBoardChanged;
  };

  beforeAll(async () => {
    cluster = await startLiveCluster(basePort);
    urls = cluster.urls;
    const clerkOnA = await cluster.user('theatre-clerk', [Role.CLINICIAN], urls[0]);
    surgeonOnA = await cluster.user('theatre-surgeon', [Role.SURGEON], urls[0]);
    theatres = (await ok<{ theatres: { id: string; name: string }[] }>(surgeonOnA, `{ theatres { id name } }`)).theatres;
    expect(theatres.length).toBeGreaterThanOrEqual(2);
    patientId = (
      await ok<{ registerPatient: { id: string } }>(clerkOnA, REGISTER, {
        input: { familyName: 'Sok', givenName: 'Chenda', sex: 'FEMALE', birthDate: '1975-03-03', phones: [], provinceCode: 12, confirmNotDuplicate: true },
      })
    ).registerPatient.id;
  }, 180_000);

  afterAll(async () => {
    await cluster?.close();
  });

  it('a booking, a checklist phase, a move to another day and a cancellation through A reach the boards of both days on B', async () => {
    const nurseOnB = await cluster.user('theatre-nurse', [Role.NURSE], urls[1]);
    const client = cluster.wsClient(urls[1], nurseOnB.cookie);
    const board1 = subscribeTo<BoardData>(client, BOARD, { date: day1 });
    const board2 = subscribeTo<BoardData>(client, BOARD, { date: day2 });
    await sleep(500); // subscribed

    // Booked: the column of OT 1 on day 1, with the operation and its patient.
    const { scheduleSurgery } = await ok<{ scheduleSurgery: { id: string } }>(surgeonOnA, BOOK, {
      input: { patientId, procedure: 'Thyroidectomy', specialty: 'ENT', theatreId: theatres[0].id, scheduledStart: at(day1, '09:00'), expectedDurationMinutes: 90 },
    });
    const surgeryId = scheduleSurgery.id;
    const booked = await nextColumn(board1, 0);
    expect(booked).toMatchObject({ date: day1, theatre: theatres[0] });
    expect(booked.surgeries).toEqual([
      { id: surgeryId, procedure: 'Thyroidectomy', status: 'SCHEDULED', nextChecklistPhase: 'SIGN_IN', checklist: [], patient: { familyName: 'Sok' } },
    ]);

    // Sign In recorded: the same column, with its checklist state.
    const { checklistItems } = await ok<{ checklistItems: { key: string; phase: string; allowedAnswers: string[] }[] }>(
      surgeonOnA,
      `{ checklistItems { key phase allowedAnswers } }`,
    );
    const answers = checklistItems.filter((i) => i.phase === 'SIGN_IN').map((i) => ({ item: i.key, answer: i.allowedAnswers[0] }));
    await ok(surgeonOnA, RECORD_PHASE, { input: { surgeryId, phase: 'SIGN_IN', answers } });
    const signedIn = await nextColumn(board1, 1);
    expect(signedIn.theatre.id).toBe(theatres[0].id);
    expect(signedIn.surgeries.map((s) => [s.id, s.checklist.map((c) => c.phase), s.nextChecklistPhase])).toEqual([[surgeryId, ['SIGN_IN'], 'TIME_OUT']]);

    // Moved to day 2 in OT 2: day 1's OT 1 column without it, day 2's OT 2 column with it.
    await ok(surgeonOnA, RESCHEDULE, { input: { surgeryId, scheduledStart: at(day2, '10:00'), theatreId: theatres[1].id, reason: 'List overran' } });
    const left = await nextColumn(board1, 2);
    expect(left).toMatchObject({ date: day1, theatre: theatres[0], surgeries: [] });
    const joined = await nextColumn(board2, 0);
    expect(joined).toMatchObject({ date: day2, theatre: theatres[1] });
    expect(joined.surgeries.map((s) => s.id)).toEqual([surgeryId]);

    // Cancelled: day 2's OT 2 column without it.
    await ok(surgeonOnA, CANCEL, { input: { surgeryId, category: 'PATIENT', reason: 'Unwell on the day' } });
    const cancelled = await nextColumn(board2, 1);
    expect(cancelled).toMatchObject({ date: day2, theatre: theatres[1], surgeries: [] });

    // One column per change, each on its own day's board, nothing else.
    await sleep(500);
    expect(board1.results).toHaveLength(3);
    expect(board2.results).toHaveLength(2);
    board1.stop();
    board2.stop();
  });

  it('a write that bypasses the API is announced too', async () => {
    const nurseOnB = await cluster.user('theatre-nurse-2', [Role.NURSE], urls[1]);
    const day = addDays(day2, 1);
    const { scheduleSurgery } = await ok<{ scheduleSurgery: { id: string } }>(surgeonOnA, BOOK, {
      input: { patientId, procedure: 'Septoplasty', specialty: 'ENT', theatreId: theatres[0].id, scheduledStart: at(day, '11:00'), expectedDurationMinutes: 60 },
    });
    const board = subscribeTo<BoardData>(cluster.wsClient(urls[1], nurseOnB.cookie), BOARD, { date: day });
    await sleep(500);
    await cluster.db.orm.em
      .fork()
      .getConnection()
      .execute(`update surgery set procedure = 'Septorhinoplasty', version = version + 1 where id = ?`, [keyOf(scheduleSurgery.id)]);
    const column = await nextColumn(board, 0);
    expect(column).toMatchObject({ date: day, theatre: theatres[0], surgeries: [{ id: scheduleSurgery.id, procedure: 'Septorhinoplasty' }] });
    board.stop();
  });

  it('after an instance\'s LISTEN connection was lost and opened again, every column of the day is sent', async () => {
    const nurseOnB = await cluster.user('theatre-nurse-3', [Role.NURSE], urls[1]);
    const board = subscribeTo<BoardData>(cluster.wsClient(urls[1], nurseOnB.cookie), BOARD, { date: day1 });
    await sleep(500);
    // Announcements made meanwhile are lost: the subscriber is sent the whole day again.
    await cluster.db.orm.em.fork().getConnection().execute(`select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen pj_live' and datname = current_database()`);
    await until('every column', () => board.results.length >= theatres.length);
    expect(board.results.map((r) => r.errors ?? [r.data!.theatreBoardChanged.date, r.data!.theatreBoardChanged.theatre.id])).toEqual(theatres.map((t) => [day1, t.id]));
    board.stop();
  });

  it('a credential without the board\'s permission is refused, and sent nothing', async () => {
    const client = await cluster.powerlessTokenClient('theatre-former-analyst', urls[1]);
    try {
      const board = subscribeTo<BoardData>(client, BOARD, { date: day1 });
      await sleep(500);
      await ok(surgeonOnA, BOOK, {
        input: { patientId, procedure: 'Tonsillectomy', specialty: 'ENT', theatreId: theatres[1].id, scheduledStart: at(day1, '14:00'), expectedDurationMinutes: 45 },
      });
      await until('the refusal', () => board.results.length >= 1);
      await sleep(1_000);
      expect(board.results.map((r) => [r.data ?? null, r.errors?.map((e) => e.extensions?.code)])).toEqual([[null, ['FORBIDDEN']]]);
    } finally {
      await client.dispose();
    }
  });
});
