import { InterfaceLanguage, Permission } from '@pj/shared';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { badInput } from '../common/domain-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { INPUT_ARG, keyOf } from '../graphql/relay.js';
import { requireUser } from './auth-checker.js';
import type { AuthUser } from './auth-user.js';
import { createApiToken, endSessionsOf, lockSession, login, logout, revokeApiToken, setUserLanguage, signOutUser, toAuthUser, unlockSession } from './auth.service.js';
import { CreateApiTokenInput, LoginInput } from './auth.input.js';
import { LoginPayload, NewApiToken } from './auth.types.js';
import { SessionInfo, SignOutPayload, UnlockSessionInput } from './session.types.js';
import { ApiToken, Session, User } from './user.entity.js';

/** The browser session of this request, locked or not (null for an API token or nobody). */
function sessionOf(ctx: GraphQLContext): { owner: AuthUser; sessionId: string } | null {
  const owner = ctx.user ?? ctx.lockedUser;
  return owner?.via.kind === 'session' ? { owner, sessionId: owner.via.sessionId } : null;
}

/** The session of a signed-in request (UNAUTHENTICATED without one; BAD_USER_INPUT for an API token, which has none). */
function requireSession(ctx: GraphQLContext): { owner: AuthUser; sessionId: string } {
  const session = sessionOf(ctx);
  if (session) return session;
  requireUser(ctx);
  throw badInput('session', 'API tokens have no session; this works in the web app only', 'NOT_A_SESSION');
}

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: 'Sign in with a username and password; sets the session cookie.' })
  async login(@Arg('input', INPUT_ARG) input: LoginInput, @Ctx() ctx: GraphQLContext): Promise<LoginPayload> {
    // Real time, not the domain clock: sessions and login backoff are about wall-clock time.
    // Signing in ends the session this browser had (locked or not): "sign in as someone else"
    // on the lock screen leaves nothing of the first user's session behind.
    const replacing = sessionOf(ctx)?.sessionId ?? null;
    const result = await login(ctx.em, input.username, input.password, new Date(), { ip: ctx.http?.ip ?? null }, replacing, input.newPassword ?? null);
    ctx.http?.setSessionCookie(result.token, result.expiresAt);
    // From here on this request is the user's (so the audit trail says who signed in).
    ctx.user = toAuthUser(result.user, result.user.roles, { kind: 'session', sessionId: result.sessionId });
    ctx.lockedUser = null;
    return { user: result.user, expiresAt: result.expiresAt };
  }

  @Query(() => SessionInfo, {
    nullable: true,
    description:
      'This browser session and its idle rules; answers while the screen is locked too (to show the lock screen). Null with an API token. UNAUTHENTICATED without a session.',
  })
  async mySession(@Ctx() ctx: GraphQLContext): Promise<SessionInfo | null> {
    const current = sessionOf(ctx);
    if (!current) {
      requireUser(ctx);
      return null;
    }
    const session = await ctx.em.findOneOrFail(Session, { id: current.sessionId }, { populate: ['user'] });
    return {
      user: session.user,
      locked: ctx.lockedUser !== null,
      lockAfterMinutes: ctx.sessionPolicy.lockMinutes,
      idleTimeoutMinutes: ctx.sessionPolicy.idleMinutes,
      expiresAt: session.expiresAt,
    };
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Lock the screen of this session (the web app does it after `lockAfterMinutes` without input): until `unlockSession`, every request with it is refused with `UNAUTHENTICATED` reason `SESSION_LOCKED`. False with an API token.',
  })
  async lockSession(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    const user = requireUser(ctx);
    if (user.via.kind !== 'session') return false;
    await lockSession(ctx.em, user.via.sessionId, new Date());
    return true;
  }

  @Mutation(() => LoginPayload, {
    description:
      'Unlock this locked session with its user\'s password: throttled and audited like signing in; the session cookie is replaced by a new one. A session that is not locked is left as it is.',
  })
  async unlockSession(@Arg('input', INPUT_ARG) input: UnlockSessionInput, @Ctx() ctx: GraphQLContext): Promise<LoginPayload> {
    const { owner, sessionId } = requireSession(ctx);
    if (!ctx.lockedUser) {
      const session = await ctx.em.findOneOrFail(Session, { id: sessionId }, { populate: ['user'] });
      return { user: session.user, expiresAt: session.expiresAt };
    }
    const result = await unlockSession(ctx.em, sessionId, input.password, new Date(), { ip: ctx.http?.ip ?? null });
    ctx.http?.setSessionCookie(result.token, result.expiresAt);
    ctx.user = toAuthUser(result.user, result.user.roles, owner.via);
    ctx.lockedUser = null;
    return { user: result.user, expiresAt: result.expiresAt };
  }

  @Authorized()
  @Mutation(() => SignOutPayload, {
    description: 'End every session of yours, in every browser, this one included (API tokens stay; revoke them apart).',
  })
  async signOutEverywhere(@Ctx() ctx: GraphQLContext): Promise<SignOutPayload> {
    const me = requireUser(ctx);
    const sessionsEnded = await endSessionsOf(ctx.em, me.id, new Date());
    if (me.via.kind === 'session') ctx.http?.clearSessionCookie();
    return { user: await ctx.em.findOneOrFail(User, { id: me.id }), sessionsEnded };
  }

  @Authorized(Permission.SIGN_OUT_USERS)
  @Mutation(() => SignOutPayload, {
    description: 'Administrators: end every session of a user at once (a forced sign-out, audited). Their API tokens stay; the user can sign in again.',
  })
  signOutUser(
    @Arg('userId', () => ID, { description: 'The user to sign out (a `User` ID).' }) userId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SignOutPayload> {
    return signOutUser(ctx.em, keyOf(userId, 'User', 'userId'), new Date());
  }

  @Mutation(() => Boolean, { description: 'End this session (a locked one too, from its lock screen). Any signed-in user.' })
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    const current = sessionOf(ctx);
    if (current) await logout(ctx.em, current.sessionId, new Date());
    else requireUser(ctx);
    ctx.http?.clearSessionCookie();
    return true;
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user.' })
  me(@Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.em.findOneOrFail(User, { id: requireUser(ctx).id });
  }

  @Authorized()
  @Mutation(() => User, {
    description: 'Keep the language you chose for the web app with your account: it opens in it after you sign in, on any computer. Any signed-in user, for themselves only; audited.',
  })
  setMyLanguage(
    @Arg('language', () => InterfaceLanguage, { description: 'The language to keep.' }) language: InterfaceLanguage,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return setUserLanguage(ctx.em, requireUser(ctx).id, language);
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
