import { graphql } from '../../../generated';

/** What each indicator counts, in the language on screen, and the groupings it supports. */
export const IndicatorDefinitionsQuery = graphql(`
  query IndicatorDefinitions($language: InterfaceLanguage!) {
    indicatorDefinitions(language: $language) {
      key
      kind
      title
      numerator
      denominator
      inclusions
      period
      source
      dimensions
    }
  }
`);

/** The figures of the indicators over a period, grouped. */
export const IndicatorsQuery = graphql(`
  query Indicators($input: IndicatorQueryInput!) {
    indicators(input: $input) {
      definition {
        key
      }
      rows {
        groups {
          dimension
          value
        }
        count
        numerator
        denominator
        rate
        median
        p90
      }
    }
  }
`);

/** The names behind the ids a grouping by theatre or mission gives. */
export const IndicatorGroupNamesQuery = graphql(`
  query IndicatorGroupNames($theatres: Boolean!, $missions: Boolean!) {
    theatres @include(if: $theatres) {
      id
      name
    }
    missions(first: 100) @include(if: $missions) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** The cases behind one figure (drill-down; roles that may open records). */
export const IndicatorCasesQuery = graphql(`
  query IndicatorCases($input: IndicatorCasesInput!, $first: Int, $after: String) {
    indicatorCases(input: $input, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          on
          inNumerator
          patient {
            id
            mrn
            familyName
            givenName
            familyNameKhmer
            givenNameKhmer
          }
          surgery {
            id
            procedure
          }
        }
      }
    }
  }
`);

/** A table as CSV, for download, titles in the language on screen (small numbers suppressed by the server for roles that may not open records). */
export const IndicatorCsvQuery = graphql(`
  query IndicatorCsv($input: IndicatorQueryInput!, $language: InterfaceLanguage!) {
    indicatorCsv(input: $input, language: $language) {
      filename
      contentType
      csv
    }
  }
`);

/** The DHIS2 monthly aggregate export (dataValueSet JSON). */
export const Dhis2DataValueSetQuery = graphql(`
  query Dhis2DataValueSet($month: String!) {
    dhis2DataValueSet(month: $month)
  }
`);
