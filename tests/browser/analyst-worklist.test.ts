import { addDays, hospitalDate, Role } from '@pj/shared';
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
  const tomorrow = addDays(hospitalDate(new Date()), 1);
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
    // An operation of hers tomorrow at 09:00, for the theatre board (in the first theatre the demo left free then).
    const { data: theatres } = await api.gql<{ theatres: { id: string }[] }>('{ theatres { id } }');
    let booked = false;
    for (const theatre of theatres!.theatres) {
      const result = await api.gql(`mutation ($input: ScheduleSurgeryInput!) { scheduleSurgery(input: $input) { id } }`, {
        input: {
          patientId: registered.data!.registerPatient.id,
          procedure: 'Wide local excision of breast lump',
          specialty: 'BREAST_SURGERY',
          theatreId: theatre.id,
          scheduledStart: new Date(`${tomorrow}T09:00:00+07:00`).toISOString(),
          expectedDurationMinutes: 45,
        },
      });
      booked = !result.errors;
      if (booked) break;
    }
    expect(booked).toBe(true);

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

  it("shows the theatre board's operations (procedure, theatre, times, status) without the patients, saying names are hidden", async () => {
    await page.goto(`${api.url}/theatre?date=${tomorrow}`);
    const cases = page.getByTestId('board-case');
    await cases.first().waitFor();
    await page.getByTestId('board-names-hidden').waitFor();
    const mine = cases.filter({ hasText: 'Wide local excision of breast lump' });
    expect(await mine.count()).toBe(1);
    expect(await mine.getAttribute('data-status')).toBe('SCHEDULED');
    expect(await mine.innerText()).toContain('09:00–09:45');
    expect(await page.getByTestId('theatre-column').count()).toBeGreaterThan(0);
    // No patient: no names, no MRNs, no links to records.
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('ANALYSTOVA');
    expect(text).not.toContain(mrn);
    expect(await page.locator('main a[href^="/patients/"]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
