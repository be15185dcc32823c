import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Role, hospitalDate, addDays, isPastBooking } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../packages/server/src/graphql/relay.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { waitlistedPatient } from '../support/factories.js';
import { TEST_PASSWORD, type GraphQLClient, type HttpApp } from '../support/http-app.js';
import type { TestDatabase } from '../support/test-database.js';

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));
const realClock = () => new Date();

/** Today's slots may already have passed when the test runs: then they are entered as retrospective, with a reason. */
const retrospectiveIfPast = (iso: string) =>
  isPastBooking(new Date(iso), new Date()) ? { retrospective: true, retrospectiveReason: 'Entered after the operation in the browser test' } : {};

/** Switches on "retrospective entry" and gives the reason when the dialog or planner shows it (a time that has passed). */
async function acceptRetrospectiveIfShown(page: Page, prefix: string): Promise<void> {
  const toggle = page.getByTestId(`${prefix}-retrospective`);
  if ((await toggle.count()) === 0) return;
  if (!(await toggle.isChecked())) await toggle.check({ force: true });
  await page.getByTestId(`${prefix}-retrospective-reason`).fill('Entered after the operation in the browser test');
}

function ok<T>(body: { data?: T | null; errors?: { message: string }[] }): T {
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

describe('a surgical mission in a real browser: plan, checklist, operation record', () => {
  let app: BrowserApp;
  let db: TestDatabase;
  let api: HttpApp;
  let surgeon: GraphQLClient;
  let page: Page;
  let missionId = '';
  let theatreId = '';
  let blockerId = '';
  const patients: { id: string; name: string }[] = [];
  const surgeonName = 'browser.surgeon';
  const today = hospitalDate(new Date());
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({
      errors: consoleErrors,
      seed: async (db) => {
        for (const [familyName, givenName] of [
          ['Chea', 'Sophal'],
          ['Keo', 'Malis'],
        ] as const) {
          const { patient, referral } = await waitlistedPatient(db.orm, realClock, { familyName, givenName });
          patients.push({ id: patient.id, name: `${familyName.toUpperCase()} ${givenName}` });
          Object.assign(patients[patients.length - 1], { referralId: toGlobalId('Referral', referral.id) });
        }
      },
    });
    ({ db, api } = app);
    surgeon = await api.userWithRoles([Role.SURGEON], surgeonName);

    const { theatres } = ok(await surgeon.gql<{ theatres: { id: string; name: string }[] }>('{ theatres { id name } }'));
    theatreId = theatres.find((t) => t.name === 'OT 1')!.id;
    const { createMission } = ok(
      await surgeon.gql<{ createMission: { id: string } }>(
        `mutation($input: CreateMissionInput!) { createMission(input: $input) { id } }`,
        {
          input: {
            name: 'Kyoto general surgery team',
            institution: 'Kyoto University Hospital',
            startDate: today,
            endDate: addDays(today, 1),
            dailyCapacityMinutes: 300,
            specialties: ['GENERAL_SURGERY'],
            theatreIds: [theatreId],
          },
        },
      ),
    );
    missionId = createMission.id;
    for (const p of patients as ({ referralId: string } & (typeof patients)[number])[]) {
      ok(
        await surgeon.gql(`mutation($input: AssignReferralToMissionInput!) { assignReferralToMission(input: $input) { id } }`, {
          input: { missionId, referralId: p.referralId, procedure: 'Open inguinal hernia repair (Lichtenstein)', expectedDurationMinutes: 90 },
        }),
      );
    }

    page = await app.newPage();
  });

  afterAll(() => app?.close());

  it('signs in and opens the mission from the missions list', async () => {
    await page.goto(`${api.url}/missions`);
    await page.waitForURL('**/login?next=%2Fmissions');
    await page.getByTestId('login-username').fill(surgeonName);
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/missions');
    const row = page.getByTestId('mission-row').filter({ hasText: 'Kyoto general surgery team' });
    await row.waitFor();
    await row.getByRole('link').click();
    await page.getByTestId('mission-name').waitFor();
    const waitlist = page.getByTestId('waitlist-row');
    await expect.poll(() => waitlist.count()).toBe(2);
    const text = await page.getByTestId('mission-waitlist').innerText();
    for (const p of patients) expect(text).toContain(p.name);
  });

  it('proposes a schedule within capacity, names a clash on confirm and books nothing', async () => {
    await page.getByTestId('propose-schedule').click();
    const slots = page.getByTestId('proposal-slot');
    await expect.poll(() => slots.count()).toBe(2);
    // Both 90-minute cases fit the first day's 300 minutes, one after the other.
    const firstDay = page.locator(`[data-testid="proposal-day"][data-day="${today}"]`);
    expect(await firstDay.getByTestId('capacity-text').innerText()).toContain('180 of 300 min used');

    // Editing: a longer second case still fits; the capacity bar follows.
    await slots.nth(1).getByTestId('slot-duration').fill('120');
    await expect.poll(() => firstDay.getByTestId('capacity-text').innerText()).toContain('210 of 300 min used');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/mission-planner.png`, fullPage: true });

    // Meanwhile someone books OT 1 for the first half hour of the day.
    const blocker = await waitlistedPatient(db.orm, realClock, { familyName: 'Emergency', givenName: 'Case' });
    const { scheduleSurgery } = ok(
      await surgeon.gql<{ scheduleSurgery: { id: string; version: number } }>(
        `mutation($input: ScheduleSurgeryInput!) { scheduleSurgery(input: $input) { id version } }`,
        {
          input: {
            patientId: toGlobalId('Patient', blocker.patient.id),
            procedure: 'Incision and drainage of abscess',
            specialty: 'GENERAL_SURGERY',
            theatreId,
            scheduledStart: new Date(`${today}T08:00:00+07:00`).toISOString(),
            expectedDurationMinutes: 30,
            ...retrospectiveIfPast(new Date(`${today}T08:00:00+07:00`).toISOString()),
          },
        },
      ),
    );
    blockerId = scheduleSurgery.id;

    await acceptRetrospectiveIfShown(page, 'mission');
    await page.getByTestId('confirm-schedule').click();
    const clash = page.getByTestId('confirm-error');
    await clash.waitFor();
    expect(await clash.getAttribute('data-reason')).toBe('THEATRE_DOUBLE_BOOKED');
    expect(await clash.innerText()).toContain('OT 1 is already booked');
    // Nothing was booked: the mission has no operations, the proposal is still there to edit.
    const { mission } = ok(await surgeon.gql<{ mission: { surgeries: unknown[] } }>('query($id: ID!) { mission(id: $id) { surgeries { id } } }', { id: missionId }));
    expect(mission.surgeries).toEqual([]);
    expect(await slots.count()).toBe(2);
  });

  it('confirms the schedule once the clash is gone', async () => {
    ok(
      await surgeon.gql(`mutation($input: CancelSurgeryInput!) { cancelSurgery(input: $input) { id } }`, {
        input: { surgeryId: blockerId, category: 'HOSPITAL', reason: 'Moved to the afternoon list' },
      }),
    );
    await acceptRetrospectiveIfShown(page, 'mission');
    await page.getByTestId('confirm-schedule').click();
    await page.getByTestId('schedule-confirmed').waitFor();
    expect(await page.getByTestId('schedule-confirmed').innerText()).toContain('2 operations booked');
    await expect.poll(() => page.getByTestId('booked-case').count()).toBe(2);
    expect(await page.getByTestId('waitlist-empty').count()).toBe(1);
  });

  it('walks the first case through Sign In, Time Out and Sign Out from the theatre board', async () => {
    await page.goto(`${api.url}/theatre?date=${today}`);
    const card = page.getByTestId('board-case').filter({ hasText: patients[0].name });
    await card.waitFor();
    expect(await card.getByTestId('phase-SIGN_IN').getAttribute('data-done')).toBe('false');
    await card.getByTestId('open-checklist').click();
    await page.waitForURL('**/checklist');

    for (const phase of ['SIGN_IN', 'TIME_OUT', 'SIGN_OUT'] as const) {
      const panel = page.locator(`[data-testid="checklist-phase"][data-phase="${phase}"][data-state="CURRENT"]`);
      await panel.waitFor();
      // Later phases are locked.
      if (phase !== 'SIGN_OUT') expect(await page.getByTestId('step-SIGN_OUT').getAttribute('data-state')).toBe('LOCKED');
      const submit = page.getByTestId('checklist-submit');
      const items = panel.getByTestId('checklist-item');
      const count = await items.count();
      expect(count).toBeGreaterThan(2);
      for (let i = 0; i < count; i++) {
        // Not submittable until every item is answered.
        expect(await submit.isDisabled()).toBe(true);
        const item = items.nth(i);
        const yes = item.getByTestId('answer-YES');
        await ((await yes.count()) > 0 ? yes : item.getByRole('button').first()).click();
      }
      expect(await submit.isDisabled()).toBe(false);
      if (phase === 'TIME_OUT') {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${ARTIFACTS}/checklist-time-out.png`, fullPage: false });
      }
      // An operation takes a while between the Time Out and the Sign Out.
      if (phase === 'SIGN_OUT') await page.waitForTimeout(2000);
      await submit.click();
      await expect.poll(() => page.getByTestId(`step-${phase}`).getAttribute('data-state')).toBe('DONE');
    }
    await page.getByTestId('checklist-complete').waitFor();
    expect(await page.getByTestId('step-SIGN_OUT').innerText()).toContain('Test SURGEON');
  });

  it('writes the operation record and shows the performed operation on the timeline', async () => {
    await page.getByTestId('go-record').click();
    await page.waitForURL('**/record');
    await page.getByTestId('record-blood-loss').fill('50');
    await page.getByTestId('record-note').fill('Mesh repair, no complications.');
    await page.getByTestId('record-specimens').fill('Hernia sac');
    await page.getByTestId('record-submit').click();
    await page.waitForURL(`**/patients/${toGlobalId('Patient', patients[0].id)}`);
    const performed = page.locator('[data-testid="journey-event"][data-kind="SURGERY_PERFORMED"]');
    await performed.first().waitFor();
    expect(await performed.first().innerText()).toContain('hernia');
    expect(consoleErrors).toEqual([]);
  });

  it('reschedules a booked case from the board, naming a theatre clash first, and cancels another after a confirmation', async () => {
    const blocker = await waitlistedPatient(db.orm, realClock, { familyName: 'Late', givenName: 'Booking' });
    ok(
      await surgeon.gql(`mutation($input: ScheduleSurgeryInput!) { scheduleSurgery(input: $input) { id } }`, {
        input: {
          patientId: toGlobalId('Patient', blocker.patient.id),
          procedure: 'Excision of lipoma',
          specialty: 'GENERAL_SURGERY',
          theatreId,
          scheduledStart: new Date(`${today}T14:00:00+07:00`).toISOString(),
          expectedDurationMinutes: 30,
          ...retrospectiveIfPast(new Date(`${today}T14:00:00+07:00`).toISOString()),
        },
      }),
    );
    await page.goto(`${api.url}/theatre?date=${today}`);
    const second = page.getByTestId('board-case').filter({ hasText: patients[1].name });
    await second.waitFor();
    await second.getByTestId('open-reschedule').click();
    await page.getByTestId('reschedule-start').fill(`${today}T14:00`);
    await acceptRetrospectiveIfShown(page, 'reschedule');
    await page.getByTestId('reschedule-submit').click();
    const clash = page.getByTestId('reschedule-error');
    await clash.waitFor();
    expect(await clash.getAttribute('data-reason')).toBe('THEATRE_DOUBLE_BOOKED');
    expect(await clash.innerText()).toContain('OT 1 is already booked from');

    await page.getByTestId('reschedule-start').fill(`${today}T15:00`);
    await acceptRetrospectiveIfShown(page, 'reschedule');
    await page.getByTestId('reschedule-submit').click();
    await expect.poll(() => page.getByTestId('reschedule').count()).toBe(0);
    await expect.poll(() => second.innerText()).toContain('15:00–');

    const late = page.getByTestId('board-case').filter({ hasText: 'Excision of lipoma' });
    await late.getByTestId('open-cancel').click();
    await page.getByTestId('cancel-category').selectOption('NO_SHOW');
    await page.getByTestId('cancel-reason').fill('The family did not come');
    await page.getByTestId('cancel-surgery-submit').click();
    // A first press asks for confirmation and cancels nothing.
    await page.getByTestId('cancel-confirm').waitFor();
    expect(await late.count()).toBe(1);
    await page.getByTestId('cancel-surgery-submit').click();
    await expect.poll(() => late.count()).toBe(0);
  });

  it('records a complication of the completed case; grade V asks to confirm the death', async () => {
    const done = page.getByTestId('board-case').filter({ hasText: patients[0].name });
    expect(await done.getAttribute('data-status')).toBe('COMPLETED');
    expect(await done.getByTestId('open-cancel').count()).toBe(0);
    await done.getByTestId('open-complication').click();
    await page.getByTestId('complication-grade').selectOption('V');
    await page.getByTestId('complication-death').waitFor();
    await page.getByTestId('complication-description').fill('Wound infection treated with antibiotics');
    await page.getByTestId('complication-submit').click();
    expect(await page.getByTestId('complication').innerText()).toContain('Confirm the death to record grade V');
    await page.getByTestId('complication-grade').selectOption('II');
    await page.getByTestId('complication-ssi').check();
    await page.getByTestId('complication-submit').click();
    await expect.poll(() => page.getByTestId('complication').count()).toBe(0);
    const { node } = ok(
      await surgeon.gql<{ node: { complications: { gradeLabel: string; surgicalSiteInfection: boolean }[] } }>(
        `query($id: ID!) { node(id: $id) { ... on Surgery { complications { gradeLabel surgicalSiteInfection } } } }`,
        { id: await surgeryIdOf(patients[0].id) },
      ),
    );
    expect(node.complications).toEqual([{ gradeLabel: 'II', surgicalSiteInfection: true }]);
    expect(consoleErrors).toEqual([]);
  });

  async function surgeryIdOf(patientId: string): Promise<string> {
    const { theatreSchedule } = ok(
      await surgeon.gql<{ theatreSchedule: { id: string; status: string; patient: { id: string } }[] }>(
        `query($date: LocalDate!) { theatreSchedule(date: $date) { id status patient { id } } }`,
        { date: today },
      ),
    );
    return theatreSchedule.find((s) => s.patient.id === toGlobalId('Patient', patientId) && s.status === 'COMPLETED')!.id;
  }
});
