import { Permission } from '@pj/shared';
import { Arg, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { LocalDate } from '../graphql/scalars.js';
import { hospitalDay, theatreBoard } from '../surgery/theatre-schedule.js';
import { TheatreBoardColumn } from '../surgery/surgery.types.js';
import { renewLiveContext } from './live-context.js';
import { LiveTopic, livePubSub, type LiveMessage } from './live-pubsub.js';

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
 * under way are gathered, so a burst (a mission's list confirmed) is read once per column.
 * After the LISTEN connection came back (`resync`), every column of the day is sent again.
 *
 * Written as a plain iterator rather than an async generator: a generator waiting for the
 * next announcement cannot be returned until one arrives, so a subscription closed on a quiet
 * day would keep its listeners; `return` here lets go of them at once.
 */
class TheatreBoardFeed implements AsyncIterableIterator<TheatreBoardColumn> {
  /** Theatres announced and not yet read. */
  private readonly pending = new Set<string>();
  /** Every column is to be read (after a resync). */
  private everyColumn = false;
  private readonly ready: TheatreBoardColumn[] = [];
  private wake: (() => void) | null = null;
  private done = false;
  private readonly offs: (() => void)[];

  constructor(
    private readonly ctx: GraphQLContext,
    private readonly date: string,
  ) {
    this.offs = [
      livePubSub.on(LiveTopic.theatreBoard(date), (payload) => this.announced((payload as Extract<LiveMessage, { t: 'b' }>).th)),
      livePubSub.on(LiveTopic.resync, () => this.announced(null)),
    ];
  }

  private announced(theatreId: string | null): void {
    if (theatreId === null) this.everyColumn = true;
    else this.pending.add(theatreId);
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** The columns announced since the last read, read again now. */
  private async read(): Promise<TheatreBoardColumn[]> {
    const theatreIds = this.everyColumn ? null : [...this.pending];
    this.pending.clear();
    this.everyColumn = false;
    renewLiveContext(this.ctx);
    if (theatreIds?.length === 1) return theatreBoard(this.ctx, this.date, { theatreId: theatreIds[0] });
    const columns = await theatreBoard(this.ctx, this.date);
    return theatreIds ? columns.filter((column) => theatreIds.includes(column.theatre.id)) : columns;
  }

  async next(): Promise<IteratorResult<TheatreBoardColumn>> {
    while (!this.done && this.ready.length === 0) {
      if (this.everyColumn || this.pending.size > 0) {
        const columns = await this.read().catch((error: unknown) => {
          // The database out of reach for a moment (it restarts, the pool is full) should not
          // end the client's subscription: the whole day is read again after a wait, or at
          // the next announcement if one comes first.
          console.error('Could not read the theatre board for a live update', error);
          this.everyColumn = true;
          return null;
        });
        if (columns) {
          if (!this.done) this.ready.push(...columns);
        } else if (!this.done) {
          await new Promise<void>((resolve) => {
            this.wake = resolve;
            setTimeout(resolve, READ_RETRY_MS).unref();
          });
          this.wake = null;
        }
      } else {
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
    }
    return this.done ? { value: undefined, done: true } : { value: this.ready.shift()!, done: false };
  }

  return(): Promise<IteratorResult<TheatreBoardColumn>> {
    this.done = true;
    for (const off of this.offs) off();
    this.ready.length = 0;
    this.pending.clear();
    const wake = this.wake;
    this.wake = null;
    wake?.();
    return Promise.resolve({ value: undefined, done: true });
  }

  async throw(error: unknown): Promise<IteratorResult<TheatreBoardColumn>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<TheatreBoardColumn> {
    return this;
  }
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
      return new TheatreBoardFeed(context as GraphQLContext, date);
    },
  })
  theatreBoardChanged(
    @Root() column: TheatreBoardColumn,
    @Arg('date', () => LocalDate, { description: 'The day (Phnom Penh calendar date).' }) _date: string,
  ): TheatreBoardColumn {
    return column;
  }
}
