import { graphql } from '../../../generated';

// The day's operations with their teams: theatreSchedule rather than theatreBoard, since
// board → surgeries → team nests three lists, over the API's query cost limit. The patients
// only for roles that may open records (`withPatients`): the others (an analyst) see the
// operations without patient identity, and no FORBIDDEN error.
export const TheatreBoardQuery = graphql(`
  query TheatreBoard($date: LocalDate!, $withPatients: Boolean!) {
    theatres {
      id
      name
    }
    theatreSchedule(date: $date) {
      id
      procedure
      status
      version
      scheduledStart
      scheduledEnd
      expectedDurationMinutes
      urgency
      nextChecklistPhase
      theatre {
        id
      }
      checklist {
        phase
        recordedAt
      }
      team {
        role
        staffMember {
          id
          name
        }
      }
      patient @include(if: $withPatients) {
        ...SurgeryPatientName
      }
    }
  }
`);

export const RescheduleSurgeryMutation = graphql(`
  mutation RescheduleSurgery($input: RescheduleSurgeryInput!) {
    rescheduleSurgery(input: $input) {
      id
      status
      version
      scheduledStart
      scheduledEnd
      expectedDurationMinutes
      theatre {
        id
      }
    }
  }
`);

export const CancelSurgeryMutation = graphql(`
  mutation CancelSurgery($input: CancelSurgeryInput!) {
    cancelSurgery(input: $input) {
      id
      status
      version
    }
  }
`);

export const RecordComplicationMutation = graphql(`
  mutation RecordComplication($input: RecordComplicationInput!) {
    recordComplication(input: $input) {
      id
      grade
      gradeLabel
    }
  }
`);
