import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoHospital } from '../../packages/server/src/db/seed/demo-hospital.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import type { HttpApp } from '../support/http-app.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));
const DAY_MS = 86_400_000;

describe('referral worklist in a real browser', () => {
  let app: BrowserApp;
  let api: HttpApp;
  let page: Page;
  let mrn = '';
  const managerName = 'browser.casemanager';
  const consoleErrors: string[] = [];

  /** The count a status tab shows. */
  async function tabCount(tab: string): Promise<number> {
    return Number(await page.getByTestId(`referral-tab-${tab}`).getAttribute('data-count'));
  }

  beforeAll(async () => {
    app = await startBrowserApp({
      errors: consoleErrors,
      // Seeded relative to today, so some referrals are overdue now.
      seed: (db) => seedDemoHospital(db.orm.em.fork(), { now: new Date() }),
    });
    ({ api } = app);
    await api.userWithRoles([Role.CASE_MANAGER], managerName);

    // One referral certain to be urgent, untriaged and overdue: received 45 days ago, due in 30.
    const registered = await api.gql<{ registerPatient: { id: string; mrn: string } }>(
      `mutation { registerPatient(input: { familyName: "Worklistova", givenName: "Sreyleak", sex: FEMALE, birthDate: "1979-04-12", provinceCode: 21, phones: [] }) { id mrn } }`,
    );
    expect(registered.errors).toBeUndefined();
    mrn = registered.data!.registerPatient.mrn;
    const received = await api.gql(
      `mutation ($input: ReceiveReferralInput!) { receiveReferral(input: $input) { id status overdue } }`,
      {
        input: {
          patientId: registered.data!.registerPatient.id,
          sourceType: 'HEALTH_CENTRE',
          sourceName: 'Bati Health Centre',
          specialty: 'BREAST_SURGERY',
          reason: 'Hard breast lump, 3 cm, growing for two months',
          priority: 'URGENT',
          urgencyBand: 'DAYS_30',
          receivedAt: new Date(Date.now() - 45 * DAY_MS).toISOString(),
        },
      },
    );
    expect(received.errors).toBeUndefined();
    expect(received.data).toMatchObject({ receiveReferral: { status: 'RECEIVED', overdue: true } });

  });

  afterAll(() => app?.close());

  it('filters overdue urgent referrals, assigns one, triages it and sees it change tabs', async () => {
    // Sign in through the app's own sign-in page, then follow the navigation.
    page = await app.signIn(managerName, { path: '/', viewport: { width: 1440, height: 1000 } });
    await page.getByTestId('nav-referrals').click();
    await page.waitForURL('**/referrals');
    await page.getByTestId('referral-row').first().waitFor();

    // Overdue + urgent, untriaged: the filters live in the address.
    await page.getByTestId('referral-filter-overdue').check();
    await page.getByTestId('referral-filter-priority').selectOption('URGENT');
    await page.getByTestId('referral-tab-RECEIVED').click();
    await page.waitForURL(
      (url) =>
        url.searchParams.get('overdue') === '1' &&
        url.searchParams.get('priority') === 'URGENT' &&
        url.searchParams.get('status') === 'RECEIVED',
    );
    const row = page.locator(`[data-testid="referral-row"][data-mrn="${mrn}"]`);
    await row.waitFor();
    await expect
      .poll(async () => {
        const rows = await page.getByTestId('referral-row').evaluateAll((els) =>
          els.map((el) => `${el.getAttribute('data-status')}/${el.getAttribute('data-priority')}/${el.getAttribute('data-overdue')}`),
        );
        return [...new Set(rows)];
      })
      .toEqual(['RECEIVED/URGENT/true']);
    expect(await row.getByTestId('overdue-badge').textContent()).toMatch(/\d+ days overdue/);
    const receivedBefore = await tabCount('RECEIVED');
    const triagedBefore = await tabCount('TRIAGED');
    expect(receivedBefore).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('referral-row').count()).toBe(Math.min(receivedBefore, 25));

    // Assign it to myself with the bulk action.
    await row.getByTestId('referral-select').check();
    await page.getByTestId('bulk-count').waitFor();
    await page.getByTestId('bulk-assignee').selectOption({ label: `Test ${Role.CASE_MANAGER}` });
    await page.getByTestId('bulk-assign').click();
    await expect.poll(() => page.getByTestId('bulk-result').innerText()).toBe('1 referral assigned.');
    await expect.poll(() => row.getByTestId('referral-assignee').innerText()).toBe(`Test ${Role.CASE_MANAGER}`);

    // Open it (the drawer is in the address) and triage it.
    await row.locator('a.referral-row__link').click();
    await page.waitForURL((url) => url.searchParams.has('referral'));
    const drawer = page.getByTestId('referral-drawer-body');
    await drawer.waitFor();
    expect(await drawer.getAttribute('data-status')).toBe('RECEIVED');
    expect(await drawer.getByTestId('drawer-assignee').inputValue()).not.toBe('');
    // Only the legal next steps are offered.
    expect(await drawer.locator('[data-testid^="transition-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')))).toEqual([
      'transition-TRIAGED',
      'transition-CANCELLED',
    ]);
    await drawer.getByTestId('transition-TRIAGED').click();
    await drawer.getByTestId('transition-urgency-band').selectOption('DAYS_30');
    await drawer.getByTestId('transition-reason').fill('Seen in the breast clinic: needs a biopsy');
    await drawer.getByTestId('transition-confirm').click();
    await expect.poll(() => drawer.getAttribute('data-status')).toBe('TRIAGED');
    await page.getByTestId('referral-notice').waitFor();
    await expect.poll(() => drawer.getByTestId('referral-history').innerText()).toContain('Seen in the breast clinic');

    // The row left the RECEIVED tab, and the counts moved with it.
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(() => tabCount('RECEIVED')).toBe(receivedBefore - 1);
    await expect.poll(() => tabCount('TRIAGED')).toBe(triagedBefore + 1);

    // Reloading keeps the drawer open on the same referral.
    await page.reload();
    await page.getByTestId('referral-drawer-body').waitFor();
    expect(await page.getByTestId('referral-drawer-body').getAttribute('data-status')).toBe('TRIAGED');
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.has('referral')).toBe(false);

    // It is on the TRIAGED tab now, still mine.
    await page.getByTestId('referral-tab-TRIAGED').click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'TRIAGED');
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('TRIAGED');
    expect(await row.getByTestId('referral-assignee').innerText()).toBe(`Test ${Role.CASE_MANAGER}`);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/referral-worklist.png`, fullPage: false });
    await row.locator('a.referral-row__link').click();
    await page.getByTestId('referral-drawer-body').waitFor();
    await page.getByTestId('referral-history').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/referral-drawer.png`, fullPage: false });
    expect(consoleErrors).toEqual([]);
  });
});
