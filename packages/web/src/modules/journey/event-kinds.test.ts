import { MantineProvider } from '@mantine/core';
import { JOURNEY_SUMMARY_VARIANTS, JourneyEventKind, PLURAL_SUMMARY_VARIANTS, Role } from '@pj/shared';
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import en from '../../app/i18n/en.json';
import ja from '../../app/i18n/ja.json';
import km from '../../app/i18n/km.json';
import type { Language } from '../../app/i18n/languages';
import { setSignedIn } from '../../app/session/session-store';
import type { JourneyEventItemFragment } from '../../generated/graphql';
import possibleTypes from '../../generated/possible-types';
import { JourneyEventItem } from './components/JourneyEventItem';
import { EVENT_KIND_ROWS, GENERIC_EVENT_ROW } from './event-kinds';

// The app's i18n module reads the browser (storage, preferred languages) when imported; these
// renders run on Node with an i18next instance of their own, whose language is the current one.
vi.mock('../../app/i18n/useLanguage', () => ({
  useLanguage: () => ({ language: useTranslation().i18n.language as Language, setLanguage: () => undefined }),
}));

const KINDS = Object.values(JourneyEventKind);
type Tree = { [key: string]: string | Tree };
/** Every language's resources, read from the files (Japanese included, whatever the app's list says). */
const RESOURCES: Record<string, Tree> = { en, km, ja };

function lookup(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Tree)[key] : undefined), tree);
}

function render(event: JourneyEventItemFragment, language: string = 'en'): string {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([lang, tree]) => [lang, { translation: lang === 'en' ? tree : { ...en, ...tree } }])),
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return renderToStaticMarkup(
    createElement(MantineProvider, null, createElement(I18nextProvider, { i18n }, createElement(JourneyEventItem, { event }))),
  );
}

/** An event as the timeline query returns it. */
function eventOf(typename: string, kind: string, extra: Partial<JourneyEventItemFragment> = {}): JourneyEventItemFragment {
  return {
    __typename: typename,
    id: 'Sm91cm5leUV2ZW50OjE=',
    kind,
    occurredAt: '2026-03-02T02:00:00.000Z',
    occurredOn: null,
    recordedAt: '2026-03-02T02:00:00.000Z',
    actor: 'Dr Sokha',
    summary: 'Wound photographed for the surgeon',
    summaryVariant: null,
    summaryParams: null,
    episode: null,
    ...extra,
  } as unknown as JourneyEventItemFragment;
}

beforeAll(() => {
  setSignedIn({ id: 'u1', username: 'clinician', displayName: 'Clinician', roles: [Role.CLINICIAN] });
});

describe('the timeline row of each kind', () => {
  it('exists for every kind of @pj/shared and the schema, and for nothing else', () => {
    expect(Object.keys(EVENT_KIND_ROWS).sort()).toEqual([...KINDS].sort());
    // Every concrete type of the schema's JourneyEvent interface is one kind.
    expect(possibleTypes.possibleTypes.JourneyEvent).toHaveLength(KINDS.length);
    for (const kind of KINDS) {
      expect(EVENT_KIND_ROWS[kind].icon, kind).toBeTruthy();
      expect(EVENT_KIND_ROWS[kind].color, kind).toMatch(/^[a-z]+$/);
    }
  });

  it('has a title and every summary sentence of every kind in English, Khmer and Japanese (in their own scripts)', () => {
    const missing: string[] = [];
    for (const [language, tree] of Object.entries(RESOURCES)) {
      for (const kind of KINDS) {
        const keys = [`timeline.${kind}.title`];
        for (const variant of JOURNEY_SUMMARY_VARIANTS[kind]) {
          const plural = PLURAL_SUMMARY_VARIANTS.includes(`${kind}.${variant}`);
          keys.push(...(plural ? [`timeline.${kind}.${variant}_one`, `timeline.${kind}.${variant}_other`] : [`timeline.${kind}.${variant}`]));
        }
        for (const key of keys) {
          const value = lookup(tree, key);
          if (typeof value !== 'string' || !value.trim()) missing.push(`${language}:${key}`);
          else if (language === 'km' && !/[\u1780-\u17FF]/.test(value)) missing.push(`${language}:${key} (not Khmer)`);
          else if (language === 'ja' && !/[\u3040-\u30FF\u4E00-\u9FFF]/.test(value)) missing.push(`${language}:${key} (not Japanese)`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('writes a sentence with the same values in every language', () => {
    const names = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort().join();
    const differ: string[] = [];
    for (const kind of KINDS) {
      const enKind = lookup(RESOURCES.en, `timeline.${kind}`) as Tree;
      for (const [key, value] of Object.entries(enKind)) {
        for (const language of ['km', 'ja']) {
          const other = lookup(RESOURCES[language], `timeline.${kind}.${key}`);
          if (typeof other === 'string' && names(other) !== names(value as string)) differ.push(`${language}:${kind}.${key}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('writes the summary from kind, sentence and values in the reader\'s language, one line with its time, details closed', () => {
    const event = eventOf('AdmittedEvent', 'ADMITTED', {
      summary: 'Admitted to Adult Surgery, bed A-01, for pre operative',
      summaryVariant: 'default',
      summaryParams: [
        { name: 'ward', value: 'Adult Surgery', type: 'TEXT', enumName: null },
        { name: 'bed', value: 'A-01', type: 'TEXT', enumName: null },
        { name: 'reason', value: 'PRE_OPERATIVE', type: 'ENUM', enumName: 'AdmissionReason' },
      ],
    });
    const english = render(event, 'en');
    expect(english).toContain(`Admitted to Adult Surgery, bed A-01 (${en.enums.AdmissionReason.PRE_OPERATIVE})`);
    expect(english).toContain('aria-expanded="false"');
    expect(english).toContain('dateTime="2026-03-02T02:00:00.000Z"');
    const khmer = render(event, 'km');
    expect(khmer).toContain(`បានចូលសម្រាកនៅ Adult Surgery គ្រែ A-01 (${km.enums.AdmissionReason.PRE_OPERATIVE})`);
    expect(khmer).not.toContain('Admitted to');
    expect(render(event, 'ja')).toContain('Adult Surgery A-01番ベッドに入院');
  });

  it('plural sentences follow the count', () => {
    const late = (count: number) =>
      eventOf('ChemoAdministeredEvent', 'CHEMO_ADMINISTERED', {
        summaryVariant: 'late',
        summaryParams: [
          { name: 'drug', value: 'Vincristine', type: 'TEXT', enumName: null },
          { name: 'dose', value: '1.5', type: 'NUMBER', enumName: null },
          { name: 'unit', value: 'mg', type: 'TEXT', enumName: null },
          { name: 'route', value: 'IV', type: 'TEXT', enumName: null },
          { name: 'count', value: String(count), type: 'NUMBER', enumName: null },
        ],
      });
    expect(render(late(1))).toContain('Vincristine 1.5 mg IV given, 1 day late');
    expect(render(late(3))).toContain('Vincristine 1.5 mg IV given, 3 days late');
  });

  it('an event recorded before sentences were kept shows its English summary in English, its kind\'s title in Khmer', () => {
    const event = eventOf('AdmittedEvent', 'ADMITTED', { summary: 'Admitted to Adult Surgery, bed A-01, for surgery' });
    expect(render(event, 'en')).toContain('Admitted to Adult Surgery, bed A-01, for surgery');
    const khmer = render(event, 'km');
    expect(khmer).toContain(km.timeline.ADMITTED.title);
    expect(khmer).not.toContain('Admitted to');
  });

  it('shows a kind this build does not know with a generic row: the kind\'s name and its time', () => {
    for (const language of ['en', 'km', 'ja']) {
      const html = render(eventOf('WoundPhotoTakenEvent', 'WOUND_PHOTO_TAKEN'), language);
      expect(html).toContain('data-kind="WOUND_PHOTO_TAKEN"');
      expect(html).toContain('dateTime="2026-03-02T02:00:00.000Z"');
      expect(html).toContain('aria-expanded="false"');
      expect(html).toContain(`--mantine-color-${GENERIC_EVENT_ROW.color}-6`);
      if (language === 'en') expect(html).toContain('Wound photographed for the surgeon');
      else expect(html).toContain('wound photo taken');
      expect(html).not.toContain('<dl');
    }
  });
});
