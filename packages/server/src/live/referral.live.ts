import { Permission, ReferralOrderField, SortDirection, hospitalDate } from '@pj/shared';
import { Arg, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { keyOf } from '../graphql/relay.js';
import { Referral } from '../referrals/referral.entity.js';
import { ReferralFilter } from '../referrals/referral.input.js';
import { listReferrals, type WorklistFilter } from '../referrals/referral.query.js';
import { renewLiveContext } from './live-context.js';
import { coalescingFeed, LiveTopic, livePubSub, type LiveMessage } from './live-pubsub.js';

/** Changed referrals read per statement when several were announced together (the overdue job's batch). */
const BATCH = 50;

/**
 * The referrals announced on the channel from now on (received, a column of their worklist row
 * changed, become overdue: db/migrations/…-referral-live-notify.ts, jobs/scheduled-jobs.ts),
 * each read again as the worklist reads it (`listReferrals`, by key, with `filter` when given,
 * as of the subscriber's clock), so the same permission and field rules apply. Announcements
 * that arrive while a read is under way are read together in the next one (`coalescingFeed`:
 * one statement for up to BATCH keys), and a referral announced twice meanwhile is read once.
 *
 * Each subscriber reads for itself: what it may see differs by role (the patient, the text
 * filter), and a referral changes a few hundred times a day, so a narrow read by key per
 * subscriber per change is cheap; sharing one read per process would need a second, role-free
 * read path. Reads go to the primary (`renewLiveContext`): a replica may not have the change yet.
 * After this process's LISTEN connection was lost and re-opened (`resync`), the changes
 * announced meanwhile cannot be told (a referral records no change time): nothing is sent for
 * them, and the client's refetch of its page is what catches up (see the field's description).
 */
function referralUpdates(ctx: GraphQLContext, filter: WorklistFilter): AsyncIterableIterator<Referral> {
  return coalescingFeed<string, Referral>(livePubSub, [LiveTopic.referrals], {
    keyOf: (payload) => {
      const message = payload as LiveMessage;
      return message.t === 'r' ? message.id : undefined;
    },
    async read(pending) {
      const ids = [...pending].slice(0, BATCH);
      for (const id of ids) pending.delete(id);
      renewLiveContext(ctx);
      const page = await listReferrals(ctx.em, {
        filter: { ...filter, ids },
        order: { field: ReferralOrderField.RECEIVED_AT, direction: SortDirection.DESC },
        first: ids.length,
        today: hospitalDate(ctx.clock()),
      });
      return page.nodes;
    },
  });
}

/** The referral worklist live (the subscription of live/, in a file of its own). */
@Resolver()
export class ReferralLiveResolver {
  @Authorized(Permission.READ_WORKLISTS)
  @Subscription(() => Referral, {
    description:
      'Referrals as they change, on whichever server: one received, its status moved (triage, waitlist, booking, …), given to or taken from a ' +
      'case manager, or another column of its worklist row changed (also by a change made outside the API), and each that becomes overdue ' +
      '(announced once, at the start of the hospital day after its due date). Each is read as `referrals` reads it. With `filter`, only ' +
      'referrals that match it after the change: one that stopped matching is not sent, so a screen that must see rows leave its list ' +
      'subscribes without it. Nothing is replayed: after (re)connecting, refetch the `referrals` page shown, which catches up on what was missed.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const { filter } = args as { filter?: ReferralFilter | null };
      return referralUpdates(ctx, {
        ...filter,
        assigneeIds: filter?.assigneeIds?.map((id, i) => keyOf(id, 'User', `filter.assigneeIds[${i}]`)) ?? null,
        textMatchesPatients: ctx.user?.permissions.has(Permission.READ_PATIENTS) === true,
      });
    },
  })
  referralChanged(
    @Root() referral: Referral,
    @Arg('filter', () => ReferralFilter, { nullable: true, description: 'Only referrals that match it after the change (as `referrals(filter:)`); omit it for all.' })
    _filter?: ReferralFilter | null,
  ): Referral {
    return referral;
  }
}
