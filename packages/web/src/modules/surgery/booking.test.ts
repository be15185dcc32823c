import { describe, expect, it } from 'vitest';
import { bookingInput, bookingProblems, emptyBookingForm, outsideSession, teamOf, withEmergency, type BookingForm } from './booking';

const form = (overrides: Partial<BookingForm> = {}): BookingForm => ({
  ...emptyBookingForm(),
  procedure: 'Open inguinal hernia repair',
  specialty: 'GENERAL_SURGERY',
  theatreId: 'T1',
  start: '2026-04-01T08:00',
  ...overrides,
});

describe('the booking form', () => {
  it('asks for a procedure, a specialty without a referral, a theatre, a start and a duration', () => {
    expect(bookingProblems(emptyBookingForm())).toEqual({ procedure: 'REQUIRED', specialty: 'REQUIRED', theatreId: 'REQUIRED', start: 'START' });
    expect(bookingProblems(form({ specialty: '', referralId: 'R1' }))).toEqual({});
    expect(bookingProblems(form({ duration: 4 }))).toEqual({ duration: 'DURATION' });
  });

  it('keeps a planned operation inside the session (08:00–17:00 Phnom Penh); an emergency may be at 02:00', () => {
    expect(outsideSession(form({ start: '2026-04-01T16:00', duration: 60 }))).toBe(false);
    expect(outsideSession(form({ start: '2026-04-01T16:30', duration: 60 }))).toBe(true);
    expect(bookingProblems(form({ start: '2026-04-01T02:00' }))).toEqual({ start: 'OUTSIDE_SESSION' });
    expect(bookingProblems(withEmergency(form({ start: '2026-04-01T02:00' }), true))).toEqual({});
  });

  it('switching emergency on makes the urgency immediate, and back to elective when off', () => {
    const on = withEmergency(form(), true);
    expect(on.urgency).toBe('IMMEDIATE');
    expect(withEmergency({ ...on, urgency: 'URGENT' as never }, true).urgency).toBe('URGENT');
    expect(withEmergency(on, false).urgency).toBe('ELECTIVE');
  });

  it('builds the team with each member once, and refuses the same person twice', () => {
    const f = form({ primarySurgeonId: 'S1', assistantIds: ['S2'], anaesthetistId: 'A1' });
    expect(teamOf(f)).toEqual([
      { staffId: 'S1', role: 'PRIMARY_SURGEON' },
      { staffId: 'S2', role: 'ASSISTANT' },
      { staffId: 'A1', role: 'ANAESTHETIST' },
    ]);
    expect(bookingProblems(form({ primarySurgeonId: 'S1', assistantIds: ['S1'] }))).toEqual({ assistantIds: 'TEAM_TWICE' });
  });

  it('sends the start as an instant (Phnom Penh is UTC+7) with the side and urgency', () => {
    const input = bookingInput('P1', withEmergency(form({ start: '2026-04-01T02:00', side: 'NOT_APPLICABLE', duration: '45' }), true));
    expect(input).toMatchObject({ patientId: 'P1', referralId: null, scheduledStart: '2026-03-31T19:00:00.000Z', expectedDurationMinutes: 45, urgency: 'IMMEDIATE', side: 'NOT_APPLICABLE' });
  });
});
