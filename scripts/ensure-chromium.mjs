#!/usr/bin/env node
// Browser tests drive a real Chromium. Browsers cannot be downloaded by test tools here, so
// this installs Debian's `chromium` package when none is present (as root, or with sudo), and
// fonts for Khmer and Japanese (fonts-noto-core, fonts-noto-cjk) when the system has none, so
// that Khmer and Japanese pages render their text and not empty boxes.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const found = candidates.find((path) => path && existsSync(path));
const run = (command) => execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

/** The Debian font packages missing for the scripts the app is written in. */
function missingFonts() {
  const has = (lang) => {
    try {
      return execSync(`fc-list :lang=${lang} family`, { encoding: 'utf8' }).trim() !== '';
    } catch {
      return false; // no fontconfig: Chromium brings it; install the fonts
    }
  };
  return [...(has('km') ? [] : ['fonts-noto-core']), ...(has('ja') ? [] : ['fonts-noto-cjk'])];
}

const fonts = missingFonts();
if (found && fonts.length === 0) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}
const hasApt = existsSync('/usr/bin/apt-get');
const isRoot = process.getuid?.() === 0;
let sudo = '';
if (!isRoot) {
  try {
    execSync('sudo -n true', { stdio: 'ignore' });
    sudo = 'sudo -n ';
  } catch {
    sudo = null;
  }
}
if (found && (!hasApt || sudo === null)) {
  console.warn(`Chromium: ${found}; no fonts for ${fonts.join(', ')} could be installed: Khmer or Japanese text may show as boxes.`);
  process.exit(0);
}
if (!hasApt || sudo === null) {
  console.error(
    'Browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.',
  );
  process.exit(1);
}
const packages = [...(found ? [] : ['chromium']), ...fonts];
console.log(`Installing ${packages.join(', ')} from Debian packages for the browser tests…`);
run(`${sudo}apt-get update -qq`);
run(`${sudo}apt-get install -y -qq ${packages.join(' ')}`);
if (!existsSync('/usr/bin/chromium')) {
  console.error('apt-get finished but /usr/bin/chromium is missing');
  process.exit(1);
}
