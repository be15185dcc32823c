import { Permission } from '@pj/shared';
import { Arg, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { LocalDate } from '../graphql/scalars.js';
import { hospitalDay, theatreBoard } from '../surgery/theatre-schedule.js';
import { TheatreBoardColumn } from '../surgery/surgery.types.js';
import { renewLiveContext } from './live-context.js';
import { coalescingFeed, LiveTopic, livePubSub, type LiveMessage } from './live-pubsub.js';

/** How long to wait before reading again after a read failed. */
const READ_RETRY_MS = 2_000;

/**
 * The columns of one day's theatre board, each time one changes on any server instance.
 *
 * Announcements (db/migrations/…-theatre-board-notify.ts) name a theatre and a day; the column
 * is then read again through the board's own read (surgery/theatre-schedule.ts) with the
 * subscriber's context, so order, checklist state and field permissions are the query's.
 * Each subscriber reads for itself (its user's permissions apply), but narrowly: one
 * statement for the one theatre and day announced. Announcements that arrive while a read is
 * under way are gathered (`coalescingFeed`), so a burst (a mission's list confirmed) is read
 * once per column. After the LISTEN connection came back (`resync`), every column of the day
 * is sent again.
 */
function theatreBoardFeed(ctx: GraphQLContext, date: string): AsyncIterableIterator<TheatreBoardColumn> {
  // The keys pending are the theatres announced and not yet read; null among them: every
  // column (after a resync, or a failed read).
  return coalescingFeed<string | null, TheatreBoardColumn>(livePubSub, [LiveTopic.theatreBoard(date), LiveTopic.resync], {
    keyOf: (payload) => {
      const message = payload as LiveMessage;
      return message.t === 'b' ? message.th : null;
    },
    async read(pending) {
      const theatreIds = pending.has(null) ? null : [...pending as Set<string>];
      pending.clear();
      renewLiveContext(ctx);
      if (theatreIds?.length === 1) return theatreBoard(ctx, date, { theatreId: theatreIds[0] });
      const columns = await theatreBoard(ctx, date);
      return theatreIds ? columns.filter((column) => theatreIds.includes(column.theatre.id)) : columns;
    },
    retry: {
      afterMs: READ_RETRY_MS,
      // The database out of reach for a moment (it restarts, the pool is full) should not end
      // the client's subscription: the whole day is read again after a wait, or at the next
      // announcement if one comes first.
      onError(error, pending) {
        console.error('Could not read the theatre board for a live update', error);
        pending.add(null);
      },
    },
  });
}

/** The live theatre board (served like `theatreBoard`, audited like it: audit/audit.fields.ts). */
@Resolver()
export class TheatreLiveResolver {
  @Authorized(Permission.READ_WORKLISTS)
  @Subscription(() => TheatreBoardColumn, {
    description:
      'The theatre board of `date`, live: each time an operation of a theatre that day is booked, moved in or out (another day, another theatre), cancelled, started or completed, its team changed or a checklist phase recorded, on whichever server, the whole column of that theatre, as `theatreBoard` serves it (a column is identified by its `theatre` and `date`; a cancelled or moved-out operation is absent from it). Nothing is replayed: refetch `theatreBoard` for the day after (re)connecting.',
    subscribe: ({ args, context }) => {
      const { date } = args as { date: string };
      hospitalDay(date); // Refused (INVALID_DATE) before anything is listened to.
      return theatreBoardFeed(context as GraphQLContext, date);
    },
  })
  theatreBoardChanged(
    @Root() column: TheatreBoardColumn,
    @Arg('date', () => LocalDate, { description: 'The day (Phnom Penh calendar date).' }) _date: string,
  ): TheatreBoardColumn {
    return column;
  }
}
