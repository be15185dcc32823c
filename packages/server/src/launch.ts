import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The Node flags the server runs with, each where the running Node has it:
 *
 * - `--enable-source-maps`: stack traces in the server's log point at the TypeScript source.
 * - `--experimental-async-context-frame` (Node 22; the default from Node 24, which no longer
 *   lists the flag): AsyncLocalStorage (MikroORM's transaction context, a mutation's audit scope)
 *   kept by V8 with each continuation, instead of by a promise hook that runs for every promise
 *   the process makes once any store was entered (the hook's functions were among the busiest
 *   in the CPU profile, and are gone with the flag). Side by side in `pnpm bench large` (Node 22,
 *   10 connections): 4–9 % more requests a second, 6–11 % less CPU per request, which is within
 *   what that benchmark can tell apart on a shared machine (README, "Benchmark").
 */
export const SERVER_NODE_FLAGS = ['--enable-source-maps', '--experimental-async-context-frame'] as const;

/** The flags of `wanted` that this Node accepts. */
export function supportedNodeFlags(wanted: readonly string[] = SERVER_NODE_FLAGS): string[] {
  return wanted.filter((flag) => process.allowedNodeEnvironmentFlags.has(flag));
}

/**
 * Runs `script` in a Node process of its own with `flags`, as this process's stand-in: the
 * same arguments, environment and terminal; SIGINT and SIGTERM passed on (the server then
 * stops its embedded PostgreSQL itself); and resolves with the exit code this process should
 * end with (128 + the signal's number if the child was killed by one).
 */
export function launch(script: string, flags: readonly string[], args: readonly string[] = []): Promise<number> {
  const child = spawn(process.execPath, [...flags, script, ...args], { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => [signal, forward(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const [name, handler] of handlers) process.off(name, handler);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

// `pnpm start`: the server (main.js) with the flags this Node has.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const main = fileURLToPath(new URL('./main.js', import.meta.url));
  process.exitCode = await launch(main, supportedNodeFlags(), process.argv.slice(2));
}
