import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AdmissionReason, addDays, DischargeDisposition, hospitalDate, nextDailyOccurrence, Role, Specialty } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { admitPatient } from '../../packages/server/src/inpatient/admission.service.js';
import { createScheduler } from '../../packages/server/src/jobs/scheduler.js';
import { registerPatient } from '../../packages/server/src/patients/patient.service.js';
import { completeSurgery } from '../../packages/server/src/surgery/surgery.service.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import {
  dischargeInput,
  dischargePatient,
  operationRecord,
  patientInput,
  recordFullChecklist,
  scheduleSurgery,
  serviceContext,
  surgeryInput,
  testClock,
  vacantBeds,
} from '../support/factories.js';
import type { HttpApp } from '../support/http-app.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

describe('the scheduled jobs page in a real browser', () => {
  let app: BrowserApp;
  let api: HttpApp;
  let patientId = '';
  const consoleErrors: string[] = [];

  /** A fresh browser (no session) signed in through the sign-in page, starting at `path`. */
  const signedInPage = (username: string, path: string): Promise<Page> => app.signIn(username, { path });

  beforeAll(async () => {
    app = await startBrowserApp({ errors: consoleErrors });
    const { db } = app;
    ({ api } = app);
    await api.userWithRoles([Role.ADMINISTRATOR], 'browser.admin');
    await api.userWithRoles([Role.NURSE], 'browser.nurse');

    // A patient operated 75 days ago whose wound check (due 10 days later) was never recorded: lost from 4 days ago.
    const today = hospitalDate(new Date());
    const day = addDays(today, -75);
    const clock = testClock(`${day}T01:00:00.000Z`);
    const ctx = () => serviceContext(db.orm, clock);
    const patient = await registerPatient(ctx(), patientInput({ familyName: 'Chea', givenName: 'Sreyneang', familyNameKhmer: 'ជា', givenNameKhmer: 'ស្រីនាង' }));
    patientId = toGlobalId('Patient', patient.id);
    const [bed] = await vacantBeds(db.orm);
    await admitPatient(ctx(), { patientId: patient.id, bedId: bed.id, episodeId: null }, { patientId: patient.id, bedId: bed.id, reason: AdmissionReason.PRE_OPERATIVE });
    const [incision, closure] = [new Date(`${day}T03:00:00.000Z`), new Date(`${day}T04:00:00.000Z`)];
    const surgery = await scheduleSurgery(ctx(), { patientId: patient.id, referralId: null, episodeId: null }, surgeryInput(patient.id, incision, { specialty: Specialty.GENERAL_SURGERY }));
    clock.set(`${day}T06:00:00.000Z`);
    await recordFullChecklist(db.orm, clock, surgery.id, incision, closure);
    await completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, ...operationRecord(), startedAt: incision, endedAt: closure });
    clock.set(`${addDays(day, 2)}T03:00:00.000Z`);
    await dischargePatient(ctx(), patient.id, dischargeInput(patient.id, { disposition: DischargeDisposition.HOME }));

    // The server ran the job ten days ago (nobody was lost yet), was down since, and catches up today.
    clock.set(`${addDays(today, -10)}T05:00:00.000Z`);
    const [before] = await createScheduler({ orm: db.orm, clock }).tick();
    expect(before.run?.changedCount).toBe(0);
    const [caughtUp] = await createScheduler({ orm: db.orm, clock: () => new Date() }).tick();
    expect(caughtUp.run?.patientIds).toEqual([patient.id]);
  });

  afterAll(() => app?.close());

  it('shows an administrator the last run, the patient it marked, the days it caught up and the next run', async () => {
    const asked = new Date();
    const page = await signedInPage('browser.admin', '/admin/jobs');
    await page.waitForURL('**/admin/jobs');
    expect(await page.getByTestId('nav-jobs').getAttribute('aria-current')).toBe('page');
    const job = page.locator('[data-testid="scheduled-job"][data-job="LOST_TO_FOLLOW_UP"]');
    await job.waitFor();
    expect(await job.getByTestId('job-last-run').getAttribute('data-outcome')).toBe('SUCCEEDED');
    expect(await job.getByTestId('job-changed').getAttribute('data-count')).toBe('1');
    expect(await job.getByTestId('job-changed').innerText()).toBe('1 patient marked lost to follow-up');
    expect(await job.getByTestId('job-covers').first().innerText()).toMatch(/^Covers .+ – .+/);
    expect(await job.getByTestId('job-run').count()).toBe(2);
    // 00:05 Phnom Penh on the next day (read twice around the request, in case it crossed 00:05).
    const nextAt = await job.getByTestId('job-next-run').getAttribute('data-at');
    const expected = [nextDailyOccurrence(asked, '00:05'), nextDailyOccurrence(new Date(), '00:05')].map((d) => d.getTime());
    expect(expected).toContain(Date.parse(nextAt!));
    expect(await job.getByTestId('job-next-run').innerText()).toMatch(/, 00:05$/);

    // Plain accessibility checks: one h1, every link and table header named, Khmer text marked as Khmer.
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main a:not([aria-label])').evaluateAll((links) => links.filter((a) => !a.textContent?.trim()).length)).toBe(0);
    expect(await job.getByTestId('job-patient').locator('[lang="km"]').innerText()).toContain('ជា ស្រីនាង');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/scheduled-jobs-en.png`, fullPage: true });

    await job.getByTestId('job-patient').click();
    await page.waitForURL(`**/patients/${patientId}`);
    await page.getByTestId('patient-header').waitFor();
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('reads in Khmer', async () => {
    const page = await signedInPage('browser.admin', '/admin/jobs');
    await page.locator('[data-testid="scheduled-job"]').first().waitFor();
    const languageSwitch = page.getByTestId('language-switch');
    if ((await languageSwitch.evaluate((el) => el.tagName)) === 'SELECT') await languageSwitch.selectOption('km');
    else await languageSwitch.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('km');
    await expect.poll(() => page.locator('h1').innerText()).toBe('ការងារតាមកាលវិភាគ');
    await page.screenshot({ path: `${ARTIFACTS}/scheduled-jobs-km.png`, fullPage: true });
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('does not offer the page to a nurse, and explains it when they go there anyway', async () => {
    const page = await signedInPage('browser.nurse', '/');
    await page.getByTestId('nav-patients').waitFor();
    expect(await page.getByTestId('nav-jobs').count()).toBe(0);
    await page.goto(`${api.url}/admin/jobs`);
    await page.getByTestId('not-available').waitFor();
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
