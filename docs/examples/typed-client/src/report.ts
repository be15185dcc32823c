import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from './generated/index.js';

/** Referrals past their due date, most urgent first (the worklist's own order). */
export const OverdueReferrals = graphql(`
  query OverdueReferrals($first: Int!) {
    referrals(first: $first, filter: { overdue: true }) {
      totalCount
      edges {
        node {
          id
          status
          specialty
          priority
          dueDate
          daysWaiting
        }
      }
    }
  }
`);

/** A GraphQL error as the API sends it: a message and a code (docs/api.md lists them). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Sends one typed document with an API token; the answer's type follows from the document. */
export async function request<TResult, TVariables>(
  url: string,
  token: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } }[] };
  const [error] = body.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code, response.status);
  if (!body.data) throw new ApiError('The answer has no data', undefined, response.status);
  return body.data;
}

/** One line per overdue referral: due day, priority, specialty and days waiting. */
export async function overdueReport(url: string, token: string, first = 20): Promise<{ total: number; lines: string[] }> {
  const { referrals } = await request(url, token, OverdueReferrals, { first });
  return {
    total: referrals.totalCount,
    lines: referrals.edges.map(({ node }) => `${node.dueDate ?? 'no due date'}  ${node.priority}  ${node.specialty}  waiting ${node.daysWaiting} days`),
  };
}
