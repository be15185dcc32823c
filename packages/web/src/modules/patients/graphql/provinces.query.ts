import { graphql } from '../../../generated';

export const ProvincesQuery = graphql(`
  query Provinces {
    provinces {
      code
      name
      nameKhmer
    }
  }
`);
