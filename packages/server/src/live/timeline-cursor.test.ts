import { describe, expect, it } from 'vitest';
import { advance, decodeTimelineCursor, encodeTimelineCursor, type TimelinePosition } from './timeline-cursor.js';

describe('timeline resume cursors', () => {
  const at: TimelinePosition = { snapshot: '100:105:101,103', seq: '40', held: [] };

  it('round-trips a position, and reads a cursor of the former kind (the plain key)', () => {
    for (const position of [at, { ...at, held: [['101', '38']] as const }]) {
      expect(decodeTimelineCursor(encodeTimelineCursor(position))).toEqual(position);
    }
    expect(decodeTimelineCursor(Buffer.from('["40"]').toString('base64url'))).toEqual({ snapshot: null, seq: '40', held: [] });
  });

  it('moves to the read\'s snapshot with the first event above its key', () => {
    expect(advance(at, { seq: '41', xid: '104' }, '102:110:103')).toEqual({ snapshot: '102:110:103', seq: '41', held: [] });
  });

  it('keeps its snapshot and lists the transaction of an event at or below its key (committed later)', () => {
    const late = advance(at, { seq: '37', xid: '101' }, '104:110:');
    expect(late).toEqual({ ...at, held: [['101', '37']] });
    const sameTransaction = advance(late, { seq: '39', xid: '101' }, '104:110:');
    expect(sameTransaction).toEqual({ ...at, held: [['101', '39']] });
    const another = advance(sameTransaction, { seq: '38', xid: '103' }, '104:110:');
    expect(another).toEqual({ ...at, held: [['101', '39'], ['103', '38']] });
    // The next event above the key: everything up to it in the new snapshot is held.
    expect(advance(another, { seq: '44', xid: '106' }, '104:110:')).toEqual({ snapshot: '104:110:', seq: '44', held: [] });
  });
});
