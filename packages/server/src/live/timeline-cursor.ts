import { badInput } from '../common/domain-error.js';

/**
 * Where a reader of a patient's timeline stands, in commit order: the events it holds are
 * exactly "every event visible in `snapshot` with a key (`seq`) up to `seq`", plus, for each
 * transaction of `held`, its events with a key up to the one given.
 *
 * Why not just the last key: keys are handed out at insert, not at commit. An event with a
 * smaller key whose transaction commits after one with a larger key was delivered would be
 * skipped by "the events after the last key". A PostgreSQL snapshot (`pg_current_snapshot()`,
 * taken by the same statement that read the events) says which transactions had committed,
 * whatever their keys; each event records the transaction that inserted it (`journey_event.xid`).
 * Resuming reads the events the reader does not hold, in key order: `id > seq or not
 * pg_visible_in_snapshot(xid, snapshot)`, less those of `held`.
 *
 * `held` is needed for one case: a read finds an event with a key at or below `seq` (its
 * transaction committed after `snapshot`). Delivering it cannot move the cursor to the new
 * read's snapshot (the reader does not yet hold the other events that snapshot shows up to
 * that key) nor keep it as it was (the event would come again): the event's transaction is
 * added to `held`. The first event delivered with a key above `seq` moves the cursor to the
 * snapshot of its read (every event of that snapshot up to its key has then been delivered,
 * in key order) and `held` empties. `held` lists only transactions in progress when
 * `snapshot` was taken, so it stays as small as the snapshot's own list.
 *
 * A cursor handed out before (the plain key, `["<seq>"]`) still resumes, as it used to:
 * everything up to its key counts as held (`snapshot` null). A client open across an upgrade
 * reconnects with it (graphql-ws sends the same subscription again); refusing it would make
 * that client start over without the events it missed. Its next cursor is of the new form.
 */
export interface TimelinePosition {
  /** `xmin:xmax:xip,…` as PostgreSQL writes a `pg_snapshot`; null for a cursor of the former kind. */
  snapshot: string | null;
  /** The key up to which the snapshot's events are held (digits). */
  seq: string;
  /** Transactions (xid8, digits) of which the events up to a key (digits) are held too. */
  held: readonly (readonly [xid: string, seq: string])[];
}

/**
 * At most this many transactions in progress in a cursor's snapshot, or in `held`. A snapshot
 * lists top-level transactions only, at most one per database connection (max_connections,
 * 100 by default) and prepared transaction; a cursor with more is forged.
 */
export const MAX_IN_PROGRESS = 1_000;
/** Longer than any cursor this server hands out (about 20 characters per transaction listed). */
const MAX_CURSOR_LENGTH = 60_000;

/** A snapshot in which every transaction is visible: a cursor of the former kind held every event up to its key. */
export const EVERY_TRANSACTION = '9223372036854775807:9223372036854775807:';

const DIGITS = /^\d{1,19}$/;
const SEQ = /^\d{1,18}$/;
const XID8_MAX = 2n ** 63n - 1n;

/** The opaque cursor of a position: base64url of JSON, like the API's other cursors. */
export function encodeTimelineCursor(position: TimelinePosition): string {
  if (position.snapshot === null) return Buffer.from(JSON.stringify([position.seq]), 'utf8').toString('base64url');
  const parts: unknown[] = [position.seq, position.snapshot];
  if (position.held.length) parts.push(position.held);
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** The position a client's cursor holds, or BAD_USER_INPUT `INVALID_CURSOR` for anything this server would not have handed out. */
export function decodeTimelineCursor(cursor: string, field = 'after'): TimelinePosition {
  const position = cursor.length <= MAX_CURSOR_LENGTH ? parse(cursor) : null;
  if (!position) throw badInput(field, 'The cursor is not valid; subscribe without it', 'INVALID_CURSOR');
  return position;
}

function parse(cursor: string): TimelinePosition | null {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length < 1 || parts.length > 3) return null;
  const [seq, snapshot, held = []] = parts as unknown[];
  if (typeof seq !== 'string' || !SEQ.test(seq)) return null;
  if (parts.length === 1) return { snapshot: null, seq, held: [] };
  if (typeof snapshot !== 'string' || !validSnapshot(snapshot)) return null;
  if (!Array.isArray(held) || held.length > MAX_IN_PROGRESS || (parts.length === 3 && held.length === 0)) return null;
  const xids = new Set<string>();
  for (const entry of held as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) return null;
    const [xid, upTo] = entry as unknown[];
    if (typeof xid !== 'string' || !DIGITS.test(xid) || BigInt(xid) < 1n || BigInt(xid) > XID8_MAX) return null;
    if (typeof upTo !== 'string' || !SEQ.test(upTo) || xids.has(xid)) return null;
    xids.add(xid);
  }
  return { snapshot, seq, held: held as [string, string][] };
}

/**
 * What `pg_snapshot`'s input accepts, checked here so that a forged cursor is the client's
 * error and never the database's: 0 < xmin ≤ xmax, the transactions in progress ascending,
 * each in [xmin, xmax), at most MAX_IN_PROGRESS of them.
 */
function validSnapshot(text: string): boolean {
  const match = /^(\d{1,19}):(\d{1,19}):((?:\d{1,19})(?:,\d{1,19})*)?$/.exec(text);
  if (!match) return false;
  const xmin = BigInt(match[1]);
  const xmax = BigInt(match[2]);
  if (xmin < 1n || xmax < xmin || xmax > XID8_MAX) return false;
  const inProgress = match[3] ? match[3].split(',') : [];
  if (inProgress.length > MAX_IN_PROGRESS) return false;
  let previous = xmin - 1n;
  for (const value of inProgress) {
    const xid = BigInt(value);
    if (xid <= previous || xid >= xmax) return false;
    previous = xid;
  }
  return true;
}

/** An event as the resume read returns it: its key and its transaction. */
export interface ReadEvent {
  seq: string;
  xid: string;
}

/**
 * The position after delivering `event`, the next one (in key order) of a read made in
 * `snapshot` of the events `position` does not hold (see TimelinePosition).
 */
export function advance(position: TimelinePosition, event: ReadEvent, snapshot: string): TimelinePosition {
  if (BigInt(event.seq) > BigInt(position.seq)) return { snapshot, seq: event.seq, held: [] };
  const held = position.held.filter(([xid]) => xid !== event.xid);
  const before = position.held.find(([xid]) => xid === event.xid);
  const upTo = before && BigInt(before[1]) > BigInt(event.seq) ? before[1] : event.seq;
  return { ...position, held: [...held, [event.xid, upTo]] };
}
