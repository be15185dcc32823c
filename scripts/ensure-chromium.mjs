#!/usr/bin/env node
// Browser tests drive a real Chromium. Browsers cannot be downloaded by test tools here, so
// this installs Debian's `chromium` package when none is present (as root, or with sudo).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const found = candidates.find((path) => path && existsSync(path));
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const run = (command) => execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
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
if (!hasApt || sudo === null) {
  console.error(
    'Browser tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.',
  );
  process.exit(1);
}
console.log('Installing Chromium from Debian packages for the browser tests…');
run(`${sudo}apt-get update -qq`);
run(`${sudo}apt-get install -y -qq chromium`);
if (!existsSync('/usr/bin/chromium')) {
  console.error('apt-get finished but /usr/bin/chromium is missing');
  process.exit(1);
}
