import { graphql } from '../../../generated';

export const PatientNameFragment = graphql(`
  fragment SurgeryPatientName on Patient {
    id
    mrn
    familyName
    givenName
    familyNameKhmer
    givenNameKhmer
  }
`);

export const MissionsQuery = graphql(`
  query Missions($first: Int, $after: String) {
    missions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          institution
          startDate
          endDate
          specialties
          theatres {
            id
            name
          }
          referrals {
            procedure
          }
          surgeries {
            id
          }
        }
      }
    }
  }
`);

export const MissionQuery = graphql(`
  query Mission($id: ID!) {
    mission(id: $id) {
      id
      version
      name
      institution
      notes
      startDate
      endDate
      dailyCapacityMinutes
      specialties
      theatres {
        id
        name
      }
      members {
        id
        name
        role
        visiting
      }
      referrals {
        procedure
        expectedDurationMinutes
        assignedAt
        referral {
          id
          status
          priority
          urgencyBand
          daysWaiting
          reason
          patient {
            ...SurgeryPatientName
          }
        }
      }
      surgeries {
        id
        procedure
        status
        scheduledStart
        scheduledEnd
        expectedDurationMinutes
        theatre {
          id
          name
        }
        referral {
          id
        }
        patient {
          ...SurgeryPatientName
        }
      }
    }
  }
`);

export const ProposeMissionScheduleQuery = graphql(`
  query ProposeMissionSchedule($missionId: ID!) {
    proposeMissionSchedule(missionId: $missionId) {
      slots {
        day
        scheduledStart
        expectedDurationMinutes
        procedure
        theatre {
          id
          name
        }
        referral {
          id
          urgencyBand
          daysWaiting
          patient {
            ...SurgeryPatientName
          }
        }
      }
      unplanned {
        reason
        referral {
          id
          urgencyBand
          daysWaiting
          patient {
            ...SurgeryPatientName
          }
        }
      }
    }
  }
`);

export const ConfirmMissionScheduleMutation = graphql(`
  mutation ConfirmMissionSchedule($input: ConfirmMissionScheduleInput!) {
    confirmMissionSchedule(input: $input) {
      id
      status
      scheduledStart
    }
  }
`);
