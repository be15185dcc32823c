import { Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import type { GraphQLClient } from '../support/http-app.js';

/**
 * The live referral worklist (issue "Live screens and more than one server"): two case
 * managers; one triages and assigns a referral shown on the other's worklist, and the other
 * sees the row change without a reload; a referral received meanwhile is not slotted into the
 * paged list but announced in a notice that reads the page again when pressed.
 */
describe('the live referral worklist, in a real browser', () => {
  let app: BrowserApp;
  let colleague: GraphQLClient;
  let page: Page;
  let referral = { id: '', version: 0 };
  let viewerId = '';
  const errors: string[] = [];

  const receive = async (familyName: string): Promise<{ id: string; version: number }> => {
    const registered = await colleague.gql<{ registerPatient: { id: string } }>(
      `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`,
      { input: { familyName, givenName: 'Chanthy', sex: 'FEMALE', birthDate: '1981-04-04', phones: [], provinceCode: 12, confirmNotDuplicate: true } },
    );
    expect(registered.errors).toBeUndefined();
    const received = await colleague.gql<{ receiveReferral: { id: string; version: number } }>(
      `mutation ($input: ReceiveReferralInput!) { receiveReferral(input: $input) { id version } }`,
      { input: { patientId: registered.data!.registerPatient.id, sourceType: 'HEALTH_CENTRE', specialty: 'ENT', reason: 'Goitre', priority: 'URGENT' } },
    );
    expect(received.errors).toBeUndefined();
    return received.data!.receiveReferral;
  };

  beforeAll(async () => {
    app = await startBrowserApp({ errors });
    await app.api.userWithRoles([Role.CASE_MANAGER], 'live.viewer');
    colleague = await app.api.userWithRoles([Role.CASE_MANAGER], 'live.colleague');
    const managers = await colleague.gql<{ caseManagers: { id: string; username: string }[] }>(`{ caseManagers { id username } }`);
    viewerId = managers.data!.caseManagers.find((u) => u.username === 'live.viewer')!.id;
    referral = await receive('Liveworklist');
  });

  afterAll(() => app?.close());

  it('shows a colleague\'s triage and assignment in the row, in place, without a reload', async () => {
    page = await app.signIn('live.viewer', { path: '/referrals' });
    const row = page.locator(`[data-testid="referral-row"][data-id="${referral.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('RECEIVED');
    await page.locator('[data-testid="referrals-live"][data-status="live"]').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('referrals-live').textContent()).toBe('Live');
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });

    const triaged = await colleague.gql<{ transitionReferral: { version: number } }>(
      `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { version } }`,
      { input: { referralId: referral.id, to: 'TRIAGED', urgencyBand: 'DAYS_30', expectedVersion: referral.version } },
    );
    expect(triaged.errors).toBeUndefined();
    await page.locator(`[data-testid="referral-row"][data-id="${referral.id}"][data-status="TRIAGED"]`).waitFor({ timeout: 15_000 });

    const assigned = await colleague.gql(`mutation ($input: AssignReferralInput!) { assignReferral(input: $input) { id } }`, {
      input: { referralId: referral.id, assigneeId: viewerId, expectedVersion: triaged.data!.transitionReferral.version },
    });
    expect(assigned.errors).toBeUndefined();
    await expect.poll(() => row.getByTestId('referral-assignee').textContent(), { timeout: 15_000 }).toContain('Test CASE_MANAGER');

    // Still in the "Open" tab, in the same place: updated in place, no notice.
    expect(await page.getByTestId('referrals-changed').count()).toBe(0);
    expect(navigations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('announces a referral received meanwhile in a polite notice, and reads the page again when it is pressed', async () => {
    const other = await receive('Newcomer');
    const notice = page.getByTestId('referrals-changed');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toBe('1 referral changed — refresh');
    expect(await page.getByTestId('referrals-changed-region').getAttribute('aria-live')).toBe('polite');
    // Not slotted into the list before the page is read again.
    expect(await page.locator(`[data-testid="referral-row"][data-id="${other.id}"]`).count()).toBe(0);
    await expectAccessible(page, 'the live worklist with its notice');

    await notice.click();
    await page.locator(`[data-testid="referral-row"][data-id="${other.id}"]`).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('referrals-changed').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('leaves no error behind when the case manager moves on while the worklist is being read again', async () => {
    // Pressing the notice reads the worklist again. Leaving the page before that read answered
    // made Apollo abort it, and the abort escaped as an unhandled rejection in the page
    // ("The operation was aborted.").
    const leaving = await app.signIn('live.viewer', { path: '/referrals' });
    await leaving.locator('[data-testid="referrals-live"][data-status="live"]').waitFor({ timeout: 15_000 });
    let hold = false;
    let held = 0;
    await leaving.route('**/graphql', async (route) => {
      if (hold && route.request().postData()?.includes('"operationName":"ReferralWorklist"')) {
        held += 1;
        await new Promise((resolve) => setTimeout(resolve, 1_500));
      }
      await route.continue().catch(() => undefined); // the page may have aborted the request meanwhile
    });
    await receive('Leaver');
    const notice = leaving.getByTestId('referrals-changed');
    await notice.waitFor({ timeout: 15_000 });
    hold = true;
    await notice.click();
    await expect.poll(() => held, { timeout: 5_000 }).toBe(1);
    await leaving.getByTestId('receive-referral').click();
    await leaving.waitForURL('**/referrals/receive');
    await leaving.waitForTimeout(2_000); // past the held read's answer
    await leaving.close();
    expect(errors).toEqual([]);
  });
});
