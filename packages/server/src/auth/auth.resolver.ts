import { Role } from '@pj/shared';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { keyOf } from '../graphql/relay.js';
import { DateTime } from '../graphql/scalars.js';
import { requireUser } from './auth-checker.js';
import { createApiToken, login, logout, revokeApiToken, toAuthUser } from './auth.service.js';
import { ApiToken, User } from './user.entity.js';

@InputType({ description: 'A username and password.' })
export class LoginInput {
  @Field()
  username!: string;

  @Field()
  password!: string;
}

@ObjectType({ description: 'A signed-in session. The session token travels only in an httpOnly cookie.' })
export class LoginPayload {
  @Field(() => User)
  user!: User;

  @Field(() => DateTime, { description: 'When the session ends; sign in again after it.' })
  expiresAt!: Date;
}

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for.' })
  name!: string;

  @Field(() => [Role], { nullable: true, description: 'Roles the token acts with (default: all of yours).' })
  roles?: Role[] | null;
}

@ObjectType({ description: 'A new API token. `token` is shown this once and never again.' })
export class NewApiToken {
  @Field({ description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: 'Sign in with a username and password; sets the session cookie.' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: GraphQLContext): Promise<LoginPayload> {
    // Real time, not the domain clock: sessions and login backoff are about wall-clock time.
    const result = await login(ctx.em, input.username, input.password, new Date());
    ctx.http?.setSessionCookie(result.token, result.expiresAt);
    // From here on this request is the user's (so the audit trail says who signed in).
    ctx.user = toAuthUser(result.user, result.user.roles, { kind: 'session', sessionId: result.sessionId });
    return { user: result.user, expiresAt: result.expiresAt };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'End this session.' })
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    const user = requireUser(ctx);
    if (user.via.kind === 'session') await logout(ctx.em, user.via.sessionId, new Date());
    ctx.http?.clearSessionCookie();
    return true;
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user.' })
  me(@Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.em.findOneOrFail(User, { id: requireUser(ctx).id });
  }

  @Authorized()
  @Query(() => [ApiToken], { description: 'Your API tokens, newest first.' })
  myApiTokens(@Ctx() ctx: GraphQLContext): Promise<ApiToken[]> {
    return ctx.em.find(ApiToken, { user: requireUser(ctx).id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  @Authorized()
  @Mutation(() => NewApiToken, { description: 'Create an API token for scripts and integrations.' })
  createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() ctx: GraphQLContext): Promise<NewApiToken> {
    return createApiToken(ctx.em, requireUser(ctx), input, new Date());
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: 'Revoke one of your API tokens; it stops working at once.' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ApiToken> {
    return revokeApiToken(ctx.em, requireUser(ctx), keyOf(id, 'ApiToken', 'id'), new Date());
  }
}
