import { graphql } from '../../../generated';

/** The jobs the server runs by itself: next run, last run and what it changed, earlier runs. */
export const ScheduledJobsQuery = graphql(`
  query ScheduledJobs {
    scheduledJobs {
      name
      dailyAt
      nextRunAt
      lastRun {
        scheduledFor
        asOf
        coversFrom
        startedAt
        finishedAt
        outcome
        changedCount
        error
        patients {
          id
          mrn
          familyName
          givenName
          familyNameKhmer
          givenNameKhmer
        }
      }
      runs(first: 10) {
        scheduledFor
        asOf
        coversFrom
        startedAt
        outcome
        changedCount
      }
    }
  }
`);
