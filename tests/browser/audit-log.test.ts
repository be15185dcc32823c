import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import type { HttpApp } from '../support/http-app.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

describe('audit log and role-based navigation in a real browser', () => {
  let app: BrowserApp;
  let api: HttpApp;
  let patientId = '';
  let patientMrn = '';
  const consoleErrors: string[] = [];

  /** A fresh browser (no session) signed in through the sign-in page, starting at `path`. */
  const signedInPage = (username: string, path: string): Promise<Page> => app.signIn(username, { path });

  beforeAll(async () => {
    app = await startBrowserApp({ errors: consoleErrors });
    ({ api } = app);
    const nurse = await api.userWithRoles([Role.NURSE], 'browser.nurse');
    const clinician = await api.userWithRoles([Role.CLINICIAN], 'browser.clinician');
    await api.userWithRoles([Role.ADMINISTRATOR], 'browser.admin');
    const registered = await nurse.gql<{ registerPatient: { id: string; mrn: string } }>(
      `mutation { registerPatient(input: { familyName: "Ly", givenName: "Kanha", familyNameKhmer: "លី", givenNameKhmer: "កញ្ញា", sex: FEMALE, birthDate: "1985-02-03", provinceCode: 3, phones: ["012 345 678"] }) { id mrn } }`,
    );
    expect(registered.errors).toBeUndefined();
    patientId = registered.data!.registerPatient.id;
    patientMrn = registered.data!.registerPatient.mrn;
    // The clinician opens the record: the audit trail now says so.
    const read = await clinician.gql(`query ($id: ID!) { patient(id: $id) { mrn phones } }`, { id: patientId });
    expect(read.errors).toBeUndefined();
  });

  afterAll(() => app?.close());

  it("shows an administrator the clinician's read of the record, filtered in the address", async () => {
    const page = await signedInPage('browser.admin', '/audit');
    await page.waitForURL('**/audit');
    expect(await page.getByTestId('nav-audit').count()).toBe(1);

    await page.getByTestId('audit-filter-action').selectOption('read');
    await page.getByTestId('audit-filter-user').fill('browser.clinician');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('action') === 'read' && url.searchParams.get('user') === 'browser.clinician');

    const entry = page.locator('[data-testid="audit-entry"][data-action="read:patient"]');
    await entry.first().waitFor();
    await expect.poll(() => page.getByTestId('audit-entry').count()).toBe(1);
    expect(await entry.first().getAttribute('data-username')).toBe('browser.clinician');
    expect(await entry.first().getAttribute('data-outcome')).toBe('OK');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/audit-log-en.png`, fullPage: false });

    // The patient column names the patient, in both scripts, with the MRN, as a link to the record.
    const link = entry.first().getByTestId('audit-patient-link');
    expect(await link.getByTestId('audit-patient-name').innerText()).toBe('LY Kanha');
    expect(await link.getByTestId('audit-patient-khmer').innerText()).toBe('លី កញ្ញា');
    expect(await link.getByTestId('audit-patient-mrn').innerText()).toBe(patientMrn);
    expect(await link.innerText()).not.toContain('Open record');

    // The entry links to the record; administrators see who looked at it, but no contact details.
    await link.click();
    await page.waitForURL(`**/patients/${patientId}`);
    await page.getByTestId('patient-header').waitFor();
    await page.getByTestId('contact-hidden').waitFor();
    expect(await page.getByTestId('patient-header').innerText()).not.toContain('012');
    const accessLog = page.getByTestId('patient-access-log');
    await accessLog.locator('[data-testid="audit-entry"][data-username="browser.clinician"]').first().waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('does not offer the audit log to a nurse, and explains it when they go there anyway', async () => {
    const page = await signedInPage('browser.nurse', '/');
    await page.getByTestId('nav-patients').waitFor();
    expect(await page.getByTestId('nav-audit').count()).toBe(0);

    await page.goto(`${api.url}/audit`);
    await page.getByTestId('not-available').waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
