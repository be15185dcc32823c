import { graphql } from '../../../generated';

/** The handover dashboard of a specialty (all when null) over a period. */
export const HandoverDashboardQuery = graphql(`
  query HandoverDashboard($specialty: Specialty, $from: LocalDate!, $to: LocalDate!) {
    handoverDashboard(specialty: $specialty, from: $from, to: $to) {
      from
      to
      groups {
        procedureGroup {
          code
          specialty
          title
          titleKhmer
          titleJapanese
          requiredSupervisedCases
        }
        operations
        gap
        independentLocal {
          id
          name
        }
        independentVisiting {
          id
          name
        }
        trainees {
          staffMember {
            id
            name
          }
          entrustedLevel
          supervisedCases
          casesLeft
        }
      }
      months {
        month
        performerEntries
        localIndependent
        localIndependentShare
      }
      projection {
        slopePerYear
        monthsFitted
        yearEnds {
          month
          share
          lower
          upper
        }
        reachesHalf {
          month
        }
        reachesFourFifths {
          month
        }
      }
      gaps {
        procedureGroup {
          code
          specialty
          title
          titleKhmer
          titleJapanese
        }
        operations
      }
    }
  }
`);

/** Who should scrub with a mission's team: its booked cases and the local trainees who need them. */
export const MissionTeachingPlanQuery = graphql(`
  query MissionTeachingPlan($id: ID!) {
    mission(id: $id) {
      id
      teachingPlan {
        surgery {
          id
          procedure
          scheduledStart
        }
        procedureGroup {
          code
          title
          titleKhmer
          titleJapanese
        }
        trainees {
          staffMember {
            id
            name
          }
          entrustedLevel
          casesLeft
        }
      }
    }
  }
`);
