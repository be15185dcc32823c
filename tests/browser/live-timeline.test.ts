import type { Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, twoSignedInUsers, type BrowserApp } from '../support/browser-app.js';
import type { GraphQLClient } from '../support/http-app.js';

/**
 * The patient's timeline live (issue "Live screens and more than one server"): two signed-in
 * users; one admits the patient and moves them to another bed, and the other's open patient
 * page shows each event in the timeline without a reload, once each, with the "Live" badge on;
 * after the connection drops, the page catches up from the last event it received.
 */
describe('the patient timeline live, in a real browser', () => {
  let app: BrowserApp;
  let doctor: GraphQLClient;
  let page: Page;
  let patientId = '';
  let beds: { id: string; label: string }[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({ errors });
    ({ doctor, patientId, freeBeds: beds } = await twoSignedInUsers(app, 'timeline', {
      familyName: 'Livetimeline',
      givenName: 'Sokha',
      sex: 'FEMALE',
      birthDate: '1981-04-10',
    }));
  });

  afterAll(() => app?.close());

  const events = (kind: string) => page.locator(`[data-testid="journey-event"][data-kind="${kind}"]`);

  it('shows a colleague\'s admission and transfer on the open patient page without a reload, once each', async () => {
    page = await app.signIn('timeline.nurse', { path: `/patients/${encodeURIComponent(patientId)}` });
    await events('PATIENT_REGISTERED').waitFor();
    await page.locator('[data-testid="timeline-live"][data-status="live"]').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('timeline-live').textContent()).toBe('Live');
    expect(await page.getByTestId('timeline-live').getAttribute('title')).toBe('New events recorded elsewhere show here as they happen');
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });

    const admitted = await doctor.gql(`mutation ($input: AdmitPatientInput!) { admitPatient(input: $input) { id } }`, {
      input: { patientId, bedId: beds[0].id, reason: 'MEDICAL' },
    });
    expect(admitted.errors).toBeUndefined();
    await events('ADMITTED').waitFor({ timeout: 15_000 });

    const moved = await doctor.gql(`mutation ($input: TransferPatientInput!) { transferPatient(input: $input) { id } }`, {
      input: { patientId, bedId: beds[1].id, reason: 'Closer to the nurses\' station' },
    });
    expect(moved.errors).toBeUndefined();
    await events('TRANSFERRED').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);

    // Newest first, each once: the transfer, the admission, the registration.
    const kinds = await page.locator('[data-testid="journey-event"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')));
    expect(kinds).toEqual(['TRANSFERRED', 'ADMITTED', 'PATIENT_REGISTERED']);
    expect(navigations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('after the connection drops, catches up from the last event it received: what was recorded meanwhile, once each', async () => {
    const registered = await app.api.gql<{ registerPatient: { id: string } }>(
      `mutation { registerPatient(input: { familyName: "Reconnected", givenName: "Dara", sex: MALE, birthDate: "1975-02-03",
         phones: [], provinceCode: 12 }) { id } }`,
    );
    expect(registered.errors).toBeUndefined();
    const secondId = registered.data!.registerPatient.id;
    page = await app.signIn('timeline.nurse', { path: '/patients' });
    // The socket passes through the test, which can drop it (as a network would) and refuse
    // new ones while "offline", and sees what the app subscribes with and receives.
    let offline = false;
    const open: WebSocketRoute[] = [];
    const subscribedFrom: (string | null)[] = [];
    const received: string[] = [];
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (offline) return void ws.close({ code: 4000, reason: 'Offline' });
      open.push(ws);
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        const parsed = JSON.parse(String(message)) as { type: string; payload?: { query?: string; variables?: { after?: string | null } } };
        if (parsed.type === 'subscribe' && parsed.payload?.query?.includes('patientTimeline')) subscribedFrom.push(parsed.payload.variables?.after ?? null);
        server.send(message);
      });
      server.onMessage((message) => {
        const parsed = JSON.parse(String(message)) as { type: string; payload?: { data?: { patientTimeline?: { cursor: string } } } };
        const cursor = parsed.type === 'next' ? parsed.payload?.data?.patientTimeline?.cursor : undefined;
        if (cursor) received.push(cursor);
        ws.send(message);
      });
      ws.onClose(() => void server.close());
      server.onClose(() => void ws.close());
    });
    await page.goto(`${app.api.url}/patients/${encodeURIComponent(secondId)}`);
    await events('PATIENT_REGISTERED').waitFor();
    await page.locator('[data-testid="timeline-live"][data-status="live"]').waitFor({ timeout: 15_000 });

    const admit = await doctor.gql(`mutation ($input: AdmitPatientInput!) { admitPatient(input: $input) { id } }`, {
      input: { patientId: secondId, bedId: beds[2].id, reason: 'MEDICAL' },
    });
    expect(admit.errors).toBeUndefined();
    await events('ADMITTED').waitFor({ timeout: 15_000 });
    expect(received).toHaveLength(1);

    // The network drops; two transfers are recorded meanwhile.
    offline = true;
    for (const ws of open.splice(0)) await ws.close({ code: 4000, reason: 'Network lost' });
    await page.locator('[data-testid="timeline-live"]:not([data-status="live"])').waitFor({ timeout: 15_000 });
    for (const bed of [beds[3], beds[4]]) {
      const moved = await doctor.gql(`mutation ($input: TransferPatientInput!) { transferPatient(input: $input) { id } }`, {
        input: { patientId: secondId, bedId: bed.id, reason: 'Bed change' },
      });
      expect(moved.errors).toBeUndefined();
    }
    offline = false;

    await page.locator('[data-testid="timeline-live"][data-status="live"]').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="journey-event"][data-kind="TRANSFERRED"]').length === 2, null, { timeout: 15_000 });
    await page.waitForTimeout(500);
    const kinds = await page.locator('[data-testid="journey-event"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')));
    expect(kinds).toEqual(['TRANSFERRED', 'TRANSFERRED', 'ADMITTED', 'PATIENT_REGISTERED']);
    // Sent again from the last update received (the admission), not from where the page started.
    expect(subscribedFrom).toHaveLength(2);
    expect(subscribedFrom[0]).not.toBe(received[0]);
    expect(subscribedFrom[1]).toBe(received[0]);
    expect(received).toHaveLength(3);
    expect(errors).toEqual([]);
  });
});
