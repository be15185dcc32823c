import { addDays, FollowUpStatus, hospitalDate, JourneyEventKind, JourneyMilestoneStep, ReferralStatus } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childOnChemotherapy, hydroceleJourney } from '../../../../tests/support/journey-seed.js';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { patientInput, serviceContext, testClock } from '../../../../tests/support/factories.js';
import { registerPatient } from '../patients/patient.service.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { ProtocolPhase } from '../oncology/protocol.entity.js';
import { TreatmentPlan } from '../oncology/treatment-plan.entity.js';
import { JourneyEvent } from './journey-event.entity.js';
import { readJourneyMilestones, type JourneyMilestoneView } from './journey-milestones.js';
import { readJourney } from './journey.service.js';

/**
 * The journey map from a plain read of the same rows through the ORM: what the one statement
 * of `readJourneyMilestones` must give.
 */
async function plainMilestones(db: TestDatabase, patientId: string, now: Date): Promise<JourneyMilestoneView[]> {
  const em = db.orm.em.fork();
  const today = hospitalDate(now);
  const events = await em.find(JourneyEvent, { patient: patientId }, { orderBy: { id: 'asc' } });
  const dayOf = (e: JourneyEvent) => e.occurredOn ?? hospitalDate(e.occurredAt);
  const first = (list: JourneyEvent[]) => (list.length ? list.map(dayOf).sort()[0] : null);
  const plan = (await em.find(TreatmentPlan, { patient: patientId }, { orderBy: { startDate: 'desc', createdAt: 'desc' }, limit: 1 }))[0];
  const followUps = await em.find(FollowUp, { patient: patientId, status: { $ne: FollowUpStatus.CANCELLED } }, { populate: ['surgery', 'discharge.admission'] });
  type Step = { step: JourneyMilestoneStep; rank: number; on: string; done: boolean; phaseName?: string; followUp?: FollowUp };
  const steps: Step[] = [];
  const add = (step: JourneyMilestoneStep, rank: number, on: string | null, done = true, phaseName?: string) => {
    if (on) steps.push({ step, rank, on, done, phaseName });
  };
  let ours: FollowUp[];
  if (plan) {
    add(JourneyMilestoneStep.REFERRAL, 10, first(events.filter((e) => e.kind === JourneyEventKind.REFERRAL_RECEIVED)));
    add(JourneyMilestoneStep.DIAGNOSIS, 20, first(events.filter((e) => e.kind === JourneyEventKind.ONCOLOGY_DIAGNOSED)));
    for (const phase of await em.find(ProtocolPhase, { protocol: plan.protocol })) {
      const on = addDays(plan.startDate, phase.startDay);
      add(JourneyMilestoneStep.TREATMENT_PHASE, 30 + phase.position, on, on <= today, phase.name);
    }
    for (const e of events.filter((e) => e.treatmentPlan?.id === plan.id)) {
      if (e.kind === JourneyEventKind.TREATMENT_COMPLETED) add(JourneyMilestoneStep.TREATMENT_COMPLETED, 60, dayOf(e), dayOf(e) <= today);
      if (e.kind === JourneyEventKind.TREATMENT_REFUSED) add(JourneyMilestoneStep.TREATMENT_REFUSED, 60, dayOf(e), dayOf(e) <= today);
    }
    ours = followUps.filter((f) => f.treatmentPlan?.id === plan.id);
  } else {
    // The episode of the latest event that has one, in the timeline's order.
    const timeline = (await readJourney(em, patientId, { first: 100 })).nodes;
    const episodeId = timeline.find((e) => e.episode)?.episode?.id;
    const inEpisode = events.filter((e) => e.episode?.id === episodeId);
    const moved = (to: ReferralStatus) => first(inEpisode.filter((e) => e.kind === JourneyEventKind.REFERRAL_STATUS_CHANGED && e.toStatus === to));
    add(JourneyMilestoneStep.REFERRAL, 10, first(inEpisode.filter((e) => e.kind === JourneyEventKind.REFERRAL_RECEIVED)));
    add(JourneyMilestoneStep.TRIAGE, 20, moved(ReferralStatus.TRIAGED));
    add(JourneyMilestoneStep.WAITLIST, 30, moved(ReferralStatus.WAITLISTED));
    add(JourneyMilestoneStep.BOOKING, 40, first(inEpisode.filter((e) => e.kind === JourneyEventKind.SURGERY_SCHEDULED)));
    add(JourneyMilestoneStep.OPERATION, 50, first(inEpisode.filter((e) => e.kind === JourneyEventKind.SURGERY_PERFORMED)));
    add(JourneyMilestoneStep.DISCHARGE, 60, first(inEpisode.filter((e) => e.kind === JourneyEventKind.DISCHARGED)));
    ours = followUps.filter((f) => (f.surgery?.episode.id ?? f.discharge?.admission.episode.id) === episodeId);
  }
  for (const f of ours) steps.push({ step: JourneyMilestoneStep.FOLLOW_UP, rank: 70, on: f.outcomeOn ?? f.dueDate, done: f.status !== FollowUpStatus.SCHEDULED, followUp: f });
  steps.sort((a, b) => a.on.localeCompare(b.on) || a.rank - b.rank || (a.followUp?.kind ?? '').localeCompare(b.followUp?.kind ?? ''));
  const lastDone = steps.map((s) => s.done).lastIndexOf(true);
  return steps.map((s, i) => ({
    step: s.step,
    on: s.on,
    done: s.done,
    current: i === lastDone,
    waitDays: i === 0 ? null : Math.round((Date.parse(s.on) - Date.parse(steps[i - 1].on)) / 86_400_000),
    followUpKind: s.followUp?.kind ?? null,
    followUpStatus: s.followUp?.status ?? null,
    phaseName: s.phaseName ?? null,
  }));
}

describe('the journey map (Patient.journeyMilestones)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('a hydrocele repair: referral → triage → waitlist → booking → operation → discharge → wound check → day-30 call, with the waits, the call current', async () => {
    const { patient, start } = await hydroceleJourney(db.orm);
    const now = new Date();
    const milestones = await readJourneyMilestones(db.orm.em.fork(), patient.id, now);
    expect(milestones.map((m) => [m.step, m.on, m.waitDays, m.done, m.current, m.followUpKind])).toEqual([
      ['REFERRAL', start, null, true, false, null],
      ['TRIAGE', addDays(start, 3), 3, true, false, null],
      ['WAITLIST', addDays(start, 6), 3, true, false, null],
      ['BOOKING', addDays(start, 20), 14, true, false, null],
      ['OPERATION', addDays(start, 30), 10, true, false, null],
      ['DISCHARGE', addDays(start, 31), 1, true, false, null],
      ['FOLLOW_UP', addDays(start, 40), 9, true, false, 'WOUND_CHECK'],
      ['FOLLOW_UP', addDays(start, 60), 20, true, true, 'DAY_30_CALL'],
    ]);
    expect(milestones).toEqual(await plainMilestones(db, patient.id, now));
  });

  it('puts the follow-ups of an operation in its episode, not under "General"', async () => {
    const { patient, surgery } = await hydroceleJourney(db.orm, { daysAgo: 80, familyName: 'Meas', givenName: 'Rithy' });
    const events = await db.orm.em.fork().find(JourneyEvent, { patient: patient.id, kind: { $in: [JourneyEventKind.FOLLOW_UP_SCHEDULED, JourneyEventKind.FOLLOW_UP_RECORDED] } });
    expect(events).toHaveLength(4);
    expect(new Set(events.map((e) => e.episode?.id))).toEqual(new Set([surgery.episode.id]));
  });

  it('a child on chemotherapy: referral, diagnosis and the plan\'s phases, planned ones not done', async () => {
    const { patient, start } = await childOnChemotherapy(db.orm);
    const now = new Date();
    const milestones = await readJourneyMilestones(db.orm.em.fork(), patient.id, now);
    expect(milestones.slice(0, 3).map((m) => m.step)).toEqual(['REFERRAL', 'DIAGNOSIS', 'TREATMENT_PHASE']);
    expect(milestones[2]).toMatchObject({ on: start, done: true });
    expect(milestones.filter((m) => m.step === 'TREATMENT_PHASE').length).toBeGreaterThanOrEqual(1);
    expect(milestones.filter((m) => m.current)).toHaveLength(1);
    expect(milestones).toEqual(await plainMilestones(db, patient.id, now));
  });

  it('a patient with nothing but a registration has an empty map', async () => {
    const patient = await registerPatient(serviceContext(db.orm, testClock()), patientInput({ familyName: 'Chhun', givenName: 'Dara', confirmNotDuplicate: true }));
    expect(await readJourneyMilestones(db.orm.em.fork(), patient.id, new Date())).toEqual([]);
  });
});
