import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

describe('patient registration in a real browser', () => {
  let app: BrowserApp;
  let page: Page;
  let existingMrn = '';
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({ errors: consoleErrors });
    const { api } = app;
    await api.userWithRoles([Role.CASE_MANAGER], 'browser.registrar');
    const existing = await api.gql<{ registerPatient: { mrn: string } }>(
      `mutation { registerPatient(input: { familyName: "Chea", givenName: "Sokha", familyNameKhmer: "ជា", givenNameKhmer: "សុខា", sex: FEMALE, birthDate: "1990-03-04", provinceCode: 17, phones: ["012 555 444"] }) { mrn } }`,
    );
    expect(existing.errors).toBeUndefined();
    existingMrn = existing.data!.registerPatient.mrn;
  });

  afterAll(() => app?.close());

  it('warns about a likely duplicate, shows field errors, and registers anyway once confirmed', async () => {
    page = await app.signIn('browser.registrar', { viewport: { width: 1280, height: 1400 } });

    // The header search finds the existing patient.
    await page.getByTestId('header-search').fill('Chea');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/patients' && url.searchParams.get('q') === 'Chea');
    await page.locator(`[data-testid="patient-row"][data-mrn="${existingMrn}"]`).waitFor();

    await page.getByTestId('register-patient').click();
    await page.waitForURL('**/patients/new');

    // Submitting empty points at the required fields.
    await page.getByTestId('register-submit').click();
    await expect.poll(() => page.getByTestId('register-familyName').getAttribute('aria-invalid')).toBe('true');

    await page.getByTestId('register-familyName').fill('Chea');
    await page.getByTestId('register-givenName').fill('Sokha');
    await page.getByTestId('register-familyNameKhmer').fill('ជា');
    expect(await page.getByTestId('register-familyNameKhmer').getAttribute('lang')).toBe('km');
    await page.getByTestId('register-sex').selectOption('FEMALE');
    await page.getByTestId('register-birthDate').fill('1990-03-04');
    await page.getByTestId('register-phones-0').fill('012 555 444');
    await page.getByTestId('register-province').selectOption('17');

    // The live duplicate check lists the existing patient.
    const candidate = page.locator(`[data-testid="duplicate-candidate"][data-mrn="${existingMrn}"]`);
    await candidate.waitFor();
    expect(await candidate.locator('[data-reason="SAME_PHONE"]').count()).toBe(1);

    // A child needs a guardian: the block appears with the birth date.
    await page.getByTestId('register-birthDate').fill('2019-03-04');
    await page.getByTestId('register-guardianName').waitFor();
    await page.getByTestId('register-birthDate').fill('1990-03-04');
    await expect.poll(() => page.getByTestId('register-guardianName').count()).toBe(0);

    // A field the server refuses is shown on its input (the national ID is too long).
    await page.getByLabel('National ID').fill('X'.repeat(41));
    await page.getByTestId('register-submit').click();
    await expect.poll(() => page.getByLabel('National ID').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('National ID').fill('');

    // A strong candidate blocks registration until confirmed.
    await page.getByTestId('register-submit').click();
    await page.getByTestId('register-duplicate-conflict').waitFor();
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${ARTIFACTS}/patient-registration.png`, fullPage: false });
    await page.getByTestId('register-anyway').click();
    await page.waitForURL((url) => /^\/patients\/(?!new)[^/]+$/.test(url.pathname));
    await page.getByTestId('patient-header').waitFor();
    expect(await page.getByTestId('patient-header').innerText()).not.toContain(existingMrn);
    expect(consoleErrors).toEqual([]);
  });
});
