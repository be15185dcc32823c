import { beforeAll, describe, expect, it } from 'vitest';
import { ensureTranslation, loadPageText } from '../../app/i18n';
import { durationText, frequencyCode, frequencyText } from './medicine-terms';

beforeAll(async () => {
  // The family copy's text, as its page loads it.
  await loadPageText('dischargePrint');
  await ensureTranslation('km');
  await ensureTranslation('ja');
});

describe('medicine terms on the family copy', () => {
  it('recognises the usual ways of writing a frequency', () => {
    expect(frequencyCode('BD')).toBe('TWICE_DAILY');
    expect(frequencyCode('four times a day')).toBe('FOUR_TIMES_DAILY');
    expect(frequencyCode(' once  daily. ')).toBe('ONCE_DAILY');
    expect(frequencyCode('after meals with water')).toBeNull();
  });

  it('prints them in Khmer on the Khmer copy, and other text as written', () => {
    expect(frequencyText('four times a day', 'km')).toBe('បួនដងក្នុងមួយថ្ងៃ');
    expect(frequencyText('BD', 'ja')).toBe('1日2回');
    expect(durationText('5 days', 'km')).toBe('5 ថ្ងៃ');
    expect(durationText('1 week', 'en')).toBe('1 week');
    expect(frequencyText('after meals with water', 'km')).toBe('after meals with water');
  });
});
