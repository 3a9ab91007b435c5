/**
 * The only module that touches the real process: wires createProgram's IO to stdout, stderr,
 * stdin and the environment, and turns the run's result into process.exitCode.
 */
import { runCli, type CliIO } from './program.js';

/** A reader that closed our stdout (`pith ... | head`) is not an error: stop quietly. */
function isBrokenPipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

process.stdout.on('error', (err) => {
  if (isBrokenPipe(err)) process.exit(0);
  process.stderr.write(`pith: cannot write output: ${err.message}\n`);
  process.exit(2);
});

const io: CliIO = {
  stdout: (s) => {
    process.stdout.write(s);
  },
  stderr: (s) => {
    process.stderr.write(s);
  },
  stdin: process.stdin,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  env: process.env,
};

try {
  process.exitCode = await runCli(io, process.argv.slice(2));
} catch (err) {
  // Anything unexpected is our bug: one line, never a stack trace, exit 2.
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`pith: internal error: ${message.split('\n')[0]}\n`);
  process.exitCode = 2;
}
