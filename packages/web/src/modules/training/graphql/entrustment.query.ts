import { graphql } from '../../../generated';

export const ProgressRowFields = graphql(`
  fragment ProgressRowFields on ProcedureGroupProgress {
    procedureGroup {
      code
      specialty
      title
      titleKhmer
      titleJapanese
    }
    casesByLevel {
      level
      cases
    }
    supervisedCases
    requiredSupervisedCases
    performedCases
    performedComplicationRate
    entrustedLevel
    meetsRule
    casesToRule
    latestDecision {
      id
      level
      decidedOn
      reason
      decidedBy {
        id
        name
      }
    }
  }
`);

/** The signed-in user's own staff record (whose progress and development are theirs), if any. */
export const MyStaffMemberQuery = graphql(`
  query MyStaffMember {
    me {
      id
      staffMember {
        id
      }
    }
  }
`);

export const TrainingProgressQuery = graphql(`
  query TrainingProgress($staffId: ID!) {
    staffMember(id: $staffId) {
      id
      name
      nameKhmer
      development {
        id
        kind
        title
        place
        startsOn
        endsOn
        evidence
      }
    }
    trainingProgress(staffId: $staffId) {
      ...ProgressRowFields
    }
  }
`);

export const EntrustmentCandidatesQuery = graphql(`
  query EntrustmentCandidates {
    entrustmentCandidates {
      staffMember {
        id
        name
        nameKhmer
      }
      progress {
        ...ProgressRowFields
      }
    }
  }
`);

export const RecordEntrustmentMutation = graphql(`
  mutation RecordEntrustment($input: RecordEntrustmentInput!) {
    recordEntrustment(input: $input) {
      id
      level
      decidedOn
      reason
    }
  }
`);

export const AddDevelopmentActivityMutation = graphql(`
  mutation AddDevelopmentActivity($input: AddDevelopmentActivityInput!) {
    addDevelopmentActivity(input: $input) {
      id
    }
  }
`);

export const RemoveDevelopmentActivityMutation = graphql(`
  mutation RemoveDevelopmentActivity($id: ID!) {
    removeDevelopmentActivity(id: $id) {
      id
    }
  }
`);
