import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Role } from '@pj/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LANGUAGES } from '../../packages/web/src/app/i18n/languages.js';
import { launchChromium } from './chromium.js';
import { ok, startHttpApp, TEST_PASSWORD, type GraphQLClient, type HttpApp, type HttpAppOptions } from './http-app.js';
import { createTestDatabase, type TestDatabase, type TestDatabaseOptions } from './test-database.js';

/** The built web app every browser test serves. */
export const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));

export type Language = (typeof LANGUAGES)[number];
export interface Viewport {
  width: number;
  height: number;
}

export const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 900 };

export interface BrowserAppOptions extends Omit<HttpAppOptions, 'webDist'>, TestDatabaseOptions {
  /** Work on the database before the server starts (e.g. loading the demo hospital). */
  seed?: (db: TestDatabase) => Promise<unknown>;
  /** Console errors not to collect, on every page (e.g. a refusal the test provokes on purpose). */
  ignore?: (text: string) => boolean;
  /** The built file the test needs (`index.html` unless told). */
  needs?: string;
  /** Where to collect the pages' console and page errors (a new list unless given). */
  errors?: string[];
}

export interface PageOptions {
  /** The app's language, chosen before the first render and kept for every page of the context. */
  language?: Language;
  viewport?: Viewport;
}

export interface SignInOptions extends PageOptions {
  /** Where to start: signed out, the app sends the visitor to the sign-in page and back here. `/login` unless told. */
  path?: string;
  password?: string;
}

/** A running app for browser tests: its database, server and Chromium, and signed-in pages. */
export interface BrowserApp {
  db: TestDatabase;
  api: HttpApp;
  browser: Browser;
  /** Console and page errors of every page opened through this app (less what `ignore` accepts). */
  errors: string[];
  /** A fresh context (no session) and a page in it whose errors are collected. */
  newPage(options?: PageOptions): Promise<Page>;
  /** A fresh context signed in through the sign-in page as `username`; the page, once the app shows the user. */
  signIn(username: string, options?: SignInOptions): Promise<Page>;
  /** Collects the console and page errors of a page opened otherwise. */
  watch(page: Page): void;
  close(): Promise<void>;
}

/**
 * The start-up of a browser test: a fresh database (seeded by `seed` before the server starts),
 * the real HTTP server serving the built web app, and Chromium. Users are created by the test
 * (`app.api.userWithRoles`).
 */
export async function startBrowserApp(options: BrowserAppOptions = {}): Promise<BrowserApp> {
  const { seed, ignore = () => false, needs = 'index.html', errors = [], demoHospitalAt, ...httpOptions } = options;
  if (!existsSync(`${WEB_DIST}/${needs}`)) throw new Error('The web app is not built: run `pnpm build` first');
  const db = await createTestDatabase({ demoHospitalAt });
  let api: HttpApp | undefined;
  try {
    await seed?.(db);
    api = await startHttpApp(db, { ...httpOptions, webDist: WEB_DIST });
    const browser = await launchChromium();
    return browserApp(db, api, browser, errors, ignore);
  } catch (error) {
    await api?.close();
    await db.close();
    throw error;
  }
}

function browserApp(db: TestDatabase, api: HttpApp, browser: Browser, errors: string[], ignore: (text: string) => boolean): BrowserApp {
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error' && !ignore(message.text())) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
  };

  async function newContext({ language, viewport = DEFAULT_VIEWPORT }: PageOptions): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport });
    if (language) await context.addInitScript((lang) => window.localStorage.setItem('pj.language', lang), language);
    return context;
  }

  const newPage = async (options: PageOptions = {}): Promise<Page> => {
    const page = await (await newContext(options)).newPage();
    watch(page);
    return page;
  };

  const signIn = async (username: string, { path = '/login', password = TEST_PASSWORD, ...pageOptions }: SignInOptions = {}): Promise<Page> => {
    const page = await newPage(pageOptions);
    await page.goto(`${api.url}${path}`);
    if (path !== '/login') await page.waitForURL('**/login**');
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').waitFor();
    return page;
  };

  return {
    db,
    api,
    browser,
    errors,
    newPage,
    signIn,
    watch,
    close: async () => {
      await browser.close();
      await api.close();
      await db.close();
    },
  };
}

/** What a live screen's test starts from (`twoSignedInUsers`). */
export interface TwoSignedInUsers {
  /** A clinician signed in through the API (`<prefix>.doctor`), whose writes the other's page shows. */
  doctor: GraphQLClient;
  /** The patient registered for the test. */
  patientId: string;
  /** The beds of the census no one occupies. */
  freeBeds: { id: string; label: string }[];
}

/**
 * The start of a live screen's test: a patient registered (`patient`: the input of
 * `registerPatient`, in Phnom Penh province with no phone unless told), the beds free, a nurse (`<prefix>.nurse`, to sign in a page with `app.signIn`) and a
 * clinician signed in through the API, whose admissions and transfers the nurse's page shows.
 */
export async function twoSignedInUsers(app: BrowserApp, prefix: string, patient: Record<string, unknown>): Promise<TwoSignedInUsers> {
  const { api } = app;
  const { registerPatient } = await ok<{ registerPatient: { id: string } }>(api, `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`, {
    input: { phones: [], provinceCode: 12, ...patient },
  });
  const { census } = await ok<{ census: { bed: { id: string; label: string }; admission: { id: string } | null }[] }>(
    api,
    `{ census { bed { id label } admission { id } } }`,
  );
  await api.userWithRoles([Role.NURSE], `${prefix}.nurse`);
  const doctor = await api.userWithRoles([Role.CLINICIAN], `${prefix}.doctor`);
  return { doctor, patientId: registerPatient.id, freeBeds: census.filter((row) => !row.admission).map((row) => row.bed) };
}
