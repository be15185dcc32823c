import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, twoSignedInUsers, type BrowserApp } from '../support/browser-app.js';
import type { GraphQLClient } from '../support/http-app.js';

/**
 * The live census (issue "Live screens and more than one server"): two signed-in users; one
 * admits a patient, and the other's census shows the bed taken, without a reload, with the
 * "Live" indicator on.
 */
describe('the live ward census, in a real browser', () => {
  let app: BrowserApp;
  let doctor: GraphQLClient;
  let page: Page;
  let patientId = '';
  let bed = { id: '', label: '' };
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({ errors });
    ({ doctor, patientId, freeBeds: [bed] } = await twoSignedInUsers(app, 'live', {
      familyName: 'Livecensus',
      givenName: 'Sreypov',
      sex: 'FEMALE',
      birthDate: '1979-03-09',
    }));
  });

  afterAll(() => app?.close());

  it('shows a bed taken by a colleague\'s admission without a reload', async () => {
    page = await app.signIn('live.nurse', { path: '/wards' });
    const card = page.locator(`[data-testid="bed-card"][data-bed="${bed.label}"]`).first();
    await card.waitFor();
    expect(await card.getAttribute('data-occupied')).toBe('false');
    await page.locator('[data-testid="census-live"][data-status="live"]').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('census-live').textContent()).toBe('Live');
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });

    const admitted = await doctor.gql(`mutation ($input: AdmitPatientInput!) { admitPatient(input: $input) { id } }`, {
      input: { patientId, bedId: bed.id, reason: 'MEDICAL' },
    });
    expect(admitted.errors).toBeUndefined();

    await page.locator(`[data-testid="bed-card"][data-bed="${bed.label}"][data-occupied="true"]`).waitFor({ timeout: 15_000 });
    expect(await page.locator(`[data-bed="${bed.label}"][data-occupied="true"] [data-testid="bed-occupant"]`).textContent()).toMatch(/livecensus/i);
    expect(navigations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
