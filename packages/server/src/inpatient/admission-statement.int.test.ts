import { AdmissionReason, AdmissionStatus, JourneyEventKind, ReferralStatus } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import { patientInput, referralInStatus, serviceContext, testClock, vacantBeds } from '../../../../tests/support/factories.js';
import { runWithMutationAudit, type MutationAudit } from '../audit/audit-trail.js';
import { inTransaction } from '../common/transaction.js';
import { episodeFor } from '../episodes/episode.service.js';
import type { ServiceContext } from '../graphql/context.js';
import { recordJourneyEvent } from '../journey/journey-recorder.js';
import { summaries } from '../journey/journey-summaries.js';
import { refuseIfDeceased } from '../patients/deceased-guard.js';
import { getPatientOrFail, registerPatient } from '../patients/patient.service.js';
import { Admission } from './admission.entity.js';
import type { AdmitPatientInput } from './admission.input.js';
import { admitPatient, transferPatient } from './admission.service.js';
import { BedStay } from './bed-stay.entity.js';
import { Bed } from './ward.entity.js';

const REASON_TEXT: Record<string, string> = {
  POST_OPERATIVE: 'post-operative care',
  PRE_OPERATIVE: 'pre-operative preparation',
  ONCOLOGY: 'oncology treatment',
  MEDICAL: 'medical care',
};

type Ids = { patientId: string; bedId: string; episodeId: string | null };

/**
 * How `admitPatient` wrote an admission through the unit of work before it wrote it in one
 * statement (valid admissions only: the clash checks are left out): the reference the
 * one-statement write must match row for row.
 */
function admitThroughUnitOfWork(ctx: ServiceContext, ids: Ids, input: AdmitPatientInput): Promise<Admission> {
  const admittedAt = input.admittedAt ?? ctx.clock();
  return inTransaction(ctx.em, async (em) => {
    const patient = await getPatientOrFail(em, ids.patientId);
    refuseIfDeceased(patient);
    const bed = await em.findOneOrFail(Bed, { id: ids.bedId }, { populate: ['ward'] });
    const episode = await episodeFor(em, patient, { episodeId: ids.episodeId, title: `Admission for ${REASON_TEXT[input.reason]}`, specialty: null, at: admittedAt });
    const admission = em.create(Admission, { patient, episode, bed, reason: input.reason, admittedAt });
    em.create(BedStay, { admission, bed, from: admittedAt });
    recordJourneyEvent(
      em,
      patient,
      { kind: JourneyEventKind.ADMITTED, occurredAt: admittedAt, summary: summaries.admitted(bed.ward.name, bed.label, input.reason), episode, admission },
      ctx.actor,
    );
    return admission;
  });
}

/** How `transferPatient` wrote a move through the unit of work (valid moves only), as the reference. */
function transferThroughUnitOfWork(ctx: ServiceContext, ids: { patientId: string; bedId: string }, reason: string): Promise<BedStay> {
  const at = ctx.clock();
  return inTransaction(ctx.em, async (em) => {
    const patient = await getPatientOrFail(em, ids.patientId);
    const bed = await em.findOneOrFail(Bed, { id: ids.bedId }, { populate: ['ward'] });
    const admission = await em.findOneOrFail(Admission, { patient, status: AdmissionStatus.ADMITTED }, { populate: ['episode', 'bed', 'bed.ward'] });
    const current = await em.findOne(BedStay, { admission, to: null });
    const from = admission.bed;
    if (current) current.to = at;
    await em.flush();
    admission.bed = bed;
    const stay = em.create(BedStay, { admission, bed, from: at });
    recordJourneyEvent(
      em,
      patient,
      { kind: JourneyEventKind.TRANSFERRED, occurredAt: at, summary: summaries.transferred(from.ward.name, from.label, bed.ward.name, bed.label), note: reason, episode: admission.episode, admission, bedStay: stay },
      ctx.actor,
    );
    return stay;
  });
}

function auditScope(at: Date): MutationAudit {
  return {
    written: false,
    draftFor: (result) => {
      const record = result as Admission | BedStay;
      const patientId = record instanceof Admission ? record.patient.id : null;
      return { action: 'mutation:admitPatient', outcome: 'OK', patientId, target: `${record.constructor.name}:${record.id}` };
    },
    who: () => ({ user: { id: '00000000-0000-4000-8000-00000000000c', username: 'nurse' }, ip: '10.0.0.9', userAgent: 'ward pc', at }),
  };
}

describe('admitPatient writes in one statement', () => {
  let db: TestDatabase;
  const clock = testClock('2026-03-02T02:00:00.000Z');

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  const sql = async (text: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute<Record<string, unknown>[]>(text, params);

  async function written(admissionId: string, auditSince: number) {
    const [admission] = await sql(
      `select a.reason, a.status, a.admitted_at, a.discharged_at, a.version, w.name as ward, b.label as bed from admission a join bed b on b.id = a.bed_id join ward w on w.id = b.ward_id where a.id = ?`,
      [admissionId],
    );
    const stays = await sql(`select from_at, to_at, bed_id = (select bed_id from admission where id = ?) as "its bed" from bed_stay where admission_id = ?`, [admissionId, admissionId]);
    const [episode] = await sql(`select e.title, e.specialty, e.status, e.started_at, e.ended_at from episode e join admission a on a.episode_id = e.id where a.id = ?`, [admissionId]);
    const [patient] = await sql(`select p.stage, p.version, p.row_version from patient p join admission a on a.patient_id = p.id where a.id = ?`, [admissionId]);
    const events = await sql(
      `select je.kind, je.occurred_at, je.occurred_on, je.summary, je.actor, je.episode_id = a.episode_id as "same episode", je.bed_stay_id, je.referral_id, je.note
       from journey_event je join admission a on a.id = je.admission_id where je.admission_id = ? order by je.id`,
      [admissionId],
    );
    const audit = await sql(
      `select a.at, a.user_id, a.username, a.action, a.patient_id = ad.patient_id as "same patient", a.outcome, a.ip, a.user_agent
       from audit_entry a join admission ad on a.target = 'Admission:' || ad.id where ad.id = ? and a.id > ?`,
      [admissionId, auditSince],
    );
    return { admission, stays, episode, patient, events, audit };
  }

  /** Two patients alike (`ready` makes each): one admitted the old way, one the new, to two vacant beds. */
  async function compare(ready: () => Promise<{ patientId: string; episodeId: string | null }>, input: Partial<AdmitPatientInput> = {}) {
    const [a, b] = [await ready(), await ready()];
    const [bedA, bedB] = await vacantBeds(db.orm, 2);
    const at = clock.advance(30);
    const auditSince = Number((await sql(`select coalesce(max(id), 0) as id from audit_entry`))[0].id);
    const full = (p: { patientId: string; episodeId: string | null }, bed: Bed): AdmitPatientInput => ({ patientId: p.patientId, bedId: bed.id, reason: AdmissionReason.POST_OPERATIVE, ...input });
    const old = await runWithMutationAudit(auditScope(at), () =>
      admitThroughUnitOfWork(serviceContext(db.orm, clock), { patientId: a.patientId, bedId: bedA.id, episodeId: a.episodeId }, full(a, bedA)),
    );
    const now = await runWithMutationAudit(auditScope(at), () =>
      admitPatient(serviceContext(db.orm, clock), { patientId: b.patientId, bedId: bedB.id, episodeId: b.episodeId }, full(b, bedB)),
    );
    const expected = await written(old.id, auditSince);
    const actual = await written(now.id, auditSince);
    // The beds differ (two patients, two beds); everything else is the same.
    const withoutBed = (w: Awaited<ReturnType<typeof written>>) => ({
      ...w,
      admission: { ...w.admission, bed: undefined },
      events: w.events.map((e) => ({ ...e, summary: String(e.summary).replace(/bed \S+,/, 'bed …,') })),
    });
    expect(withoutBed(actual)).toEqual(withoutBed(expected));
    expect(actual.admission.bed).toBe(bedB.label);
    expect(actual.stays).toEqual([{ from_at: actual.admission.admitted_at, to_at: null, 'its bed': true }]);
    expect(actual.audit).toHaveLength(1);
    for (const field of ['status', 'reason', 'admittedAt', 'dischargedAt', 'version'] as const) expect(now[field], field).toEqual(old[field]);
    expect(now.patient.id).toBe(b.patientId);
    expect(now.bed.id).toBe(bedB.id);
    return { old, now };
  }

  const newPatient = async () => ({ patientId: (await registerPatient(serviceContext(db.orm, clock), patientInput())).id, episodeId: null });

  it('with no active episode (a new one is opened): the same episode, admission, stay, event, stage and audit entry as the unit of work', async () => {
    await compare(newPatient);
  });

  it('into the active episode of a waitlisted referral, and into a named episode', async () => {
    const waitlisted = async () => ({ patientId: (await referralInStatus(db.orm, clock, ReferralStatus.WAITLISTED)).patientId, episodeId: null });
    await compare(waitlisted);
    const named = async () => {
      const { patientId, referral } = await referralInStatus(db.orm, clock, ReferralStatus.ACCEPTED);
      return { patientId, episodeId: referral.episode.id };
    };
    const { now } = await compare(named, { admittedAt: new Date(clock().getTime() - 60 * 60_000) });
    expect(now.episode.id).toBeTruthy();
  });

  it('costs two statements, without BEGIN and COMMIT; the unit of work took more', async () => {
    const [bedA, bedB] = await vacantBeds(db.orm, 2);
    const a = await newPatient();
    const b = await newPatient();
    db.resetQueries();
    await runWithMutationAudit(auditScope(clock()), () =>
      admitThroughUnitOfWork(serviceContext(db.orm, clock), { ...a, bedId: bedA.id }, { patientId: a.patientId, bedId: bedA.id, reason: AdmissionReason.MEDICAL }),
    );
    const before = [...db.queries];
    db.resetQueries();
    await runWithMutationAudit(auditScope(clock()), () =>
      admitPatient(serviceContext(db.orm, clock), { ...b, bedId: bedB.id }, { patientId: b.patientId, bedId: bedB.id, reason: AdmissionReason.MEDICAL }),
    );
    const after = [...db.queries];
    // The unit of work without the clash checks: begin, patient, bed, episode, four inserts, the patient's stage, audit, commit.
    expect(before.length).toBeGreaterThanOrEqual(10);
    expect(after).toHaveLength(2);
    expect(after[0]).toMatch(/^select/);
    expect(after[1]).toMatch(/^with .*"episode".*"admission".*"bed_stay".*"journey_event".*"patient".*audit_entry/s);
  });

  it('transferPatient: the same closed stay, new stay, moved admission, event and audit entry as the unit of work, in two statements', async () => {
    const [bedA, bedB, toA, toB] = await vacantBeds(db.orm, 4);
    const a = await newPatient();
    const b = await newPatient();
    const admitted = (p: { patientId: string }, bed: Bed) =>
      admitPatient(serviceContext(db.orm, clock), { patientId: p.patientId, bedId: bed.id, episodeId: null }, { patientId: p.patientId, bedId: bed.id, reason: AdmissionReason.MEDICAL });
    const admissionA = await admitted(a, bedA);
    const admissionB = await admitted(b, bedB);
    clock.advance(120);
    const auditSince = Number((await sql(`select coalesce(max(id), 0) as id from audit_entry`))[0].id);
    db.resetQueries();
    const old = await runWithMutationAudit(auditScope(clock()), () => transferThroughUnitOfWork(serviceContext(db.orm, clock), { patientId: a.patientId, bedId: toA.id }, 'Needs the side room'));
    const before = [...db.queries];
    db.resetQueries();
    const now = await runWithMutationAudit(auditScope(clock()), () =>
      transferPatient(serviceContext(db.orm, clock), { patientId: b.patientId, bedId: toB.id }, { patientId: b.patientId, bedId: toB.id, reason: 'Needs the side room' }),
    );
    const after = [...db.queries];
    expect(before.length).toBeGreaterThan(4);
    expect(after).toHaveLength(2);
    expect(after[0]).toMatch(/^select/);
    expect(after[1]).toMatch(/^with .*"bed_stay".*"admission".*"bed_stay".*"journey_event".*audit_entry/s);

    const moved = async (admissionId: string, stayId: string) => {
      const rows = await written(admissionId, auditSince);
      return {
      ...rows,
      events: rows.events.map((e): Record<string, unknown> => ({ ...e, bed_stay_id: e.bed_stay_id === stayId ? 'the new stay' : e.bed_stay_id })),
      audit: await sql(`select a.action, a.outcome, a.username, a.ip from audit_entry a where a.target = ? and a.id > ?`, [`BedStay:${stayId}`, auditSince]),
      newStay: (await sql(`select from_at, to_at, bed_id = (select bed_id from admission where id = ?) as "its bed" from bed_stay where id = ?`, [admissionId, stayId]))[0],
      };
    };
    const expected = await moved(admissionA.id, old.id);
    const actual = await moved(admissionB.id, now.id);
    const withoutBeds = (w: typeof expected) => ({
      ...w,
      admission: { ...w.admission, bed: undefined },
      events: w.events.map((e) => ({ ...e, summary: String(e.summary).replace(/bed \S+/g, 'bed …') })),
    });
    expect(withoutBeds(actual)).toEqual(withoutBeds(expected));
    expect(actual.admission).toMatchObject({ bed: toB.label, version: 2 });
    expect(actual.stays).toHaveLength(2);
    expect(actual.events.map((e: Record<string, unknown>) => e.kind)).toEqual(['ADMITTED', 'TRANSFERRED']);
    expect(actual.audit).toHaveLength(1);
    expect(now.from).toEqual(old.from);
  });
});
