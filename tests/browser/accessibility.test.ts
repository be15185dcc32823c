import { hospitalDate, Role } from '@pj/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../packages/web/src/app/i18n/languages.js';
import { auditPage, describeViolations, FAILING_IMPACTS, paintedFrames, type Violation } from '../support/accessibility.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { TEST_PASSWORD, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import { rolesOfRoute, routeOfPath, routesOfRouter, seedScreenFixture } from '../support/screen-fixture.js';


type Language = (typeof LANGUAGES)[number];

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

interface Screen {
  /** The router path this screen belongs to. */
  route: string;
  name: string;
  /**
   * The role the entry is written for (a test account per demo role); null = signed out. Every
   * other role that may open the route (by the router's permission) is walked there too, with
   * this entry's address and what it waits for, unless the route has an entry of its own for it.
   */
  role: Role | null;
  path: () => string;
  /** What shows once the screen has its data. */
  ready: string;
  /**
   * The `data-testid` of the page's main action for `role` (its primary button, link or field):
   * pressing Tab from the top of the page must reach it within MAX_TABS presses, visibly focused.
   * Absent on a page only to read.
   */
  main?: string;
  /** Optional: bring the screen into a further state to audit too (a drawer, a dialog), as `role`. */
  then?: { name: string; act: (page: Page) => Promise<void> };
}

/** What one page view found. */
interface View {
  route: string;
  role: string;
  language: Language;
  state: string;
  violations: Violation[];
  /** Content-Security-Policy refusals, console errors, page errors, failed requests. */
  problems: string[];
  /** Links to pages the role may not open. */
  deadEnds: string[];
  /** How far the document scrolls sideways at 390×844 (px), on the NARROW_ROUTES; null elsewhere. */
  overflow: number | null;
  /** The main action by keyboard (the entry's own role, in English): Tab presses from the top, and whether its focus shows. */
  keyboard?: KeyboardReach;
}

interface KeyboardReach {
  main: string;
  /** Presses of Tab until it had the focus; null = not within MAX_TABS. */
  presses: number | null;
  /** The focused element shows a focus indicator (an outline or a ring). */
  visible: boolean;
  /** What had the focus after the last press, when the main action was not reached. */
  last: string;
}

/** How many presses of Tab from the top of a page may reach its main action. */
const MAX_TABS = 40;


/** Routes that must work on a phone-sized tablet at 390×844 without scrolling sideways. */
const NARROW_ROUTES = new Set(['/patients/:id', '/wards', '/surgeries/:id/checklist']);
const NARROW = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 900 };

/**
 * One walk of the web app under the production server: every route of the router, as every role
 * that may open it, in every language of the app. Each page view must show no serious or critical
 * axe-core violation, no Content-Security-Policy refusal, no console or page error, no failed
 * request, and no link to a page the role may not open; the routes that must work on a phone fit
 * 390 px. The results are printed as one table.
 */
describe('every route, as every role that may open it, in every language: accessible, within its policy, without errors', () => {
  let app: BrowserApp;
  let api: HttpApp;
  /** One signed-in context per role. */
  const contexts = new Map<string, Promise<BrowserContext>>();
  const views: View[] = [];
  const today = hospitalDate(new Date());
  const ids = { patient: '', discharged: '', discharge: '', referral: '', mission: '', surgery: '', staff: '', theatreDay: '', account: '' };

  const screens: Screen[] = [
    { route: '/login', name: 'sign-in', role: null, path: () => '/login', ready: '[data-testid="login-username"]', main: 'login-username' },
    { route: '/', name: 'start page (patient list)', role: Role.CLINICIAN, path: () => '/', ready: '[data-testid="patient-count"]', main: 'patient-search' },
    { route: '/', name: 'start page (role home)', role: Role.ANALYST, path: () => '/', ready: '[data-testid="role-home"]', main: 'home-referral-report' },
    { route: '/patients', name: 'patient list', role: Role.CLINICIAN, path: () => '/patients?q=Sok', ready: '[data-testid="patient-count"]', main: 'patient-search' },
    { route: '/patients/new', name: 'registration', role: Role.NURSE, path: () => '/patients/new', ready: '[data-testid="register-form"]', main: 'register-familyName' },
    { route: '/patients/:id', name: 'patient page', role: Role.CLINICIAN, path: () => `/patients/${ids.patient}`, ready: '[data-testid="patient-header"]', main: 'journey-event-toggle' },
    {
      route: '/patients/:id/discharges/:dischargeId/print',
      name: 'discharge print copy',
      role: Role.NURSE,
      path: () => `/patients/${ids.discharged}/discharges/${ids.discharge}/print`,
      ready: '[data-testid="discharge-summary"]',
      main: 'summary-print',
    },
    { route: '/wards', name: 'ward census', role: Role.NURSE, path: () => '/wards', ready: '[data-testid="bed-card"]', main: 'census-ward' },
    { route: '/oncology/alerts', name: 'oncology alerts', role: Role.ONCOLOGY, path: () => '/oncology/alerts', ready: 'main h1' },
    { route: '/follow-ups', name: 'follow-ups', role: Role.NURSE, path: () => '/follow-ups', ready: '[data-testid="follow-ups-date"]', main: 'follow-ups-date' },
    {
      route: '/referrals',
      name: 'referral worklist',
      role: Role.CASE_MANAGER,
      path: () => '/referrals',
      ready: '[data-testid="referral-count"]',
      main: 'receive-referral',
      then: {
        name: 'with the referral drawer open',
        act: async (page) => {
          await page.goto(`${api.url}/referrals?referral=${encodeURIComponent(ids.referral)}`);
          await page.getByTestId('referral-drawer-body').waitFor();
        },
      },
    },
    { route: '/audit', name: 'audit log', role: Role.ADMINISTRATOR, path: () => '/audit', ready: '[data-testid="audit-count"]', main: 'audit-filter-user' },
    { route: '/admin/jobs', name: 'scheduled jobs', role: Role.ADMINISTRATOR, path: () => '/admin/jobs', ready: '[data-testid="scheduled-job"]' },
    { route: '/missions', name: 'missions', role: Role.SURGEON, path: () => '/missions', ready: '[data-testid="mission-row"]', main: 'mission-create' },
    {
      route: '/missions/:id',
      name: 'mission planner',
      role: Role.SURGEON,
      path: () => `/missions/${ids.mission}`,
      ready: '[data-testid="waitlist-row"]',
      main: 'propose-schedule',
      then: {
        name: 'with a proposed schedule',
        act: async (page) => {
          await page.getByTestId('propose-schedule').click();
          await page.getByTestId('proposal-slot').first().waitFor();
        },
      },
    },
    { route: '/theatre', name: 'theatre board', role: Role.SURGEON, path: () => `/theatre?date=${ids.theatreDay}`, ready: '[data-testid="board-case"]', main: 'board-book' },
    // The analyst (worklists only, no patient records) is shown the day's operations without the patients.
    { route: '/theatre', name: 'theatre board (no names)', role: Role.ANALYST, path: () => `/theatre?date=${ids.theatreDay}`, ready: '[data-testid="board-case"]', main: 'board-next' },
    { route: '/surgeries/:id/checklist', name: 'checklist', role: Role.SURGEON, path: () => `/surgeries/${ids.surgery}/checklist`, ready: '[data-testid="checklist-phase"]', main: 'checklist-item' },
    { route: '/surgeries/:id/record', name: 'operation record', role: Role.SURGEON, path: () => `/surgeries/${ids.surgery}/record`, ready: 'main h1', main: 'record-procedures' },
    { route: '/staff/:id', name: 'staff log', role: Role.SURGEON, path: () => `/staff/${encodeURIComponent(ids.staff)}`, ready: '[data-testid="staff-name"]' },
    { route: '*', name: 'page not found', role: Role.CLINICIAN, path: () => '/no-such-page', ready: 'main h1', main: 'not-found-home' },
    { route: '/admin/users', name: 'accounts', role: Role.ADMINISTRATOR, path: () => '/admin/users', ready: '[data-testid="account-row"]', main: 'new-account' },
    { route: '/admin/users/new', name: 'new account', role: Role.ADMINISTRATOR, path: () => '/admin/users/new', ready: '[data-testid="account-form"]', main: 'account-displayName' },
    { route: '/admin/users/:id', name: 'account page', role: Role.ADMINISTRATOR, path: () => `/admin/users/${encodeURIComponent(ids.account)}`, ready: '[data-testid="api-token-list"]', main: 'account-displayName' },
    { route: '/account/tokens', name: 'my API tokens', role: Role.NURSE, path: () => '/account/tokens', ready: '[data-testid="api-token-list"]', main: 'api-token-name' },
    { route: '/reports', name: 'indicators', role: Role.DIRECTOR, path: () => `/reports?from=${today.slice(0, 4)}-01-01&to=${today}`, ready: '[data-testid="indicators"]', main: 'indicators-from' },
    { route: '/reports/referrals', name: 'referral report', role: Role.ANALYST, path: () => `/reports/referrals?from=${today.slice(0, 4)}-01-01&to=${today}`, ready: '[data-testid="referral-report"]', main: 'report-from' },
    { route: '/referrals/receive', name: 'receive a referral', role: Role.CASE_MANAGER, path: () => `/referrals/receive?patient=${encodeURIComponent(ids.patient)}`, ready: '[data-testid="receive-patient"]', main: 'receive-sourceType' },
    { route: '/patients/:id/edit', name: 'edit patient details', role: Role.CASE_MANAGER, path: () => `/patients/${ids.patient}/edit`, ready: '[data-testid="edit-form"]', main: 'edit-save' },
    {
      route: '/patients/:id/merge',
      name: 'merge two records',
      role: Role.CASE_MANAGER,
      path: () => `/patients/${ids.patient}/merge?with=${encodeURIComponent(ids.discharged)}`,
      ready: '[data-testid="merge-comparison"]',
      main: 'merge-confirm',
    },
    { route: '/theatre/book', name: 'book an operation', role: Role.SURGEON, path: () => `/theatre/book?patient=${encodeURIComponent(ids.patient)}&date=${today}`, ready: '[data-testid="booking-slot"]', main: 'booking-slot' },
    { route: '/staff', name: 'staff directory', role: Role.SURGEON, path: () => '/staff', ready: '[data-testid="staff-row"]', main: 'staff-add' },
    // Training: the test accounts name no staff record, so the progress page says so; the supervisors' list.
    { route: '/training/progress', name: 'my training progress', role: Role.SURGEON, path: () => '/training/progress', ready: '[data-testid="progress-page"]' },
    { route: '/training/entrustment', name: 'entrustment decisions due', role: Role.SURGEON, path: () => '/training/entrustment', ready: '[data-testid="entrustment-candidates"]' },
    { route: '/training/logbook', name: 'my logbook', role: Role.SURGEON, path: () => '/training/logbook', ready: '[data-testid="logbook-list"], [data-testid="logbook-empty"]', main: 'logbook-filter-status' },
    { route: '/training/countersign', name: 'countersign', role: Role.SURGEON, path: () => '/training/countersign', ready: '[data-testid="countersign-list"], [data-testid="countersign-empty"]' },
    { route: '/oncology/protocols', name: 'protocol library', role: Role.ONCOLOGY, path: () => '/oncology/protocols', ready: '[data-testid="protocol-row"]', main: 'protocol-new' },
    { route: '/oncology/protocols/new', name: 'new protocol', role: Role.ONCOLOGY, path: () => '/oncology/protocols/new', ready: '[data-testid="protocol-form"]', main: 'protocol-form-name' },
    {
      route: '/oncology/protocols/:id',
      name: 'protocol',
      role: Role.ONCOLOGY,
      path: () => `/oncology/protocols/${encodeURIComponent(Buffer.from('Protocol:0c010000-0000-4000-8000-000000000001').toString('base64url'))}`,
      ready: '[data-testid="protocol-name"]',
      main: 'protocol-revise',
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
      main: 'protocol-form-name',
    },
    { route: '/training/handover', name: 'handover dashboard', role: Role.DIRECTOR, path: () => `/training/handover?from=${today.slice(0, 4)}-01-01&to=${today}`, ready: '[data-testid="handover-months-table"]', main: 'handover-specialty' },
  ];

  /** Every (route, role) the walk must make: each route as every role the router lets open it. */
  function plan(): { route: string; role: Role | null; screen: Screen }[] {
    return routesOfRouter().flatMap((route) => {
      const entries = screens.filter((s) => s.route === route);
      if (entries.length === 0) return [];
      return rolesOfRoute(route).map((role) => ({ route, role, screen: entries.find((s) => s.role === role) ?? entries[0] }));
    });
  }

  const accountOf = (role: Role) => `walk.${role.toLowerCase()}`;

  function contextFor(role: Role | null): Promise<BrowserContext> {
    const key = role ?? 'anonymous';
    const existing = contexts.get(key);
    if (existing) return existing;
    const created = newContext(role);
    contexts.set(key, created);
    return created;
  }

  async function newContext(role: Role | null): Promise<BrowserContext> {
    const context = await app.browser.newContext({ viewport: WIDE });
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
      await page.getByTestId('login-username').fill(accountOf(role));
      await page.getByTestId('login-password').fill(TEST_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('current-user').waitFor();
      await page.close();
    }
    return context;
  }

  /** The page was served under the nonce policy, and Mantine's <style> tags carry its nonce. */
  async function policyProblems(page: Page, csp: string | undefined): Promise<string[]> {
    if (!csp || !/style-src 'self' 'nonce-[A-Za-z0-9+/=]{22,}'/.test(csp) || !csp.includes("script-src 'self'")) return [`not served under the nonce policy: ${csp}`];
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const styles = await page.evaluate(() =>
      Array.from(document.querySelectorAll('style'), (style) => ({ nonce: style.nonce, rules: style.sheet?.cssRules.length ?? 0 })),
    );
    return styles.length > 0 && styles.every((style) => style.nonce === nonce && style.rules > 0) ? [] : ['a <style> tag without the page nonce'];
  }

  /**
   * Opens `path` as the app does when a link is followed (the router, no reload), so the walk
   * costs one page load per role and language; the old page is marked, and the new one is ready
   * when the mark is gone and `ready` shows.
   */
  async function navigate(page: Page, path: string, ready: string): Promise<void> {
    await page.evaluate((to) => {
      document.querySelectorAll('#main > div > *').forEach((element) => element.setAttribute('data-walk-old', ''));
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await page.waitForFunction(
      (selector) => !document.querySelector('[data-walk-old]') && document.querySelector(selector) !== null,
      ready,
      { timeout: 20_000 },
    );
  }

  /** Links on the page to a route of the app that `role` may not open. */
  async function deadEndsOf(page: Page, role: Role | null): Promise<string[]> {
    if (!role) return [];
    const hrefs = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'), (a) => a.href).filter((href) => href.startsWith(window.location.origin)),
    );
    return [...new Set(hrefs)].flatMap((href) => {
      const { pathname } = new URL(href);
      if (pathname === '/graphql' || pathname === '/login') return [];
      const route = routeOfPath(pathname);
      return rolesOfRoute(route).includes(role) ? [] : [`${pathname} (${route})`];
    });
  }

  async function horizontalOverflow(page: Page): Promise<number> {
    await page.setViewportSize(NARROW);
    // The layout at the new width.
    await paintedFrames(page, 500);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.setViewportSize(WIDE);
    return overflow;
  }

  /**
   * The main action by keyboard: from the top of the page (the focus put before its first
   * element), Tab until `main` has the focus, at most MAX_TABS times; then whether the focus shows.
   */
  async function keyboardReach(page: Page, main: string): Promise<KeyboardReach> {
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      const top = document.createElement('div');
      top.tabIndex = -1;
      top.setAttribute('data-walk-top', '');
      document.body.prepend(top);
      top.focus();
    });
    let last = '';
    try {
      for (let presses = 1; presses <= MAX_TABS; presses++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate((testId) => {
          const active = document.activeElement;
          if (!active || active === document.body) return { reached: false, visible: false, what: '(nothing)' };
          const reached = active.matches(`[data-testid="${testId}"], [data-testid="${testId}"] *`);
          const what = `${active.tagName.toLowerCase()}${active.getAttribute('data-testid') ? `[${active.getAttribute('data-testid')}]` : ''} "${(active.textContent ?? '').trim().slice(0, 30)}"`;
          if (!reached) return { reached, visible: false, what };
          // Visibly focused: an outline, or a ring or border that the element shows only while it has
          // the focus, compared without transitions (set through the CSSOM, which the policy allows).
          const element = active as HTMLElement;
          element.style.transition = 'none';
          const look = () => {
            const style = getComputedStyle(active);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : 'none';
            return { outline, ring: style.boxShadow, border: `${style.borderTopColor} ${style.borderBottomColor} ${style.borderBottomWidth}` };
          };
          const focusedLook = look();
          element.blur();
          const restLook = look();
          element.style.transition = '';
          const visible = focusedLook.outline !== 'none' || focusedLook.ring !== restLook.ring || focusedLook.border !== restLook.border;
          return { reached, visible, what };
        }, main);
        last = focused.what;
        if (focused.reached) return { main, presses, visible: focused.visible, last: '' };
      }
      return { main, presses: null, visible: false, last };
    } finally {
      await page.evaluate(() => document.querySelector('[data-walk-top]')?.remove());
    }
  }

  /**
   * `work`, or a failure naming it after `ms`: a page that stops answering (a Playwright
   * evaluation has no time limit of its own) fails its walk with the step it was on, not the
   * whole test at its limit with nothing said.
   */
  function bounded<T>(what: string, work: Promise<T>, ms = 60_000): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not finish in ${ms / 1000} s`)), ms);
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  }

  /** Walks every route `role` may open, in `language`, on one page. */
  async function walk(role: Role | null, language: Language): Promise<View[]> {
    const context = await contextFor(role);
    const page = await context.newPage();
    const found: View[] = [];
    let problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A request the page itself dropped on leaving (an unfinished query) is not a failure.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const collect = async () => {
      const refused = await page.evaluate(() => (window.__cspViolations ?? ['the violation listener is missing']).splice(0));
      const all = [...problems, ...refused.map((v) => `policy: ${v}`)];
      problems = [];
      return all;
    };
    try {
      let loaded = false;
      for (const { route, screen } of plan().filter((p) => p.role === role)) {
        const base = { route, role: role ?? 'signed out', language };
        try {
          if (!loaded) {
            // The language is chosen before the first render, as the language switch keeps it.
            await page.goto(`${api.url}/healthz`);
            await page.evaluate((lang) => window.localStorage.setItem('pj.language', lang), language);
            const response = await page.goto(`${api.url}${screen.path()}`);
            await page.locator(screen.ready).first().waitFor();
            problems.push(...(await policyProblems(page, response?.headers()['content-security-policy'])));
            loaded = true;
          } else {
            await navigate(page, screen.path(), screen.ready);
          }
        } catch (error) {
          // The screen never showed what it waits for: a failure of this view; the next starts afresh.
          found.push({ ...base, state: screen.name, violations: [], deadEnds: [], overflow: null, problems: [`never showed ${screen.ready}: ${String(error).split('\n')[0]}`, ...(await collect())] });
          loaded = false;
          continue;
        }
        const lang = await page.evaluate(() => document.documentElement.lang);
        const violations = await bounded(`the audit of ${screen.name}`, auditPage(page));
        const deadEnds = await bounded(`the links of ${screen.name}`, deadEndsOf(page, role));
        // Measured where it is a rule: the other routes are not laid out for a phone.
        const overflow = NARROW_ROUTES.has(route) ? await bounded(`the width of ${screen.name}`, horizontalOverflow(page)) : null;
        const keyboard = screen.main && screen.role === role && language === 'en' ? await bounded(`the keyboard walk of ${screen.name}`, keyboardReach(page, screen.main)) : undefined;
        found.push({ ...base, state: screen.name, violations, deadEnds, overflow, keyboard, problems: [...(lang === language ? [] : [`lang="${lang}"`]), ...(await collect())] });
        if (screen.then && screen.role === role) {
          await screen.then.act(page);
          found.push({ ...base, state: `${screen.name} ${screen.then.name}`, violations: await auditPage(page), deadEnds: await deadEndsOf(page, role), overflow: null, problems: await collect() });
        }
      }
    } finally {
      await page.close();
    }
    return found;
  }

  const failures = (view: View): string[] => [
    ...view.violations.filter((v) => (FAILING_IMPACTS as readonly (string | null)[]).includes(v.impact)).map((v) => `axe: ${v.id}`),
    ...view.problems,
    ...view.deadEnds.map((link) => `link to a page the role may not open: ${link}`),
    ...(NARROW_ROUTES.has(view.route) && (view.overflow ?? 0) > 0 ? [`scrolls ${view.overflow}px sideways at 390 px`] : []),
    ...(view.keyboard && view.keyboard.presses === null ? [`main action ${view.keyboard.main} not reached by ${MAX_TABS} presses of Tab (last: ${view.keyboard.last})`] : []),
    ...(view.keyboard && view.keyboard.presses !== null && !view.keyboard.visible ? [`main action ${view.keyboard.main} focused without a visible focus indicator`] : []),
  ];

  beforeAll(async () => {
    // The production configuration: what the hospital runs (policy, caching, compression).
    app = await startBrowserApp({ production: true });
    ({ api } = app);
    const clients = new Map<Role, GraphQLClient>();
    for (const role of Object.values(Role)) clients.set(role, await api.userWithRoles([role], accountOf(role)));
    Object.assign(ids, await seedScreenFixture(app.db, clients.get(Role.SURGEON)!));
    ids.account = ((await clients.get(Role.ADMINISTRATOR)!.gql<{ me: { id: string } }>('{ me { id } }')).data?.me.id) ?? '';
  });

  afterAll(() => app?.close());

  for (const role of [null, ...Object.values(Role)]) {
    for (const language of LANGUAGES) {
      // One retry: on a loaded machine one walk in a full run has hung past its five minutes once
      // (Tab presses on a page that stopped answering), where the same walk alone takes under a
      // minute. A walk that fails twice fails; views are kept only from the walk that passed.
      it(`as ${role ?? 'a visitor'}, in ${language}`, { retry: 1, timeout: 300_000 }, async () => {
        const walked = await walk(role, language);
        const failed = walked.filter((view) => failures(view).length > 0);
        const detail = failed.map((view) => {
          const serious = view.violations.filter((v) => (FAILING_IMPACTS as readonly (string | null)[]).includes(v.impact));
          return `${view.state} (${view.route}):\n  ${failures(view).join('\n  ')}${serious.length ? `\n${describeViolations(serious)}` : ''}`;
        });
        expect(detail, detail.join('\n')).toEqual([]);
        views.push(...walked);
      });
    }
  }

  it('the API explorer, signed in, runs a query with its editors under its policy', async () => {
    const context = await contextFor(Role.CLINICIAN);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /content.security.policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
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
      problems.push(...(await page.evaluate(() => window.__cspViolations ?? ['the violation listener is missing'])));
    } finally {
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('walked every route of the router, as every role that may open it, in every language; the results', () => {
    const rows = views.map((v) => {
      const axe = v.violations.length ? v.violations.map((x) => `${x.id}[${x.impact}]`).join(' ') : '-';
      const other = failures(v).filter((f) => !f.startsWith('axe:'));
      return `| ${v.route} | ${v.state} | ${v.role} | ${v.language} | ${axe} | ${v.overflow ?? ''} | ${other.length ? other.join('; ') : 'ok'} |`;
    });
    console.log(
      [
        `${views.length} page views, ${views.filter((v) => failures(v).length > 0).length} failing`,
        '| route | screen | role | language | axe violations | sideways at 390 px (phone-sized routes) | policy, errors, links |',
        '|---|---|---|---|---|---:|---|',
        ...rows,
      ].join('\n'),
    );
    const reached = views.filter((v) => v.keyboard);
    console.log(
      [
        `The main action by keyboard (from the top of the page, at most ${MAX_TABS} presses of Tab), in English:`,
        '| route | screen | role | main action | presses of Tab | focus visible |',
        '|---|---|---|---|---:|---|',
        ...reached.map((v) => `| ${v.route} | ${v.state} | ${v.role} | ${v.keyboard!.main} | ${v.keyboard!.presses ?? `not within ${MAX_TABS} (last: ${v.keyboard!.last})`} | ${v.keyboard!.visible ? 'yes' : 'no'} |`),
      ].join('\n'),
    );
    const withMain = screens.filter((s) => s.main).length;
    expect(reached.length, 'every screen with a main action was tried by keyboard').toBe(withMain);
    const listed = new Set(screens.map((s) => s.route));
    expect(routesOfRouter().filter((route) => !listed.has(route)), 'routes not walked: add them to the screens above').toEqual([]);
    const seen = new Set(views.map((v) => `${v.route} ${v.role} ${v.language}`));
    const missing = plan().flatMap(({ route, role }) => LANGUAGES.map((language) => `${route} ${role ?? 'signed out'} ${language}`)).filter((key) => !seen.has(key));
    expect(missing).toEqual([]);
  });
});
