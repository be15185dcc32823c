import { graphql } from '../../../generated';

/** One timeline entry, with the few details of its linked record that the timeline shows. */
export const JourneyEventItemFragment = graphql(`
  fragment JourneyEventItem on JourneyEvent {
    __typename
    id
    kind
    occurredAt
    occurredOn
    recordedAt
    actor
    summary
    summaryVariant
    summaryParams {
      name
      value
      type
      enumName
    }
    episode {
      id
      title
      status
      specialty
    }
    ... on ReferralReceivedEvent {
      referral {
        id
        sourceName
        sourceType
        specialty
        priority
        urgencyBand
        dueDate
        reason
      }
    }
    ... on PatientsMergedEvent {
      mergedMrn
    }
    ... on ReferralStatusChangedEvent {
      fromStatus
      toStatus
      note
    }
    ... on SurgeryScheduledEvent {
      surgery {
        id
        procedure
        theatre {
          id
          name
        }
        scheduledStart
        expectedDurationMinutes
        primarySurgeon {
          id
          name
        }
        urgency
        status
      }
    }
    ... on SurgeryCancelledEvent {
      note
      surgery {
        id
        procedure
        theatre {
          id
          name
        }
        scheduledStart
        cancellationReason
      }
    }
    ... on SurgeryPerformedEvent {
      surgery {
        id
        procedure
        theatre {
          id
          name
        }
        primarySurgeon {
          id
          name
        }
        startedAt
        endedAt
        findings
        performedProcedures {
          description
          coded
          procedure {
            code
            title
            titleJapanese
            titleKhmer
            classificationCode
          }
        }
      }
    }
    ... on AdmittedEvent {
      admission {
        id
        reason
        status
        bed {
          id
          label
          ward {
            id
            name
            nameKhmer
          }
        }
      }
    }
    ... on DischargedEvent {
      discharge {
        id
        disposition
        diagnosis
        diagnosisCodes {
          code
          title
          titleJapanese
          titleKhmer
        }
        condition
        followUpPlan
      }
    }
  }
`);
