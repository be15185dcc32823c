import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { User } from './user.entity.js';

export const UserConnection = Connection('User', User);

@ObjectType({ description: 'An account after an administrator changed it.' })
export class UserAccountPayload {
  @Field(() => User, { description: 'The account as it is now.' })
  user!: User;

  @Field(() => String, {
    nullable: true,
    description: 'The temporary password the server made, shown this once (give it to the person; they choose their own at sign-in). Null when the administrator typed one, or nothing was reset.',
  })
  temporaryPassword!: string | null;

  /** What changed, for the audit trail's `detail` (never a password); not served. */
  auditDetail!: string;
}
