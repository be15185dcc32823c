import { addDays, hospitalDate, Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { ok, type GraphQLClient } from '../support/http-app.js';

/**
 * The live theatre board (issue "Live screens and more than one server"): two signed-in users;
 * a surgeon records a checklist phase and cancels an operation, and the nurse's board of the
 * day shows both without a reload, with the "Live" indicator on. A past day is a record, not
 * followed live.
 */
describe('the live theatre board, in a real browser', () => {
  let app: BrowserApp;
  let surgeon: GraphQLClient;
  let page: Page;
  const surgeries: Record<'hernia' | 'lump', string> = { hernia: '', lump: '' };
  const errors: string[] = [];
  const day = addDays(hospitalDate(new Date()), 1);

  beforeAll(async () => {
    app = await startBrowserApp({ errors });
    const { api } = app;
    const registered = await ok<{ registerPatient: { id: string } }>(
      api,
      `mutation { registerPatient(input: { familyName: "Livetheatre", givenName: "Bopha", sex: FEMALE, birthDate: "1968-07-21",
         phones: [], provinceCode: 12 }) { id } }`,
    );
    surgeon = await api.userWithRoles([Role.SURGEON], 'live.surgeon');
    await api.userWithRoles([Role.NURSE], 'live.theatre.nurse');
    const { theatres } = await ok<{ theatres: { id: string }[] }>(surgeon, `{ theatres { id } }`);
    const book = `mutation ($input: ScheduleSurgeryInput!) { scheduleSurgery(input: $input) { id } }`;
    for (const [key, procedure, time] of [['hernia', 'Inguinal hernia repair', '09:00'], ['lump', 'Excision of breast lump', '13:00']] as const) {
      const booked = await ok<{ scheduleSurgery: { id: string } }>(surgeon, book, {
        input: { patientId: registered.registerPatient.id, procedure, specialty: 'GENERAL_SURGERY', theatreId: theatres[0].id, scheduledStart: `${day}T${time}:00+07:00`, expectedDurationMinutes: 60 },
      });
      surgeries[key] = booked.scheduleSurgery.id;
    }
  });

  afterAll(() => app?.close());

  it('shows a colleague\'s checklist phase and cancellation without a reload', async () => {
    page = await app.signIn('live.theatre.nurse', { path: `/theatre?date=${day}` });
    const hernia = page.locator('[data-testid="board-case"]', { hasText: 'Inguinal hernia repair' });
    await hernia.waitFor();
    expect(await page.locator('[data-testid="board-case"]').count()).toBe(2);
    expect(await hernia.getByTestId('phase-SIGN_IN').getAttribute('data-done')).toBe('false');
    await page.locator('[data-testid="board-live"][data-status="live"]').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('board-live').textContent()).toBe('Live');
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });

    const { checklistItems } = await ok<{ checklistItems: { key: string; phase: string; allowedAnswers: string[] }[] }>(
      surgeon,
      `{ checklistItems { key phase allowedAnswers } }`,
    );
    const answers = checklistItems.filter((i) => i.phase === 'SIGN_IN').map((i) => ({ item: i.key, answer: i.allowedAnswers[0] }));
    await ok(surgeon, `mutation ($input: RecordChecklistPhaseInput!) { recordChecklistPhase(input: $input) { id } }`, {
      input: { surgeryId: surgeries.hernia, phase: 'SIGN_IN', answers },
    });
    await hernia.locator('[data-testid="phase-SIGN_IN"][data-done="true"]').waitFor({ timeout: 15_000 });

    await ok(surgeon, `mutation ($input: CancelSurgeryInput!) { cancelSurgery(input: $input) { id } }`, {
      input: { surgeryId: surgeries.lump, category: 'HOSPITAL', reason: 'No anaesthetist' },
    });
    await page.locator('[data-testid="board-case"]', { hasText: 'Excision of breast lump' }).waitFor({ state: 'detached', timeout: 15_000 });
    expect(await page.locator('[data-testid="board-case"]').count()).toBe(1);

    expect(navigations).toEqual([]);
    await expectAccessible(page, 'the live theatre board');
    expect(errors).toEqual([]);
  });

  it('does not follow a past day live', async () => {
    const yesterday = addDays(hospitalDate(new Date()), -1);
    await page.goto(`${new URL(page.url()).origin}/theatre?date=${yesterday}`);
    await page.locator(`[data-testid="board-date"][data-date="${yesterday}"]`).waitFor();
    expect(await page.getByTestId('board-live').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
