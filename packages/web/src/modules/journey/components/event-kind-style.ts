import type { MantineColor } from '@mantine/core';
import {
  IconArrowsExchange,
  IconBed,
  IconAlertTriangle,
  IconCalendarEvent,
  IconCalendarTime,
  IconChecklist,
  IconCalendarX,
  IconDroplet,
  IconDoorExit,
  IconFileImport,
  IconGitMerge,
  IconPlaneArrival,
  IconPlaneDeparture,
  IconMicroscope,
  IconPill,
  IconScissors,
  IconUserPlus,
  type Icon,
} from '@tabler/icons-react';
import type { JourneyEventKind } from '../../../generated/graphql';

/** Icon and colour of each kind of timeline entry (exhaustive over the schema's enum). */
export const EVENT_KIND_STYLE: Record<JourneyEventKind, { icon: Icon; color: MantineColor }> = {
  PATIENT_REGISTERED: { icon: IconUserPlus, color: 'gray' },
  PATIENTS_MERGED: { icon: IconGitMerge, color: 'gray' },
  REFERRAL_RECEIVED: { icon: IconFileImport, color: 'blue' },
  REFERRAL_STATUS_CHANGED: { icon: IconArrowsExchange, color: 'cyan' },
  SURGERY_SCHEDULED: { icon: IconCalendarEvent, color: 'violet' },
  SURGERY_CANCELLED: { icon: IconCalendarX, color: 'red' },
  SURGERY_PERFORMED: { icon: IconScissors, color: 'grape' },
  ADMITTED: { icon: IconBed, color: 'orange' },
  DISCHARGED: { icon: IconDoorExit, color: 'green' },
  ONCOLOGY_DIAGNOSED: { icon: IconMicroscope, color: 'pink' },
  TREATMENT_PLAN_STARTED: { icon: IconPill, color: 'pink' },
  CHEMO_ADMINISTERED: { icon: IconDroplet, color: 'pink' },
  TRANSFERRED: { icon: IconBed, color: 'yellow' },
  SURGERY_RESCHEDULED: { icon: IconCalendarTime, color: 'violet' },
  CHECKLIST_PHASE_RECORDED: { icon: IconChecklist, color: 'teal' },
  COMPLICATION_RECORDED: { icon: IconAlertTriangle, color: 'red' },
  MISSION_ASSIGNED: { icon: IconPlaneArrival, color: 'indigo' },
  MISSION_UNASSIGNED: { icon: IconPlaneDeparture, color: 'gray' },
};
