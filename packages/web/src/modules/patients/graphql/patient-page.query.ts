import { graphql } from '../../../generated';

/**
 * The patient page: header, the journey map, what decides the actions offered (stage,
 * oncology diagnoses and plans, the specialties referred to), and one page of the journey
 * timeline (newest first). Contact
 * details are asked for only when the role may see them (`$withContact`), and the access log
 * only for administrators (`$withAccessLog`). `liveCursor` (where the timeline's live updates
 * start: read with this page, so none is missed or repeated in between) only with the first page.
 */
export const PatientPageQuery = graphql(`
  query PatientPage(
    $id: ID!
    $first: Int!
    $after: String
    $withContact: Boolean!
    $withAccessLog: Boolean!
    $accessLogFirst: Int
    $withLiveCursor: Boolean!
  ) {
    patient(id: $id) {
      id
      version
      ...PatientHeader
      ...PatientAllergiesWeight
      ...JourneyMap
      stage
      oncologyDiagnoses {
        id
      }
      treatmentPlans {
        id
        status
      }
      referralsConnection(first: 20) {
        edges {
          node {
            id
            specialty
          }
        }
      }
      journey(first: $first, after: $after) {
        liveCursor @include(if: $withLiveCursor)
        ...JourneyTimelineConnection
      }
      accessLog(first: $accessLogFirst) @include(if: $withAccessLog) {
        ...AuditEntryPage
      }
    }
  }
`);
