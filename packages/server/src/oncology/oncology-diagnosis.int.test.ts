import { CancerType, DiagnosisBasis, ErrorCode, JourneyEventKind, JourneyStage, StageScheme } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/test-database.js';
import {
  addedRows,
  childGuardian,
  expectFailsAndChangesNothing,
  patientInput,
  reloadPatient,
  serviceContext,
  snapshotDatabase,
  testClock,
} from '../../../../tests/support/factories.js';
import { readJourney } from '../journey/journey.service.js';
import type { Patient } from '../patients/patient.entity.js';
import { registerPatient } from '../patients/patient.service.js';
import { OncologyDiagnosis } from './oncology-diagnosis.entity.js';
import type { RecordOncologyDiagnosisInput } from './oncology.input.js';
import { recordOncologyDiagnosis } from './oncology.service.js';

const UNKNOWN_ID = '00000000-0000-4000-8000-0000000000cc';

describe('oncology diagnoses', () => {
  let db: TestDatabase;
  // 09:00 in Phnom Penh on 2 March 2026.
  const clock = testClock('2026-03-02T02:00:00.000Z');
  const ctx = () => serviceContext(db.orm, clock);

  const registerChild = (): Promise<Patient> =>
    registerPatient(ctx(), patientInput({ givenName: 'Vibol', birthDate: '2021-06-10', phones: [], guardian: childGuardian }));
  const diagnosisInput = (patientId: string, overrides: Partial<RecordOncologyDiagnosisInput> = {}): RecordOncologyDiagnosisInput => ({
    patientId,
    cancerType: CancerType.WILMS_TUMOUR,
    basis: DiagnosisBasis.HISTOLOGY,
    diagnosedOn: '2026-02-20',
    stageScheme: StageScheme.SIOP_WILMS,
    stage: 'II',
    notes: 'Left kidney, no rupture',
    ...overrides,
  });
  const record = (patientId: string, overrides: Partial<RecordOncologyDiagnosisInput> = {}) =>
    recordOncologyDiagnosis(ctx(), patientId, diagnosisInput(patientId, overrides));
  const diagnosisRows = () => db.orm.em.fork().count(OncologyDiagnosis, {});

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('records a diagnosis with an ONCOLOGY_DIAGNOSED event linked to it, without moving the stage', async () => {
    const child = await registerChild();
    const before = await snapshotDatabase(db.orm);
    const rowsBefore = await diagnosisRows();

    const diagnosis = await record(child.id, { stage: ' iii ' });
    expect(addedRows(before, await snapshotDatabase(db.orm))).toEqual({ journey_event: 1 });
    expect(await diagnosisRows()).toBe(rowsBefore + 1);

    const stored = await db.orm.em.fork().findOneOrFail(OncologyDiagnosis, { id: diagnosis.id });
    expect(stored).toMatchObject({
      cancerType: CancerType.WILMS_TUMOUR,
      basis: DiagnosisBasis.HISTOLOGY,
      diagnosedOn: '2026-02-20',
      stageScheme: StageScheme.SIOP_WILMS,
      stage: 'III',
      notes: 'Left kidney, no rupture',
    });
    expect(stored.patient.id).toBe(child.id);
    expect((await reloadPatient(db.orm, child.id)).stage).toBe(JourneyStage.REGISTERED);

    // On the timeline, with its record joined in by the one timeline read.
    const page = await readJourney(db.orm.em.fork(), child.id, { first: 10 });
    const event = page.nodes.find((e) => e.kind === JourneyEventKind.ONCOLOGY_DIAGNOSED);
    expect(event?.oncologyDiagnosis).toMatchObject({ id: diagnosis.id, cancerType: CancerType.WILMS_TUMOUR, stage: 'III' });
    // Placed at the start of the day of diagnosis, Phnom Penh time.
    expect(event?.occurredAt.toISOString()).toBe('2026-02-19T17:00:00.000Z');
    expect(event?.summary).toBe('Cancer diagnosed: wilms tumour, stage III (siop wilms), by histology');
  });

  it('accepts free-text stages in the other schemes', async () => {
    const child = await registerChild();
    const d = await record(child.id, {
      cancerType: CancerType.BURKITT_LYMPHOMA,
      basis: DiagnosisBasis.CYTOLOGY,
      stageScheme: StageScheme.TORONTO_TIER_2,
      stage: 'Stage III (St Jude/Murphy)',
      notes: null,
    });
    expect(d).toMatchObject({ stage: 'Stage III (St Jude/Murphy)', notes: null });
  });

  it('refuses invalid input with BAD_USER_INPUT and changes nothing', async () => {
    const child = await registerChild();
    const rowsBefore = await diagnosisRows();
    const cases: [Partial<RecordOncologyDiagnosisInput>, string, string][] = [
      [{ stage: 'VI' }, 'stage', 'INVALID_STAGE'],
      [{ stage: '2' }, 'stage', 'INVALID_STAGE'],
      [{ stage: '  ' }, 'stage', 'REQUIRED'],
      [{ stageScheme: StageScheme.TNM, stage: '' }, 'stage', 'REQUIRED'],
      [{ diagnosedOn: '2026-03-03' }, 'diagnosedOn', 'IN_FUTURE'],
      [{ diagnosedOn: '2026-02-30' }, 'diagnosedOn', 'INVALID_DATE'],
      [{ diagnosedOn: '2021-06-09' }, 'diagnosedOn', 'BEFORE_BIRTH'],
    ];
    for (const [overrides, field, reason] of cases) {
      await expectFailsAndChangesNothing(
        db.orm,
        () => record(child.id, overrides),
        { code: ErrorCode.BAD_USER_INPUT, reason, field },
        [child.id],
      );
    }
    expect(await diagnosisRows()).toBe(rowsBefore);
    // Today (in Phnom Penh) is not the future.
    await expect(record(child.id, { diagnosedOn: '2026-03-02' })).resolves.toBeInstanceOf(OncologyDiagnosis);
  });

  it('answers NOT_FOUND for an unknown patient', async () => {
    await expectFailsAndChangesNothing(db.orm, () => record(UNKNOWN_ID), { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND' });
  });
});
