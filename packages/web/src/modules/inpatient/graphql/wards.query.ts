import { graphql } from '../../../generated';

/** Wards and their beds, with whether each bed is taken now: for choosing a free bed. */
export const WardsQuery = graphql(`
  query Wards {
    wards {
      id
      name
      nameKhmer
      kind
      beds {
        id
        label
        currentAdmission {
          id
        }
      }
    }
  }
`);
