import { describe, expect, it } from 'vitest';
import { placeInTimeline } from './live-timeline';

describe('placing an event received live among the loaded ones (newest first)', () => {
  const loaded = ['0005', '0003', '0001'];

  it('goes before the first older event', () => {
    expect(placeInTimeline(loaded, '0006', true)).toBe(0);
    expect(placeInTimeline(loaded, '0004', true)).toBe(1);
    expect(placeInTimeline(loaded, '0002', false)).toBe(2);
    expect(placeInTimeline([], '0002', false)).toBe(0);
  });

  it('goes last only when every page is loaded; otherwise a later page brings it', () => {
    expect(placeInTimeline(loaded, '0000', false)).toBe(3);
    expect(placeInTimeline(loaded, '0000', true)).toBeNull();
  });
});
