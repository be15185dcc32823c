import { Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, describeViolations, FAILING_IMPACTS } from '../support/accessibility.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';

/**
 * The handover dashboard and a mission's teaching plan on the demo hospital (seeded on 24 November
 * 2026; its figures are in packages/server/src/training/handover-demo.int.test.ts and the README).
 * The coming Tokyo mission's first two days are booked (demo-coming-mission.ts): one case of each
 * of six procedures. Dr Sreyleak Mao, a resident who has met the hernia rule, should scrub on the
 * hernia repair; Dr Vannak Chea, learning laparoscopy, on the cholecystectomy.
 */
const SEEDED_AT = new Date('2026-11-24T05:00:00Z');

describe('the handover dashboard and who should scrub with a visiting team, in a real browser', () => {
  let app: BrowserApp;
  let missionId = '';
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({ errors, demoHospitalAt: SEEDED_AT });
    const [mission] = await app.db.orm.em.fork().execute<{ id: string }[]>(`select id from mission where start_date > '2026-11-24'`);
    missionId = mission.id;
    await app.api.userWithRoles([Role.DIRECTOR], 'browser.director');
    // The visiting surgeon's account (a surgeon's role, like the demo's `visiting` account).
    await app.api.userWithRoles([Role.SURGEON], 'browser.visiting');
  }, 600_000);

  afterAll(() => app?.close());

  const signIn = async (username: string) => {
    const page = await app.signIn(username);
    page.setDefaultTimeout(20_000);
    return page;
  };
  const expectAccessible = async (page: Page) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const failing = (await auditPage(page)).filter((v) => (FAILING_IMPACTS as readonly string[]).includes(v.impact ?? ''));
    expect(failing, describeViolations(failing)).toEqual([]);
  };

  it('as the director: the gaps, the projection to 2030 as a table beside the chart, the groups per specialty', async () => {
    const page = await signIn('browser.director');
    await page.getByTestId('nav-handover').click();
    await page.waitForURL('**/training/handover**');
    await page.goto(`${app.api.url}/training/handover?from=2021-01-01&to=2026-10-31`);
    await page
      .getByTestId('handover-months-table')
      .waitFor()
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\npage errors: ${errors.join('\n')}\n${await page.locator('main').innerText()}`);
      });

    // The gaps, most operations in the period first.
    const gaps = await page.getByTestId('handover-gap').allTextContents();
    expect(gaps).toHaveLength(15);
    expect(gaps[0]).toContain('Scrotal and penile surgery');
    expect(gaps[0]).toContain('75 operations');
    // The chart, and its figures as tables: a row per month, and the year ends to December 2030.
    await page.getByTestId('handover-chart').waitFor();
    expect(await page.getByTestId('handover-months-table').locator('tbody tr').count()).toBe(70);
    const projection = await page.getByTestId('handover-projection-row').allTextContents();
    expect(projection.map((row) => row.replace(/\s+/g, ' '))).toEqual(['Dec 202785%54%100%', 'Dec 2028100%68%100%', 'Dec 2029100%83%100%', 'Dec 2030100%97%100%']);
    await expect.poll(() => page.getByTestId('handover-milestone').allTextContents()).toEqual(['The line reaches 50 % in: Sept 2025', 'The line reaches 80 % in: Sept 2027']);

    // One specialty, chosen in the address.
    await page.getByTestId('handover-specialty').selectOption('GENERAL_SURGERY');
    await page.waitForURL((url) => url.searchParams.get('specialty') === 'GENERAL_SURGERY');
    const hernia = page.getByTestId('handover-group').filter({ hasText: 'Hernia repair' });
    await expect.poll(() => hernia.textContent()).toContain('Dr Vannak Chea');
    expect(await hernia.textContent()).toContain('Dr Kenji Tanaka (visiting)');
    expect(await hernia.textContent()).toContain('Dr Sreyleak Mao (0 cases left)');
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });

  it('as the visiting surgeon: the coming mission lists which local trainee should scrub on which booked case', async () => {
    const page = await signIn('browser.visiting');
    await page.goto(`${app.api.url}/missions/${Buffer.from(`Mission:${missionId}`).toString('base64url')}`);
    await page.getByTestId('mission-name').waitFor();
    const rows = page.getByTestId('teaching-plan-case');
    await rows.first().waitFor();
    const text = (await rows.allTextContents()).map((row) => row.replace(/\s+/g, ' '));
    // The six booked cases in the order of their start.
    const procedures = ['Ovarian cystectomy', 'Caesarean section', 'Total abdominal hysterectomy', 'Laparoscopic cholecystectomy', 'Open inguinal hernia repair (Lichtenstein)', 'Laparotomy, resection of mesenteric tumour'];
    expect(text.map((row) => procedures.find((p) => row.includes(p)))).toEqual(procedures);
    const hernia = text.find((row) => row.includes('Open inguinal hernia repair (Lichtenstein)'));
    expect(hernia).toContain('Hernia repair');
    expect(hernia).toContain('Dr Sreyleak Mao (0 cases left)');
    const chole = text.find((row) => row.includes('Laparoscopic cholecystectomy'));
    expect(chole).toContain('Dr Vannak Chea (13 cases left)');
    // A group nobody local is learning yet says so.
    expect(text.find((row) => row.includes('Caesarean section'))).toContain('No local trainee in this group');
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
});
