import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { queryPooled } from '../persistence/prepared.js';
import { auditBatchInsert, auditRow, type AuditDraft, type AuditSink, type AuditWho } from './audit-trail.js';

/** The most entries one insert carries. A request's entries are never split: one with more goes alone. */
export const MAX_BATCH_ENTRIES = 500;

/** How often the GIN index of list reads' patients is merged, when entries were written since. */
export const MERGE_EVERY_MS = 1000;

/** Merges that index's pending list into it (waiting for a merge another process runs, if any). */
const MERGE_PENDING = `select gin_clean_pending_list('audit_entry_patient_ids_index'::regclass)`;

/** One request's entries, waiting to be written, and how to tell it they were (or were not). */
interface Waiting {
  rows: unknown[][];
  written: () => void;
  failed: (error: unknown) => void;
}

/**
 * Writes the entries of reads (audit.plugin.ts) by group commit: one insert at a time per
 * process; the requests that finish while it runs queue, and the next insert takes all of
 * them (up to MAX_BATCH_ENTRIES entries). An idle writer sends after one turn of the event
 * loop (`setImmediate`), with the entries of every request that finished in that turn, so
 * nothing waits for a timer. Under load that is one round trip and one commit (one
 * WAL flush) for many requests instead of one each.
 *
 * The guarantee does not weaken: `write` resolves only once THESE entries are committed, and
 * the plugin sends the response only after that, so a read that was served is in the trail.
 *
 * One statement text for every batch size (`auditBatchInsert`: array parameters, unnested),
 * prepared once per pooled connection (`queryPooled`), each insert committing on its own.
 *
 * A batch that PostgreSQL refuses fails no one yet: each request's entries are then written on
 * their own, so only a request whose entries cannot be written (or all of them, when its disk is
 * full) gets the error — which the plugin logs while it serves the response, as before. While
 * the database cannot be reached, every request of the batch gets that error at once. If a batch failed after PostgreSQL committed it (the connection lost on the way
 * back), those entries may be written twice: a duplicate in the trail rather than a gap.
 *
 * The GIN index of the patients each list read showed takes new entries into its pending list
 * (cheap), and the writer merges that list into the index every MERGE_EVERY_MS once entries were
 * written, on a pooled connection beside the inserts, which go on meanwhile (migration
 * 20261219010000: one merge a second costs less than an insert merging a small list whenever it
 * fills, and no request waits for one). A merge that fails is logged and tried again next time.
 */
export class AuditWriter implements AuditSink {
  private readonly queue: Waiting[] = [];
  private writing = false;
  private drained: Promise<void> = Promise.resolve();
  private closed = false;
  /** Entries were committed since the last merge began. */
  private unmerged = false;
  private merging: Promise<void> | null = null;
  private readonly mergeTimer: NodeJS.Timeout;
  private mergeCount = 0;
  private mergeFailed = false;

  constructor(
    private readonly em: EntityManager,
    private readonly maxEntries = MAX_BATCH_ENTRIES,
    mergeEveryMs = MERGE_EVERY_MS,
  ) {
    this.mergeTimer = setInterval(() => void this.merge(), mergeEveryMs);
    this.mergeTimer.unref();
  }

  /** Resolves once these entries are committed; rejects if they could not be written. */
  write(drafts: readonly AuditDraft[], who: AuditWho): Promise<void> {
    if (drafts.length === 0) return Promise.resolve();
    if (this.closed) return Promise.reject(new Error('The audit writer is closed: the server is stopping'));
    const rows = drafts.map((draft) => auditRow(draft, who));
    return new Promise<void>((written, failed) => {
      this.queue.push({ rows, written, failed });
      if (!this.writing) {
        this.writing = true;
        // One turn of the event loop first: the requests whose responses finish in this turn
        // (answers of one database read, a burst of arrivals) share the insert.
        this.drained = new Promise<void>((turn) => setImmediate(turn)).then(() => this.drain());
      }
    });
  }

  /** How many requests' entries wait for the next insert (not counting the one being written). */
  get waiting(): number {
    return this.queue.length;
  }

  /** Whether an insert is running. */
  get busy(): boolean {
    return this.writing;
  }

  /** How many merges of the list reads' patient index this writer has run (each after entries were written). */
  get merges(): number {
    return this.mergeCount;
  }

  /**
   * Merges the pending list of the list reads' patient index, if entries were written since the
   * last merge and none is running; resolves when done. Never throws.
   */
  merge(): Promise<void> {
    if (this.merging || !this.unmerged) return this.merging ?? Promise.resolve();
    this.unmerged = false;
    // Not logged: it belongs to no request, and would turn up in whichever one's statements it ran beside.
    this.merging = queryPooled(this.em, MERGE_PENDING, [], { log: false })
      .then(() => {
        this.mergeCount++;
        this.mergeFailed = false;
      })
      .catch((error: unknown) => {
        // Tried again after the next insert; said once, not every second.
        if (!this.mergeFailed) console.error('Could not merge the audit trail\'s patient index (an insert merges it instead when its pending list is full)', error);
        this.mergeFailed = true;
      })
      .finally(() => {
        this.merging = null;
      });
    return this.merging;
  }

  /** Refuses new entries and resolves once every queued and running insert (and merge) has finished. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.mergeTimer);
    await this.drained;
    await this.merging;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.writeBatch(this.take());
    } finally {
      // Cleared in the same turn as the queue was found empty: a request queued after this starts a new drain.
      this.writing = false;
    }
  }

  /** The requests at the head of the queue whose entries fit one insert (at least one request). */
  private take(): Waiting[] {
    let count = 1;
    let entries = this.queue[0].rows.length;
    while (count < this.queue.length && entries + this.queue[count].rows.length <= this.maxEntries) {
      entries += this.queue[count].rows.length;
      count++;
    }
    return this.queue.splice(0, count);
  }

  /** Writes a batch; never throws: each request learns its own outcome. */
  private async writeBatch(batch: Waiting[]): Promise<void> {
    try {
      await this.insert(batch.flatMap((request) => request.rows));
      for (const request of batch) request.written();
    } catch (error) {
      // Written again one request at a time only when PostgreSQL refused the statement (a
      // DatabaseError: an entry it would not take, or its disk full). When it could not be
      // reached at all, each would only wait out another connection timeout to fail the same way.
      if (batch.length === 1 || !(error instanceof pg.DatabaseError)) {
        for (const request of batch) request.failed(error);
        return;
      }
      // Side by side: the pool bounds how many run at once.
      await Promise.all(
        batch.map(async (request) => {
          try {
            await this.insert(request.rows);
            request.written();
          } catch (alone) {
            request.failed(alone);
          }
        }),
      );
    }
  }

  private async insert(rows: unknown[][]): Promise<void> {
    const { sql, values } = auditBatchInsert(rows);
    await queryPooled(this.em, sql, values);
    this.unmerged = true;
  }
}
