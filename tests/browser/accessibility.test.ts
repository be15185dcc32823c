import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hospitalDate, Role } from '@pj/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.js';
import { launchChromium } from '../support/chromium.js';
import { startHttpApp, TEST_PASSWORD, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { routesOfRouter, seedScreenFixture } from '../support/screen-fixture.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));

type Language = 'en' | 'km';

interface Screen {
  /** The router path this screen belongs to. */
  route: string;
  name: string;
  /** Who opens it (a test account per demo role); null = signed out. */
  role: Role | null;
  path: () => string;
  /** What shows once the screen has its data. */
  ready: string;
  /** Optional: bring the screen into a further state to audit too (a drawer, a dialog). */
  then?: { name: string; act: (page: Page) => Promise<void> };
}

describe('every screen passes an automated accessibility audit (axe-core), in English and Khmer', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let browser: Browser;
  const contexts = new Map<string, BrowserContext>();
  const visited = new Set<string>();
  const consoleErrors: string[] = [];
  const today = hospitalDate(new Date());
  const ids = { patient: '', discharged: '', discharge: '', referral: '', mission: '', surgery: '', staff: '' };

  const screens: Screen[] = [
    { route: '/login', name: 'sign-in', role: null, path: () => '/login', ready: '[data-testid="login-username"]' },
    { route: '/', name: 'start page (patient list)', role: Role.CLINICIAN, path: () => '/', ready: '[data-testid="patient-count"]' },
    { route: '/', name: 'start page (role home)', role: Role.ANALYST, path: () => '/', ready: '[data-testid="role-home"]' },
    { route: '/patients', name: 'patient list', role: Role.CLINICIAN, path: () => '/patients?q=Sok', ready: '[data-testid="patient-count"]' },
    { route: '/patients/new', name: 'registration', role: Role.NURSE, path: () => '/patients/new', ready: '[data-testid="register-form"]' },
    { route: '/patients/:id', name: 'patient page', role: Role.CLINICIAN, path: () => `/patients/${ids.patient}`, ready: '[data-testid="patient-header"]' },
    {
      route: '/patients/:id/discharges/:dischargeId/print',
      name: 'discharge print copy',
      role: Role.NURSE,
      path: () => `/patients/${ids.discharged}/discharges/${ids.discharge}/print`,
      ready: '[data-testid="discharge-summary"]',
    },
    { route: '/wards', name: 'ward census', role: Role.NURSE, path: () => '/wards', ready: '[data-testid="bed-card"]' },
    { route: '/oncology/alerts', name: 'oncology alerts', role: Role.ONCOLOGY, path: () => '/oncology/alerts', ready: 'main h1' },
    { route: '/follow-ups', name: 'follow-ups', role: Role.NURSE, path: () => '/follow-ups', ready: '[data-testid="follow-ups-date"]' },
    {
      route: '/referrals',
      name: 'referral worklist',
      role: Role.CASE_MANAGER,
      path: () => '/referrals',
      ready: '[data-testid="referral-count"]',
      then: {
        name: 'with the referral drawer open',
        act: async (page) => {
          await page.goto(`${api.url}/referrals?referral=${encodeURIComponent(ids.referral)}`);
          await page.getByTestId('referral-drawer-body').waitFor();
        },
      },
    },
    { route: '/audit', name: 'audit log', role: Role.ADMINISTRATOR, path: () => '/audit', ready: '[data-testid="audit-count"]' },
    { route: '/admin/jobs', name: 'scheduled jobs', role: Role.ADMINISTRATOR, path: () => '/admin/jobs', ready: '[data-testid="scheduled-job"]' },
    { route: '/missions', name: 'missions', role: Role.SURGEON, path: () => '/missions', ready: '[data-testid="mission-row"]' },
    {
      route: '/missions/:id',
      name: 'mission planner',
      role: Role.SURGEON,
      path: () => `/missions/${ids.mission}`,
      ready: '[data-testid="waitlist-row"]',
      then: {
        name: 'with a proposed schedule',
        act: async (page) => {
          await page.getByTestId('propose-schedule').click();
          await page.getByTestId('proposal-slot').first().waitFor();
        },
      },
    },
    { route: '/theatre', name: 'theatre board', role: Role.SURGEON, path: () => `/theatre?date=${today}`, ready: '[data-testid="board-case"]' },
    { route: '/surgeries/:id/checklist', name: 'checklist', role: Role.SURGEON, path: () => `/surgeries/${ids.surgery}/checklist`, ready: '[data-testid="checklist-phase"]' },
    { route: '/surgeries/:id/record', name: 'operation record', role: Role.SURGEON, path: () => `/surgeries/${ids.surgery}/record`, ready: 'main h1' },
    { route: '/staff/:id', name: 'staff log', role: Role.SURGEON, path: () => `/staff/${encodeURIComponent(ids.staff)}`, ready: '[data-testid="staff-name"]' },
    { route: '*', name: 'page not found', role: Role.CLINICIAN, path: () => '/no-such-page', ready: 'main h1' },
    { route: '/oncology/protocols', name: 'protocol library', role: Role.ONCOLOGY, path: () => '/oncology/protocols', ready: '[data-testid="protocol-row"]' },
    { route: '/oncology/protocols/new', name: 'new protocol', role: Role.ONCOLOGY, path: () => '/oncology/protocols/new', ready: '[data-testid="protocol-form"]' },
    {
      route: '/oncology/protocols/:id',
      name: 'protocol',
      role: Role.ONCOLOGY,
      path: () => `/oncology/protocols/${encodeURIComponent(Buffer.from('Protocol:0c010000-0000-4000-8000-000000000001').toString('base64url'))}`,
      ready: '[data-testid="protocol-name"]',
      then: {
        name: 'with the retire confirmation open',
        act: async (page) => {
          await page.getByTestId('protocol-retire').click();
          await page.getByTestId('retire-form').waitFor();
        },
      },
    },
    {
      route: '/oncology/protocols/:id/revise',
      name: 'revise protocol',
      role: Role.ONCOLOGY,
      path: () => `/oncology/protocols/${encodeURIComponent(Buffer.from('Protocol:0c010000-0000-4000-8000-000000000001').toString('base64url'))}/revise`,
      ready: '[data-testid="protocol-form"]',
    },
  ];

  async function contextFor(role: Role | null, language: Language): Promise<BrowserContext> {
    const key = `${role ?? 'anonymous'}-${language}`;
    const existing = contexts.get(key);
    if (existing) return existing;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The language is chosen before the first render, as the language switch keeps it.
    await context.addInitScript((lang) => window.localStorage.setItem('pj.language', lang), language);
    if (role) {
      const page = await context.newPage();
      await page.goto(`${api.url}/login`);
      await page.getByTestId('login-username').fill(`a11y.${role.toLowerCase()}`);
      await page.getByTestId('login-password').fill(TEST_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('current-user').waitFor();
      await page.close();
    }
    contexts.set(key, context);
    return context;
  }

  beforeAll(async () => {
    if (!existsSync(`${WEB_DIST}/index.html`)) throw new Error('The web app is not built: run `pnpm build` first');
    db = await createTestDatabase();
    api = await startHttpApp(db, { webDist: WEB_DIST });
    const clients = new Map<Role, GraphQLClient>();
    for (const role of new Set(screens.map((s) => s.role))) {
      if (role) clients.set(role, await api.userWithRoles([role], `a11y.${role.toLowerCase()}`));
    }
    Object.assign(ids, await seedScreenFixture(db, clients.get(Role.SURGEON)!));

    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await db?.close();
  });

  for (const language of ['en', 'km'] as const) {
    for (const screen of screens) {
      it(`${screen.name} (${screen.route}) in ${language === 'en' ? 'English' : 'Khmer'}`, async () => {
        const context = await contextFor(screen.role, language);
        const page = await context.newPage();
        page.on('pageerror', (error) => consoleErrors.push(`${screen.name}: ${error.message}`));
        try {
          await page.goto(`${api.url}${screen.path()}`);
          await page.locator(screen.ready).first().waitFor();
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
          await expectAccessible(page, `${screen.name} (${language})`);
          if (screen.then) {
            await screen.then.act(page);
            await expectAccessible(page, `${screen.name} ${screen.then.name} (${language})`);
          }
          visited.add(`${screen.route} ${language}`);
        } finally {
          await page.close();
        }
      }, 120_000);
    }
  }

  it('lists every route of the router', () => {
    const listed = new Set(screens.map((s) => s.route));
    expect(routesOfRouter().filter((route) => !listed.has(route)), 'routes without an accessibility audit: add them to the screens above').toEqual([]);
  });

  it('audited every route, in both languages', () => {
    const missing = routesOfRouter().flatMap((route) => (['en', 'km'] as const).filter((l) => !visited.has(`${route} ${l}`)).map((l) => `${route} ${l}`));
    expect(missing).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
