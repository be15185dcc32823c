import { randomUUID } from 'node:crypto';
import { Role } from '@pj/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';

/**
 * Entrustment in a real browser: a supervisor sees a trainee who meets a procedure group's rule
 * and records the decision on screen; the trainee sees it on their progress page and adds a
 * development activity there. The history is made here (two countersigned entries copied from a
 * paper logbook against a rule of two supervised cases), not taken from the demo hospital.
 */
describe('entrustment and development in a real browser', () => {
  let app: BrowserApp;
  const trainee = randomUUID();
  const supervisor = randomUUID();
  const supervisorUser = 'browser.supervisor';
  const traineeUser = 'browser.trainee';
  let group = { code: '', title: '' };

  beforeAll(async () => {
    app = await startBrowserApp();
    const sql = (text: string, params: unknown[] = []) => app.db.orm.em.getConnection().execute(text, params);
    await sql(`insert into "staff_member" ("id", "name", "role", "visiting") values (?, 'Dr Sokha Lim', 'SURGEON', false), (?, 'Dr Dara Chea', 'SURGEON', false)`, [trainee, supervisor]);
    const [first] = await sql(`select "code", "title" from "procedure_group" order by "code" limit 1`);
    group = { code: first.code as string, title: first.title as string };
    await sql(`update "procedure_group" set "required_supervised_cases" = 2 where "code" = ?`, [group.code]);
    for (const day of ['2025-11-03', '2025-12-08']) {
      await sql(
        `insert into "logbook_entry" ("id", "staff_member_id", "source", "performed_on", "level", "supervisor_id", "procedure_group", "procedure_text",
           "confirmed_at", "countersigned_at", "countersigned_by")
         values (?, ?, 'TRANSCRIBED', ?, 'PERFORMED_TRAINER_SCRUBBED', ?, ?, 'From the paper logbook', now(), now(), ?)`,
        [randomUUID(), trainee, day, supervisor, group.code, supervisor],
      );
    }
    await app.api.userWithRoles([Role.SURGEON], supervisorUser);
    await app.api.userWithRoles([Role.CLINICIAN], traineeUser);
    await sql(`update "app_user" set "staff_member_id" = ? where "username" = ?`, [supervisor, supervisorUser]);
    await sql(`update "app_user" set "staff_member_id" = ? where "username" = ?`, [trainee, traineeUser]);
  }, 180_000);

  afterAll(() => app?.close());

  it('lets the supervisor record an entrustment decision for a trainee who meets the rule', async () => {
    const page = await app.signIn(supervisorUser, { path: '/training/entrustment' });
    await page.getByTestId('entrustment-candidates').waitFor();
    const row = page.getByTestId('candidate-row').filter({ hasText: 'Dr Sokha Lim' });
    await row.waitFor();
    expect(await row.innerText()).toContain(group.title);
    expect(await row.innerText()).toContain('2 of 2 supervised cases');
    await row.getByTestId('candidate-decide').click();
    await page.getByTestId('decision-level').selectOption('PERFORMED_INDEPENDENTLY');
    await page.getByTestId('decision-reason').fill('Two clean repairs, safe technique and good judgement');
    await page.getByTestId('decision-submit').click();
    await expect.poll(() => page.getByTestId('candidate-row').filter({ hasText: 'Dr Sokha Lim' }).count()).toBe(0);
    await page.context().close();
  });

  it('shows the trainee the decision on their progress page, and lets them add a development activity', async () => {
    const page = await app.signIn(traineeUser, { path: '/training/progress' });
    const row = page.locator(`[data-testid="progress-row"][data-group="${group.code}"]`);
    await row.waitFor();
    // The text as written (the level's badge shows it in capitals).
    const entrusted = (await row.getByTestId('progress-entrusted').textContent()) ?? '';
    expect(entrusted).toContain('Performed independently');
    expect(entrusted).toContain('Dr Dara Chea');
    expect(entrusted).toContain('Two clean repairs, safe technique and good judgement');
    expect(await row.getByTestId('progress-supervised').innerText()).toBe('2 of 2 supervised cases');

    await page.getByTestId('development-add').click();
    await page.getByTestId('development-kind').selectOption('STUDY_ABROAD');
    await page.getByTestId('development-title').fill('Paediatric surgery fellowship');
    await page.getByTestId('development-place').fill('Vientiane, Laos');
    await page.getByTestId('development-starts').fill('2025-09-01');
    await page.getByTestId('development-ends').fill('2025-12-20');
    await page.getByTestId('development-submit').click();
    const activity = page.getByTestId('development-row').filter({ hasText: 'Paediatric surgery fellowship' });
    await activity.waitFor();
    expect(await activity.textContent()).toContain('Study abroad');
    expect(await activity.innerText()).toContain('Vientiane, Laos');
    await page.context().close();
    expect(app.errors).toEqual([]);
  });
});
