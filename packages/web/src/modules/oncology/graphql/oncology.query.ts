import { graphql } from '../../../generated';

export const ChemoAdministrationFields = graphql(`
  fragment ChemoAdministrationFields on ChemoAdministration {
    id
    version
    position
    drug
    route
    unit
    plannedDate
    plannedDose
    actualDate
    actualDose
    delayReason
    omissionReason
    status
    state
    daysOverdue
  }
`);

/** A patient's cancer diagnoses and chemotherapy plans with every planned dose. */
export const PatientOncologyQuery = graphql(`
  query PatientOncology($id: ID!) {
    patient(id: $id) {
      id
      oncologyDiagnoses {
        id
        cancerType
        basis
        diagnosedOn
        stage
        stageScheme
        notes
        recordedAt
        diagnosisCode {
          code
          title
          titleJapanese
          titleKhmer
        }
        topography {
          code
          title
          titleJapanese
          titleKhmer
        }
        morphology {
          code
          title
          titleJapanese
          titleKhmer
        }
      }
      treatmentPlans {
        id
        version
        status
        endedOn
        endNote
        refusedBy
        startDate
        heightCm
        weightKg
        bodySurfaceArea
        createdAt
        protocol {
          id
          code
          name
        }
        administrations {
          ...ChemoAdministrationFields
        }
        toxicities {
          id
          term
          ctcaeTerm
          otherTerm
          grade
          onsetOn
          note
        }
        responseAssessments {
          id
          response
          method
          assessedOn
          note
        }
      }
    }
  }
`);

export const ToxicityTermsQuery = graphql(`
  query ToxicityTerms {
    toxicityTerms {
      term
      ctcaeTerm
      category
      minGrade
      maxGrade
    }
  }
`);

export const ProtocolsQuery = graphql(`
  query Protocols {
    protocols {
      id
      code
      name
      cancerType
      description
      revision
      example
      phases {
        position
        name
        startDay
        doses {
          drug
          dayOffset
        }
      }
    }
  }
`);

/** One alert of the abandonment watch, as the list and its live updates show it. */
export const OncologyAlertRowFragment = graphql(`
  fragment OncologyAlertRow on OncologyAlert {
    level
    daysMissed
    overdueSince
    patient {
      id
      mrn
      familyName
      givenName
      familyNameKhmer
      givenNameKhmer
      # The action is to call the family: their numbers, for roles that may see them.
      phones @include(if: $withContact)
      guardian @include(if: $withContact) {
        name
        relation
        phones
      }
    }
    treatmentPlan {
      id
      protocol {
        id
        name
      }
    }
    overdueAdministration {
      id
      drug
      plannedDate
    }
  }
`);

export const OncologyAlertsQuery = graphql(`
  query OncologyAlerts($asOf: LocalDate, $withContact: Boolean = false) {
    oncologyAlerts(asOf: $asOf) {
      ...OncologyAlertRow
    }
  }
`);

/**
 * The abandonment watch as of today, whole, each time it changes on whichever server
 * (live/oncology-alerts.live.ts on the server); nothing on subscribing.
 */
export const OncologyAlertsChangedSubscription = graphql(`
  subscription OncologyAlertsChanged($withContact: Boolean = false) {
    oncologyAlertsChanged {
      ...OncologyAlertRow
    }
  }
`);
