import { describe, expect, it } from 'vitest';
import { missionOverlaps, missionProblems, type MissionForm } from './mission-form';

const form = (overrides: Partial<MissionForm> = {}): MissionForm => ({
  name: 'Kyoto hernia mission',
  institution: 'Kyoto University Hospital',
  startDate: '2026-05-04',
  endDate: '2026-05-07',
  dailyCapacityMinutes: 480,
  specialties: ['GENERAL_SURGERY'],
  theatreIds: ['OT1'],
  memberIds: [],
  notes: '',
  ...overrides,
});

describe('a new mission', () => {
  it('is valid with a name, team, dates, a specialty and a theatre', () => {
    expect(missionProblems(form())).toEqual({});
  });

  it('ends on or after its start, and lasts at most 14 days', () => {
    expect(missionProblems(form({ endDate: '2026-05-03' }))).toEqual({ endDate: 'END_BEFORE_START' });
    expect(missionProblems(form({ endDate: '2026-05-04' }))).toEqual({});
    expect(missionProblems(form({ endDate: '2026-05-17' }))).toEqual({});
    expect(missionProblems(form({ endDate: '2026-05-18' }))).toEqual({ endDate: 'TOO_LONG' });
  });

  it('needs at least one specialty and theatre, and a sensible daily capacity', () => {
    expect(missionProblems(form({ specialties: [], theatreIds: [], dailyCapacityMinutes: 10, name: ' ' }))).toEqual({ name: 'REQUIRED', specialties: 'REQUIRED', theatreIds: 'REQUIRED', dailyCapacityMinutes: 'CAPACITY' });
  });

  it('warns of another mission on the same theatre on overlapping days, not on other theatres or days', () => {
    const missions = [
      { id: 'm1', name: 'Osaka ENT', startDate: '2026-05-07', endDate: '2026-05-09', theatres: [{ id: 'OT1', name: 'OT 1' }] },
      { id: 'm2', name: 'Tokyo plastics', startDate: '2026-05-05', endDate: '2026-05-06', theatres: [{ id: 'OT2', name: 'OT 2' }] },
      { id: 'm3', name: 'Nagoya GI', startDate: '2026-05-08', endDate: '2026-05-10', theatres: [{ id: 'OT1', name: 'OT 1' }] },
    ];
    expect(missionOverlaps(form(), missions).map((o) => [o.mission.id, o.theatre])).toEqual([['m1', 'OT 1']]);
  });
});
