import { describe, expect, it } from 'vitest';
import { DischargeDisposition } from './care.js';
import { JourneyEventKind as K, JourneyStage as S, stageAfter } from './journey.js';
import { ReferralStatus as R } from './referral.js';

const changed = (toStatus: R) => ({ kind: K.REFERRAL_STATUS_CHANGED, toStatus }) as const;

describe('stageAfter', () => {
  it('walks a whole journey from registration to follow-up', () => {
    const steps = [
      [{ kind: K.PATIENT_REGISTERED }, S.REGISTERED],
      [{ kind: K.REFERRAL_RECEIVED }, S.REFERRED],
      [changed(R.TRIAGED), S.IN_ASSESSMENT],
      [changed(R.ACCEPTED), S.WAITLISTED],
      [changed(R.WAITLISTED), S.WAITLISTED],
      [changed(R.SCHEDULED), S.SURGERY_SCHEDULED],
      [{ kind: K.SURGERY_SCHEDULED }, S.SURGERY_SCHEDULED],
      [{ kind: K.SURGERY_PERFORMED }, S.OPERATED],
      [changed(R.COMPLETED), S.OPERATED],
      [{ kind: K.ADMITTED }, S.INPATIENT],
      [{ kind: K.DISCHARGED, disposition: DischargeDisposition.HOME }, S.FOLLOW_UP],
    ] as const;
    let stage = S.REGISTERED;
    for (const [event, expected] of steps) {
      stage = stageAfter(stage, event);
      expect(stage, event.kind).toBe(expected);
    }
  });

  it('keeps an inpatient on the ward through outpatient steps', () => {
    for (const event of [{ kind: K.REFERRAL_RECEIVED }, changed(R.TRIAGED), changed(R.DECLINED), { kind: K.SURGERY_SCHEDULED }, { kind: K.SURGERY_PERFORMED }, { kind: K.SURGERY_CANCELLED }] as const) {
      expect(stageAfter(S.INPATIENT, event)).toBe(S.INPATIENT);
    }
  });

  it('closes the journey when a referral is declined or cancelled', () => {
    expect(stageAfter(S.IN_ASSESSMENT, changed(R.DECLINED))).toBe(S.CLOSED);
    expect(stageAfter(S.WAITLISTED, changed(R.CANCELLED))).toBe(S.CLOSED);
  });

  it('puts a patient back on the waitlist when their operation is cancelled', () => {
    expect(stageAfter(S.SURGERY_SCHEDULED, { kind: K.SURGERY_CANCELLED })).toBe(S.WAITLISTED);
  });

  it('treats death as final', () => {
    const dead = stageAfter(S.INPATIENT, { kind: K.DISCHARGED, disposition: DischargeDisposition.DIED });
    expect(dead).toBe(S.DECEASED);
    for (const kind of [K.ADMITTED, K.REFERRAL_RECEIVED, K.PATIENT_REGISTERED, K.SURGERY_PERFORMED] as const) {
      expect(stageAfter(dead, { kind })).toBe(S.DECEASED);
    }
  });
});
