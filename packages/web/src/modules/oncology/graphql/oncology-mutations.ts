import { graphql } from '../../../generated';

export const RecordOncologyDiagnosisMutation = graphql(`
  mutation RecordOncologyDiagnosis($input: RecordOncologyDiagnosisInput!) {
    recordOncologyDiagnosis(input: $input) {
      id
    }
  }
`);

export const StartTreatmentPlanMutation = graphql(`
  mutation StartTreatmentPlan($input: StartTreatmentPlanInput!) {
    startTreatmentPlan(input: $input) {
      id
      bodySurfaceArea
    }
  }
`);

export const RecordChemoAdministrationMutation = graphql(`
  mutation RecordChemoAdministration($input: RecordChemoAdministrationInput!) {
    recordChemoAdministration(input: $input) {
      ...ChemoAdministrationFields
    }
  }
`);

export const OmitChemoAdministrationMutation = graphql(`
  mutation OmitChemoAdministration($input: OmitChemoAdministrationInput!) {
    omitChemoAdministration(input: $input) {
      ...ChemoAdministrationFields
    }
  }
`);

export const RecordToxicityMutation = graphql(`
  mutation RecordToxicity($input: RecordToxicityInput!) {
    recordToxicity(input: $input) {
      id
    }
  }
`);

export const RecordResponseAssessmentMutation = graphql(`
  mutation RecordResponseAssessment($input: RecordResponseAssessmentInput!) {
    recordResponseAssessment(input: $input) {
      id
    }
  }
`);

export const CompleteTreatmentPlanMutation = graphql(`
  mutation CompleteTreatmentPlan($input: CompleteTreatmentPlanInput!) {
    completeTreatmentPlan(input: $input) {
      id
      status
    }
  }
`);

export const RecordTreatmentRefusalMutation = graphql(`
  mutation RecordTreatmentRefusal($input: RecordTreatmentRefusalInput!) {
    recordTreatmentRefusal(input: $input) {
      id
      status
    }
  }
`);
