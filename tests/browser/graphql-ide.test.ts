import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Role } from '@pj/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserApp, type BrowserApp } from '../support/browser-app.js';
import { TEST_PASSWORD, type HttpApp } from '../support/http-app.js';

/** An editor's text as shown: Monaco draws spaces as non-breaking ones. */
const shown = (text: string) => text.replace(/\u00a0/g, ' ');

const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

describe('the API explorer in a real browser, offline', () => {
  let app: BrowserApp;
  let api: HttpApp;
  let page: Page;
  const username = 'browser.explorer';
  const consoleErrors: string[] = [];
  /** Every request the page made that did not go to this server. */
  const offsite: string[] = [];
  const requested: string[] = [];

  beforeAll(async () => {
    app = await startBrowserApp({
      needs: 'graphiql.html',
      errors: consoleErrors,
      demoHospitalAt: new Date('2026-11-24T05:00:00Z'),
      // As in production: the schema is described only to signed-in users.
      production: true,
    });
    ({ api } = app);
    await api.userWithRoles([Role.CLINICIAN], username);
    page = await app.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('request', (request) => {
      const url = request.url();
      requested.push(url);
      if (!url.startsWith(`${api.url}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.push(url);
    });
  });

  afterAll(() => app?.close());

  it('tells a visitor who is not signed in to sign in, and links to the sign-in page', async () => {
    await page.goto(`${api.url}/graphql`);
    const who = page.getByTestId('explorer-user');
    await expect.poll(() => who.getAttribute('data-state')).toBe('anonymous');
    expect(await who.innerText()).toMatch(/not signed in/i);
    expect(await page.getByTestId('explorer-sign-in').getAttribute('href')).toBe('/login?next=%2Fgraphql');
    // No editor for a visitor: the production server would refuse to describe the schema.
    expect(await page.locator('.graphiql-container').count()).toBe(0);
  });

  it('signs in through /login?next=/graphql and lands on the explorer', async () => {
    await page.getByTestId('explorer-sign-in').click();
    await page.waitForURL('**/login?next=%2Fgraphql');
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/graphql');
    const who = page.getByTestId('explorer-user');
    await expect.poll(() => who.getAttribute('data-state'), { timeout: 15_000 }).toBe('signed-in');
    expect(await who.innerText()).toContain(`Signed in as Test CLINICIAN (${username})`);
    await page.locator('.graphiql-container').waitFor();
  });

  it('opens with a query that shows the API, and runs it with the run button', async () => {
    const queryEditor = page.locator('.graphiql-query-editor');
    await expect.poll(async () => shown(await queryEditor.innerText()), { timeout: 20_000 }).toContain('patients(first: 5)');
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(async () => shown(await response.innerText()), { timeout: 20_000 }).toContain(`"username": "${username}"`);
    const text = shown(await response.innerText());
    expect(text).toContain('"totalCount"');
    expect(text).toContain('"mrn"');
    expect(text).not.toContain('"errors"');
  });

  it('runs a typed query with Ctrl+Enter and shows the result', async () => {
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    // Monaco closes brackets as they are typed.
    await page.keyboard.type('{ me { username displayName roles');
    await page.keyboard.press('Escape');
    const typed = shown(await page.locator('.graphiql-query-editor').innerText()).replace(/\s+/g, ' ');
    expect(typed).toContain('{ me { username displayName roles');
    // GraphiQL reads the operation from the editor 100 ms after the last change (and then saves
    // it): run once it has, or it would send the edited query under the old operation name.
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).some((key) => (localStorage.getItem(key) ?? '').includes('username displayName roles'))))
      .toBe(true);
    await page.keyboard.press('Control+Enter');
    const response = page.locator('.graphiql-response');
    await expect.poll(async () => shown(await response.innerText()), { timeout: 20_000 }).toContain('"displayName": "Test CLINICIAN"');
    const text = shown(await response.innerText());
    expect(text).toContain(`"username": "${username}"`);
    expect(text).toContain('"CLINICIAN"');
    expect(text).not.toContain('"patients"');
  });

  it('has the schema documentation from this server, and loaded nothing from anywhere else', async () => {
    await page.getByRole('button', { name: /show documentation explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await expect.poll(() => docs.innerText(), { timeout: 10_000 }).toMatch(/Query/);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/graphql-ide.png`, fullPage: false });

    // Scripts, styles, fonts and Monaco's workers all came from this server.
    expect(requested.some((url) => /\/assets\/graphiql-[\w-]+\.js$/.test(url))).toBe(true);
    expect(requested.some((url) => /\/assets\/graphiql-[\w-]+\.css$/.test(url))).toBe(true);
    expect(requested.some((url) => /\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(offsite).toEqual([]);
    // No script error, and no load refused by the page's content security policy.
    expect(consoleErrors).toEqual([]);
  });

  it('opens the documentation of Patient from the schema and shows its fields and their descriptions', async () => {
    const docs = page.locator('.graphiql-doc-explorer');
    // The documentation's first page lists every type of the schema, as read by introspection in production.
    await docs.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Patient$/ }).first().click();
    await expect.poll(() => docs.locator('.graphiql-doc-explorer-title').innerText(), { timeout: 10_000 }).toBe('Patient');
    const text = await docs.innerText();
    for (const field of ['mrn', 'stage', 'journey', 'accessLog']) expect(text).toContain(field);
    expect(text).toMatch(/medical record number/i);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/graphql-ide-patient-docs.png`, fullPage: false });
    expect(consoleErrors).toEqual([]);
  });
});
