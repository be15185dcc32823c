import { InterfaceLanguage, LogbookEntryStatus, Permission } from '@pj/shared';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireUser } from '../auth/auth-checker.js';
import { forgetTokensOf } from '../auth/auth.service.js';
import { User } from '../auth/user.entity.js';
import { HospitalProcedure } from '../codes/codes.types.js';
import { conflict, notFound } from '../common/domain-error.js';
import { inTransaction } from '../common/transaction.js';
import type { GraphQLContext } from '../graphql/context.js';
import { loadRef, loadRequiredRef, type MaybePromise } from '../graphql/loader-factory.js';
import { fromGlobalId, INPUT_ARG, keyOf, optionalKeyOf, PageArgs, toConnection } from '../graphql/relay.js';
import { StaffMember } from '../surgery/staff.entity.js';
import { Surgery } from '../surgery/surgery.entity.js';
import { logbookCsv } from './logbook-csv.js';
import { LogbookEntry } from './logbook-entry.entity.js';
import {
  confirmLogbookEntry,
  correctLogbookEntry,
  countersignLogbookEntry,
  logbookActor,
  readCountersignQueue,
  readLogbook,
  refuseUnlessMayRead,
} from './logbook.service.js';
import { ConfirmLogbookEntryInput, CorrectLogbookEntryInput, CountersignLogbookEntryInput, LogbookEntryConnection, LogbookOutcome } from './logbook.types.js';
import { ProcedureGroup } from './procedure-group.entity.js';

/** No staff record: a key no row has, so the same query answers an empty page. */
const NOBODY = '00000000-0000-4000-8000-000000000000';
const STATUS_ARG = { nullable: true, description: 'Only entries in this status; omitted: all of them (corrected ones too).' } as const;
const STAFF_ARG = { description: 'The staff member whose logbook it is (a StaffMember ID).' } as const;

/**
 * The staff key a logbook request names, checked before it is parsed: without READ_TRAINING,
 * anything but the caller's own staff record is FORBIDDEN (whatever the ID looks like).
 */
function readableStaffKey(ctx: GraphQLContext, staffId: string): string {
  const actor = logbookActor(requireUser(ctx));
  const parsed = fromGlobalId(staffId);
  refuseUnlessMayRead(actor, parsed?.type === 'StaffMember' ? parsed.key : null);
  return keyOf(staffId, 'StaffMember', 'staffId');
}

@Resolver(() => LogbookEntry)
export class LogbookEntryResolver {
  @Authorized()
  @Query(() => LogbookEntryConnection, { description: 'The signed-in user\'s own logbook (through their staff record), newest first; empty when the account has no staff record.' })
  async myLogbook(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) paging: PageArgs,
    @Arg('status', () => LogbookEntryStatus, STATUS_ARG) status?: LogbookEntryStatus | null,
  ) {
    return toConnection(await readLogbook(ctx.em, requireUser(ctx).staffMemberId ?? NOBODY, status, paging));
  }

  @Authorized()
  @Query(() => LogbookEntryConnection, { description: 'A staff member\'s logbook, newest first: one\'s own, or anyone\'s with READ_TRAINING (FORBIDDEN otherwise).' })
  async logbook(
    @Ctx() ctx: GraphQLContext,
    @Arg('staffId', () => ID, STAFF_ARG) staffId: string,
    @Args(() => PageArgs) paging: PageArgs,
    @Arg('status', () => LogbookEntryStatus, STATUS_ARG) status?: LogbookEntryStatus | null,
  ) {
    return toConnection(await readLogbook(ctx.em, readableStaffKey(ctx, staffId), status, paging));
  }

  @Authorized(Permission.SUPERVISE_TRAINING)
  @Query(() => LogbookEntryConnection, { description: 'The entries awaiting the signed-in supervisor\'s countersignature (confirmed by their owners), oldest first; empty without a staff record.' })
  async countersignQueue(@Ctx() ctx: GraphQLContext, @Args(() => PageArgs) paging: PageArgs) {
    return toConnection(await readCountersignQueue(ctx.em, requireUser(ctx).staffMemberId ?? NOBODY, paging));
  }

  @Authorized()
  @Query(() => String, { description: 'A staff member\'s logbook as CSV (RFC 4180; current entries, oldest first), headers and labels in `language`: one\'s own, or anyone\'s with READ_TRAINING.' })
  async logbookCsv(
    @Ctx() ctx: GraphQLContext,
    @Arg('staffId', () => ID, STAFF_ARG) staffId: string,
    @Arg('language', () => InterfaceLanguage, { nullable: true, description: 'The language of the headers and labels; default: the caller\'s account\'s, English when none.' })
    language?: InterfaceLanguage | null,
  ): Promise<string> {
    const key = readableStaffKey(ctx, staffId);
    const staff = await ctx.em.findOne(StaffMember, { id: key });
    if (!staff) throw notFound('StaffMember', key);
    const account = language ? null : await ctx.em.findOne(User, { id: requireUser(ctx).id }, { fields: ['language'] });
    return logbookCsv(ctx.em, key, language ?? account?.language ?? InterfaceLanguage.EN);
  }

  @Authorized()
  @Mutation(() => LogbookEntry, {
    description:
      'Confirm your own logbook entry (FORBIDDEN for anyone else\'s), adjusting level, supervisor or note; again while it awaits countersignature, never once final (CONFLICT ILLEGAL_TRANSITION). ' +
      'The PERFORMED_TRAINER levels need a supervisor (BAD_USER_INPUT REQUIRED). An entry nobody supervises is final once confirmed. Audited.',
  })
  confirmLogbookEntry(@Arg('input', INPUT_ARG) input: ConfirmLogbookEntryInput, @Ctx() ctx: GraphQLContext): Promise<LogbookEntry> {
    return confirmLogbookEntry(ctx, logbookActor(requireUser(ctx)), keyOf(input.entryId, 'LogbookEntry', 'entryId'), {
      expectedVersion: input.expectedVersion,
      level: input.level,
      supervisorId: optionalKeyOf(input.supervisorId, 'StaffMember', 'supervisorId'),
      note: input.note,
    });
  }

  @Authorized(Permission.SUPERVISE_TRAINING)
  @Mutation(() => LogbookEntry, {
    description:
      'Countersign a confirmed entry you supervised (FORBIDDEN for others\' and your own); it is final from then on, changed only by a correction. Audited.',
  })
  countersignLogbookEntry(@Arg('input', INPUT_ARG) input: CountersignLogbookEntryInput, @Ctx() ctx: GraphQLContext): Promise<LogbookEntry> {
    return countersignLogbookEntry(ctx, logbookActor(requireUser(ctx)), keyOf(input.entryId, 'LogbookEntry', 'entryId'), input.expectedVersion);
  }

  @Authorized()
  @Mutation(() => LogbookEntry, {
    description:
      'Correct a final entry (its owner, or the supervisor who countersigned it): a new entry replaces it with the reason and awaits countersignature again; the old one is kept, CORRECTED. ' +
      'Returns the new entry. CONFLICT ILLEGAL_TRANSITION when it is not final yet or already corrected. Audited.',
  })
  correctLogbookEntry(@Arg('input', INPUT_ARG) input: CorrectLogbookEntryInput, @Ctx() ctx: GraphQLContext): Promise<LogbookEntry> {
    return correctLogbookEntry(ctx, logbookActor(requireUser(ctx)), keyOf(input.entryId, 'LogbookEntry', 'entryId'), {
      reason: input.reason,
      level: input.level,
      supervisorId: optionalKeyOf(input.supervisorId, 'StaffMember', 'supervisorId'),
      procedureCode: input.procedureCode,
      note: input.note,
    });
  }

  @FieldResolver(() => StaffMember, { description: 'Whose logbook it is in.' })
  staffMember(@Root() entry: LogbookEntry, @Ctx() ctx: GraphQLContext): MaybePromise<StaffMember> {
    return loadRequiredRef(entry.staffMember, ctx.loaders.staffMember);
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'Who countersigns it; null when nobody supervises it.' })
  async supervisor(@Root() entry: LogbookEntry, @Ctx() ctx: GraphQLContext): Promise<StaffMember | null> {
    return entry.supervisor ? loadRef(entry.supervisor, ctx.loaders.staffMember) : null;
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'Who countersigned it; null until then.' })
  async countersignedBy(@Root() entry: LogbookEntry, @Ctx() ctx: GraphQLContext): Promise<StaffMember | null> {
    return entry.countersignedBy ? loadRef(entry.countersignedBy, ctx.loaders.staffMember) : null;
  }

  @FieldResolver(() => HospitalProcedure, { nullable: true, description: 'The procedure\'s entry in the hospital\'s procedure list; null when uncoded.' })
  async procedure(@Root() entry: LogbookEntry, @Ctx() ctx: GraphQLContext): Promise<HospitalProcedure | null> {
    return entry.procedureCode ? ctx.loaders.hospitalProcedure.load(entry.procedureCode) : null;
  }

  @FieldResolver(() => ProcedureGroup, { nullable: true, description: 'The procedure group it counts in; null when uncoded.' })
  async procedureGroup(@Root() entry: LogbookEntry, @Ctx() ctx: GraphQLContext): Promise<ProcedureGroup | null> {
    return entry.procedureGroupCode ? ctx.loaders.procedureGroup.load(entry.procedureGroupCode) : null;
  }

  @FieldResolver(() => LogbookEntry, { nullable: true, description: 'The entry this one corrects; null for an entry that corrects none.' })
  async correctionOf(@Root() entry: LogbookEntry, @Ctx() ctx: GraphQLContext): Promise<LogbookEntry | null> {
    return entry.correctionOf ? loadRef(entry.correctionOf, ctx.loaders.logbookEntry) : null;
  }

  @FieldResolver(() => LogbookOutcome, { nullable: true, description: 'What became of the patient, from the operation record; null for a transcribed entry.' })
  async outcome(@Root() entry: LogbookEntry, @Ctx() ctx: GraphQLContext): Promise<LogbookOutcome | null> {
    return entry.surgery ? ctx.loaders.logbookOutcome.load(entry.surgery.id) : null;
  }

  @Authorized(Permission.READ_PATIENTS)
  @FieldResolver(() => Surgery, { nullable: true, description: 'The operation; null for a transcribed entry, and (with a FORBIDDEN error on this field alone) for roles that may not open patient records: a logbook is not a patient list.' })
  async surgery(@Root() entry: LogbookEntry, @Ctx() ctx: GraphQLContext): Promise<Surgery | null> {
    return entry.surgery ? loadRef(entry.surgery, ctx.loaders.surgery) : null;
  }
}

@Resolver(() => User)
export class UserStaffMemberResolver {
  @FieldResolver(() => StaffMember, { nullable: true, description: 'The user\'s own staff record (whose logbook is theirs); null when the account is not linked to one.' })
  async staffMember(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<StaffMember | null> {
    return user.staffMemberId ? ctx.loaders.staffMember.load(user.staffMemberId) : null;
  }

  @Authorized(Permission.MANAGE_USERS)
  @Mutation(() => User, { description: 'Link an account to its owner\'s staff record (or, with staffId null, unlink it); a staff record belongs to one account at most (CONFLICT DUPLICATE). Audited.' })
  async setUserStaffMember(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => ID, { description: 'The account (a `User` ID).' }) userId: string,
    @Arg('staffId', () => ID, { nullable: true, description: 'The staff record (a StaffMember ID); null: unlink.' }) staffId: string | null,
  ): Promise<User> {
    const userKey = keyOf(userId, 'User', 'userId');
    const staffKey = staffId ? keyOf(staffId, 'StaffMember', 'staffId') : null;
    const user = await inTransaction(
      ctx.em,
      async (em) => {
        const account = await em.findOne(User, { id: userKey });
        if (!account) throw notFound('User', userKey);
        if (staffKey && !(await em.findOne(StaffMember, { id: staffKey }))) throw notFound('StaffMember', staffKey);
        account.staffMemberId = staffKey;
        return account;
      },
      { app_user_staff_member_id_key: () => conflict('DUPLICATE', 'That staff record already belongs to another account') },
    );
    // A token's user is trusted for a short while (auth.service.ts): forget it so the link takes effect now.
    forgetTokensOf(user.id);
    return user;
  }
}
