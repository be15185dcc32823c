import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../graphql/scalars.js';
import { ApiToken, User } from './user.entity.js';

@ObjectType({ description: 'A signed-in session. The session token travels only in an httpOnly cookie.' })
export class LoginPayload {
  @Field(() => User, { description: 'The user signed in.' })
  user!: User;

  @Field(() => DateTime, { description: 'When the session ends; sign in again after it.' })
  expiresAt!: Date;
}

@ObjectType({ description: 'A new API token. `token` is shown this once and never again.' })
export class NewApiToken {
  @Field({ description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => ApiToken, { description: 'The token\'s record, as `myApiTokens` lists it.' })
  apiToken!: ApiToken;
}

