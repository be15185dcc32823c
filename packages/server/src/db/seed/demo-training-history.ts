import type { EntityManager } from '@mikro-orm/postgresql';
import { DevelopmentKind, LogbookLevel, Specialty, StaffRole, addDays, hospitalDate } from '@pj/shared';
import { randomUUID } from 'node:crypto';
import { PROCEDURE_GROUPS } from '../../codes/lists/procedure-groups.js';
import { PROCEDURES } from '../../codes/lists/procedures.js';
import type { Random } from './random.js';

/**
 * The demo hospital's years before the product: paper logbooks copied in (TRANSCRIBED entries,
 * no operation behind them) from January 2021 to last month, for the local surgeons, two residents
 * and the visiting surgeons. Local staff progress in some procedure groups from observing to
 * operating independently, with the supervisors' entrustment decisions at each step; their
 * development beyond the theatre (courses, missions joined, study in Laos and Japan, teaching,
 * leadership) is on their profiles.
 *
 * Nothing here touches the operations, referrals or admissions the other demo figures are built
 * from, and it draws from its own random stream: the rest of the demo hospital is unchanged.
 * One multi-row insert per table keeps the seed quick.
 */

/** The residents, local staff in training (Khmer names). */
const DEMO_RESIDENTS: readonly { name: string; khmer: string; specialty: Specialty }[] = [
  { name: 'Dr Sreyleak Mao', khmer: 'ស្រីល័ក្ខ ម៉ៅ', specialty: Specialty.GENERAL_SURGERY },
  { name: 'Dr Chanrith Heng', khmer: 'ចាន់ឫទ្ធិ ហេង', specialty: Specialty.OBSTETRICS_GYNAECOLOGY },
];

const L = LogbookLevel;
const TANAKA = 'Dr Kenji Tanaka (visiting)';
const SATO = 'Dr Yuki Sato (visiting)';
const SUZUKI = 'Dr Hiroshi Suzuki (visiting)';
const CHEA = 'Dr Vannak Chea';

/**
 * A local person's path in one group: from each month on, the level of their cases and at most how
 * many a month; the supervisor countersigns and decides each step from PERFORMED_TRAINER_SCRUBBED.
 */
interface Track {
  person: string;
  group: string;
  supervisor: string;
  steps: readonly (readonly [from: string, level: LogbookLevel, perMonth: number])[];
}

const TRACKS: readonly Track[] = [
  { person: CHEA, group: 'GEN-HERNIA', supervisor: TANAKA, steps: [['2021-01', L.PERFORMED_TRAINER_SCRUBBED, 2], ['2022-01', L.PERFORMED_TRAINER_UNSCRUBBED, 2], ['2023-03', L.PERFORMED_INDEPENDENTLY, 3]] },
  { person: CHEA, group: 'GEN-APPX', supervisor: TANAKA, steps: [['2021-06', L.ASSISTED, 1], ['2022-06', L.PERFORMED_TRAINER_SCRUBBED, 2], ['2023-06', L.PERFORMED_TRAINER_UNSCRUBBED, 2], ['2024-06', L.PERFORMED_INDEPENDENTLY, 2]] },
  { person: CHEA, group: 'GEN-CHOLE', supervisor: TANAKA, steps: [['2023-01', L.ASSISTED, 1], ['2024-09', L.PERFORMED_TRAINER_SCRUBBED, 1]] },
  { person: 'Dr Sophea Kim', group: 'BRE-EXCISION', supervisor: SATO, steps: [['2021-01', L.PERFORMED_TRAINER_SCRUBBED, 1], ['2022-03', L.PERFORMED_TRAINER_UNSCRUBBED, 2], ['2023-09', L.PERFORMED_INDEPENDENTLY, 2]] },
  { person: 'Dr Sophea Kim', group: 'BRE-MASTECTOMY', supervisor: SATO, steps: [['2022-01', L.ASSISTED, 1], ['2024-03', L.PERFORMED_TRAINER_SCRUBBED, 1]] },
  { person: 'Dr Rithy Prak', group: 'PAE-GENERAL', supervisor: TANAKA, steps: [['2021-01', L.ASSISTED, 1], ['2022-01', L.PERFORMED_TRAINER_SCRUBBED, 2], ['2023-01', L.PERFORMED_TRAINER_UNSCRUBBED, 2], ['2024-03', L.PERFORMED_INDEPENDENTLY, 3]] },
  { person: 'Dr Rithy Prak', group: 'PAE-CLEFT', supervisor: TANAKA, steps: [['2022-06', L.OBSERVED, 1], ['2024-01', L.ASSISTED, 1]] },
  { person: 'Dr Sreyleak Mao', group: 'GEN-HERNIA', supervisor: CHEA, steps: [['2023-01', L.OBSERVED, 1], ['2023-09', L.ASSISTED, 2], ['2024-09', L.PERFORMED_TRAINER_SCRUBBED, 2]] },
  { person: 'Dr Sreyleak Mao', group: 'GEN-MINOR', supervisor: CHEA, steps: [['2023-06', L.PERFORMED_TRAINER_SCRUBBED, 2], ['2024-06', L.PERFORMED_INDEPENDENTLY, 2]] },
  { person: 'Dr Chanrith Heng', group: 'OBG-CAESAREAN', supervisor: SUZUKI, steps: [['2022-01', L.ASSISTED, 2], ['2022-10', L.PERFORMED_TRAINER_SCRUBBED, 3], ['2023-10', L.PERFORMED_TRAINER_UNSCRUBBED, 3], ['2025-02', L.PERFORMED_INDEPENDENTLY, 3]] },
  { person: 'Dr Chanrith Heng', group: 'OBG-EVACUATION', supervisor: SUZUKI, steps: [['2022-06', L.PERFORMED_TRAINER_SCRUBBED, 1], ['2023-06', L.PERFORMED_INDEPENDENTLY, 1]] },
];

/** The visiting surgeons operate independently in their groups in their mission months (1 = January). */
const VISITS: readonly { surgeon: string; months: readonly number[]; groups: readonly string[] }[] = [
  { surgeon: TANAKA, months: [3, 10], groups: ['GEN-HERNIA', 'GEN-CHOLE', 'PAE-CLEFT', 'PAE-TUMOUR', 'URO-SCROTAL'] },
  { surgeon: SATO, months: [5, 11], groups: ['BRE-MASTECTOMY', 'ENT-THYROID', 'ENT-TONSIL', 'PLA-GRAFT'] },
  { surgeon: SUZUKI, months: [2, 9], groups: ['OBG-HYSTERECTOMY', 'OBG-ADNEXAL', 'GEN-LAPAROTOMY'] },
];

const DEVELOPMENT: readonly { person: string; kind: DevelopmentKind; title: string; place: string | null; starts: string; ends: string | null; evidence: string | null }[] = [
  { person: CHEA, kind: DevelopmentKind.COURSE, title: 'Basic surgical skills course', place: 'Phnom Penh', starts: '2021-03-15', ends: '2021-03-17', evidence: 'Certificate on file' },
  { person: CHEA, kind: DevelopmentKind.OVERSEAS_MISSION, title: 'Joined the Kyoto team\'s surgical mission', place: 'Savannakhet, Laos', starts: '2022-11-07', ends: '2022-11-12', evidence: 'Mission report' },
  { person: CHEA, kind: DevelopmentKind.STUDY_ABROAD, title: 'Hepatobiliary surgery observership', place: 'Kyoto University Hospital, Japan', starts: '2024-01-08', ends: '2024-03-29', evidence: 'Letter from the host department' },
  { person: CHEA, kind: DevelopmentKind.TEACHING, title: 'Hernia repair teaching for the residents', place: 'Phnom Penh', starts: '2024-10-01', ends: null, evidence: null },
  { person: CHEA, kind: DevelopmentKind.LEADERSHIP, title: 'Head of the general surgery department', place: null, starts: '2025-07-01', ends: null, evidence: 'Appointment letter' },
  { person: 'Dr Sophea Kim', kind: DevelopmentKind.STUDY_ABROAD, title: 'Breast surgery training', place: 'Mahosot Hospital, Vientiane, Laos', starts: '2022-06-01', ends: '2022-08-31', evidence: 'Certificate on file' },
  { person: 'Dr Sophea Kim', kind: DevelopmentKind.COURSE, title: 'Ultrasound-guided breast biopsy course', place: 'Bangkok, Thailand', starts: '2023-04-17', ends: '2023-04-19', evidence: 'Certificate on file' },
  { person: 'Dr Sophea Kim', kind: DevelopmentKind.TEACHING, title: 'Breast examination workshop for the nurses', place: 'Phnom Penh', starts: '2024-10-14', ends: '2024-10-14', evidence: null },
  { person: 'Dr Rithy Prak', kind: DevelopmentKind.OVERSEAS_MISSION, title: 'Cleft lip and palate mission with the Kyoto team', place: 'Luang Prabang, Laos', starts: '2023-03-20', ends: '2023-03-25', evidence: 'Mission report' },
  { person: 'Dr Rithy Prak', kind: DevelopmentKind.STUDY_ABROAD, title: 'Paediatric surgery fellowship', place: 'Osaka University Hospital, Japan', starts: '2025-04-01', ends: '2025-09-30', evidence: 'Fellowship certificate' },
  { person: 'Dr Sreyleak Mao', kind: DevelopmentKind.COURSE, title: 'Trauma life support provider course', place: 'Phnom Penh', starts: '2023-05-08', ends: '2023-05-10', evidence: 'Certificate on file' },
  { person: 'Dr Chanrith Heng', kind: DevelopmentKind.COURSE, title: 'Emergency obstetric care course', place: 'Phnom Penh', starts: '2022-03-07', ends: '2022-03-11', evidence: 'Certificate on file' },
  { person: 'Dr Chanrith Heng', kind: DevelopmentKind.LEADERSHIP, title: 'Residents\' representative', place: null, starts: '2024-01-01', ends: '2024-12-31', evidence: null },
];

const REASONS: Partial<Record<LogbookLevel, string>> = {
  [L.PERFORMED_TRAINER_SCRUBBED]: 'Safe, well-prepared assistant; ready to perform with me scrubbed.',
  [L.PERFORMED_TRAINER_UNSCRUBBED]: 'Performs the steps fluently; I need not be scrubbed, only in the building.',
  [L.PERFORMED_INDEPENDENTLY]: 'Supervised cases reviewed with good outcomes; entrusted to operate independently.',
};

const HISTORY_START = '2021-01';

function monthsFrom(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** Seeds the paper-logbook years; `staffIds` are the demo's staff by name (the residents are added). */
export async function seedDemoTrainingHistory(em: EntityManager, rng: Random, now: Date, staffIds: Map<string, string>): Promise<void> {
  const today = hospitalDate(now);
  const thisMonth = today.slice(0, 7);
  const lastMonth = monthsFrom(HISTORY_START, thisMonth).at(-2);
  if (!lastMonth) return;

  const residents = DEMO_RESIDENTS.map((r) => ({ id: randomUUID(), name: r.name, name_khmer: r.khmer, role: StaffRole.RESIDENT, specialty: r.specialty }));
  for (const r of residents) staffIds.set(r.name, r.id);
  await em.execute(
    `insert into "staff_member" ("id", "name", "name_khmer", "role", "specialty", "visiting")
     select r."id", r."name", r."name_khmer", r."role", r."specialty", false from json_to_recordset(?::json) as r("id" uuid, "name" text, "name_khmer" text, "role" text, "specialty" text)`,
    [JSON.stringify(residents)],
  );

  const proceduresOf = new Map(PROCEDURE_GROUPS.map((g) => [g.code, g.procedures]));
  const titleOf = new Map(PROCEDURES.map((p) => [p.code, p.title]));
  const entries: Record<string, unknown>[] = [];
  const decisions: Record<string, unknown>[] = [];
  const entry = (person: string, group: string, month: string, level: LogbookLevel, supervisor: string | null) => {
    const performedOn = `${month}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    if (performedOn >= today) return;
    const code = rng.pick(proceduresOf.get(group)!);
    const countersigned = supervisor !== null;
    entries.push({
      staff_member_id: staffIds.get(person),
      performed_on: performedOn,
      level,
      supervisor_id: supervisor ? staffIds.get(supervisor) : null,
      procedure_code: code,
      procedure_group: group,
      procedure_text: titleOf.get(code),
      confirmed_at: `${addDays(performedOn, 1)}T10:00:00+07:00`,
      // Trainees' cases are countersigned by their supervisor; an independent case has no supervisor to sign.
      countersigned_at: countersigned ? `${addDays(performedOn, 3)}T16:00:00+07:00` : null,
      countersigned_by: countersigned ? staffIds.get(supervisor) : null,
    });
  };

  for (const track of TRACKS) {
    track.steps.forEach(([from, level, perMonth], i) => {
      const until = track.steps[i + 1]?.[0];
      if (from > lastMonth) return;
      if (i > 0 && level !== L.OBSERVED && level !== L.ASSISTED) {
        decisions.push({
          staff_member_id: staffIds.get(track.person),
          procedure_group: track.group,
          level,
          decided_by: staffIds.get(track.supervisor),
          decided_on: `${from}-01`,
          reason: REASONS[level],
        });
      }
      for (const month of monthsFrom(from, lastMonth)) {
        if (until && month >= until) break;
        const supervisor = level === L.PERFORMED_INDEPENDENTLY ? null : track.supervisor;
        for (let n = rng.int(0, perMonth); n > 0; n--) entry(track.person, track.group, month, level, supervisor);
      }
    });
  }
  for (const visit of VISITS) {
    for (const month of monthsFrom(HISTORY_START, lastMonth)) {
      if (!visit.months.includes(Number(month.slice(5)))) continue;
      for (const group of visit.groups) for (let n = rng.int(2, 5); n > 0; n--) entry(visit.surgeon, group, month, L.PERFORMED_INDEPENDENTLY, null);
    }
  }

  await em.execute(
    `insert into "logbook_entry" ("id", "staff_member_id", "source", "performed_on", "level", "supervisor_id", "procedure_code", "procedure_group", "procedure_text", "confirmed_at", "countersigned_at", "countersigned_by")
     select gen_random_uuid(), e."staff_member_id", 'TRANSCRIBED', e."performed_on", e."level", e."supervisor_id", e."procedure_code", e."procedure_group", e."procedure_text", e."confirmed_at", e."countersigned_at", e."countersigned_by"
       from json_to_recordset(?::json) as e("staff_member_id" uuid, "performed_on" date, "level" text, "supervisor_id" uuid, "procedure_code" text, "procedure_group" text, "procedure_text" text, "confirmed_at" timestamptz, "countersigned_at" timestamptz, "countersigned_by" uuid)`,
    [JSON.stringify(entries)],
  );
  await em.execute(
    `insert into "entrustment_decision" ("id", "staff_member_id", "procedure_group", "level", "decided_by", "decided_on", "reason")
     select gen_random_uuid(), d."staff_member_id", d."procedure_group", d."level", d."decided_by", d."decided_on", d."reason"
       from json_to_recordset(?::json) as d("staff_member_id" uuid, "procedure_group" text, "level" text, "decided_by" uuid, "decided_on" date, "reason" text)`,
    [JSON.stringify(decisions)],
  );
  const activities = DEVELOPMENT.filter((d) => d.starts < today).map((d) => ({ ...d, staff_member_id: staffIds.get(d.person), ends: d.ends && d.ends < today ? d.ends : null }));
  await em.execute(
    `insert into "development_activity" ("id", "staff_member_id", "kind", "title", "place", "starts_on", "ends_on", "evidence")
     select gen_random_uuid(), a."staff_member_id", a."kind", a."title", a."place", a."starts", a."ends", a."evidence"
       from json_to_recordset(?::json) as a("staff_member_id" uuid, "kind" text, "title" text, "place" text, "starts" date, "ends" date, "evidence" text)`,
    [JSON.stringify(activities)],
  );
}
