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
import type { JourneyEventKind } from '../../generated/graphql';

/** How the timeline shows one kind of event: its icon and its colour. Its title and summary
 *  sentences are translations, `timeline.<KIND>.title` and `timeline.<KIND>.<variant>`. */
export interface EventKindRow {
  icon: Icon;
  color: MantineColor;
}

/**
 * The timeline row of each kind of event. Exhaustive over the schema's enum;
 * `event-kinds.test.ts` checks it against @pj/shared's kinds, and that every kind has its
 * title and every summary sentence (`JOURNEY_SUMMARY_VARIANTS`) in every language.
 */
export const EVENT_KIND_ROWS: Record<JourneyEventKind, EventKindRow> = {
  PATIENT_REGISTERED: { icon: IconUserPlus, color: 'gray' },
  REFERRAL_RECEIVED: { icon: IconFileImport, color: 'blue' },
  REFERRAL_STATUS_CHANGED: { icon: IconArrowsExchange, color: 'cyan' },
  SURGERY_SCHEDULED: { icon: IconCalendarEvent, color: 'violet' },
  SURGERY_CANCELLED: { icon: IconCalendarX, color: 'red' },
  SURGERY_PERFORMED: { icon: IconScissors, color: 'grape' },
  ADMITTED: { icon: IconBed, color: 'orange' },
  DISCHARGED: { icon: IconDoorExit, color: 'green' },
  PATIENTS_MERGED: { icon: IconGitMerge, color: 'gray' },
  TRANSFERRED: { icon: IconBed, color: 'yellow' },
  ONCOLOGY_DIAGNOSED: { icon: IconMicroscope, color: 'pink' },
  TREATMENT_PLAN_STARTED: { icon: IconPill, color: 'pink' },
  CHEMO_ADMINISTERED: { icon: IconDroplet, color: 'pink' },
  CHEMO_OMITTED: { icon: IconPlayerSkipForward, color: 'pink' },
  TOXICITY_RECORDED: { icon: IconAlertTriangle, color: 'red' },
  RESPONSE_ASSESSED: { icon: IconChartLine, color: 'pink' },
  TREATMENT_REFUSED: { icon: IconHandStop, color: 'red' },
  TREATMENT_COMPLETED: { icon: IconCircleCheck, color: 'green' },
  FOLLOW_UP_SCHEDULED: { icon: IconCalendarPlus, color: 'teal' },
  FOLLOW_UP_RECORDED: { icon: IconCalendarCheck, color: 'teal' },
  LOST_TO_FOLLOW_UP: { icon: IconUserQuestion, color: 'red' },
  SURGERY_RESCHEDULED: { icon: IconCalendarTime, color: 'violet' },
  CHECKLIST_PHASE_RECORDED: { icon: IconChecklist, color: 'teal' },
  COMPLICATION_RECORDED: { icon: IconAlertTriangle, color: 'red' },
  MISSION_ASSIGNED: { icon: IconPlaneArrival, color: 'indigo' },
  MISSION_UNASSIGNED: { icon: IconPlaneDeparture, color: 'gray' },
  DEATH_CORRECTED: { icon: IconArrowBackUp, color: 'orange' },
};

/** The row of an event of a kind this build of the app does not know (a newer server). */
export const GENERIC_EVENT_ROW: EventKindRow = { icon: IconPoint, color: 'gray' };

/** The row of `kind`, or null for a kind this build does not know. */
export function eventKindRow(kind: string): EventKindRow | null {
  return Object.hasOwn(EVENT_KIND_ROWS, kind) ? EVENT_KIND_ROWS[kind as JourneyEventKind] : null;
}
