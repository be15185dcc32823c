import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hospitalDate, Role } from '@pj/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { startHttpApp, TEST_PASSWORD, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { routesOfRouter, seedScreenFixture } from '../support/screen-fixture.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

interface Screen {
  route: string;
  name: string;
  role: Role | null;
  path: () => string;
  ready: string;
  /** A further state to bring the screen into (a drawer, a dialog, a language). */
  then?: (page: Page) => Promise<void>;
}

/**
 * The app under the production server's Content-Security-Policy, in Chromium: every screen, as
 * the role that uses it, plus the API explorer, must run without the browser refusing anything.
 * A violation is caught twice: the page's `securitypolicyviolation` events (listened for before
 * any of the page's own scripts run) and console errors that name the policy.
 */
describe('the web app runs under its Content-Security-Policy', () => {
  let db: TestDatabase;
  let api: HttpApp;
  let browser: Browser;
  const contexts = new Map<string, BrowserContext>();
  const visited = new Set<string>();
  const violations: string[] = [];
  const today = hospitalDate(new Date());
  const ids = { patient: '', discharged: '', discharge: '', referral: '', mission: '', surgery: '', staff: '' };

  const screens: Screen[] = [
    { route: '/login', name: 'sign-in', role: null, path: () => '/login', ready: '[data-testid="login-username"]' },
    { route: '/', name: 'start page (patient list)', role: Role.CLINICIAN, path: () => '/', ready: '[data-testid="patient-count"]' },
    { route: '/', name: 'start page (role home)', role: Role.ANALYST, path: () => '/', ready: '[data-testid="role-home"]' },
    { route: '/patients', name: 'patient list', role: Role.CLINICIAN, path: () => '/patients?q=Sok', ready: '[data-testid="patient-count"]' },
    { route: '/patients/new', name: 'registration', role: Role.NURSE, path: () => '/patients/new', ready: '[data-testid="register-form"]' },
    {
      route: '/patients/:id',
      name: 'patient page',
      role: Role.CLINICIAN,
      path: () => `/patients/${ids.patient}`,
      ready: '[data-testid="patient-header"]',
      // The Khmer font is a file of its own, loaded when Khmer is shown.
      then: async (page) => {
        await page.evaluate(() => window.localStorage.setItem('pj.language', 'km'));
        await page.reload();
        await page.getByTestId('patient-header').waitFor();
        await page.evaluate(() => document.fonts.ready);
        await page.evaluate(() => window.localStorage.removeItem('pj.language'));
      },
    },
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
      then: async (page) => {
        await page.goto(`${api.url}/referrals?referral=${encodeURIComponent(ids.referral)}`);
        await page.getByTestId('referral-drawer-body').waitFor();
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
      then: async (page) => {
        await page.getByTestId('propose-schedule').click();
        await page.getByTestId('proposal-slot').first().waitFor();
      },
    },
    { route: '/theatre', name: 'theatre board', role: Role.SURGEON, path: () => `/theatre?date=${today}`, ready: '[data-testid="board-case"]' },
    { route: '/surgeries/:id/checklist', name: 'checklist', role: Role.SURGEON, path: () => `/surgeries/${ids.surgery}/checklist`, ready: '[data-testid="checklist-phase"]' },
    { route: '/surgeries/:id/record', name: 'operation record', role: Role.SURGEON, path: () => `/surgeries/${ids.surgery}/record`, ready: 'main h1' },
    { route: '/staff/:id', name: 'staff log', role: Role.SURGEON, path: () => `/staff/${encodeURIComponent(ids.staff)}`, ready: '[data-testid="staff-name"]' },
    { route: '*', name: 'page not found', role: Role.CLINICIAN, path: () => '/no-such-page', ready: 'main h1' },
  ];

  async function contextFor(role: Role | null): Promise<BrowserContext> {
    const key = role ?? 'anonymous';
    const existing = contexts.get(key);
    if (existing) return existing;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Before any script of the page: every refusal the browser reports is kept for the test.
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations!.push(
          `${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
        );
      });
    });
    if (role) {
      const page = await context.newPage();
      await page.goto(`${api.url}/login`);
      await page.getByTestId('login-username').fill(`csp.${role.toLowerCase()}`);
      await page.getByTestId('login-password').fill(TEST_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('current-user').waitFor();
      await collect(page, `sign-in as ${role}`);
      await page.close();
    }
    contexts.set(key, context);
    return context;
  }

  function watch(page: Page, name: string): void {
    page.on('console', (message) => {
      if (message.type() === 'error' && /content.security.policy/i.test(message.text())) violations.push(`${name}: console: ${message.text()}`);
    });
    page.on('pageerror', (error) => violations.push(`${name}: page error: ${error.message}`));
  }

  async function collect(page: Page, name: string): Promise<void> {
    const found = await page.evaluate(() => window.__cspViolations ?? ['the violation listener is missing']);
    violations.push(...found.map((violation) => `${name}: ${violation}`));
  }

  /** The page was served under the nonce policy, and Mantine's <style> tags carry its nonce. */
  async function expectPolicyInForce(page: Page, csp: string | undefined): Promise<void> {
    expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]{22,}'/);
    expect(csp).toContain("script-src 'self'");
    const styles = await page.evaluate(() =>
      Array.from(document.querySelectorAll('style'), (style) => ({ nonce: style.nonce, rules: style.sheet?.cssRules.length ?? 0 })),
    );
    expect(styles.length).toBeGreaterThan(0);
    const nonce = /'nonce-([^']+)'/.exec(csp!)![1];
    expect(styles.every((style) => style.nonce === nonce && style.rules > 0)).toBe(true);
  }

  beforeAll(async () => {
    if (!existsSync(`${WEB_DIST}/index.html`)) throw new Error('The web app is not built: run `pnpm build` first');
    db = await createTestDatabase();
    // The production configuration: the policy is the same in both, but this is what runs.
    api = await startHttpApp(db, { webDist: WEB_DIST, production: true });
    const clients = new Map<Role, GraphQLClient>();
    for (const role of Object.values(Role)) clients.set(role, await api.userWithRoles([role], `csp.${role.toLowerCase()}`));
    Object.assign(ids, await seedScreenFixture(db, clients.get(Role.SURGEON)!));

    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await db?.close();
  });

  for (const screen of screens) {
    it(`${screen.name} (${screen.route}) as ${screen.role ?? 'a visitor'}`, async () => {
      const context = await contextFor(screen.role);
      const page = await context.newPage();
      const before = violations.length;
      watch(page, screen.name);
      try {
        const response = await page.goto(`${api.url}${screen.path()}`);
        await page.locator(screen.ready).first().waitFor();
        await expectPolicyInForce(page, response?.headers()['content-security-policy']);
        await collect(page, screen.name);
        if (screen.then) {
          await screen.then(page);
          await collect(page, `${screen.name} (further)`);
        }
        visited.add(screen.route);
      } finally {
        await page.close();
      }
      expect(violations.slice(before)).toEqual([]);
    }, 120_000);
  }

  it('the API explorer, signed in, runs a query with its editors under its policy', async () => {
    const context = await contextFor(Role.CLINICIAN);
    const page = await context.newPage();
    const before = violations.length;
    watch(page, 'explorer');
    try {
      const response = await page.goto(`${api.url}/graphql`);
      const csp = response?.headers()['content-security-policy'];
      expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]{22,}'/);
      await expect.poll(() => page.getByTestId('explorer-user').getAttribute('data-state'), { timeout: 20_000 }).toBe('signed-in');
      await page.locator('.graphiql-query-editor .view-line').first().waitFor({ timeout: 30_000 });
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 20_000 }).toContain('"data"');
      // Monaco's own <style> tags were given the page's nonce, so its styles apply.
      const nonce = /'nonce-([^']+)'/.exec(csp!)![1];
      const styles = await page.evaluate((): string[] => Array.from(document.querySelectorAll('style'), (style) => style.nonce ?? ''));
      expect(styles.length).toBeGreaterThan(0);
      expect(styles.every((value) => value === nonce)).toBe(true);
      await collect(page, 'explorer');
    } finally {
      await page.close();
    }
    expect(violations.slice(before)).toEqual([]);
  }, 120_000);

  it('walked every route of the router, and no page reported a violation', () => {
    const listed = new Set(screens.map((s) => s.route));
    expect(routesOfRouter().filter((route) => !listed.has(route)), 'routes not walked under the policy: add them to the screens above').toEqual([]);
    expect(routesOfRouter().filter((route) => !visited.has(route))).toEqual([]);
    expect(violations).toEqual([]);
  });
});
