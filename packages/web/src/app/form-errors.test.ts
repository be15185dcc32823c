import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldPath, formProblemOf } from './form-errors';
import { ensureTranslation, loadPageText } from './i18n';
import { refusalText } from './refusals';

const errorOf = (...errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors });

beforeAll(async () => {
  // Refusals and enum labels, as every page that loads data loads them.
  await loadPageText('data');
  await ensureTranslation('km');
  await ensureTranslation('ja');
});

describe('fieldPath', () => {
  it('turns list indexes into dotted paths and drops the input prefix', () => {
    expect(fieldPath('medications[3].name')).toBe('medications.3.name');
    expect(fieldPath('input.diagnosis')).toBe('diagnosis');
    expect(fieldPath('heightCm')).toBe('heightCm');
  });
});

describe('formProblemOf', () => {
  it('puts messages next to fields the form has, and the rest above it, from the reason (never the English message)', () => {
    const problem = formProblemOf(
      errorOf(
        { message: 'diagnosis is required', extensions: { code: 'BAD_USER_INPUT', field: 'diagnosis', reason: 'REQUIRED' } },
        { message: 'bad name', extensions: { code: 'BAD_USER_INPUT', field: 'medications[1].name', reason: 'TOO_LONG', params: { max: 200 } } },
        { message: 'bad time', extensions: { code: 'BAD_USER_INPUT', field: 'dischargedAt', reason: 'IN_FUTURE' } },
      ),
      (path) => path === 'diagnosis' || path.startsWith('medications.'),
    );
    expect(problem).toEqual({
      fields: { diagnosis: 'This is required.', 'medications.1.name': 'Too long: at most 200 characters.' },
      form: ['This cannot be in the future.'],
      conflict: false,
      failed: false,
    });
  });

  it('flags a conflict (stale version) and a failure without GraphQL errors', () => {
    expect(formProblemOf(errorOf({ message: 'stale', extensions: { code: 'CONFLICT' } }), () => true).conflict).toBe(true);
    expect(formProblemOf(new TypeError('offline'), () => true).failed).toBe(true);
    expect(formProblemOf(errorOf({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }), () => true).failed).toBe(true);
  });
});

describe('refusalText', () => {
  const bed = {
    message: 'Bed B-04 on Surgical ward is occupied since 3 Jun 2026 08:30',
    extensions: { code: 'CONFLICT', reason: 'BED_OCCUPIED', params: { bed: 'B-04', ward: 'Surgical ward', from: '2026-06-03T01:30:00.000Z' } },
  };

  it('says a refusal in the user language, with its params, dates in Phnom Penh time', () => {
    expect(refusalText(bed, 'en')).toBe('Bed B-04 on Surgical ward is occupied from 3 Jun 2026, 08:30.');
    expect(refusalText(bed, 'km')).toBe('គ្រែ B-04 នៅ Surgical ward មានអ្នកជំងឺចាប់ពី 3 មិថុនា 2026 ម៉ោង 08:30។');
    expect(refusalText(bed, 'ja')).toBe('Surgical wardのベッドB-04は2026年6月3日 08:30から使用中です。');
  });

  it('without the clash (a write racing another), says the general sentence', () => {
    const racing = { message: 'The bed was taken just now', extensions: { code: 'CONFLICT', reason: 'BED_OCCUPIED' } };
    expect(refusalText(racing, 'km')).toBe('គ្រែនេះមានអ្នកជំងឺនៅពេលនោះ។');
  });

  it('names statuses in the user language', () => {
    const illegal = { message: 'A declined referral cannot become waitlisted', extensions: { code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', params: { from: 'DECLINED', to: 'WAITLISTED' } } };
    expect(refusalText(illegal, 'en')).toBe('A referral that is Declined cannot become Waitlisted this way.');
    expect(refusalText(illegal, 'ja')).toContain('お断り');
  });

  it('falls back to a sentence for the code, never the English message', () => {
    const unknown = { message: 'Some English words', extensions: { code: 'CONFLICT', reason: 'NOT_A_REASON' } };
    expect(refusalText(unknown, 'ja')).toBe('保存されませんでした。現在の状態と矛盾しています。');
    expect(refusalText({ message: 'x', extensions: { code: 'WHATEVER' } }, 'km')).not.toContain('x');
  });
});
