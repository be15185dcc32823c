import { graphql } from '../../../generated';

/** The referral statistics of a period (Phnom Penh days, both included). */
export const ReferralReportQuery = graphql(`
  query ReferralReport($from: LocalDate!, $to: LocalDate!) {
    referralStats(from: $from, to: $to) {
      from
      to
      received
      medianDaysToTriage
      medianDaysDecisionToSurgery
      openPastTargetShare
      waitlist {
        specialty
        urgencyBand
        waiting
        pastTarget
      }
      cancellations {
        status
        count
      }
    }
  }
`);
