import { graphql } from '../../../generated';

/**
 * What one row of the referral worklist shows. The patient only for users who may read patients
 * (`$withPatients`): `Referral.patient` is non-null, so a FORBIDDEN there would null the whole list.
 */
export const ReferralRowFragment = graphql(`
  fragment ReferralRow on Referral {
    id
    version
    status
    priority
    specialty
    sourceType
    sourceName
    sourceCpaGrade
    urgencyBand
    dueDate
    overdue
    daysWaiting
    receivedAt
    targetMission
    allowedTransitions
    assignee {
      id
      username
      displayName
    }
    patient @include(if: $withPatients) {
      id
      mrn
      familyName
      givenName
      familyNameKhmer
      givenNameKhmer
      age
    }
  }
`);
