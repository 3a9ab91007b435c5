/**
 * The only module that touches the real process: wires createProgram's IO to stdout, stderr,
 * stdin and the environment, and turns the run's result into process.exitCode.
 */
import type { CliIO, StopSignal } from './program.js';
import { asksVersionOnly, readVersion } from './version.js';

/** A reader that closed our stdout (`pith ... | head`) is not an error: stop quietly. */
function isBrokenPipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

/** Set once batch mode owns stdout: its sink sees EPIPE, finishes and exits 0 on its own. */
let batchOwnsStdout = false;
let stdinUsed = false;

process.stdout.on('error', (err) => {
  if (isBrokenPipe(err)) {
    if (batchOwnsStdout) return;
    process.exit(0);
  }
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
  // Made on first use: a run that reads only files never sets up a stream for stdin.
  get stdin() {
    stdinUsed = true;
    return process.stdin;
  },
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  stderrColumns: () => (process.stderr.isTTY ? process.stderr.columns : undefined),
  env: process.env,
  claimStdout: () => {
    batchOwnsStdout = true;
    return process.stdout;
  },
  onInterrupt: (handler) => {
    // The first Ctrl-C (or SIGTERM) stops cleanly; a second one means "now": the shell's 128 + n.
    let seen = false;
    const on = (signal: StopSignal) => () => {
      // The handler hears the second one too, to leave the terminal tidy before the exit.
      handler(signal, seen);
      if (seen) process.exit(signal === 'SIGTERM' ? 143 : 130);
      seen = true;
    };
    const onSigint = on('SIGINT');
    const onSigterm = on('SIGTERM');
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigterm);
    return () => {
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigterm);
    };
  },
};

/** The run: top-level code, in a function because the command's bundle is CommonJS (no top-level await). */
async function main(): Promise<void> {
  try {
    const argv = process.argv.slice(2);
    // Scripts ask for the version to check an install: it needs no option parser.
    const version = asksVersionOnly(argv) ? readVersion() : null;
    if (version !== null) process.stdout.write(`${version}\n`);
    else {
      const { runCli } = await import('./program.js');
      process.exitCode = await runCli(io, argv);
    }
    // A batch run cut short (SIGINT, `| head`) may leave a read of stdin pending; the run is
    // over, so let go of it rather than wait for the writer to close the pipe.
    if (stdinUsed) process.stdin.destroy();
  } catch (err) {
    // Anything unexpected is our bug: one line, never a stack trace, exit 2.
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`pith: internal error: ${message.split('\n')[0]}\n`);
    process.exitCode = 2;
  }
}

void main();
