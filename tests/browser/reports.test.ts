import { readFile } from 'node:fs/promises';
import { Role } from '@pj/shared';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage, describeViolations, FAILING_IMPACTS } from '../support/accessibility.js';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { buildIndicatorHospital } from '../support/indicator-hospital.js';

/**
 * The reports page on the small hand-built hospital of the indicator tests
 * (tests/support/indicator-hospital.ts lists its cases): in March 2026, 7 operations were
 * performed (4 in general surgery, 1 each in paediatric and plastic surgery and urology); in
 * February, 1.
 */
const MARCH = '/reports?from=2026-03-01&to=2026-03-31&by=&indicator=SURGICAL_VOLUME';
const BY_SPECIALTY = '/reports?from=2026-03-01&to=2026-03-31&by=SPECIALTY&indicator=SURGICAL_VOLUME';

describe('reports page in a real browser', () => {
  let app: BrowserApp;
  const director = 'browser.director';
  const analyst = 'browser.analyst';
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({ errors, seed: (db) => buildIndicatorHospital(db.orm) });
    await app.api.userWithRoles([Role.DIRECTOR], director);
    await app.api.userWithRoles([Role.ANALYST], analyst);
  }, 240_000);

  afterAll(() => app?.close());

  const volume = (page: Page) => page.locator('[data-testid="indicator"][data-key="SURGICAL_VOLUME"]');
  const counts = (page: Page) => volume(page).getByTestId('indicator-count').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
  /** Signs in with a page whose waits fail first (with what they waited for) before the test's own time runs out. */
  const signIn = async (username: string, options: Parameters<BrowserApp['signIn']>[1] = {}) => {
    const page = await app.signIn(username, options);
    page.setDefaultTimeout(20_000);
    return page;
  };
  const open = async (page: Page, path: string) => {
    await page.goto(`${app.api.url}${path}`);
    await volume(page)
      .getByTestId('indicator-table')
      .waitFor()
      .catch((error: Error) => {
        throw new Error(`${error.message}\npage errors: ${errors.join('\n')}`);
      });
  };
  const csvOf = async (page: Page): Promise<{ name: string; text: string }> => {
    const [download] = await Promise.all([page.waitForEvent('download'), volume(page).getByTestId('indicator-csv').click()]);
    return { name: download.suggestedFilename(), text: await textOf(download) };
  };
  const textOf = async (download: Download) => readFile((await download.path()), 'utf8');
  const expectAccessible = async (page: Page) => {
    // From the top of the page, as the accessibility walk audits: opening the cases moves the focus
    // (and the scroll) to their heading, and controls scrolled under the shell's sticky header
    // count as obscured targets.
    await page.evaluate(() => window.scrollTo(0, 0));
    const failing = (await auditPage(page)).filter((v) => (FAILING_IMPACTS as readonly string[]).includes(v.impact ?? ''));
    expect(failing, describeViolations(failing)).toEqual([]);
  };

  it('as the director: the period in the address, drill-down to the cases, CSV with every figure, back and forward', async () => {
    const page = await signIn(director);
    // The navigation leads to the page.
    await page.getByTestId('nav-reports').click();
    await page.waitForURL('**/reports**');
    await page.getByTestId('indicators').waitFor();

    await open(page, MARCH);
    expect(await counts(page)).toEqual(['7']);

    // Another period: the address changes and so do the figures.
    await page.getByTestId('indicators-from').fill('2026-02-01');
    await page.getByTestId('indicators-to').fill('2026-02-28');
    await page.getByTestId('indicators-apply').click();
    await page.waitForURL((url) => url.searchParams.get('from') === '2026-02-01' && url.searchParams.get('to') === '2026-02-28');
    await expect.poll(() => counts(page)).toEqual(['1']);
    // Back: March again, from the address.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('from') === '2026-03-01');
    await expect.poll(() => counts(page)).toEqual(['7']);
    await page.goForward();
    await expect.poll(() => counts(page)).toEqual(['1']);
    await page.goBack();
    await expect.poll(() => counts(page)).toEqual(['7']);

    // The definition on demand.
    await volume(page).getByTestId('indicator-definition-toggle').click();
    expect(await volume(page).getByTestId('indicator-definition').innerText()).toContain('Operations performed in theatre.');

    // Drill-down: the figure leads to the 7 operations, each to its patient.
    await volume(page).getByTestId('indicator-drill').click();
    await page.waitForURL((url) => url.searchParams.get('cases') === 'SURGICAL_VOLUME');
    const cases = page.getByTestId('indicator-case');
    await cases.first().waitFor();
    expect(await cases.count()).toBe(7);
    const links = await page.getByTestId('indicator-case-patient').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.every((href) => /^\/patients\/[^/]+$/.test(href ?? ''))).toBe(true);
    await page.getByTestId('indicator-case-patient').first().click();
    await page.waitForURL('**/patients/**');
    await page.goBack();
    await page.getByTestId('indicator-cases').waitFor();

    // Grouped by specialty (the address holds the grouping); the CSV is the table, nothing suppressed.
    await page.getByTestId('indicators-group-by').selectOption('SPECIALTY');
    await page.waitForURL((url) => url.searchParams.get('by') === 'SPECIALTY' && !url.searchParams.has('cases'));
    await expect.poll(() => counts(page)).toEqual(['4', '1', '1', '1']);
    // A row's figure leads to that row's cases.
    await volume(page).locator('[data-testid="indicator-row"][data-groups="UROLOGY"]').getByTestId('indicator-drill').click();
    await page.waitForURL((url) => url.searchParams.get('group') === 'SPECIALTY:UROLOGY');
    await expect.poll(() => page.getByTestId('indicator-case').count()).toBe(1);

    const csv = await csvOf(page);
    expect(csv.name).toBe('indicators-2026-03-01-2026-03-31.csv');
    const lines = csv.text.trim().split(/\r\n/);
    expect(lines[0]).toBe('indicator,title,from,to,specialty,count,numerator,denominator,rate,median_days,p90_days');
    expect(lines).toContain('SURGICAL_VOLUME,Surgical volume,2026-03-01,2026-03-31,GENERAL_SURGERY,4,,,,,');
    expect(lines).toContain('SURGICAL_VOLUME,Surgical volume,2026-03-01,2026-03-31,UROLOGY,1,,,,,');
    expect(await page.getByTestId('indicator-csv-suppressed').count()).toBe(0);

    await expectAccessible(page);
    expect(errors).toEqual([]);
  }, 120_000);

  it('as an analyst: no drill-down, small numbers suppressed in the CSV, and the DHIS2 export of a month', async () => {
    const page = await signIn(analyst);
    await open(page, BY_SPECIALTY);
    expect(await counts(page)).toEqual(['4', '1', '1', '1']);
    // The figures, but no way to the records behind them.
    expect(await page.getByTestId('indicator-drill').count()).toBe(0);
    expect(await page.locator('main a[href^="/patients/"]').count()).toBe(0);
    await volume(page).getByTestId('indicator-csv-suppressed').waitFor();

    const csv = await csvOf(page);
    const lines = csv.text.trim().split(/\r\n/);
    expect(lines[0]).toBe('indicator,title,from,to,specialty,count,numerator,denominator,rate,median_days,p90_days');
    expect(lines).toContain('SURGICAL_VOLUME,Surgical volume,2026-03-01,2026-03-31,GENERAL_SURGERY,<5,,,,,');
    expect(lines).toContain('SURGICAL_VOLUME,Surgical volume,2026-03-01,2026-03-31,UROLOGY,<5,,,,,');
    expect(csv.text).not.toMatch(/,[1-4],/);

    // The DHIS2 export of March.
    await page.getByTestId('dhis2-month').fill('2026-03');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dhis2-download').click()]);
    expect(download.suggestedFilename()).toBe('dhis2-2026-03.json');
    const set = JSON.parse(await textOf(download)) as { period: string; dataValues: unknown[] };
    expect(set.period).toBe('202603');
    expect(Array.isArray(set.dataValues)).toBe(true);

    await expectAccessible(page);
    expect(errors).toEqual([]);
  }, 120_000);

  it('passes an axe-core audit in Khmer, with the chart, the table, the definition and the cases open', async () => {
    const page = await signIn(director, { language: 'km' });
    await open(page, `${BY_SPECIALTY.replace('&indicator=SURGICAL_VOLUME', '')}&cases=SURGICAL_VOLUME&group=SPECIALTY:GENERAL_SURGERY`);
    await page.getByTestId('indicator-case').first().waitFor();
    await volume(page).getByTestId('indicator-definition-toggle').click();
    await volume(page).getByTestId('indicator-chart').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('km');
    expect(await page.locator('h1').innerText()).toBe('សូចនាករ');
    // The indicator's texts in the language on screen, though the account keeps none (English).
    expect(await page.locator('#indicator-SURGICAL_VOLUME').innerText()).toBe('ចំនួនការវះកាត់');
    await expectAccessible(page);
    expect((await csvOf(page)).text.split(/\r\n/)[1]).toMatch(/^SURGICAL_VOLUME,ចំនួនការវះកាត់,2026-03-01,2026-03-31,/);
    // Another language on screen: the texts are asked for again in it.
    await page.getByTestId('language-switch').selectOption('ja');
    await page.locator('#indicator-SURGICAL_VOLUME', { hasText: '手術件数' }).waitFor();
    expect(errors).toEqual([]);
  }, 120_000);
});
