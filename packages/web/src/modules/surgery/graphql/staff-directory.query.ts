import { graphql } from '../../../generated';

export const StaffDirectoryQuery = graphql(`
  query StaffDirectory($first: Int, $after: String, $role: StaffRole, $visiting: Boolean, $specialty: Specialty, $search: String) {
    staffMembersConnection(first: $first, after: $after, role: $role, visiting: $visiting, specialty: $specialty, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          nameKhmer
          nameJapanese
          role
          specialty
          visiting
          institution
        }
      }
    }
  }
`);

export const CreateStaffMemberMutation = graphql(`
  mutation CreateStaffMember($input: CreateStaffMemberInput!) {
    createStaffMember(input: $input) {
      id
      name
      nameKhmer
      nameJapanese
      role
      specialty
      visiting
      institution
    }
  }
`);

export const CreateMissionMutation = graphql(`
  mutation CreateMission($input: CreateMissionInput!) {
    createMission(input: $input) {
      id
      name
    }
  }
`);
