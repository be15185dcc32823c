import { graphql } from '../../../generated';

export const StaffTrainingLogQuery = graphql(`
  query StaffTrainingLog($staffId: ID!, $from: LocalDate!, $to: LocalDate!) {
    staffMember(id: $staffId) {
      id
      name
      nameKhmer
      role
      visiting
      institution
    }
    staffTrainingLog(staffId: $staffId, from: $from, to: $to) {
      totalOperations
      byRole {
        role
        operations
      }
      byMonth {
        month
        role
        operations
      }
    }
    localPrimarySurgeonShare(from: $from, to: $to) {
      month
      operations
      withLocalPrimarySurgeon
      withVisitingPrimarySurgeon
      localShare
    }
  }
`);
