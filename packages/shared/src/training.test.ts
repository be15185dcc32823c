import { describe, expect, it } from 'vitest';
import { StaffRole, TeamRole } from './surgery.js';
import { compareLogbookLevels, countsForSurgicalTraining, LogbookLevel, logbookLevelOf, type LogbookTeamMember } from './training.js';

const member = (staffId: string, teamRole: TeamRole, staffRole: StaffRole, visiting = false): LogbookTeamMember => ({ staffId, teamRole, staffRole, visiting });
const levels = (team: LogbookTeamMember[]) => Object.fromEntries(team.map((m) => [m.staffId, logbookLevelOf(m, team)]));

describe('logbook levels from an operation record', () => {
  it('a resident operating with a staff surgeon assisting performed it with the trainer scrubbed, supervised by that surgeon', () => {
    const team = [
      member('resident', TeamRole.PRIMARY_SURGEON, StaffRole.RESIDENT),
      member('surgeon', TeamRole.ASSISTANT, StaffRole.SURGEON),
      member('student', TeamRole.OBSERVER, StaffRole.RESIDENT),
      member('gas', TeamRole.ANAESTHETIST, StaffRole.ANAESTHETIST),
      member('scrub', TeamRole.SCRUB_NURSE, StaffRole.NURSE),
    ];
    expect(levels(team)).toEqual({
      resident: { level: LogbookLevel.PERFORMED_TRAINER_SCRUBBED, supervisorId: 'surgeon' },
      // The trainer's own entry: assisted, nobody above them (they may confirm it as TAUGHT).
      surgeon: { level: LogbookLevel.ASSISTED, supervisorId: null },
      student: { level: LogbookLevel.OBSERVED, supervisorId: 'surgeon' },
      gas: { level: LogbookLevel.PERFORMED_INDEPENDENTLY, supervisorId: null },
      scrub: { level: LogbookLevel.PERFORMED_INDEPENDENTLY, supervisorId: null },
    });
  });

  it('a visiting member assisting is a trainer whatever their staff role', () => {
    const team = [member('local', TeamRole.PRIMARY_SURGEON, StaffRole.SURGEON), member('visitor', TeamRole.ASSISTANT, StaffRole.OTHER, true)];
    expect(logbookLevelOf(team[0], team)).toEqual({ level: LogbookLevel.PERFORMED_TRAINER_SCRUBBED, supervisorId: 'visitor' });
  });

  it('a resident operating with no trainer scrubbed performed it with the trainer unscrubbed; the supervisor is named when confirming', () => {
    const team = [member('resident', TeamRole.PRIMARY_SURGEON, StaffRole.RESIDENT), member('other', TeamRole.ASSISTANT, StaffRole.RESIDENT)];
    expect(levels(team)).toEqual({
      resident: { level: LogbookLevel.PERFORMED_TRAINER_UNSCRUBBED, supervisorId: null },
      other: { level: LogbookLevel.ASSISTED, supervisorId: null },
    });
  });

  it('a surgeon operating without a trainer performed it independently and supervises the assistants and observers', () => {
    const team = [
      member('surgeon', TeamRole.PRIMARY_SURGEON, StaffRole.SURGEON),
      member('resident', TeamRole.ASSISTANT, StaffRole.RESIDENT),
      member('student', TeamRole.OBSERVER, StaffRole.OTHER),
    ];
    expect(levels(team)).toEqual({
      surgeon: { level: LogbookLevel.PERFORMED_INDEPENDENTLY, supervisorId: null },
      resident: { level: LogbookLevel.ASSISTED, supervisorId: 'surgeon' },
      student: { level: LogbookLevel.OBSERVED, supervisorId: 'surgeon' },
    });
  });

  it('without a primary surgeon nobody supervises', () => {
    const team = [member('resident', TeamRole.ASSISTANT, StaffRole.RESIDENT), member('surgeon', TeamRole.OBSERVER, StaffRole.SURGEON)];
    expect(levels(team)).toEqual({
      resident: { level: LogbookLevel.ASSISTED, supervisorId: null },
      surgeon: { level: LogbookLevel.OBSERVED, supervisorId: null },
    });
  });

  it('counts primary, assistant, observer and transcribed entries for surgical training, not the anaesthetist\'s or scrub nurse\'s', () => {
    expect([TeamRole.PRIMARY_SURGEON, TeamRole.ASSISTANT, TeamRole.OBSERVER, null].map(countsForSurgicalTraining)).toEqual([true, true, true, true]);
    expect([TeamRole.ANAESTHETIST, TeamRole.SCRUB_NURSE].map(countsForSurgicalTraining)).toEqual([false, false]);
  });

  it('orders the scale from observed to taught', () => {
    expect(compareLogbookLevels(LogbookLevel.OBSERVED, LogbookLevel.TAUGHT)).toBeLessThan(0);
    expect(compareLogbookLevels(LogbookLevel.PERFORMED_INDEPENDENTLY, LogbookLevel.PERFORMED_TRAINER_UNSCRUBBED)).toBeGreaterThan(0);
  });
});
