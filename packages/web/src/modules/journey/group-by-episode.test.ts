import { describe, expect, it } from 'vitest';
import { flattenGroups, groupConsecutiveByEpisode } from './group-by-episode';

const hernia = { id: 'ep-1', title: 'Right inguinal hernia' };
const lump = { id: 'ep-2', title: 'Neck lump' };
const ev = (id: string, episode: { id: string; title: string } | null) => ({ id, episode });

describe('groupConsecutiveByEpisode', () => {
  it('returns no groups for no events', () => {
    expect(groupConsecutiveByEpisode([])).toEqual([]);
  });

  it('puts consecutive events of one episode in one group, in order', () => {
    const groups = groupConsecutiveByEpisode([ev('a', hernia), ev('b', hernia), ev('c', hernia)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.episode).toBe(hernia);
    expect(groups[0]?.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('groups events without an episode together as general (null episode)', () => {
    const groups = groupConsecutiveByEpisode([ev('a', hernia), ev('b', null), ev('c', null)]);
    expect(groups.map((g) => g.episode?.id ?? null)).toEqual(['ep-1', null]);
    expect(groups[1]?.events.map((e) => e.id)).toEqual(['b', 'c']);
  });

  it('starts a new group when episodes interleave, keeping time order', () => {
    const groups = groupConsecutiveByEpisode([
      ev('a', lump),
      ev('b', hernia),
      ev('c', hernia),
      ev('d', lump),
      ev('e', null),
    ]);
    expect(groups.map((g) => [g.episode?.id ?? null, g.events.map((e) => e.id)])).toEqual([
      ['ep-2', ['a']],
      ['ep-1', ['b', 'c']],
      ['ep-2', ['d']],
      [null, ['e']],
    ]);
  });

  it('gives every group a unique key even when an episode recurs', () => {
    const groups = groupConsecutiveByEpisode([ev('a', lump), ev('b', hernia), ev('c', lump)]);
    const keys = groups.map((g) => g.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('matches episodes by id, not by object identity (cache copies)', () => {
    const groups = groupConsecutiveByEpisode([ev('a', { ...hernia }), ev('b', { ...hernia })]);
    expect(groups).toHaveLength(1);
  });
});

describe('flattenGroups', () => {
  it('puts each episode heading before its events and marks the last event of each run', () => {
    const rows = flattenGroups(groupConsecutiveByEpisode([ev('a', lump), ev('b', hernia), ev('c', hernia)]));
    expect(rows.map((r) => (r.type === 'episode' ? `H:${r.group.episode?.id}` : `${r.event.id}${r.lastInGroup ? '.' : ''}`))).toEqual([
      'H:ep-2',
      'a.',
      'H:ep-1',
      'b',
      'c.',
    ]);
  });

  it('keeps the keys of existing rows when more events are appended (no remounts on load more)', () => {
    const first = flattenGroups(groupConsecutiveByEpisode([ev('a', lump), ev('b', hernia)]));
    const more = flattenGroups(groupConsecutiveByEpisode([ev('a', lump), ev('b', hernia), ev('c', hernia), ev('d', null)]));
    expect(more.slice(0, first.length).map((r) => r.key)).toEqual(first.map((r) => r.key));
    const keys = more.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
