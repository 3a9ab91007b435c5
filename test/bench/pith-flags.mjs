// Benchmarks run pith under the V8 flags of the pith command (bin/v8-flags.js), the runtime its
// users get. They are given on the command line: set from inside a process once a regex has
// run, --no-regexp-tier-up can crash V8 20's regex engine (seen with Readability.js).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** The command's V8 flags, as command-line arguments. */
export const PITH_FLAGS = createRequire(import.meta.url)('../../bin/v8-flags.js').V8_FLAGS.split(' ');

/** Runs this script again under the command's V8 flags, unless it runs under them already; then exits with its status. */
export function underPithFlags(script) {
  if (PITH_FLAGS.every((flag) => process.execArgv.includes(flag))) return;
  const run = spawnSync(process.execPath, [...process.execArgv, ...PITH_FLAGS, script, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
