import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launch, SERVER_NODE_FLAGS, supportedNodeFlags } from './launch.js';

/**
 * `pnpm start` runs the server through dist/launch.js: the server in a Node process of its own,
 * with the flags this Node has. A stand-in script takes the server's place here.
 */
const dir = mkdtempSync(join(tmpdir(), 'pj-launch-'));
const standIn = join(dir, 'stand-in.mjs');
writeFileSync(
  standIn,
  // Ready for SIGTERM before it prints the line that makes the test send it.
  `const [mode] = process.argv.slice(2);
   if (mode === 'wait') {
     process.on('SIGTERM', () => { console.log('stopping'); setTimeout(() => process.exit(0), 50); });
     setInterval(() => {}, 1000);
   }
   console.log(JSON.stringify({ execArgv: process.execArgv, args: process.argv.slice(2) }));
   if (mode === 'exit') process.exit(3);
   if (mode === 'kill') process.kill(process.pid, 'SIGKILL');`,
);

describe('the launcher', () => {
  it('passes only the flags this Node accepts', () => {
    expect(supportedNodeFlags(['--enable-source-maps', '--no-such-node-flag'])).toEqual(['--enable-source-maps']);
    for (const flag of supportedNodeFlags()) {
      expect(SERVER_NODE_FLAGS).toContain(flag);
      expect(process.allowedNodeEnvironmentFlags.has(flag)).toBe(true);
    }
    expect(supportedNodeFlags()).toContain('--enable-source-maps');
  });

  it('ends as the server ends: its exit code, or 128 + the signal that killed it', async () => {
    expect(await launch(standIn, ['--enable-source-maps'], ['exit'])).toBe(3);
    expect(await launch(standIn, [], ['kill'])).toBe(128 + 9);
  });

  it('runs the server with the flags and arguments, and passes SIGTERM on so it stops in order', async () => {
    const dist = new URL('../dist/launch.js', import.meta.url);
    const launcher = spawn(
      process.execPath,
      ['--input-type=module', '-e', `import { launch } from ${JSON.stringify(dist.href)}; process.exitCode = await launch(${JSON.stringify(standIn)}, ['--enable-source-maps'], ['wait']);`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let signalled = false;
    launcher.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // Once the server runs (it has printed its flags), the operator stops it.
      if (!signalled && out.includes('"args"')) {
        signalled = true;
        launcher.kill('SIGTERM');
      }
    });
    const code = await new Promise<number | null>((resolve) => launcher.on('exit', (c) => resolve(c)));
    const [first, second] = out.trim().split('\n');
    expect(JSON.parse(first)).toEqual({ execArgv: ['--enable-source-maps'], args: ['wait'] });
    // The server heard the signal and stopped itself; the launcher ended with its code.
    expect(second).toBe('stopping');
    expect(code).toBe(0);
  });
});
