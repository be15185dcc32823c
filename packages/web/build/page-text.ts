import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type en from '../src/app/i18n/en.json';

/**
 * Which parts of the translation files each page needs, so that each page's text downloads with
 * the page instead of all of it with the app. `src/app/i18n/{en,km,ja}.json` stay the single
 * source files; the build (`pageText` below) cuts one small module per group and language
 * from them. A part is a top-level section (`"patient"`) or a branch of one (`"enums.Role"`).
 *
 * `core` is bundled with the app in English (downloaded first in Khmer or Japanese): what the
 * shell, the sign-in layout and the error pages show before any page has loaded. `data` loads
 * with every page that loads data (refusals, enum labels, form messages). Every other group is a
 * page's own text, loaded in parallel with the page's code (`src/app/router.tsx`); a page renders only
 * once its text is there. `src/app/i18n/page-text.test.ts` checks that every section is in some group and
 * that each page's group covers the keys its modules use.
 */
export const PAGE_TEXT = {
  core: ['app', 'auth', 'errors', 'common', 'access', 'fit', 'enums.Role'],
  data: ['serverErrors', 'serverErrorCodes', 'enums', 'forms', 'age', 'patients', 'live'],
  lock: ['lock'],
  userMenu: ['accounts.tokens', 'lock'],
  /** The code picker's own text, loaded with it (app/ui/LazyCodePicker.tsx). */
  codePicker: ['codes'],
  home: ['home', 'reports'],
  login: ['accounts'],
  patientList: [],
  patient: [
    'patient',
    'allergyWeight',
    'timeline',
    'journey',
    'journeyMap',
    'patientFollowUps',
    'accessLog',
    'audit',
    'booking',
    'cases',
    'census',
    'deathCorrection',
    'discharge',
    'followUps',
    'inpatient',
    'oncology',
    'protocolLibrary',
    'theatre',
  ],
  registerPatient: ['register', 'patient', 'cases'],
  editPatient: ['cases', 'patient', 'register'],
  receiveReferral: ['cases'],
  referrals: ['referrals', 'cases', 'retrospective'],
  jobs: ['jobs'],
  audit: ['audit'],
  wards: ['census'],
  dischargePrint: ['discharge', 'summary', 'medicine', 'patient', 'codes'],
  oncologyAlerts: ['alerts', 'protocolLibrary'],
  protocols: ['protocolLibrary', 'oncology', 'inpatient', 'discharge', 'census'],
  followUps: ['followUps', 'followUpList', 'cases'],
  missions: ['missions', 'missionCreate', 'surgery', 'booking', 'staffDirectory'],
  mission: ['missions', 'surgery', 'surgeryActions', 'retrospective', 'handover'],
  theatre: ['theatre', 'surgery', 'surgeryActions', 'booking', 'checklist', 'retrospective', 'staffDirectory'],
  checklist: ['checklist', 'surgery', 'allergyWeight', 'booking'],
  operationRecord: ['record', 'surgery', 'codes'],
  bookOperation: ['booking', 'surgery', 'codes'],
  staff: ['staff', 'entrustment'],
  staffDirectory: ['staffDirectory', 'surgery'],
  logbook: ['logbook'],
  accounts: ['accounts'],
  reports: ['reports'],
  indicators: ['indicators', 'reports'],
  trainingProgress: ['entrustment'],
  entrustment: ['entrustment'],
  handover: ['handover', 'reports'],
} as const satisfies Record<string, readonly TextPart[]>;

/** A top-level section of the translation files, or one branch below it. */
export type TextPart = keyof typeof en | `${keyof typeof en}.${string}`;
export type TextGroup = keyof typeof PAGE_TEXT;

/** The app imports this to reach the text of each group in each language. */
export const PAGE_TEXT_MODULE = 'virtual:pj-page-text';
const RESOLVED = `\0${PAGE_TEXT_MODULE}`;
/** One module per group and language: `\0pj-text/text-<lang>-<group>` (its chunk is named after it). */
const PART = /^\0pj-text\/text-(en|km|ja)-(\w+)$/;
const LANGUAGES = ['en', 'km', 'ja'] as const;

type Tree = { [key: string]: unknown };

/** The parts of one translation file a group needs, as one object (`"enums.Role"` keeps `{ enums: { Role } }`). */
export function pick(source: Tree, parts: readonly string[], where: string): Tree {
  const out: Tree = {};
  for (const part of parts) {
    const path = part.split('.');
    let from: unknown = source;
    for (const key of path) from = from !== null && typeof from === 'object' ? (from as Tree)[key] : undefined;
    if (from === undefined) throw new Error(`${where}: no "${part}" to pick`);
    let to = out;
    for (const key of path.slice(0, -1)) to = (to[key] ??= {}) as Tree;
    to[path[path.length - 1]] = from;
  }
  return out;
}

/**
 * Cuts the translation files (`src/app/i18n/{en,km,ja}.json`) into the groups that
 * `PAGE_TEXT` declares, at build time: `virtual:pj-page-text` exports English
 * `core` (bundled) and a loader per group and language (each a chunk of its own, fetched when a
 * page asks for it).
 */
export function pageText(): Plugin {
  const dir = fileURLToPath(new URL('../src/app/i18n/', import.meta.url));
  return {
    name: 'pj-page-text',
    enforce: 'pre',
    resolveId(id) {
      if (id === PAGE_TEXT_MODULE) return RESOLVED;
      if (PART.test(id)) return id;
      return null;
    },
    load(id) {
      if (id === RESOLVED) {
        const part = (lang: string, group: string) => JSON.stringify(`\0pj-text/text-${lang}-${group}`);
        const loaders = Object.keys(PAGE_TEXT).map(
          (group) =>
            `  ${group}: { ${LANGUAGES.map((lang) =>
              lang === 'en' && group === 'core' ? `en: () => Promise.resolve({ default: englishCore })` : `${lang}: () => import(${part(lang, group)})`,
            ).join(', ')} },`,
        );
        return [`import englishCore from ${part('en', 'core')};`, `export { englishCore };`, `export const textLoaders = {`, ...loaders, `};`].join('\n');
      }
      const match = PART.exec(id);
      if (!match) return null;
      const [, lang, group] = match as unknown as [string, string, keyof typeof PAGE_TEXT];
      const file = `${dir}${lang}.json`;
      this.addWatchFile(file);
      const parts = PAGE_TEXT[group];
      if (!parts) throw new Error(`PAGE_TEXT has no group "${group}"`);
      const text = pick(JSON.parse(readFileSync(file, 'utf8')) as Tree, parts, `${lang}.json, group ${group}`);
      // JSON.parse of a string literal: smaller and faster to start than an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(text))});`;
    },
  };
}
