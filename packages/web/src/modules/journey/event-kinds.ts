import type { MantineColor } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconArrowsExchange,
  IconBed,
  IconCalendarCheck,
  IconCalendarEvent,
  IconCalendarPlus,
  IconCalendarTime,
  IconCalendarX,
  IconChartLine,
  IconChecklist,
  IconCircleCheck,
  IconDoorExit,
  IconDroplet,
  IconFileImport,
  IconGitMerge,
  IconHandStop,
  IconMicroscope,
  IconPill,
  IconPlaneArrival,
  IconPlaneDeparture,
  IconPlayerSkipForward,
  IconScissors,
  IconUserPlus,
  IconUserQuestion,
  IconPoint,
  type Icon,
} from '@tabler/icons-react';
import type { Language } from '../../app/i18n/languages';
import type { JourneyEventKind } from '../../generated/graphql';

/** How the timeline shows one kind of event: its icon, its colour and its title in every language. */
export interface EventKindRow {
  icon: Icon;
  color: MantineColor;
  title: Record<Language, string>;
}

/**
 * The timeline row of each kind of event, in one place (titles included, in every language,
 * so that a new kind is one entry here). Exhaustive over the schema's enum;
 * `event-kinds.test.ts` checks it against @pj/shared's kinds.
 */
export const EVENT_KIND_ROWS: Record<JourneyEventKind, EventKindRow> = {
  PATIENT_REGISTERED: { icon: IconUserPlus, color: 'gray', title: { en: 'Patient registered', km: 'បានចុះឈ្មោះអ្នកជំងឺ', ja: '患者登録' } },
  REFERRAL_RECEIVED: { icon: IconFileImport, color: 'blue', title: { en: 'Referral received', km: 'បានទទួលការបញ្ជូន', ja: '紹介受付' } },
  REFERRAL_STATUS_CHANGED: { icon: IconArrowsExchange, color: 'cyan', title: { en: 'Referral status changed', km: 'ស្ថានភាពការបញ្ជូនបានផ្លាស់ប្ដូរ', ja: '紹介の状態変更' } },
  SURGERY_SCHEDULED: { icon: IconCalendarEvent, color: 'violet', title: { en: 'Surgery scheduled', km: 'បានកំណត់ពេលវះកាត់', ja: '手術予約' } },
  SURGERY_CANCELLED: { icon: IconCalendarX, color: 'red', title: { en: 'Surgery cancelled', km: 'បានលុបចោលការវះកាត់', ja: '手術中止' } },
  SURGERY_PERFORMED: { icon: IconScissors, color: 'grape', title: { en: 'Surgery performed', km: 'បានធ្វើការវះកាត់', ja: '手術実施' } },
  ADMITTED: { icon: IconBed, color: 'orange', title: { en: 'Admitted', km: 'បានចូលសម្រាកព្យាបាល', ja: '入院' } },
  DISCHARGED: { icon: IconDoorExit, color: 'green', title: { en: 'Discharged', km: 'បានចេញពីមន្ទីរពេទ្យ', ja: '退院' } },
  PATIENTS_MERGED: { icon: IconGitMerge, color: 'gray', title: { en: 'Records merged', km: 'បានបញ្ចូលកំណត់ត្រាចូលគ្នា', ja: '記録の統合' } },
  TRANSFERRED: { icon: IconBed, color: 'yellow', title: { en: 'Moved to another bed', km: 'បានផ្លាស់ទៅគ្រែផ្សេង', ja: '転床' } },
  ONCOLOGY_DIAGNOSED: { icon: IconMicroscope, color: 'pink', title: { en: 'Cancer diagnosed', km: 'បានធ្វើរោគវិនិច្ឆ័យជំងឺមហារីក', ja: 'がんの診断' } },
  TREATMENT_PLAN_STARTED: { icon: IconPill, color: 'pink', title: { en: 'Treatment plan started', km: 'បានចាប់ផ្ដើមផែនការព្យាបាល', ja: '治療計画開始' } },
  CHEMO_ADMINISTERED: { icon: IconDroplet, color: 'pink', title: { en: 'Chemotherapy given', km: 'បានផ្ដល់គីមីព្យាបាល', ja: '化学療法投与' } },
  CHEMO_OMITTED: { icon: IconPlayerSkipForward, color: 'pink', title: { en: 'Chemotherapy dose omitted', km: 'បានរំលងកម្រិតថ្នាំគីមី', ja: '化学療法の投与省略' } },
  TOXICITY_RECORDED: { icon: IconAlertTriangle, color: 'red', title: { en: 'Toxicity recorded', km: 'បានកត់ត្រាផលពុល', ja: '有害事象の記録' } },
  RESPONSE_ASSESSED: { icon: IconChartLine, color: 'pink', title: { en: 'Response assessed', km: 'បានវាយតម្លៃការឆ្លើយតប', ja: '効果判定' } },
  TREATMENT_REFUSED: { icon: IconHandStop, color: 'red', title: { en: 'Treatment refused', km: 'បានបដិសេធការព្យាបាល', ja: '治療拒否' } },
  TREATMENT_COMPLETED: { icon: IconCircleCheck, color: 'green', title: { en: 'Treatment completed', km: 'បានបញ្ចប់ការព្យាបាល', ja: '治療完了' } },
  FOLLOW_UP_SCHEDULED: { icon: IconCalendarPlus, color: 'teal', title: { en: 'Follow-up booked', km: 'បានកក់ការតាមដាន', ja: 'フォローアップ予約' } },
  FOLLOW_UP_RECORDED: { icon: IconCalendarCheck, color: 'teal', title: { en: 'Follow-up recorded', km: 'បានកត់ត្រាការតាមដាន', ja: 'フォローアップ記録' } },
  LOST_TO_FOLLOW_UP: { icon: IconUserQuestion, color: 'red', title: { en: 'Lost to follow-up', km: 'បាត់ការតាមដាន', ja: '追跡不能' } },
  SURGERY_RESCHEDULED: { icon: IconCalendarTime, color: 'violet', title: { en: 'Surgery moved', km: 'បានប្ដូរពេលវះកាត់', ja: '手術日時の変更' } },
  CHECKLIST_PHASE_RECORDED: { icon: IconChecklist, color: 'teal', title: { en: 'Safety checklist phase done', km: 'បានបំពេញដំណាក់កាលបញ្ជីត្រួតពិនិត្យសុវត្ថិភាព', ja: '安全チェックリスト段階の完了' } },
  COMPLICATION_RECORDED: { icon: IconAlertTriangle, color: 'red', title: { en: 'Complication recorded', km: 'បានកត់ត្រាផលវិបាក', ja: '合併症の記録' } },
  MISSION_ASSIGNED: { icon: IconPlaneArrival, color: 'indigo', title: { en: 'Put on a mission list', km: 'បានដាក់ក្នុងបញ្ជីបេសកកម្ម', ja: 'ミッションのリストに追加' } },
  MISSION_UNASSIGNED: { icon: IconPlaneDeparture, color: 'gray', title: { en: 'Taken off a mission list', km: 'បានដកចេញពីបញ្ជីបេសកកម្ម', ja: 'ミッションのリストから除外' } },
  DEATH_CORRECTED: { icon: IconArrowBackUp, color: 'orange', title: { en: 'Death record corrected', km: 'ការស្លាប់ដែលកត់ត្រាខុសត្រូវបានកែតម្រូវ', ja: '死亡記録の訂正' } },
};

/** The row of an event of a kind this build of the app does not know (a newer server). */
export const GENERIC_EVENT_ROW: Omit<EventKindRow, 'title'> = { icon: IconPoint, color: 'gray' };

/** The row of `kind`, or null for a kind this build does not know. */
export function eventKindRow(kind: string): EventKindRow | null {
  return Object.hasOwn(EVENT_KIND_ROWS, kind) ? EVENT_KIND_ROWS[kind as JourneyEventKind] : null;
}
