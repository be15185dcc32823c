import { graphql } from '../../../generated';

export const TheatreBoardQuery = graphql(`
  query TheatreBoard($date: LocalDate!) {
    theatreBoard(date: $date) {
      theatre {
        id
        name
      }
      surgeries {
        id
        procedure
        status
        scheduledStart
        scheduledEnd
        urgency
        nextChecklistPhase
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
  }
`);
