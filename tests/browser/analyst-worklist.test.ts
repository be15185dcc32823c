import { Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoHospital } from '../../packages/server/src/db/seed/demo-hospital.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import type { HttpApp } from '../support/http-app.js';

// Analysts may read the referral worklist (READ_WORKLISTS) but no patient (READ_PATIENTS):
// the page must show the rows without asking for `Referral.patient`, which would null the list.
describe('referral worklist for an analyst in a real browser', () => {
  let app: BrowserApp;
  let api: HttpApp;
  let page: Page;
  let mrn = '';
  const analystName = 'browser.analyst';
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({ errors: consoleErrors, seed: (db) => seedDemoHospital(db.orm.em.fork(), { now: new Date() }) });
    ({ api } = app);
    await api.userWithRoles([Role.ANALYST], analystName);

    const registered = await api.gql<{ registerPatient: { id: string; mrn: string } }>(
      `mutation { registerPatient(input: { familyName: "Analystova", givenName: "Chanthou", sex: FEMALE, birthDate: "1981-02-03", provinceCode: 21, phones: [] }) { id mrn } }`,
    );
    expect(registered.errors).toBeUndefined();
    mrn = registered.data!.registerPatient.mrn;
    const received = await api.gql(`mutation ($input: ReceiveReferralInput!) { receiveReferral(input: $input) { id } }`, {
      input: {
        patientId: registered.data!.registerPatient.id,
        sourceType: 'HEALTH_CENTRE',
        sourceName: 'Bati Health Centre',
        specialty: 'BREAST_SURGERY',
        reason: 'Hard breast lump, growing for two months',
        priority: 'URGENT',
        urgencyBand: 'DAYS_30',
      },
    });
    expect(received.errors).toBeUndefined();

    page = await app.signIn(analystName, { path: '/referrals' });
  });

  afterAll(() => app?.close());

  it('shows the rows, statuses and tab counts, but no patient', async () => {
    await page.waitForURL('**/referrals**');
    const rows = page.getByTestId('referral-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    const statuses = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-status')));
    expect(statuses.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
    // The tab counts came in the same answer.
    await expect.poll(async () => Number(await page.getByTestId('referral-tab-OPEN').getAttribute('data-count'))).toBeGreaterThan(0);
    expect(await page.getByTestId('referral-tab-RECEIVED').getAttribute('data-count')).toMatch(/^\d+$/);

    // No patient: no names, no MRNs, no links to patient records.
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('ANALYSTOVA');
    expect(text).not.toContain(mrn);
    expect(await page.locator('.referral-row__mrn').count()).toBe(0);
    expect(await rows.evaluateAll((els) => els.filter((el) => el.hasAttribute('data-mrn')).length)).toBe(0);
    expect(await page.locator('a[href^="/patients/"]').count()).toBe(0);
    // Nothing to change: no selection, no bulk assignment.
    expect(await page.getByTestId('referral-select').count()).toBe(0);

    // The drawer shows the referral without the patient, the reason or any action.
    await rows.first().locator('a.referral-row__link').click();
    await page.waitForURL((url) => url.searchParams.has('referral'));
    const drawer = page.getByTestId('referral-drawer-body');
    await drawer.waitFor();
    expect(await drawer.getAttribute('data-status')).toBe(statuses[0]);
    await drawer.getByTestId('referral-no-patient').waitFor();
    expect(await drawer.getByTestId('drawer-patient-link').count()).toBe(0);
    expect(await drawer.locator('[data-testid^="transition-"]').count()).toBe(0);
    expect(await page.getByTestId('referral-drawer').innerText()).not.toContain('ANALYSTOVA');

    expect(consoleErrors).toEqual([]);
  });
});
