import type { Permission, Role } from '@pj/shared';

/** Who is making a request, as resolvers and services see it. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
  /** How the request proved who it is. */
  via: { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string };
}
