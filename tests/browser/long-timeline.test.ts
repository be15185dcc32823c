import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../packages/server/src/graphql/relay.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));
const EVENTS = 1000;

/**
 * A long oncology-like course: 1,000 timeline events. The page loads them 50 at a time and
 * keeps only the rows near the viewport in the DOM, so it stays responsive.
 */
describe('a 1,000-event timeline in a real browser', () => {
  let app: BrowserApp;
  let page: Page;
  let patientPath = '';
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({ errors: consoleErrors });
    const { db, api } = app;
    const nurse = await api.userWithRoles([Role.NURSE, Role.CLINICIAN], 'browser.long');
    const registered = await nurse.gql<{ registerPatient: { id: string } }>(
      `mutation { registerPatient(input: { familyName: "Chea", givenName: "Dara", sex: MALE, birthDate: "2019-05-01", provinceCode: 12, phones: ["012 345 678"], guardian: { name: "Chea Sophal", relation: MOTHER, phones: ["012 222 333"] }, confirmNotDuplicate: true }) { id } }`,
    );
    expect(registered.errors).toBeUndefined();
    const patientId = registered.data!.registerPatient.id;
    const referral = await nurse.gql<{ receiveReferral: { id: string } }>(
      `mutation ($id: ID!) { receiveReferral(input: { patientId: $id, sourceType: HEALTH_CENTRE, specialty: PAEDIATRIC_ONCOLOGY, reason: "Abdominal mass", priority: URGENT }) { id } }`,
      { id: patientId },
    );
    expect(referral.errors).toBeUndefined();
    // The rest of the course written straight into the journal, one event a day before today.
    await db.orm.em.getConnection().execute(
      `insert into journey_event (patient_id, episode_id, kind, occurred_at, summary, referral_id, from_status, to_status, note)
       select r.patient_id, r.episode_id, 'REFERRAL_STATUS_CHANGED', now() - (g || ' hours')::interval,
              'Course entry ' || g, r.id, 'TRIAGED', 'ACCEPTED', 'Reviewed at the tumour board'
         from referral r, generate_series(1, ?) g where r.id = ?`,
      [EVENTS - 2, fromGlobalId(referral.data!.receiveReferral.id)!.key],
    );
    patientPath = `/patients/${patientId}`;
  });

  afterAll(() => app?.close());

  it('loads all 1,000 events but keeps only the rows near the viewport in the page', async () => {
    page = await app.signIn('browser.long', { path: patientPath });
    await page.getByTestId('patient-header').waitFor();
    await page.getByTestId('journey-event').first().waitFor();

    const loadMore = page.getByTestId('journey-load-more');
    for (let pageNo = 1; pageNo < EVENTS / 50; pageNo++) {
      // From the keyboard: rows above the button are measured as they scroll into view, so
      // the button can move under a pointer; Enter on the focused button cannot miss.
      await loadMore.focus();
      await page.keyboard.press('Enter');
      const expected = Math.min((pageNo + 1) * 50, EVENTS);
      // "Showing 100 of 1,000 events": wait for the count to reach this page.
      await page.waitForFunction(
        (shown) => (document.querySelector('#journey-title')?.parentElement?.textContent ?? '').replace(/[,\s]/g, '').includes(`Showing${shown}of`),
        expected,
        { timeout: 10_000 },
      );
      if (process.env.DEBUG_LONG) console.log('loaded', expected);
    }
    await page.getByTestId('journey-virtual').waitFor();
    expect(await loadMore.count()).toBe(0);

    // All 1,000 are loaded, but the DOM holds a window of them.
    const rendered = await page.getByTestId('journey-event').count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(80);

    // Scrolling to the end brings the oldest entry and the end marker in (rows are measured as
    // they render, so the end can move while scrolling: keep going until it stays).
    const oldest = page.getByText(`Course entry ${EVENTS - 2}`, { exact: true });
    for (let attempt = 0; attempt < 20 && !(await oldest.isVisible()); attempt++) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(100);
    }
    await oldest.waitFor();
    await page.locator('.timeline-end').waitFor();
    expect(await page.getByTestId('journey-event').count()).toBeLessThan(80);

    // Back at the top, the newest entry is there again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('[data-kind="PATIENT_REGISTERED"]').waitFor();

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/long-timeline.png` });
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
