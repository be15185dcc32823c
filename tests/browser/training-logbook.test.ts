import { ReferralStatus, Role, StaffRole, TeamRole } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffMember } from '../../packages/server/src/surgery/mission.service.js';
import { THEATRE_KEYS } from '../../packages/server/src/surgery/staff.entity.js';
import { completeSurgery, scheduleSurgery } from '../../packages/server/src/surgery/surgery.service.js';
import { expectAccessible } from '../support/accessibility.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { operationRecord, recordFullChecklist, referralInStatus, serviceContext, sessionSlot, surgeryInput, testClock } from '../support/factories.js';

const MINUTE = 60_000;
/** A list loaded with its page or refetched after a change can take more than expect.poll's default second on a busy machine. */
const WAIT = { timeout: 15_000 };

/**
 * The training logbook on screen: a resident operated with the senior surgeon assisting; the
 * resident confirms the entry the completed operation made, the senior surgeon countersigns it,
 * and a change after countersigning goes through a correction that awaits countersignature again.
 */
describe('the training logbook in a real browser', () => {
  let app: BrowserApp;
  const errors: string[] = [];
  const clock = testClock('2026-03-02T02:00:00.000Z');
  let ids: { senior: string; resident: string };

  /** A completed operation with the given team, on the day after the clock's. */
  const operate = async (team: { staffId: string; role: TeamRole }[]) => {
    const ctx = () => serviceContext(app.db.orm, clock);
    const { patientId, referral } = await referralInStatus(app.db.orm, clock, ReferralStatus.WAITLISTED);
    const start = sessionSlot(clock(), 0, 1);
    const surgery = await scheduleSurgery(
      ctx(),
      { patientId, referralId: referral.id, episodeId: null },
      surgeryInput(patientId, start, { theatreId: THEATRE_KEYS['OT 1'], procedureCode: 'GEN-01' }),
    );
    clock.set(new Date(start.getTime() + 3 * 60 * MINUTE).toISOString());
    const startedAt = new Date(start.getTime() + 20 * MINUTE);
    const endedAt = new Date(start.getTime() + 80 * MINUTE);
    await recordFullChecklist(app.db.orm, clock, surgery.id, startedAt, endedAt);
    await completeSurgery(ctx(), surgery.id, { surgeryId: surgery.id, startedAt, endedAt, ...operationRecord() }, { team });
  };

  beforeAll(async () => {
    app = await startBrowserApp({ errors });
    const { db, api } = app;
    const ctx = () => serviceContext(db.orm, clock);
    const senior = await createStaffMember(ctx(), { name: 'Dr Vannak Chea', role: StaffRole.SURGEON, visiting: false });
    const resident = await createStaffMember(ctx(), { name: 'Dr Sopheak Lim', role: StaffRole.RESIDENT, visiting: false });
    await api.userWithRoles([Role.SURGEON], 'browser.resident');
    await api.userWithRoles([Role.SURGEON], 'browser.senior');
    const link = (username: string, staffId: string) =>
      db.orm.em.fork().getConnection().execute(`update "app_user" set "staff_member_id" = ? where "username" = ?`, [staffId, username]);
    await link('browser.resident', resident.id);
    await link('browser.senior', senior.id);

    ids = { senior: senior.id, resident: resident.id };
    await operate([{ staffId: resident.id, role: TeamRole.PRIMARY_SURGEON }, { staffId: senior.id, role: TeamRole.ASSISTANT }]);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('the trainee confirms, the supervisor countersigns, a change afterwards is a correction', async () => {
    // The trainee: the entry the completed operation made, at the level the record gives.
    const trainee = await app.signIn('browser.resident', { path: '/training/logbook' });
    await trainee.getByTestId('nav-training').waitFor();
    await trainee.getByTestId('logbook-list').waitFor();
    const row = trainee.getByTestId('logbook-row');
    await expect.poll(() => row.count(), WAIT).toBe(1);
    await expect.poll(() => row.getByTestId('logbook-status').textContent(), WAIT).toBe('To confirm');
    expect(await row.textContent()).toContain('Performed, trainer scrubbed');
    await expectAccessible(trainee, 'my logbook');
    await row.getByTestId('logbook-confirm-open').click();
    await trainee.getByTestId('logbook-confirm-note').fill('Mesh repair, first on my own hands');
    await trainee.getByTestId('logbook-confirm-submit').click();
    await expect.poll(() => row.getByTestId('logbook-status').textContent(), WAIT).toBe('Awaiting countersignature');

    // The supervisor: the entry in their queue, countersigned.
    const supervisor = await app.signIn('browser.senior', { path: '/training/countersign' });
    const queued = supervisor.getByTestId('countersign-list').getByTestId('logbook-row');
    await expect.poll(() => queued.count(), WAIT).toBe(1);
    expect(await queued.textContent()).toContain('Dr Sopheak Lim');
    await expectAccessible(supervisor, 'countersign queue');
    await queued.getByTestId('countersign-entry').click();
    await supervisor.getByTestId('countersign-done').waitFor();
    await supervisor.getByTestId('countersign-empty').waitFor();

    // The trainee again: countersigned, final; a change is a correction with its reason.
    await trainee.reload();
    await expect.poll(() => row.getByTestId('logbook-status').textContent(), WAIT).toBe('Countersigned');
    expect(await row.getByTestId('logbook-confirm-open').count()).toBe(0);
    await row.getByTestId('logbook-correct-open').click();
    await trainee.getByTestId('logbook-correct-submit').click();
    await trainee.getByText('Give the reason for the correction.').waitFor();
    await trainee.getByTestId('logbook-correct-level').selectOption('PERFORMED_TRAINER_UNSCRUBBED');
    await trainee.getByTestId('logbook-correct-reason').fill('The trainer left theatre after the incision');
    await trainee.getByTestId('logbook-correct-submit').click();
    const statuses = () => trainee.getByTestId('logbook-row').getByTestId('logbook-status').allTextContents();
    await expect.poll(async () => (await statuses()).sort(), WAIT).toEqual(['Awaiting countersignature', 'Corrected']);
    expect(await trainee.getByTestId('logbook-list').textContent()).toContain('The trainer left theatre after the incision');

    // The supervisor countersigns the correction.
    await supervisor.reload();
    await expect.poll(() => queued.count(), WAIT).toBe(1);
    await queued.getByTestId('countersign-entry').click();
    await supervisor.getByTestId('countersign-empty').waitFor();
    expect(errors).toEqual([]);
  }, 120_000);

  it('an operation with no trainer scrubbed: the trainee names the supervisor on screen to confirm it', async () => {
    // The resident operated alone: the record gives "trainer unscrubbed" and names nobody.
    await operate([{ staffId: ids.resident, role: TeamRole.PRIMARY_SURGEON }]);
    const trainee = await app.signIn('browser.resident', { path: '/training/logbook' });
    await trainee.getByTestId('logbook-filter-status').selectOption('AWAITING_CONFIRMATION');
    const unsupervised = trainee.getByTestId('logbook-row').filter({ hasText: 'Performed, trainer unscrubbed' });
    await expect.poll(() => unsupervised.count(), WAIT).toBe(1);
    const entryId = await unsupervised.getAttribute('data-entry-id');
    const row = trainee.locator(`[data-testid="logbook-row"][data-entry-id="${entryId}"]`);
    expect(await row.getByTestId('logbook-status').textContent()).toBe('To confirm');
    await row.getByTestId('logbook-confirm-open').click();

    // Without a supervisor the form says so before anything is sent.
    const picker = trainee.getByTestId('logbook-confirm-supervisor');
    expect(await picker.inputValue()).toBe('');
    await trainee.getByTestId('logbook-confirm-submit').click();
    await trainee.getByText('Choose the trainer who supervised the operation.').waitFor();
    await expectAccessible(trainee, 'logbook confirm dialog');

    // The picker offers the staff surgeons and not the trainee; chosen by keyboard.
    const options = () => picker.locator('option').allTextContents();
    await expect.poll(options, WAIT).toContain('Dr Vannak Chea');
    expect(await options()).not.toContain('Dr Sopheak Lim');
    await picker.focus();
    await picker.selectOption({ label: 'Dr Vannak Chea' });
    await trainee.getByTestId('logbook-confirm-submit').press('Enter');
    await trainee.getByTestId('logbook-confirm-form').waitFor({ state: 'detached' });

    await trainee.getByTestId('logbook-filter-status').selectOption('AWAITING_COUNTERSIGNATURE');
    await expect.poll(() => row.count(), WAIT).toBe(1);
    expect(await row.getByTestId('logbook-status').textContent()).toBe('Awaiting countersignature');
    expect(await row.textContent()).toContain('Dr Vannak Chea');
    expect(await row.textContent()).toContain('Performed, trainer unscrubbed');

    // It is in the supervisor's queue.
    const supervisor = await app.signIn('browser.senior', { path: '/training/countersign' });
    await supervisor.locator(`[data-testid="countersign-list"] [data-testid="logbook-row"][data-entry-id="${entryId}"]`).waitFor();
    expect(errors).toEqual([]);
  }, 120_000);
});
