import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addDays, hospitalDate, ReferralStatus, Role, Specialty, StaffRole } from '@pj/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEATRE_KEYS } from '../../packages/server/src/surgery/staff.entity.js';
import { createMission, createStaffMember } from '../../packages/server/src/surgery/mission.service.js';
import { expectAccessible } from '../support/accessibility.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { referralInStatus, serviceContext, testClock } from '../support/factories.js';
import { TEST_PASSWORD, type HttpApp } from '../support/http-app.js';
import type { TestDatabase } from '../support/test-database.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

/** The first and last day of the month before `today` (Phnom Penh days). */
function lastMonth(today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const y = month === 1 ? year - 1 : year;
  const m = month === 1 ? 12 : month - 1;
  const from = `${y}-${String(m).padStart(2, '0')}-01`;
  return { from, to: addDays(`${year}-${String(month).padStart(2, '0')}-01`, -1) };
}

/**
 * The administrator's account work and the director's report, in one browser and one database:
 * a visiting surgeon's account that expires when the mission ends, a password reset the user
 * must replace at sign-in, a deactivation that ends the user's session, an API token created
 * and revoked, and the analyst's referral report for last month opened from the address. The
 * test makes no API call of its own: everything is seeded before the browser starts.
 */
describe('accounts and the referral report in a real browser', () => {
  let app: BrowserApp;
  let db: TestDatabase;
  let api: HttpApp;
  let browser: Browser;
  const consoleErrors: string[] = [];
  const today = hospitalDate(new Date());
  const missionEnd = addDays(today, 10);
  const period = lastMonth(today);

  const signedInPage = (username: string, path: string, password = TEST_PASSWORD): Promise<Page> => app.signIn(username, { path, password });

  /** A fresh browser on the sign-in page, the username and password typed and sent. */
  async function tryToSignIn(username: string, password: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(`${api.url}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    return page;
  }

  /** The account page of `username`, found through the list's search. */
  async function openAccount(page: Page, username: string): Promise<void> {
    await page.goto(`${api.url}/admin/users?q=${encodeURIComponent(username)}`);
    const row = page.locator(`[data-testid="account-row"][data-username="${username}"]`);
    await row.getByRole('link').click();
    await page.locator(`[data-testid="account-page"][data-username="${username}"]`).waitFor();
  }

  beforeAll(async () => {
    // A refused sign-in or a request of an ended session is logged by the browser as a failed request: expected here.
    app = await startBrowserApp({ errors: consoleErrors, ignore: (text) => /401|403|Failed to load resource/.test(text) });
    ({ db, api, browser } = app);
    await api.userWithRoles([Role.ADMINISTRATOR], 'browser.admin');
    await api.userWithRoles([Role.ANALYST], 'browser.analyst');
    await api.userWithRoles([Role.NURSE], 'browser.nurse');
    await api.userWithRoles([Role.CLINICIAN], 'browser.leaver');
    await api.userWithRoles([Role.SURGEON], 'browser.resident');

    // A visiting team's mission ending in ten days, and a referral received last month.
    const ctx = () => serviceContext(db.orm, () => new Date());
    const staff = await createStaffMember(ctx(), { name: 'Dr Keiko Tanaka', role: StaffRole.SURGEON, visiting: true, institution: 'Kyoto' });
    await createStaffMember(ctx(), { name: 'Dr Dara Sok', role: StaffRole.RESIDENT, visiting: false });
    await createMission(ctx(), { theatreIds: [THEATRE_KEYS['OT 1']], memberIds: [staff.id] }, {
      name: 'Kyoto paediatric surgery mission', institution: 'Kyoto', specialties: [Specialty.PAEDIATRIC_SURGERY], startDate: addDays(today, 3), endDate: missionEnd,
      dailyCapacityMinutes: 480, theatreIds: [], memberIds: [], notes: null,
    });
    await referralInStatus(db.orm, testClock(`${addDays(period.from, 9)}T03:00:00.000Z`), ReferralStatus.RECEIVED);
  });

  afterAll(() => app?.close());

  it('creates a visiting surgeon\'s account that expires when the mission ends; the surgeon signs in and chooses a password', async () => {
    const page = await signedInPage('browser.admin', '/');
    await page.getByTestId('nav-accounts').click();
    await page.locator('[data-testid="account-row"]').first().waitFor();
    await page.getByTestId('new-account').click();
    await page.getByTestId('account-form').waitFor();
    await page.getByTestId('account-displayName').fill('Dr Keiko Tanaka');
    await page.getByTestId('account-username').fill('k.tanaka');
    await page.getByTestId('role-SURGEON').check();
    await page.getByTestId('account-mission').selectOption({ index: 1 });
    expect(await page.getByTestId('account-expires').inputValue()).toBe(missionEnd);
    await expectAccessible(page, 'new account form');
    await page.getByTestId('account-submit').click();
    const temporary = await page.getByTestId('temporary-password').innerText();
    expect(temporary).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await page.getByTestId('open-created').click();
    await page.locator('[data-testid="account-page"][data-username="k.tanaka"]').waitFor();
    expect(await page.getByTestId('account-state').getAttribute('data-state')).toBe('ACTIVE');
    expect(await page.getByTestId('account-expiry').innerText()).toContain(String(Number(missionEnd.slice(8))));
    await page.getByTestId('must-change-password').waitFor();

    // Before the expiry the surgeon signs in, and must first choose a password of their own.
    const surgeon = await tryToSignIn('k.tanaka', temporary);
    await surgeon.getByTestId('login-new-password').waitFor();
    expect(await surgeon.getByTestId('login-error').getAttribute('data-problem')).toBe('mustChangePassword');
    await expectAccessible(surgeon, 'sign-in with a new password');
    await surgeon.getByTestId('login-new-password').fill('password');
    await surgeon.getByTestId('login-new-password-repeat').fill('password');
    await surgeon.getByTestId('login-submit').click();
    await expect.poll(() => surgeon.getByTestId('login-error').getAttribute('data-problem')).toBe('newPasswordRefused');
    await surgeon.getByTestId('login-new-password').fill('cherry blossom theatre');
    await surgeon.getByTestId('login-new-password-repeat').fill('cherry blossom theatre');
    await surgeon.getByTestId('login-submit').click();
    await surgeon.getByTestId('current-user').waitFor();
    expect(await surgeon.getByTestId('current-user-roles').innerText()).toContain('Surgeon');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/account-page.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('links an account to its staff record: the user\'s logbook becomes theirs; unlinking clears it', async () => {
    const page = await signedInPage('browser.admin', '/');
    await openAccount(page, 'browser.resident');
    const picker = page.getByTestId('account-staff-member');
    await expect.poll(() => picker.locator('option').allTextContents()).toContain('Dr Keiko Tanaka');
    expect(await picker.inputValue()).toBe('');
    // The list narrows to the staff the search finds (the server's search, by any name).
    await page.getByTestId('account-staff-search').fill('Dara');
    // Waits for the search's answer: while it loads, the list holds only "Not linked".
    const narrowed = async () => {
      const options = await picker.locator('option').allTextContents();
      return { dara: options.includes('Dr Dara Sok'), tanaka: options.includes('Dr Keiko Tanaka') };
    };
    await expect.poll(narrowed).toEqual({ dara: true, tanaka: false });
    await picker.selectOption({ label: 'Dr Dara Sok' });
    await page.getByTestId('save-account-staff').click();
    await page.getByTestId('account-staff-saved').waitFor();
    // Audited from the top: scrolled down to the section, the account's action buttons sit under
    // the sticky header, where axe measures too little room around them (target-size).
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page, 'account staff record');

    // The resident's logbook is now their own.
    const resident = await signedInPage('browser.resident', '/training/logbook');
    await resident.getByText('The operations of Dr Dara Sok', { exact: false }).waitFor();

    // Read back after a reload, then cleared.
    await page.reload();
    await expect.poll(() => picker.locator('option:checked').textContent()).toBe('Dr Dara Sok');
    await picker.selectOption('');
    await page.getByTestId('save-account-staff').click();
    await page.getByTestId('account-staff-saved').waitFor();
    const rows = await db.orm.em.fork().getConnection().execute(`select "staff_member_id" from "app_user" where "username" = 'browser.resident'`);
    expect(rows).toEqual([{ staff_member_id: null }]);
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('resets a nurse\'s password: the nurse signs in with the temporary one and must replace it', async () => {
    const page = await signedInPage('browser.admin', '/admin/users');
    await openAccount(page, 'browser.nurse');
    await page.getByTestId('reset-password').click();
    const temporary = await page.getByTestId('temporary-password').innerText();
    await page.getByTestId('must-change-password').waitFor();

    // The old password no longer works; the temporary one asks for a new password.
    const old = await tryToSignIn('browser.nurse', TEST_PASSWORD);
    await expect.poll(() => old.getByTestId('login-error').getAttribute('data-problem')).toBe('invalid');
    const nurse = await tryToSignIn('browser.nurse', temporary);
    await nurse.getByTestId('login-new-password').fill('lotus ward evening');
    await nurse.getByTestId('login-new-password-repeat').fill('lotus ward evening');
    await nurse.getByTestId('login-submit').click();
    await nurse.getByTestId('current-user').waitFor();
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('deactivates an account: its open session stops and signing in is refused', async () => {
    const leaver = await signedInPage('browser.leaver', '/patients');
    await leaver.getByTestId('nav-patients').waitFor();
    const page = await signedInPage('browser.admin', '/admin/users');
    await openAccount(page, 'browser.leaver');
    await page.getByTestId('deactivate-account').click();
    await expect.poll(() => page.getByTestId('account-state').getAttribute('data-state')).toBe('DEACTIVATED');
    await page.getByTestId('reactivate-account').waitFor();

    // The leaver's next request is refused: the app asks to sign in, and signing in is refused.
    await leaver.reload();
    await leaver.waitForURL('**/login**');
    await leaver.getByTestId('login-username').fill('browser.leaver');
    await leaver.getByTestId('login-password').fill(TEST_PASSWORD);
    await leaver.getByTestId('login-submit').click();
    await expect.poll(() => leaver.getByTestId('login-error').getAttribute('data-problem')).toBe('accountDeactivated');
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('creates an API token from the user menu (shown once) and revokes it', async () => {
    const page = await signedInPage('browser.admin', '/');
    await page.getByTestId('current-user').click();
    await page.getByTestId('my-api-tokens').click();
    await page.waitForURL('**/account/tokens');
    await page.getByTestId('api-token-empty').waitFor();
    await page.getByTestId('api-token-name').fill('monthly report');
    await page.getByTestId('api-token-submit').click();
    const token = await page.getByTestId('new-api-token').innerText();
    expect(token).toMatch(/^pj_/);
    await page.getByTestId('new-api-token-copy').waitFor();
    const row = page.locator('[data-testid="api-token-row"][data-name="monthly report"]');
    await expect.poll(() => row.getAttribute('data-revoked')).toBe('false');
    expect(await row.innerText()).toContain(token.slice(0, 10));
    await row.getByTestId('revoke-token').click();
    await expect.poll(() => row.getAttribute('data-revoked')).toBe('true');
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('shows the analyst the referral report for last month, opened from the address', async () => {
    const page = await signedInPage('browser.analyst', '/');
    await page.getByTestId('home-referral-report').waitFor();
    await page.goto(`${api.url}/reports/referrals?from=${period.from}&to=${period.to}`);
    const report = page.getByTestId('referral-report');
    await report.waitFor();
    expect([await report.getAttribute('data-from'), await report.getAttribute('data-to')]).toEqual([period.from, period.to]);
    expect(await page.getByTestId('preset-lastMonth').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('report-received').innerText()).toContain('1');
    await page.screenshot({ path: `${ARTIFACTS}/referral-report.png`, fullPage: true });
    // "This month" moves the period in the address.
    await page.getByTestId('preset-thisMonth').click();
    await page.waitForURL(`**/reports/referrals?from=${today.slice(0, 8)}01&to=${today}`);
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
