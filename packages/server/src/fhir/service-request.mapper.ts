import type { ServiceRequest } from '@medplum/fhirtypes';
import { ReferralPriority, ReferralStatus } from '@pj/shared';
import { Referral } from '../referrals/referral.entity.js';
import { gated } from './field-rules.js';
import { instant, type MappingContext } from './reference.js';
import { words } from './text.js';

const STATUS: Record<ReferralStatus, ServiceRequest['status']> = {
  [ReferralStatus.RECEIVED]: 'active',
  [ReferralStatus.TRIAGED]: 'active',
  [ReferralStatus.ACCEPTED]: 'active',
  [ReferralStatus.WAITLISTED]: 'active',
  [ReferralStatus.SCHEDULED]: 'active',
  [ReferralStatus.COMPLETED]: 'completed',
  [ReferralStatus.DECLINED]: 'revoked',
  [ReferralStatus.CANCELLED]: 'revoked',
};

const PRIORITY: Record<ReferralPriority, NonNullable<ServiceRequest['priority']>> = {
  [ReferralPriority.ROUTINE]: 'routine',
  [ReferralPriority.URGENT]: 'urgent',
  [ReferralPriority.ASAP]: 'asap',
  [ReferralPriority.STAT]: 'stat',
};

/** A referral as the request for care it is: a ServiceRequest (intent `order`) to a specialty. */
export function serviceRequestResource(referral: Referral, { access, patient }: MappingContext): ServiceRequest {
  const reason = gated(access, Referral, 'reason', referral.reason);
  return {
    resourceType: 'ServiceRequest',
    id: referral.id,
    status: STATUS[referral.status as ReferralStatus],
    intent: 'order',
    category: [{ coding: [{ system: 'http://snomed.info/sct', code: '3457005', display: 'Patient referral' }] }],
    priority: PRIORITY[referral.priority],
    code: { text: `Referral to ${words(referral.specialty).toLowerCase()}` },
    subject: patient,
    authoredOn: instant(referral.receivedAt),
    ...(referral.dueDate ? { occurrencePeriod: { end: referral.dueDate } } : {}),
    ...(referral.sourceName ? { requester: { display: referral.sourceName } } : {}),
    ...(reason ? { reasonCode: [{ text: reason }] } : {}),
  };
}
