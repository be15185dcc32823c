import { graphql } from '../../../generated';

/**
 * One operation as the board shows it. The patient only for roles that may open records
 * (`withPatients`): the others (an analyst) see the operations without patient identity, and
 * no FORBIDDEN error.
 */
export const TheatreBoardCaseFragment = graphql(`
  fragment TheatreBoardCase on Surgery {
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
`);

// The day's operations with their teams: theatreSchedule rather than theatreBoard, since
// board → surgeries → team nests three lists, over the API's query cost limit.
export const TheatreBoardQuery = graphql(`
  query TheatreBoard($date: LocalDate!, $withPatients: Boolean!) {
    theatres {
      id
      name
    }
    theatreSchedule(date: $date) {
      ...TheatreBoardCase
    }
  }
`);

/**
 * The day's board live (live/theatre.live.ts on the server): the whole column of a theatre
 * each time its list that day changes, on whichever computer. One column nests two lists
 * (surgeries → team), as theatreSchedule does.
 */
export const TheatreBoardChangedSubscription = graphql(`
  subscription TheatreBoardChanged($date: LocalDate!, $withPatients: Boolean!) {
    theatreBoardChanged(date: $date) {
      date
      theatre {
        id
      }
      surgeries {
        ...TheatreBoardCase
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
