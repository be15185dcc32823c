import { MantineProvider } from '@mantine/core';
import { JourneyEventKind, Role } from '@pj/shared';
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import en from '../../app/i18n/en.json';
import ja from '../../app/i18n/ja.json';
import km from '../../app/i18n/km.json';
import { LANGUAGES, type Language } from '../../app/i18n/languages';
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

function render(event: JourneyEventItemFragment, language: Language = 'en'): string {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, km: { translation: km }, ja: { translation: ja } },
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return renderToStaticMarkup(
    createElement(MantineProvider, null, createElement(I18nextProvider, { i18n }, createElement(JourneyEventItem, { event }))),
  );
}

/** An event as the timeline query returns it, of a type only the server knows. */
function eventOf(typename: string, kind: string): JourneyEventItemFragment {
  return {
    __typename: typename,
    id: 'Sm91cm5leUV2ZW50OjE=',
    kind,
    occurredAt: '2026-03-02T02:00:00.000Z',
    occurredOn: null,
    recordedAt: '2026-03-02T02:00:00.000Z',
    actor: 'Dr Sokha',
    summary: 'Wound photographed for the surgeon',
    episode: null,
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
  });

  it('has an icon, a colour and a title in every language, Khmer in Khmer script', () => {
    for (const kind of KINDS) {
      const row = EVENT_KIND_ROWS[kind];
      expect(row.icon, kind).toBeTruthy();
      expect(row.color, kind).toMatch(/^[a-z]+$/);
      for (const language of LANGUAGES) expect(row.title[language]?.trim(), `${kind} ${language}`).toBeTruthy();
      expect(row.title.km, kind).toMatch(/[\u1780-\u17FF]/);
      expect(row.title.ja, kind).toMatch(/[\u3040-\u30FF\u4E00-\u9FFF]/);
    }
  });

  it('shows a known kind with its icon colour and its title in the current language', () => {
    const event = eventOf('AdmittedEvent', 'ADMITTED');
    Object.assign(event, { admission: { id: 'a', reason: 'SURGERY', status: 'ADMITTED', bed: { id: 'b', label: 'A-01', ward: { id: 'w', name: 'Adult Surgery', nameKhmer: 'វួដវះកាត់មនុស្សពេញវ័យ' } } } });
    const english = render(event, 'en');
    expect(english).toContain('data-kind="ADMITTED"');
    expect(english).toContain(`>${EVENT_KIND_ROWS.ADMITTED.title.en}</h4>`);
    expect(english).toContain(`--mantine-color-${EVENT_KIND_ROWS.ADMITTED.color}-5`);
    expect(render(event, 'km')).toContain(`>${EVENT_KIND_ROWS.ADMITTED.title.km}</h4>`);
  });

  it('shows a kind this build does not know with a generic row: a generic title, the summary, the time and who recorded it', () => {
    for (const language of LANGUAGES) {
      const html = render(eventOf('WoundPhotoTakenEvent', 'WOUND_PHOTO_TAKEN'), language);
      const resources = { en, km, ja }[language];
      expect(html).toContain('data-kind="WOUND_PHOTO_TAKEN"');
      expect(html).toContain(`>${resources.journey.otherEvent}</h4>`);
      expect(html).toContain('Wound photographed for the surgeon');
      expect(html).toContain('dateTime="2026-03-02T02:00:00.000Z"');
      expect(html).toContain('Dr Sokha');
      expect(html).toContain(`--mantine-color-${GENERIC_EVENT_ROW.color}-5`);
      expect(html).not.toContain('<dl');
    }
  });
});
