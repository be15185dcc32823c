import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Role } from '@pj/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { TEST_PASSWORD, type HttpApp } from '../support/http-app.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));
/** The screen lock of this server: 6 seconds without input (SCREEN_LOCK_MINUTES=0.1). */
const LOCK_MINUTES = 0.1;
const LOCK_WAIT_MS = 30_000;

/**
 * A shared ward computer (issue 20): a nurse on a patient's page walks away; the screen locks
 * and the patient's data leaves the page; the nurse unlocks and is back on the same page; the
 * next time, a colleague signs in from the lock screen and the nurse's session is over.
 */
describe('idle lock on a shared computer, in a real browser', () => {
  let app: BrowserApp;
  let api: HttpApp;
  let context: BrowserContext;
  let page: Page;
  let patientPath = '';
  const FAMILY = 'Vongsa';
  const GIVEN = 'Chenda';
  const family = FAMILY.toLowerCase();
  const given = GIVEN.toLowerCase();

  const sessionCookie = async (): Promise<string> => {
    const cookie = (await context.cookies()).find((c) => c.name.endsWith('pj_session'));
    if (!cookie) throw new Error('no session cookie');
    return `${cookie.name}=${cookie.value}`;
  };
  /**
   * Someone at the computer: pointer movement every half second (the app's idle timer listens
   * for it like any input), so a slow page load on a busy machine is not taken for idleness.
   */
  const startUsing = () =>
    page.evaluate(() => {
      const w = window as unknown as { keepActive?: number };
      window.clearInterval(w.keepActive);
      w.keepActive = window.setInterval(() => window.dispatchEvent(new Event('pointermove')), 500);
    });
  /** Nobody at the computer from now on. */
  const walkAway = () => page.evaluate(() => window.clearInterval((window as unknown as { keepActive?: number }).keepActive));
  /** The whole document, lower case (names may be shown in capitals). */
  const bodyText = () => page.evaluate(() => document.documentElement.outerHTML.toLowerCase());

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await startBrowserApp({ sessionPolicy: { lockMinutes: LOCK_MINUTES, idleMinutes: 30 } });
    ({ api } = app);
    const registered = await api.gql<{ registerPatient: { id: string } }>(
      `mutation { registerPatient(input: { familyName: "${FAMILY}", givenName: "${GIVEN}", sex: FEMALE, birthDate: "1984-02-11",
         phones: ["012 777 123"], provinceCode: 12 }) { id } }`,
    );
    patientPath = `/patients/${registered.data!.registerPatient.id}`;
    await api.userWithRoles([Role.NURSE], 'ward.nurse');
    await api.userWithRoles([Role.CLINICIAN], 'ward.doctor');
    page = await app.newPage();
    context = page.context();
  });

  afterAll(() => app?.close());

  it('locks a patient page left idle: the data leaves the page, the session stays, a reload stays locked', async () => {
    await page.goto(`${api.url}${patientPath}`);
    await page.getByTestId('login-username').fill('ward.nurse');
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await startUsing();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${patientPath}`);
    await page.getByTestId('patient-header').waitFor();
    expect(await bodyText()).toContain(family);

    // No input from here on: the screen locks by itself.
    await walkAway();
    await page.getByTestId('lock-screen').waitFor({ timeout: LOCK_WAIT_MS });
    expect(new URL(page.url()).pathname).toBe(patientPath);
    const html = await bodyText();
    expect(html).not.toContain(family);
    expect(html).not.toContain(given);
    expect(await page.getByTestId('patient-header').count()).toBe(0);
    expect(await page.getByTestId('lock-user').innerText()).toContain('Test NURSE');
    // The password box has the focus: the nurse can type straight away.
    expect(await page.getByTestId('lock-password').evaluate((el) => el === document.activeElement)).toBe(true);
    // Apollo's cache holds nothing of the patient either.
    expect((await page.evaluate(() => JSON.stringify(window.localStorage) + document.title)).toLowerCase()).not.toContain(family);
    await page.screenshot({ path: `${ARTIFACTS}/idle-lock.png` });
    await expectAccessible(page, 'lock screen (en)');

    // The server refuses the session's data meanwhile, so a reload shows the lock screen again.
    const body = await api.anonymous.gql('{ patients(first: 1) { totalCount } }', undefined, { cookie: await sessionCookie() });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_LOCKED' });
    await page.reload();
    await page.getByTestId('lock-screen').waitFor();
    expect(await bodyText()).not.toContain(family);
  }, 90_000);

  it('is in Khmer too, and passes the accessibility audit there', async () => {
    const languageSwitch = page.getByTestId('language-switch');
    if ((await languageSwitch.evaluate((el) => el.tagName)) === 'SELECT') await languageSwitch.selectOption('km');
    else await languageSwitch.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('km');
    await expect.poll(() => page.locator('#lock-title').innerText()).toContain('ចាក់សោ');
    await expectAccessible(page, 'lock screen (km)');
    if ((await languageSwitch.evaluate((el) => el.tagName)) === 'SELECT') await languageSwitch.selectOption('en');
    else await languageSwitch.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
  }, 60_000);

  it('unlocks with the same user\'s password (a wrong one is refused) and returns to the same page', async () => {
    await page.getByTestId('lock-password').fill('not my password');
    await page.keyboard.press('Enter');
    await page.getByTestId('lock-error').waitFor();
    expect(await page.getByTestId('lock-error').getAttribute('data-problem')).toBe('invalid');
    await page.getByTestId('lock-password').fill(TEST_PASSWORD);
    await startUsing();
    await page.keyboard.press('Enter');
    await page.getByTestId('patient-header').waitFor();
    expect(new URL(page.url()).pathname).toBe(patientPath);
    expect(await bodyText()).toContain(family);
    await walkAway();
  }, 60_000);

  it('lets someone else sign in from the lock screen, which ends the first session', async () => {
    const nurseCookie = await sessionCookie();
    await page.getByTestId('lock-screen').waitFor({ timeout: LOCK_WAIT_MS });
    expect(await bodyText()).not.toContain(family);
    // Keyboard only: the link to sign in as someone else, then the form.
    await page.getByTestId('lock-switch').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('lock-username').waitFor();
    expect(await page.getByTestId('lock-username').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('ward.doctor');
    await page.getByTestId('lock-password').fill(TEST_PASSWORD);
    // The doctor goes on using the computer (through the next test too).
    await startUsing();
    await page.keyboard.press('Enter');
    await page.getByTestId('patient-header').waitFor();
    expect(new URL(page.url()).pathname).toBe(patientPath);
    expect(await page.getByTestId('current-user').innerText()).toContain('Test CLINICIAN');

    // The nurse's session is over: a request with the old cookie is refused.
    const old = await api.anonymous.gql('{ me { username } }', undefined, { cookie: nurseCookie });
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unlock = await api.anonymous.gql('mutation { unlockSession(input: { password: "test-password" }) { expiresAt } }', undefined, { cookie: nurseCookie });
    expect(unlock.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const doctor = await api.anonymous.gql<{ me: { username: string } }>('{ me { username } }', undefined, { cookie: await sessionCookie() });
    expect(doctor.data?.me.username).toBe('ward.doctor');
  }, 90_000);

  it('signs out everywhere from the user menu', async () => {
    const other = await api.signIn('ward.doctor', TEST_PASSWORD);
    await page.getByTestId('current-user').click();
    await page.getByTestId('sign-out-everywhere').click();
    await page.waitForURL('**/login?reason=signed-out');
    await walkAway();
    const body = await other.gql('{ me { username } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
  }, 60_000);
});
