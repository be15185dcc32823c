import { graphql } from '../../../generated';

/** A patient's follow-ups, for booking, moving and cancelling them on the patient page. */
export const PatientFollowUpsQuery = graphql(`
  query PatientFollowUps($id: ID!) {
    patient(id: $id) {
      id
      stage
      followUps {
        id
        version
        kind
        status
        dueDate
        automatic
        cancelReason
      }
    }
  }
`);

export const ScheduleFollowUpMutation = graphql(`
  mutation ScheduleFollowUp($input: ScheduleFollowUpInput!) {
    scheduleFollowUp(input: $input) {
      id
      version
      kind
      status
      dueDate
    }
  }
`);

export const MoveFollowUpMutation = graphql(`
  mutation MoveFollowUp($input: MoveFollowUpInput!) {
    moveFollowUp(input: $input) {
      id
      version
      status
      dueDate
    }
  }
`);

export const CancelFollowUpMutation = graphql(`
  mutation CancelFollowUp($input: CancelFollowUpInput!) {
    cancelFollowUp(input: $input) {
      id
      version
      status
      cancelReason
    }
  }
`);
