import { Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { TEST_PASSWORD, type HttpApp } from '../support/http-app.js';
import type { TestDatabase } from '../support/test-database.js';

/**
 * The web app against a server that runs only its trusted documents (TRUSTED_DOCUMENTS=enforce,
 * production configuration): every request the app makes is sent by hash and served.
 */
describe('the web app against a server enforcing trusted documents', () => {
  let app: BrowserApp;
  let db: TestDatabase;
  let api: HttpApp;
  let page: Page;
  const graphqlRequests: { body: string; status: number; codes: string[] }[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({
      demoHospitalAt: new Date('2026-11-24T05:00:00Z'),
      production: true,
      trustedDocuments: { mode: 'enforce' },
    });
    ({ db, api } = app);
    await api.userWithRoles([Role.CLINICIAN], 'trusted.clinician');
    page = await app.newPage();
    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
      const text = await response.text().catch(() => '');
      const codes = [...text.matchAll(/"code":"([A-Z_]+)"/g)].map((match) => match[1]);
      graphqlRequests.push({ body: response.request().postData() ?? '', status: response.status(), codes });
    });
  });

  afterAll(() => app?.close());

  it('signs in, searches patients and opens one, every request sent by hash and none refused', async () => {
    page.setDefaultTimeout(15_000);
    await page.goto(`${api.url}/patients`);
    await page.getByTestId('login-username').fill('trusted.clinician');
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/patients');
    await page.getByTestId('patient-search').fill('a');
    const row = page.getByTestId('patient-row');
    await row.first().waitFor().catch((error: unknown) => {
      throw new Error(`${String(error)}\n${page.url()}\n${JSON.stringify(graphqlRequests, null, 1)}`);
    });
    // Straight to a patient's page, with its timeline.
    const [patient] = await db.orm.em.getConnection().execute<{ id: string }[]>('select id from patient order by mrn limit 1');
    await page.goto(`${api.url}/patients/${toGlobalId('Patient', patient.id)}`);
    await page.getByTestId('journey-event').first().waitFor().catch((error: unknown) => {
      throw new Error(`${String(error)}\n${JSON.stringify(graphqlRequests, null, 1)}`);
    });

    expect(graphqlRequests.length).toBeGreaterThan(2);
    for (const request of graphqlRequests) {
      const body = JSON.parse(request.body) as { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
      expect(body.query, request.body).toBeUndefined();
      expect(body.extensions?.persistedQuery?.sha256Hash, request.body).toMatch(/^[0-9a-f]{64}$/);
      expect(request.status, request.body).toBe(200);
      expect(request.codes.filter((code) => code !== 'UNAUTHENTICATED'), request.body).toEqual([]);
    }
  }, 60_000);
});
