import { addDays, hospitalDate, Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { ok, type GraphQLClient } from '../support/http-app.js';

/**
 * The live oncology alerts and follow-up list (issue "Live screens and more than one server"):
 * two signed-in users. One starts a treatment plan whose first dose is long overdue, and the
 * other's alert list shows the alert without a reload; one records a follow-up's outcome, and
 * the other's follow-up list says a follow-up changed and reads the list again when asked.
 */
describe('the live oncology alerts and follow-up list, in a real browser', () => {
  let app: BrowserApp;
  let doctor: GraphQLClient;
  let page: Page;
  let childId = '';
  let followUpId = '';
  const today = hospitalDate(new Date());
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({ errors });
    const { api } = app;
    const register = `mutation ($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }`;
    childId = (
      await ok<{ registerPatient: { id: string } }>(api, register, {
        input: {
          familyName: 'Livealert', givenName: 'Pisey', sex: 'FEMALE', birthDate: '2019-04-04', phones: [], provinceCode: 12,
          guardian: { name: 'Chan Sophea', relation: 'MOTHER', phones: ['097 765 4321'] },
        },
      })
    ).registerPatient.id;
    await ok(api, `mutation ($input: RecordOncologyDiagnosisInput!) { recordOncologyDiagnosis(input: $input) { id } }`, {
      input: { patientId: childId, cancerType: 'WILMS_TUMOUR', basis: 'HISTOLOGY', diagnosedOn: addDays(today, -40), stageScheme: 'SIOP_WILMS', stage: 'II' },
    });
    const adultId = (
      await ok<{ registerPatient: { id: string } }>(api, register, {
        input: { familyName: 'Livefollow', givenName: 'Dara', sex: 'MALE', birthDate: '1981-02-02', phones: [], provinceCode: 12 },
      })
    ).registerPatient.id;
    followUpId = (
      await ok<{ scheduleFollowUp: { id: string } }>(api, `mutation ($input: ScheduleFollowUpInput!) { scheduleFollowUp(input: $input) { id } }`, {
        input: { patientId: adultId, kind: 'CLINIC', dueDate: today },
      })
    ).scheduleFollowUp.id;
    await api.userWithRoles([Role.NURSE], 'live.alerts.nurse');
    doctor = await api.userWithRoles([Role.CLINICIAN, Role.ONCOLOGY], 'live.alerts.doctor');
  });

  afterAll(() => app?.close());

  it('shows an alert raised by a colleague without a reload', async () => {
    page = await app.signIn('live.alerts.nurse', { path: '/oncology/alerts' });
    await page.locator('[data-testid="alerts-live"][data-status="live"]').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('alerts-live').textContent()).toBe('Live');
    expect(await page.locator('[data-testid="alert-row"]', { hasText: /livealert/i }).count()).toBe(0);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });

    // A plan started 30 days ago whose first dose was never given.
    await ok(doctor, `mutation ($input: StartTreatmentPlanInput!) { startTreatmentPlan(input: $input) { id } }`, {
      input: { patientId: childId, protocolId: toGlobalId('Protocol', '0c010000-0000-4000-8000-000000000001'), startDate: addDays(today, -30), heightCm: 110, weightKg: 18 },
    });

    const row = page.locator('[data-testid="alert-row"]', { hasText: /livealert/i });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getAttribute('data-level')).toBe('ABANDONMENT');
    expect(navigations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('says a follow-up recorded by a colleague changed the list, and reads it again when asked', async () => {
    await page.goto(new URL('/follow-ups', page.url()).toString());
    const row = page.locator('[data-testid="follow-up-row"]', { hasText: /livefollow/i });
    await row.waitFor();
    await page.locator('[data-testid="follow-ups-live"][data-status="live"]').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('follow-ups-changed').count()).toBe(0);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });

    await ok(doctor, `mutation ($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }`, {
      input: { followUpId, outcome: 'ATTENDED' },
    });

    const notice = page.getByTestId('follow-ups-changed');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toMatch(/1 follow-up changed elsewhere/);
    expect(await page.getByTestId('follow-ups-changed-announcement').textContent()).toMatch(/1 follow-up changed elsewhere/);
    // Not removed blindly: the row stays until the list is read again.
    expect(await row.count()).toBe(1);
    await page.getByTestId('follow-ups-refresh').click();
    await row.waitFor({ state: 'detached', timeout: 15_000 });
    expect(await page.getByTestId('follow-ups-changed').count()).toBe(0);
    expect(navigations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
