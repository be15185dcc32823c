import { describe, expect, it } from 'vitest';
import { groupTitle } from './progress';

describe('groupTitle', () => {
  const group = { title: 'Hernia repair', titleKhmer: 'ការជួសជុលក្លូន', titleJapanese: 'ヘルニア修復' };
  it('names the group in the language shown', () => {
    expect([groupTitle(group, 'en'), groupTitle(group, 'km'), groupTitle(group, 'ja')]).toEqual(['Hernia repair', 'ការជួសជុលក្លូន', 'ヘルニア修復']);
  });
});
