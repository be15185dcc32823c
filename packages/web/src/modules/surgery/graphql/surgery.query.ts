import { graphql } from '../../../generated';

export const SurgeryDetailsFragment = graphql(`
  fragment SurgeryDetails on Surgery {
    id
    version
    procedure
    procedures
    plannedProcedure {
      code
      title
      titleJapanese
      titleKhmer
    }
    status
    specialty
    urgency
    scheduledStart
    scheduledEnd
    expectedDurationMinutes
    nextChecklistPhase
    theatre {
      id
      name
    }
    patient {
      ...SurgeryPatientName
    }
    team {
      role
      staffMember {
        id
        name
      }
    }
    checklist {
      phase
      recordedAt
      recordedBy
      answers {
        item
        answer
      }
    }
  }
`);

export const SurgeryQuery = graphql(`
  query Surgery($id: ID!) {
    node(id: $id) {
      __typename
      ... on Surgery {
        ...SurgeryDetails
        # The checklist's header: who is on the table, in both scripts, how old, how heavy,
        # what they are allergic to, and which side is operated on.
        side
        patient {
          id
          age
          birthDate
          birthDateEstimated
          sex
          ...PatientAllergiesWeight
        }
      }
    }
  }
`);

export const ChecklistItemsQuery = graphql(`
  query ChecklistItems {
    checklistItems {
      key
      phase
      text
      allowedAnswers
    }
  }
`);

export const RecordChecklistPhaseMutation = graphql(`
  mutation RecordChecklistPhase($input: RecordChecklistPhaseInput!) {
    recordChecklistPhase(input: $input) {
      ...SurgeryDetails
    }
  }
`);

export const StaffMembersQuery = graphql(`
  query StaffMembers {
    staffMembers {
      id
      name
      role
      visiting
    }
  }
`);

export const CompleteSurgeryMutation = graphql(`
  mutation CompleteSurgery($input: CompleteSurgeryInput!) {
    completeSurgery(input: $input) {
      ...SurgeryDetails
    }
  }
`);
