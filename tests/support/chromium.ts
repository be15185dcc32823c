import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Debian's Chromium, driven by playwright-core (which gives it a fresh profile each launch). A missing browser fails the run (run
 * `node scripts/ensure-chromium.mjs`): browser tests never skip silently.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = CANDIDATES.find((path): path is string => !!path && existsSync(path));
  if (!executablePath) {
    throw new Error('No Chromium found. Run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.');
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh browser context (no session) that has signed in through the sign-in page, starting at
 * `path` on `baseUrl`. Console and page errors are collected in `errors`, except those `ignore`
 * accepts (e.g. a refusal the test provokes on purpose).
 */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  user: { username: string; password: string; path: string },
  errors: string[],
  ignore: (text: string) => boolean = () => false,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && !ignore(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}${user.path}`);
  await page.waitForURL('**/login**');
  await page.getByTestId('login-username').fill(user.username);
  await page.getByTestId('login-password').fill(user.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
  return page;
}
