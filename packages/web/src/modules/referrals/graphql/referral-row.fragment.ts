import { graphql } from '../../../generated';

/** What one row of the referral worklist shows. */
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
    patient {
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
