import { InterfaceLanguage, type LogbookEntryStatus, type LogbookLevel, type TeamRole } from '@pj/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { csvText } from '../common/csv.js';
import { LogbookEntry } from './logbook-entry.entity.js';
import { ProcedureGroup } from './procedure-group.entity.js';

/** More than a career of operations; a logbook longer than this is cut (the last line says so). */
export const LOGBOOK_CSV_MAX_ROWS = 20_000;

type Words = {
  header: string[];
  level: Record<LogbookLevel, string>;
  status: Record<LogbookEntryStatus, string>;
  role: Record<TeamRole, string>;
  truncated: string;
};

const WORDS: Record<InterfaceLanguage, Words> = {
  [InterfaceLanguage.EN]: {
    header: ['Date', 'Procedure', 'Procedure code', 'Procedure group', 'Role on the team', 'Level', 'Supervisor', 'Status', 'Confirmed', 'Countersigned', 'Correction reason', 'Note'],
    level: {
      OBSERVED: 'Observed',
      ASSISTED: 'Assisted',
      PERFORMED_TRAINER_SCRUBBED: 'Performed, trainer scrubbed',
      PERFORMED_TRAINER_UNSCRUBBED: 'Performed, trainer unscrubbed',
      PERFORMED_INDEPENDENTLY: 'Performed independently',
      TAUGHT: 'Taught',
    },
    status: { AWAITING_CONFIRMATION: 'Awaiting confirmation', AWAITING_COUNTERSIGNATURE: 'Awaiting countersignature', COUNTERSIGNED: 'Countersigned', CORRECTED: 'Corrected' },
    role: { PRIMARY_SURGEON: 'Primary surgeon', ASSISTANT: 'Assistant', ANAESTHETIST: 'Anaesthetist', SCRUB_NURSE: 'Scrub nurse', OBSERVER: 'Observer' },
    truncated: 'More entries not shown',
  },
  [InterfaceLanguage.KM]: {
    header: ['កាលបរិច្ឆេទ', 'នីតិវិធី', 'លេខកូដនីតិវិធី', 'ក្រុមនីតិវិធី', 'តួនាទីក្នុងក្រុម', 'កម្រិត', 'អ្នកត្រួតពិនិត្យ', 'ស្ថានភាព', 'បានបញ្ជាក់', 'បានចុះហត្ថលេខាបញ្ជាក់', 'មូលហេតុកែតម្រូវ', 'កំណត់ចំណាំ'],
    level: {
      OBSERVED: 'បានសង្កេត',
      ASSISTED: 'បានជំនួយ',
      PERFORMED_TRAINER_SCRUBBED: 'បានធ្វើ ដោយគ្រូបង្វឹកនៅក្នុងការវះកាត់',
      PERFORMED_TRAINER_UNSCRUBBED: 'បានធ្វើ ដោយគ្រូបង្វឹកនៅក្នុងអគារ',
      PERFORMED_INDEPENDENTLY: 'បានធ្វើដោយឯករាជ្យ',
      TAUGHT: 'បានបង្រៀន',
    },
    status: { AWAITING_CONFIRMATION: 'រង់ចាំការបញ្ជាក់', AWAITING_COUNTERSIGNATURE: 'រង់ចាំហត្ថលេខាបញ្ជាក់', COUNTERSIGNED: 'បានចុះហត្ថលេខាបញ្ជាក់', CORRECTED: 'បានកែតម្រូវ' },
    role: { PRIMARY_SURGEON: 'គ្រូពេទ្យវះកាត់ចម្បង', ASSISTANT: 'ជំនួយការ', ANAESTHETIST: 'គ្រូពេទ្យថ្នាំសណ្តំ', SCRUB_NURSE: 'គិលានុបដ្ឋាកបន្ទប់វះកាត់', OBSERVER: 'អ្នកសង្កេត' },
    truncated: 'មានធាតុបន្ថែមទៀតមិនបានបង្ហាញ',
  },
  [InterfaceLanguage.JA]: {
    header: ['日付', '術式', '術式コード', '術式グループ', 'チームでの役割', 'レベル', '指導医', '状態', '確認日時', '副署日時', '訂正理由', 'メモ'],
    level: {
      OBSERVED: '見学',
      ASSISTED: '助手',
      PERFORMED_TRAINER_SCRUBBED: '執刀（指導医手洗い）',
      PERFORMED_TRAINER_UNSCRUBBED: '執刀（指導医院内待機）',
      PERFORMED_INDEPENDENTLY: '単独執刀',
      TAUGHT: '指導',
    },
    status: { AWAITING_CONFIRMATION: '確認待ち', AWAITING_COUNTERSIGNATURE: '副署待ち', COUNTERSIGNED: '副署済み', CORRECTED: '訂正済み' },
    role: { PRIMARY_SURGEON: '執刀医', ASSISTANT: '助手', ANAESTHETIST: '麻酔科医', SCRUB_NURSE: '器械出し看護師', OBSERVER: '見学者' },
    truncated: '表示されていない記録があります',
  },
};

/**
 * A staff member's logbook as CSV, for their own records: the current entries (corrected ones
 * are left out, their corrections are in), oldest first, headers and labels in `language`.
 */
export async function logbookCsv(em: EntityManager, staffId: string, language: InterfaceLanguage): Promise<string> {
  const words = WORDS[language];
  const entries = await em.find(
    LogbookEntry,
    { staffMember: staffId, supersededAt: null },
    { orderBy: { performedOn: 'asc', createdAt: 'asc' }, limit: LOGBOOK_CSV_MAX_ROWS + 1, populate: ['supervisor'] },
  );
  const groupCodes = [...new Set(entries.map((e) => e.procedureGroupCode).filter((c): c is string => c !== null))];
  const groups = new Map(
    (groupCodes.length === 0 ? [] : await em.find(ProcedureGroup, { code: { $in: groupCodes } })).map((g) => [
      g.code,
      language === InterfaceLanguage.KM ? g.titleKhmer : language === InterfaceLanguage.JA ? g.titleJapanese : g.title,
    ]),
  );
  const lines = [words.header];
  for (const entry of entries.slice(0, LOGBOOK_CSV_MAX_ROWS)) {
    lines.push([
      entry.performedOn,
      entry.procedureText,
      entry.procedureCode ?? '',
      entry.procedureGroupCode ? (groups.get(entry.procedureGroupCode) ?? entry.procedureGroupCode) : '',
      entry.teamRole ? words.role[entry.teamRole] : '',
      words.level[entry.level],
      entry.supervisor?.name ?? '',
      words.status[entry.status as LogbookEntryStatus],
      entry.confirmedAt?.toISOString() ?? '',
      entry.countersignedAt?.toISOString() ?? '',
      entry.correctionReason ?? '',
      entry.note ?? '',
    ]);
  }
  if (entries.length > LOGBOOK_CSV_MAX_ROWS) lines.push([words.truncated]);
  return csvText(lines);
}
