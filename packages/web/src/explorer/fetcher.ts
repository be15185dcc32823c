/** The one request shape the explorer sends: a GraphQL operation and its variables. */
export interface ExplorerRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export const GRAPHQL_PATH = '/graphql';

/**
 * Sends an operation to this server's `/graphql` with the session cookie. `content-type:
 * application/json` is what lets it past the server's CSRF prevention; the body is returned as
 * the server sent it, errors included, so the response pane shows them.
 */
export async function postGraphQL(request: ExplorerRequest, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  const response = await fetchImpl(GRAPHQL_PATH, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not GraphQL at all (a proxy's error page, a power cut mid-response): say so plainly.
    return { errors: [{ message: `The server answered ${response.status} ${response.statusText} without a GraphQL response.` }] };
  }
}

export interface SignedInUser {
  username: string;
  displayName: string;
}

export type Who = { kind: 'signed-in'; user: SignedInUser } | { kind: 'anonymous' } | { kind: 'unreachable' };

/** Who is signed in, from the `me` query; anonymous when the server says UNAUTHENTICATED. */
export async function whoIsSignedIn(fetchImpl: typeof fetch = fetch): Promise<Who> {
  try {
    const body = (await postGraphQL({ query: 'query ExplorerMe { me { username displayName } }' }, fetchImpl)) as {
      data?: { me?: SignedInUser | null } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    if (body.data?.me) return { kind: 'signed-in', user: body.data.me };
    if (body.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) return { kind: 'anonymous' };
    return { kind: 'unreachable' };
  } catch {
    return { kind: 'unreachable' };
  }
}

/** The sign-in page of the app, coming back to the explorer afterwards. */
export const LOGIN_FOR_EXPLORER = `/login?next=${encodeURIComponent(GRAPHQL_PATH)}`;

export const DEFAULT_QUERY = `# Patient Journey API explorer.
# Press Ctrl+Enter (or the run button) to send the query; Ctrl+Space completes fields.
# The schema and its descriptions are in the documentation pane (book icon, left);
# README.md, section "The GraphQL API", explains connections, IDs, errors and limits.

query Explore {
  me {
    username
    displayName
    roles
  }
  patients(first: 5) {
    totalCount
    edges {
      node {
        id
        mrn
        familyName
        givenName
        familyNameKhmer
        stage
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`;
