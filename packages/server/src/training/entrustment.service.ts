import { LockMode } from '@mikro-orm/core';
import { DevelopmentKind, ErrorCode, hospitalDate, LOGBOOK_LEVELS, MAX_DEVELOPMENT_ACTIVITIES, Permission } from '@pj/shared';
import { requireUser } from '../auth/auth-checker.js';
import { badInput, conflict, DomainError, notFound } from '../common/domain-error.js';
import { inTransaction } from '../common/transaction.js';
import { optionalText, requiredText } from '../common/validate.js';
import type { GraphQLContext } from '../graphql/context.js';
import { keyOf } from '../graphql/relay.js';
import { localDate } from '../oncology/oncology.service.js';
import { StaffMember } from '../surgery/staff.entity.js';
import { DevelopmentActivity } from './development.entity.js';
import { EntrustmentDecision } from './entrustment.entity.js';
import type { AddDevelopmentActivityInput, RecordEntrustmentInput } from './entrustment.input.js';
import { ProcedureGroup } from './procedure-group.entity.js';
import { notOwn, ownOrPermitted, ownStaffMemberId } from './training-access.js';

type Ctx = Pick<GraphQLContext, 'em' | 'clock' | 'actor' | 'user' | 'authProblem'>;

const LEVELS = new Set<string>(LOGBOOK_LEVELS);
const KINDS = new Set<string>(Object.values(DevelopmentKind));

/** The signed-in user's staff record, required to act as a supervisor (FORBIDDEN without one). */
async function supervisorOf(ctx: Ctx): Promise<string> {
  const own = await ownStaffMemberId(ctx);
  if (!own) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Your account is not linked to a staff record, so you cannot decide as a supervisor', { reason: 'NOT_ALLOWED' });
  }
  return own;
}

/**
 * Records a supervisor's entrustment decision (SUPERVISE_TRAINING): the signed-in user's staff
 * record decides, never for themselves, on a day not in the future (Phnom Penh). A second
 * decision for the same trainee and group on the same day is CONFLICT SAME_DAY: the database's
 * unique rule decides it, so two supervisors deciding at the same moment cannot both succeed.
 */
export async function recordEntrustment(ctx: Ctx, input: RecordEntrustmentInput): Promise<EntrustmentDecision> {
  const staffMemberId = keyOf(input.staffId, 'StaffMember', 'staffId');
  const today = hospitalDate(ctx.clock());
  const decidedOn = input.decidedOn == null ? today : localDate('decidedOn', input.decidedOn);
  if (decidedOn > today) throw badInput('decidedOn', 'decidedOn is in the future', 'IN_FUTURE');
  if (!LEVELS.has(input.level)) throw badInput('level', 'Unknown level', 'INVALID');
  const reason = requiredText('reason', input.reason, 1000, { multiline: true });
  const code = requiredText('procedureGroup', input.procedureGroup, 40);
  const decidedBy = await supervisorOf(ctx);
  if (decidedBy === staffMemberId) throw badInput('staffId', 'Nobody records an entrustment decision for themselves', 'NOT_ALLOWED');
  return inTransaction(
    ctx.em,
    async (em) => {
      const [trainee, group] = await Promise.all([em.findOne(StaffMember, staffMemberId), em.findOne(ProcedureGroup, { code })]);
      if (!trainee) throw notFound('Staff member', input.staffId);
      if (!group) throw badInput('procedureGroup', `No procedure group ${code}`, 'UNKNOWN_CODE', { code });
      const decision = em.create(EntrustmentDecision, {
        staffMember: trainee,
        procedureGroup: group,
        level: input.level,
        decidedBy: em.getReference(StaffMember, decidedBy),
        decidedOn,
        reason,
        createdAt: ctx.clock(),
      });
      await em.flush();
      return decision;
    },
    {
      entrustment_decision_one_a_day: () =>
        conflict('SAME_DAY', `An entrustment decision for this trainee in ${code} was already recorded on ${decidedOn}; one a day`),
    },
  );
}

/** Adds a development activity to a staff member's profile: one's own, or anyone's with MANAGE_MISSIONS. */
export async function addDevelopmentActivity(ctx: Ctx, input: AddDevelopmentActivityInput): Promise<DevelopmentActivity> {
  const staffMemberId = await ownOrPermitted(ctx, input.staffId, Permission.MANAGE_MISSIONS, 'development record');
  if (!KINDS.has(input.kind)) throw badInput('kind', 'Unknown kind', 'INVALID');
  const title = requiredText('title', input.title, 200);
  const place = optionalText('place', input.place, 200);
  const evidence = optionalText('evidence', input.evidence, 1000, { multiline: true });
  const startsOn = localDate('startsOn', input.startsOn);
  const endsOn = input.endsOn == null ? null : localDate('endsOn', input.endsOn);
  if (endsOn !== null && endsOn < startsOn) throw badInput('endsOn', 'endsOn is before startsOn', 'END_BEFORE_START');
  return inTransaction(ctx.em, async (em) => {
    // The staff row is locked so that concurrent additions count one after the other.
    const staff = await em.findOne(StaffMember, staffMemberId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!staff) throw notFound('Staff member', input.staffId);
    if ((await em.count(DevelopmentActivity, { staffMember: staff })) >= MAX_DEVELOPMENT_ACTIVITIES) {
      throw badInput('staffId', `A profile holds at most ${MAX_DEVELOPMENT_ACTIVITIES} development activities`, 'TOO_MANY');
    }
    const activity = em.create(DevelopmentActivity, {
      staffMember: staff,
      kind: input.kind,
      title,
      place,
      startsOn,
      endsOn,
      evidence,
      createdAt: ctx.clock(),
    });
    await em.flush();
    return activity;
  });
}

/** Removes a development activity: one's own, or anyone's with MANAGE_MISSIONS. Answers the activity removed. */
export async function removeDevelopmentActivity(ctx: Ctx, id: string): Promise<DevelopmentActivity> {
  const user = requireUser(ctx);
  const manages = user.permissions.has(Permission.MANAGE_MISSIONS);
  // Without MANAGE_MISSIONS and without a staff record there is nothing of one's own to remove.
  const own = manages ? null : await ownStaffMemberId(ctx);
  if (!manages && !own) throw notOwn('development record');
  const key = keyOf(id, 'DevelopmentActivity', 'id');
  return inTransaction(ctx.em, async (em) => {
    const activity = await em.findOne(DevelopmentActivity, key);
    if (!activity) throw notFound('Development activity', id);
    if (!manages && activity.staffMember.id !== own) throw notOwn('development record');
    em.remove(activity);
    await em.flush();
    return activity;
  });
}
