import { JourneyStage } from '@pj/shared';
import { conflict } from '../common/domain-error.js';

/**
 * The one guard every clinical write calls once it has the patient: after a death nothing
 * clinical is recorded for them (CONFLICT PATIENT_DECEASED). A death recorded in error is
 * undone only by `correctRecordedDeath`. Demographic corrections and merges stay allowed.
 */
export function refuseIfDeceased(patient: { stage: JourneyStage }): void {
  if (patient.stage === JourneyStage.DECEASED) {
    throw conflict('PATIENT_DECEASED', 'The patient has died: nothing more can be recorded for their care');
  }
}
