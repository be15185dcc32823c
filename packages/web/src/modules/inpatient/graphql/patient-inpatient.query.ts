import { graphql } from '../../../generated';

/** A patient's admissions (newest first) with bed, ward and discharge, for the patient page. */
export const PatientInpatientQuery = graphql(`
  query PatientInpatient($id: ID!) {
    patient(id: $id) {
      id
      admissions {
        id
        version
        status
        reason
        admittedAt
        dischargedAt
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
        discharge {
          id
          disposition
          dischargedAt
        }
      }
    }
  }
`);
