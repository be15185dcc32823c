import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { INPUT_ARG, keyOf } from '../graphql/relay.js';
import { requireUser } from './auth-checker.js';
import { createApiToken, login, logout, revokeApiToken, toAuthUser } from './auth.service.js';
import { CreateApiTokenInput, LoginInput } from './auth.input.js';
import { LoginPayload, NewApiToken } from './auth.types.js';
import { ApiToken, User } from './user.entity.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: 'Sign in with a username and password; sets the session cookie.' })
  async login(@Arg('input', INPUT_ARG) input: LoginInput, @Ctx() ctx: GraphQLContext): Promise<LoginPayload> {
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
  createApiToken(@Arg('input', INPUT_ARG) input: CreateApiTokenInput, @Ctx() ctx: GraphQLContext): Promise<NewApiToken> {
    return createApiToken(ctx.em, requireUser(ctx), input, new Date());
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: 'Revoke one of your API tokens; it stops working at once.' })
  revokeApiToken(@Arg('id', () => ID, { description: 'The token\'s global ID (`ApiToken.id`).' }) id: string, @Ctx() ctx: GraphQLContext): Promise<ApiToken> {
    return revokeApiToken(ctx.em, requireUser(ctx), keyOf(id, 'ApiToken', 'id'), new Date());
  }
}
