import type { Permission, Role } from '@pj/shared';

/** Who is making a request, as resolvers and services see it. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
  /** The user's own staff record (`User.staffMemberId`): whose logbook is theirs; null or absent: none. */
  staffMemberId?: string | null;
  /** How the request proved who it is. */
  via: { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string };
}
