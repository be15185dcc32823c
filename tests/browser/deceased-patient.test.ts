import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DischargeDisposition, Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { admittedPatient, dischargeInput, dischargePatient, serviceContext, vacantBeds } from '../support/factories.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

describe('a deceased patient in a real browser', () => {
  let app: BrowserApp;
  let patientPath = '';
  const consoleErrors: string[] = [];
  const now = () => new Date();

  /** A fresh browser (no session) signed in through the sign-in page, starting at `path`. */
  const signedInPage = (username: string, path: string): Promise<Page> => app.signIn(username, { path });

  beforeAll(async () => {
    app = await startBrowserApp({ errors: consoleErrors, ignore: (text) => text.includes('status of 409') });
    const { db, api } = app;
    await api.userWithRoles([Role.NURSE], 'browser.nurse');
    await api.userWithRoles([Role.ADMINISTRATOR], 'browser.admin');
    const [bed] = await vacantBeds(db.orm);
    const { patient } = await admittedPatient(db.orm, now, bed, { familyName: 'Chea', givenName: 'Sokunthea' });
    await dischargePatient(
      serviceContext(db.orm, now),
      patient.id,
      dischargeInput(patient.id, { disposition: DischargeDisposition.DIED, diagnosis: 'Septic shock' }),
    );
    patientPath = `/patients/${toGlobalId('Patient', patient.id)}`;
  });

  afterAll(() => app?.close());

  it('closes the record for the care team: the deceased notice, no admit, move or discharge', async () => {
    const page = await signedInPage('browser.nurse', patientPath);
    await page.getByTestId('deceased-notice').waitFor();
    expect(await page.getByTestId('patient-stage').getAttribute('data-stage')).toBe('DECEASED');
    await page.getByTestId('not-admitted').waitFor();
    expect(await page.getByTestId('admit-open').count()).toBe(0);
    expect(await page.getByTestId('diagnosis-open').count()).toBe(0);
    // Only an administrator corrects a death.
    expect(await page.getByTestId('correct-death-open').count()).toBe(0);
    await page.context().close();
  });

  it('lets an administrator correct a death recorded in error, with a reason and a confirmation', async () => {
    const page = await signedInPage('browser.admin', patientPath);
    await page.getByTestId('correct-death-open').click();
    const form = page.getByTestId('correct-death-form');
    await form.waitFor();
    // Both the reason and the confirmation are required.
    await page.getByTestId('correct-death-submit').click();
    await expect.poll(() => form.getByText('Confirm that the death was recorded in error').count()).toBe(1);
    await page.getByTestId('correct-death-reason').fill('Recorded on the wrong patient: her sister died');
    await page.getByTestId('correct-death-confirm').check();
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/correct-death-en.png`, fullPage: false });
    await page.getByTestId('correct-death-submit').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('patient-stage').getAttribute('data-stage')).toBe('FOLLOW_UP');
    expect(await page.getByTestId('deceased-notice').count()).toBe(0);
    await page.getByText('Death recorded in error, corrected: Recorded on the wrong patient: her sister died').first().waitFor();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
