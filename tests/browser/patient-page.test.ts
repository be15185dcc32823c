import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { TEST_PASSWORD, type HttpApp } from '../support/http-app.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

interface SeededPatient {
  id: string;
  mrn: string;
  family_name: string;
  given_name: string;
  family_name_khmer: string;
  events: number;
}

describe('patient page in a real browser', () => {
  let app: BrowserApp;
  let api: HttpApp;
  let page: Page;
  let patient: SeededPatient;
  let patientPath = '';
  const clinicianName = 'browser.clinician';
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({
      errors: consoleErrors,
      demoHospitalAt: new Date('2026-11-24T05:00:00Z'),
      seed: async (db) => {
        // The seeded patient with the longest timeline: an oncology course.
        [patient] = await db.orm.em.getConnection().execute<SeededPatient[]>(
          `select p.id, p.mrn, p.family_name, p.given_name, p.family_name_khmer, count(*)::int as events
             from patient p join journey_event e on e.patient_id = p.id
            group by p.id order by events desc, p.mrn limit 1`,
        );
        patientPath = `/patients/${toGlobalId('Patient', patient.id)}`;
      },
    });
    ({ api } = app);
    // A clinician, who signs in through the app's own sign-in page (no cookie is handed over).
    await api.userWithRoles([Role.CLINICIAN], clinicianName);
    page = await app.newPage();
  });

  afterAll(() => app?.close());

  it('sends a visitor to the sign-in page and back to the patient they asked for', async () => {
    await page.goto(`${api.url}${patientPath}`);
    await page.waitForURL(`**/login?next=${encodeURIComponent(patientPath)}`);
    const username = page.getByTestId('login-username');
    await username.waitFor();
    // The username box has the focus: the clinician can type straight away.
    expect(await username.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(clinicianName);
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');

    await page.waitForURL(`**${patientPath}`);
    await page.getByTestId('patient-header').waitFor();
    expect(await page.getByTestId('current-user').innerText()).toContain('Test CLINICIAN');
    // The care team sees contact details.
    expect(await page.getByTestId('contact-hidden').count()).toBe(0);
  });

  it('finds the patient by searching as you type and opens their page', async () => {
    await page.getByTestId('nav-patients').click();
    await page.waitForURL('**/patients');
    await page.getByTestId('patient-search').fill(patient.mrn.slice(0, 6));
    const row = page.getByTestId('patient-row').filter({ hasText: patient.mrn });
    await row.first().waitFor();
    expect(await page.getByTestId('patient-row').count()).toBe(1);
    await row.first().click();
    await page.waitForURL(`**/patients/${toGlobalId('Patient', patient.id)}`);
  });

  it('shows the header and the journey timeline, newest first, and loads more', async () => {
    const header = page.getByTestId('patient-header');
    await header.waitFor();
    const headerText = await header.innerText();
    expect(headerText).toContain(patient.mrn);
    expect(headerText).toContain(patient.family_name_khmer);
    expect(headerText.toUpperCase()).toContain(patient.family_name.toUpperCase());
    expect((await page.getByTestId('patient-stage').innerText()).trim()).not.toBe('');

    const events = page.getByTestId('journey-event');
    await events.first().waitFor();
    const firstPage = await events.count();
    expect(firstPage).toBeGreaterThanOrEqual(20);
    expect(firstPage).toBeLessThan(patient.events);
    const kinds = await events.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind')));
    expect(kinds.every((k) => k && /^[A-Z_]+$/.test(k))).toBe(true);

    await page.getByTestId('journey-load-more').click();
    await expect.poll(() => events.count(), { timeout: 10_000 }).toBeGreaterThan(firstPage);

    // A dose given is known only by its day: the day is shown, no time is invented, and the
    // card says when it was recorded. A timed event shows its Phnom Penh time.
    const dose = page.locator('[data-testid="journey-event"][data-kind="CHEMO_ADMINISTERED"]').first();
    const doseDay = dose.locator('.timeline-row__time');
    expect(await doseDay.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await doseDay.innerText()).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    // When it was recorded is among the details, opened on demand.
    await dose.getByTestId('journey-event-toggle').click();
    expect(await dose.getByTestId('journey-event-recorded').innerText()).toMatch(/^Date only, no time of day · recorded \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/);
    const admitted = page.locator('[data-testid="journey-event"][data-kind="ADMITTED"] .timeline-row__time').first();
    expect(await admitted.getAttribute('datetime')).toMatch(/T/);
    expect(await admitted.innerText()).toMatch(/, \d{2}:\d{2}$/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await dose.scrollIntoViewIfNeeded();
    await dose.screenshot({ path: `${ARTIFACTS}/timeline-date-only-event.png` });
  });

  it('switches to Khmer, renders Khmer script, and saves a screenshot', async () => {
    const before = await page.getByTestId('patient-header').innerText();
    const languageSwitch = page.getByTestId('language-switch');
    const tag = await languageSwitch.evaluate((el) => el.tagName);
    if (tag === 'SELECT') await languageSwitch.selectOption('km');
    else await languageSwitch.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('km');

    // The interface itself is now in Khmer (not just the names from the database).
    const timelineText = await page.getByTestId('journey-timeline').innerText();
    expect(timelineText).toMatch(/[\u1780-\u17FF]/);
    expect(await page.getByTestId('patient-header').innerText()).not.toBe(before);

    // The bundled Khmer font is really used to draw Khmer text.
    const khmerFontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return Array.from(document.fonts as unknown as Iterable<FontFace>).some((font) => /khmer|hanuman|battambang/i.test(font.family) && font.status === 'loaded');
    });
    expect(khmerFontLoaded).toBe(true);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${ARTIFACTS}/patient-page-km.png`, fullPage: false });
    expect(consoleErrors).toEqual([]);
  });

  it('opens in Khmer after a reload: the choice is kept and Khmer is loaded before the first render', async () => {
    await page.reload();
    await page.getByTestId('patient-header').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('km');
    // Already Khmer on the first paint of the timeline heading, not English first.
    expect(await page.locator('#journey-title').innerText()).toMatch(/[\u1780-\u17FF]/);
    expect(consoleErrors).toEqual([]);
  });
});
