import { graphql } from '../../../generated';

// The day's operations with their teams: theatreSchedule rather than theatreBoard, since
// board → surgeries → team nests three lists, over the API's query cost limit.
export const TheatreBoardQuery = graphql(`
  query TheatreBoard($date: LocalDate!) {
    theatres {
      id
      name
    }
    theatreSchedule(date: $date) {
      id
      procedure
      status
      scheduledStart
      scheduledEnd
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
      patient {
        ...SurgeryPatientName
      }
    }
  }
`);
