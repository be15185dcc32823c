import { graphql } from '../../../generated';

/** Everything printed on a discharge summary. */
export const DischargeSummaryQuery = graphql(`
  query DischargeSummary($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Discharge {
        dischargedAt
        disposition
        reasonForAdmission
        diagnosis
        diagnosisCodes {
          system
          code
          title
          titleJapanese
          titleKhmer
        }
        proceduresAndTreatment
        condition
        instructions
        dietInstructions
        woundCareInstructions
        warningSigns
        followUpPlan
        clinician
        diagnosisForFamilyKhmer
        careInstructionsKhmer
        careInstructions
        noHeavyLiftingWeeks
        followUps {
          id
          kind
          dueDate
          status
        }
        medications {
          name
          dose
          frequency
          duration
          reconciled
        }
        admission {
          id
          admittedAt
          lengthOfStayDays
          bed {
            id
            label
            ward {
              id
              name
              nameKhmer
            }
          }
          patient {
            id
            mrn
            familyName
            givenName
            familyNameKhmer
            givenNameKhmer
            birthDate
            birthDateEstimated
            sex
          }
        }
      }
    }
  }
`);
