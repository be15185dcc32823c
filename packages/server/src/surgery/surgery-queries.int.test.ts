import { ChecklistPhase, ReferralStatus, StaffRole, TeamRole } from '@pj/shared';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  checklistAnswers,
  operationRecord,
  recordFullChecklist,
  referralInStatus,
  serviceContext,
  surgeryInput,
  testClock,
  testUser,
} from '../../../../tests/support/factories.js';
import { createContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/relay.js';
import { createSchema } from '../graphql/schema.js';
import { createStaffMember } from './mission.service.js';
import { THEATRE_KEYS } from './staff.entity.js';
import { completeSurgery, recordChecklistPhase, scheduleSurgery } from './surgery.service.js';

const MINUTE = 60_000;

describe('surgery read queries', () => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);

  async function run<T>(source: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await graphql({ schema, source, variableValues: variables, contextValue: createContext(db.orm.em, clock, { user: testUser() }) });
    expect(result.errors).toBeUndefined();
    return result.data as T;
  }

  /** Books `count` operations on a day (08:00 Phnom Penh onwards, across the 3 theatres), each with a team of two and Sign In done. */
  async function bookDay(day: string, count: number) {
    for (let i = 0; i < count; i++) {
      const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED);
      const surgeon = await createStaffMember(ctx(), { name: `Dr Board ${day} ${i}`, role: StaffRole.SURGEON, visiting: i % 2 === 0, institution: 'Kyoto' });
      const nurse = await createStaffMember(ctx(), { name: `Nurse Board ${day} ${i}`, role: StaffRole.NURSE, visiting: false });
      const theatre = Object.values(THEATRE_KEYS)[i % 3];
      const start = new Date(Date.parse(`${day}T08:00:00+07:00`) + Math.floor(i / 3) * 90 * MINUTE);
      const surgery = await scheduleSurgery(ctx(), { patientId, referralId: referral.id, episodeId: null }, {
        ...surgeryInput(patientId, start, { theatreId: theatre }),
        team: [{ staffId: surgeon.id, role: TeamRole.PRIMARY_SURGEON }, { staffId: nurse.id, role: TeamRole.SCRUB_NURSE }],
      });
      await recordChecklistPhase(ctx(), surgery.id, { surgeryId: surgery.id, phase: ChecklistPhase.SIGN_IN, answers: checklistAnswers(ChecklistPhase.SIGN_IN) });
    }
  }

  const BOARD = `query ($date: LocalDate!) {
    theatreBoard(date: $date) {
      theatre { id name }
      surgeries { id procedure scheduledStart scheduledEnd status patient { mrn stage } referral { status }
        team { role staffMember { name visiting } } primarySurgeon { name } checklist { phase recordedAt } nextChecklistPhase mission { name } complications { grade } }
    }
    theatreSchedule(date: $date) { id theatre { name } team { staffMember { name } } nextChecklistPhase }
  }`;

  beforeAll(async () => {
    db = await createTestDatabase();
    schema = await createSchema();
    await bookDay('2026-03-10', 2);
    await bookDay('2026-03-11', 9);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('serves the day\'s board per theatre with patient, team and checklist state in a constant number of statements', async () => {
    db.resetQueries();
    const small = await run<{ theatreBoard: { theatre: { name: string }; surgeries: unknown[] }[] }>(BOARD, { date: '2026-03-10' });
    const smallCount = db.queries.length;
    db.resetQueries();
    const large = await run<{ theatreBoard: { theatre: { name: string }; surgeries: { team: unknown[]; nextChecklistPhase: string; primarySurgeon: { name: string } }[] }[]; theatreSchedule: unknown[] }>(BOARD, { date: '2026-03-11' });
    const largeCount = db.queries.length;
    expect(small.theatreBoard.flatMap((c) => c.surgeries)).toHaveLength(2);
    expect(large.theatreBoard.map((c) => [c.theatre.name, c.surgeries.length])).toEqual([['OT 1', 3], ['OT 2', 3], ['OT 3', 3]]);
    expect(large.theatreSchedule).toHaveLength(9);
    const first = large.theatreBoard[0].surgeries[0];
    expect(first.team).toHaveLength(2);
    expect(first.nextChecklistPhase).toBe('TIME_OUT');
    expect(first.primarySurgeon.name).toMatch(/^Dr Board/);
    expect(smallCount).toBeGreaterThan(0);
    expect(largeCount).toBe(smallCount);
  });

  it('reads of the schedule only what it selects of each team, and another path to the same operation reads its own', async () => {
    db.resetQueries();
    const data = await run<{
      theatreSchedule: { id: string; team: { role: string }[]; primarySurgeon: { name: string }; patient: { surgeriesConnection: { edges: { node: { id: string; team: { staffMember: { name: string; visiting: boolean } }[] } }[] } } }[];
    }>(
      `query ($date: LocalDate!) { theatreSchedule(date: $date) { id team { role } primarySurgeon { name }
        patient { surgeriesConnection(first: 20) { edges { node { id team { staffMember { name visiting } } } } } } } }`,
      { date: '2026-03-11' },
    );
    const schedule = db.queries.find((q) => q.includes('as team'))!;
    // The team's role and, for the primary surgeon, the staff member's name: not the institution.
    expect(schedule).toContain('"role"');
    expect(schedule).toContain('"name"');
    expect(schedule).not.toContain('"institution"');
    expect(data.theatreSchedule).toHaveLength(9);
    for (const surgery of data.theatreSchedule) {
      expect(surgery.team.map((m) => m.role).sort()).toEqual([TeamRole.PRIMARY_SURGEON, TeamRole.SCRUB_NURSE].sort());
      expect(surgery.primarySurgeon.name).toMatch(/^Dr Board/);
      // The same operation reached through its patient: its team with what that path selects.
      const again = surgery.patient.surgeriesConnection.edges.find((e) => e.node.id === surgery.id)!;
      expect(again.node.team.map((m) => m.staffMember.name).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^Dr Board/), expect.stringMatching(/^Nurse Board/)]));
      expect(again.node.team.every((m) => typeof m.staffMember.visiting === 'boolean')).toBe(true);
    }
  });

  it('keeps a training log per staff member and the local primary surgeon share by month', async () => {
    const local = await createStaffMember(ctx(), { name: 'Dr Vannak Chea', nameKhmer: 'វណ្ណៈ ជា', role: StaffRole.SURGEON, visiting: false });
    const visiting = await createStaffMember(ctx(), { name: 'Dr Kenji Tanaka', role: StaffRole.SURGEON, visiting: true, institution: 'Kyoto' });
    // April: visiting primary, local assists. May: local primary twice.
    const plan: [string, TeamRole, TeamRole][] = [
      ['2026-04-07T09:00:00+07:00', TeamRole.ASSISTANT, TeamRole.PRIMARY_SURGEON],
      ['2026-05-05T09:00:00+07:00', TeamRole.PRIMARY_SURGEON, TeamRole.OBSERVER],
      ['2026-05-06T09:00:00+07:00', TeamRole.PRIMARY_SURGEON, TeamRole.ASSISTANT],
    ];
    for (const [at, localRole, visitingRole] of plan) {
      const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED);
      const start = new Date(at);
      const surgery = await scheduleSurgery(ctx(), { patientId, referralId: referral.id, episodeId: null }, {
        ...surgeryInput(patientId, start, { theatreId: THEATRE_KEYS['OT 1'] }),
        team: [{ staffId: local.id, role: localRole }, { staffId: visiting.id, role: visitingRole }],
      });
      const end = new Date(start.getTime() + 60 * MINUTE);
      clock.set(new Date(end.getTime() + 60 * MINUTE).toISOString());
      await recordFullChecklist(db.orm, clock, surgery.id, start, end);
      await completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, ...operationRecord(), startedAt: start, endedAt: end });
    }
    const data = await run<{
      staffTrainingLog: { totalOperations: number; byRole: { role: string; operations: number }[]; byMonth: { month: string; role: string; operations: number }[] };
      localPrimarySurgeonShare: { month: string; operations: number; withLocalPrimarySurgeon: number; withVisitingPrimarySurgeon: number; localShare: number }[];
    }>(
      `query ($id: ID!) {
        staffTrainingLog(staffId: $id, from: "2026-04-01", to: "2026-05-31") { totalOperations byRole { role operations } byMonth { month role operations } }
        localPrimarySurgeonShare(from: "2026-04-01", to: "2026-05-31") { month operations withLocalPrimarySurgeon withVisitingPrimarySurgeon localShare }
      }`,
      { id: toGlobalId('StaffMember', local.id) },
    );
    expect(data.staffTrainingLog).toEqual({
      totalOperations: 3,
      byRole: [{ role: 'PRIMARY_SURGEON', operations: 2 }, { role: 'ASSISTANT', operations: 1 }],
      byMonth: [
        { month: '2026-04', role: 'ASSISTANT', operations: 1 },
        { month: '2026-05', role: 'PRIMARY_SURGEON', operations: 2 },
      ],
    });
    expect(data.localPrimarySurgeonShare).toEqual([
      { month: '2026-04', operations: 1, withLocalPrimarySurgeon: 0, withVisitingPrimarySurgeon: 1, localShare: 0 },
      { month: '2026-05', operations: 2, withLocalPrimarySurgeon: 2, withVisitingPrimarySurgeon: 0, localShare: 1 },
    ]);
  });
});
