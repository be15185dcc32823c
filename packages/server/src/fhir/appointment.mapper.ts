import type { Appointment, Reference } from '@medplum/fhirtypes';
import { addDays, FollowUpStatus, startOfHospitalDay } from '@pj/shared';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { gated } from './field-rules.js';
import { instant, ref, type MappingContext } from './reference.js';
import { words } from './text.js';

const STATUS: Record<FollowUpStatus, Appointment['status']> = {
  [FollowUpStatus.SCHEDULED]: 'booked',
  [FollowUpStatus.ATTENDED]: 'fulfilled',
  [FollowUpStatus.MISSED]: 'noshow',
  [FollowUpStatus.CANCELLED]: 'cancelled',
};

/**
 * A follow-up as an Appointment. A follow-up is due on a day, not at an hour, and FHIR wants a
 * booked appointment's start and end as instants: the appointment spans its whole day in
 * Phnom Penh (00:00 to 00:00 the next day, UTC+7). `supportingInformation` is what it follows:
 * the operation, the admission whose discharge booked it, or the treatment plan.
 */
export function appointmentResource(followUp: FollowUp, admissionOfDischarge: string | null, { access, patient }: MappingContext): Appointment {
  const follows: Reference[] = [
    ...(followUp.surgery ? [ref('Procedure', followUp.surgery.id)] : []),
    ...(admissionOfDischarge ? [ref('Encounter', admissionOfDischarge)] : []),
    ...(followUp.treatmentPlan ? [ref('CarePlan', followUp.treatmentPlan.id)] : []),
  ];
  const notes = gated(access, FollowUp, 'notes', followUp.notes);
  const cancelReason = gated(access, FollowUp, 'cancelReason', followUp.cancelReason);
  return {
    resourceType: 'Appointment',
    id: followUp.id,
    status: STATUS[followUp.status as FollowUpStatus],
    ...(cancelReason ? { cancelationReason: { text: cancelReason } } : {}),
    appointmentType: { text: words(followUp.kind) },
    description: `${words(followUp.kind)} (follow-up)`,
    start: instant(startOfHospitalDay(followUp.dueDate)),
    end: instant(startOfHospitalDay(addDays(followUp.dueDate, 1))),
    created: instant(followUp.scheduledAt),
    ...(notes ? { comment: notes } : {}),
    ...(follows.length ? { supportingInformation: follows } : {}),
    participant: [{ actor: patient, status: 'accepted' }],
  };
}
