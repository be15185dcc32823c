import { Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import type { GraphQLClient } from '../support/http-app.js';

/**
 * The patient's timeline live (issue "Live screens and more than one server"): two signed-in
 * users; one admits the patient and moves them to another bed, and the other's open patient
 * page shows each event in the timeline without a reload, once each, with the "Live" badge on.
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
    const { api } = app;
    const registered = await api.gql<{ registerPatient: { id: string } }>(
      `mutation { registerPatient(input: { familyName: "Livetimeline", givenName: "Sokha", sex: FEMALE, birthDate: "1981-04-10",
         phones: [], provinceCode: 12 }) { id } }`,
    );
    expect(registered.errors).toBeUndefined();
    patientId = registered.data!.registerPatient.id;
    const census = await api.gql<{ census: { bed: { id: string; label: string }; admission: { id: string } | null }[] }>(
      `{ census { bed { id label } admission { id } } }`,
    );
    beds = census.data!.census.filter((row) => !row.admission).map((row) => row.bed);
    await api.userWithRoles([Role.NURSE], 'timeline.nurse');
    doctor = await api.userWithRoles([Role.CLINICIAN], 'timeline.doctor');
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
});
