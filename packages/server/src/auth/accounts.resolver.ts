import { addDays, Permission, startOfHospitalDay } from '@pj/shared';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { INPUT_ARG, keyOf, PageArgs, toConnection } from '../graphql/relay.js';
import { requireUser } from './auth-checker.js';
import { apiTokensOf, createAccount, listUsers, resetPassword, revokeAnyApiToken, setAccountActive, updateAccount } from './accounts.service.js';
import { CreateUserInput, ResetPasswordInput, UpdateUserInput } from './accounts.input.js';
import { UserAccountPayload, UserConnection } from './accounts.types.js';
import { ApiToken, User } from './user.entity.js';
import { notFound } from '../common/domain-error.js';

/** The instant an account whose last day is `day` (Phnom Penh) stops: the midnight after it. */
const endOfDay = (day: string): Date => startOfHospitalDay(addDays(day, 1));

const USER_ID_ARG = { description: 'The account (a `User` ID).' } as const;

@Resolver()
export class AccountsResolver {
  @Authorized(Permission.MANAGE_USERS)
  @Query(() => UserConnection, { description: 'Every account, newest first, with its roles, state, expiry and last sign-in (administrators).' })
  async users(
    @Ctx() ctx: GraphQLContext,
    @Arg('search', () => String, { nullable: true, description: 'Part of a username or display name (any case); omit it for every account.' }) search?: string | null,
    @Args(() => PageArgs) paging: PageArgs = {},
  ) {
    return toConnection(await listUsers(ctx.em, search, paging));
  }

  @Authorized(Permission.MANAGE_USERS)
  @Query(() => User, { description: 'One account (administrators); NOT_FOUND when there is none.' })
  async user(@Arg('id', () => ID, USER_ID_ARG) id: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    const key = keyOf(id, 'User', 'id');
    const user = await ctx.em.findOne(User, { id: key });
    if (!user) throw notFound('User', key);
    return user;
  }

  @Authorized(Permission.MANAGE_USERS)
  @Query(() => [ApiToken], { description: 'An account\'s API tokens, newest first, revoked ones included (administrators).' })
  userApiTokens(@Arg('userId', () => ID, USER_ID_ARG) userId: string, @Ctx() ctx: GraphQLContext): Promise<ApiToken[]> {
    return apiTokensOf(ctx.em, keyOf(userId, 'User', 'userId'));
  }

  @Authorized(Permission.MANAGE_USERS)
  @Mutation(() => UserAccountPayload, {
    description: 'Create an account with roles, an optional expiry and a temporary password (typed, or made by the server and returned once); its first sign-in must choose a new password. Audited.',
  })
  createUser(@Arg('input', INPUT_ARG) input: CreateUserInput, @Ctx() ctx: GraphQLContext): Promise<UserAccountPayload> {
    return createAccount(
      ctx.em,
      {
        username: input.username,
        displayName: input.displayName,
        roles: input.roles,
        expiresAt: input.expiresOn ? endOfDay(input.expiresOn) : null,
        temporaryPassword: input.temporaryPassword ?? null,
      },
      new Date(),
    );
  }

  @Authorized(Permission.MANAGE_USERS)
  @Mutation(() => UserAccountPayload, {
    description: 'Change an account\'s display name, roles or expiry. New roles end the person\'s open sessions. Audited with what changed.',
  })
  updateUser(@Arg('input', INPUT_ARG) input: UpdateUserInput, @Ctx() ctx: GraphQLContext): Promise<UserAccountPayload> {
    return updateAccount(
      ctx.em,
      requireUser(ctx),
      {
        userId: keyOf(input.userId, 'User', 'userId'),
        displayName: input.displayName ?? null,
        roles: input.roles ?? null,
        expiresAt: input.clearExpiry ? null : input.expiresOn ? endOfDay(input.expiresOn) : undefined,
      },
      new Date(),
    );
  }

  @Authorized(Permission.MANAGE_USERS)
  @Mutation(() => UserAccountPayload, {
    description: 'Deactivate an account: signing in is refused (`ACCOUNT_DEACTIVATED`), and its sessions and API tokens stop at once. Not your own. Audited.',
  })
  deactivateUser(@Arg('userId', () => ID, USER_ID_ARG) userId: string, @Ctx() ctx: GraphQLContext): Promise<UserAccountPayload> {
    return setAccountActive(ctx.em, requireUser(ctx), keyOf(userId, 'User', 'userId'), false);
  }

  @Authorized(Permission.MANAGE_USERS)
  @Mutation(() => UserAccountPayload, { description: 'Reactivate a deactivated account (its API tokens work again unless revoked). Audited.' })
  reactivateUser(@Arg('userId', () => ID, USER_ID_ARG) userId: string, @Ctx() ctx: GraphQLContext): Promise<UserAccountPayload> {
    return setAccountActive(ctx.em, requireUser(ctx), keyOf(userId, 'User', 'userId'), true);
  }

  @Authorized(Permission.MANAGE_USERS)
  @Mutation(() => UserAccountPayload, {
    description: 'Reset a password: a temporary one (typed, or made by the server and returned once); the person\'s sessions end and their next sign-in must choose a new password. Audited.',
  })
  resetUserPassword(@Arg('input', INPUT_ARG) input: ResetPasswordInput, @Ctx() ctx: GraphQLContext): Promise<UserAccountPayload> {
    return resetPassword(ctx.em, { userId: keyOf(input.userId, 'User', 'userId'), temporaryPassword: input.temporaryPassword ?? null });
  }

  @Authorized(Permission.MANAGE_USERS)
  @Mutation(() => ApiToken, { description: 'Revoke any account\'s API token (administrators); it stops working at once. Audited.' })
  revokeUserApiToken(@Arg('id', () => ID, { description: 'The token\'s global ID (`ApiToken.id`).' }) id: string, @Ctx() ctx: GraphQLContext): Promise<ApiToken> {
    return revokeAnyApiToken(ctx.em, keyOf(id, 'ApiToken', 'id'), new Date());
  }
}
