import { stageAfter, type JourneyStage } from '@pj/shared';
import type { ChangeStatement } from '../common/change-statement.js';
import { summaryColumns, type JourneyEventDraft } from './journey-recorder.js';

/** A record the event points at may be given by its key. */
type Keyed<T> = T extends { id: string } ? T | string : T;

/** A timeline event's draft whose records may be keys (`JourneyEventDraft` otherwise). */
export type KeyedJourneyEventDraft<D = JourneyEventDraft> = D extends unknown ? { [K in keyof D]: Keyed<D[K]> } : never;

/** The patient as a change written in one statement read it (locked with the change's row). */
export interface PatientStage {
  id: string;
  stage: JourneyStage;
  /** The row's optimistic-lock version (`Patient.rowVersion`). */
  rowVersion: number;
}

/**
 * `recordJourneyEvent` for a change written in one statement (common/change-statement.ts):
 * adds the same `journey_event` row (every draft field that is a column of the event, the
 * records by key) and, when the event moves the patient's stage, the patient's update under
 * its optimistic lock, to `statement`. Returns the stage the patient is in afterwards.
 */
export function addJourneyEvent(statement: ChangeStatement, patient: PatientStage, draft: KeyedJourneyEventDraft, actor: string | null): JourneyStage {
  statement.insert('journey_event', 'JourneyEvent', {
    ...statement.onlyColumns('JourneyEvent', draft),
    ...summaryColumns(draft.summary),
    patient: patient.id,
    occurredOn: draft.occurredOn ?? null,
    recordedAt: draft.recordedAt ?? new Date(),
    actor,
  });
  const stage = stageAfter(patient.stage, draft);
  if (stage !== patient.stage) {
    statement.update('patient_stage', 'Patient', { id: patient.id, version: patient.rowVersion }, { stage }, { expect: 1 });
  }
  return stage;
}
