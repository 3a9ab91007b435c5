/**
 * Batch mode of the root command: the CLI side of src/batch/ (sources -> runBatch -> sink).
 * It engages only when something asks for it (a batch option, a directory, a glob, a WARC or
 * JSONL dump: see batch-options.ts), so every single-file and few-files run keeps its exact
 * old behaviour, and loads none of this.
 */
import { createWriteStream, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Writable } from 'node:stream';
import { streamSink, type LineSink } from '../batch/run/ordered-writer.js';
import { runBatch } from '../batch/run/run.js';
import { ENOUGH_AHEAD, growthPolicy, type RunSoFar } from '../batch/run/growth.js';
import { usableCores } from '../batch/run/cores.js';
import { inputsRoot } from '../batch/run/output-dir.js';
import { progressMeter, type ProgressMeter } from '../batch/run/progress.js';
import { EXIT_BATCH_INCOMPLETE, EXIT_BATCH_INTERRUPTED, EXIT_BATCH_OK, EXIT_BATCH_TERMINATED, exitCodeForBatch, formatSummary, type BatchCounts } from '../batch/run/summary.js';
import { createFileFilter, filterIsCustom, listReadOnce, pageSources, readListAhead, takeCensus } from '../batch/sources/index.js';
import type { ByteSource } from '../batch/sources/streams.js';
import type { RecordRender } from '../batch/run/types.js';
import type { InputType, PageType } from '../types.js';
import type { UserRules } from '../rules/user/types.js';
import { EXIT_ERROR } from './exit-code.js';
import type { CliIO, Reporter, StopSignal } from './program.js';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';
import { DEFAULT_PAGE_MEMORY_MB, DEFAULT_PAGE_TIMEOUT_S, type BatchCliOptions } from './batch-options.js';

interface RunOptions extends BatchCliOptions {
  inputType: InputType | 'auto';
  pageType?: PageType;
  only?: PageType[];
  now: string;
  userRules?: UserRules;
  rulesPath?: string;
  /** --format markdown|text (with --output-dir) and --blocks. */
  render?: RecordRender;
  /** --format was given (not the terminal's default): an errors file follows it too. */
  formatGiven?: boolean;
}

export async function runBatchCommand(io: CliIO, report: Reporter, inputs: string[], opts: RunOptions): Promise<number> {
  if (opts.skipExisting && !opts.outputDir) {
    report.error('--skip-existing needs --output-dir');
    return EXIT_ERROR;
  }
  let errorFile: Writable | undefined;
  if (opts.errors !== undefined) {
    try {
      errorFile = await openForWriting(opts.errors);
    } catch (err) {
      report.error(`${opts.errors}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      return EXIT_ERROR;
    }
  }
  const controller = new AbortController();
  // SIGINT or SIGTERM: stop taking inputs, finish those in flight, then print the summary.
  let stoppedBy: StopSignal | null = null;
  const progress = !opts.quiet && io.stderrIsTTY ? progressMeter(io.stderr, () => performance.now(), { columns: io.stderrColumns }) : null;
  const release = io.onInterrupt?.((signal, final) => {
    if (final) {
      // Exiting at once: end the progress line so the shell's prompt starts on a clean one.
      progress?.clear();
      io.stderr('pith: interrupted again: stopped at once, pages in flight not written\n');
      return;
    }
    stoppedBy = signal;
    controller.abort();
  });
  const filter = createFileFilter({ include: opts.include, exclude: opts.exclude });
  const stdin = io.stdin as unknown as ByteSource;
  // A list on stdin (or a FIFO) is read once, ahead of the run, by one reader that the run and
  // the census share: so its size is known as a tree's is (list-ahead.ts).
  const list = opts.fromList !== undefined && (await listReadOnce(opts.fromList)) ? readListAhead(opts.fromList, stdin, ENOUGH_AHEAD.pages) : undefined;
  const census = new AbortController();
  const jobs = opts.jobs ?? usableCores();
  // What the run knows of itself: the progress line shows it, the pool asks it whether more workers pay.
  const soFar: RunSoFar = { census: null, pagesDone: 0, bytesRead: 0 };
  let counting = false;
  const countAhead = () => {
    if (counting) return;
    counting = true;
    // Counted in the background; the line shows a total and an ETA once it is known. Without
    // a line to feed, only until the run is known to be long.
    takeCensus(inputs, { fromList: opts.fromList, list, shard: opts.shard, jsonlField: opts.jsonlField, filter, signal: census.signal, enough: progress ? undefined : ENOUGH_AHEAD })
      .then((found) => {
        soFar.census = found;
        if (found) progress?.setCensus(found);
      })
      .catch(() => undefined);
  };
  if (progress) countAhead();
  // The pool first asks once the run has lasted GROW_AFTER_MS: a shorter run counts nothing.
  const worthMoreWorkers = jobs > 1 ? growthPolicy(() => (countAhead(), soFar), () => performance.now(), usableCores()) : undefined;
  let warcSkipped = 0;
  let specialFiles = 0;
  let filteredFiles = 0;
  let warcWarnings = 0;
  let counts: BatchCounts;
  try {
    const sources = pageSources(inputs, {
      fromList: opts.fromList,
      listed: list?.entries(),
      shard: opts.shard,
      stdin,
      maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      jsonlField: opts.jsonlField,
      onSkip: () => void warcSkipped++,
      onSpecialFile: () => void specialFiles++,
      filter,
      onFilteredFile: () => void filteredFiles++,
      onWarning: () => void warcWarnings++,
      onBytes: (n) => {
        soFar.bytesRead += n;
        progress?.addBytes(n);
      },
    });
    counts = await runBatch(sources, {
      jobs,
      pageTimeoutMs: Math.round((opts.timeout ?? DEFAULT_PAGE_TIMEOUT_S) * 1000),
      pageMemoryMb: opts.maxMemory ?? DEFAULT_PAGE_MEMORY_MB,
      unordered: opts.unordered,
      now: opts.now,
      inputType: opts.inputType,
      pageType: opts.pageType,
      only: opts.only,
      maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      sink: stdoutSink(io, progress),
      errorSink: errorFile ? streamSink(errorFile) : undefined,
      errorFormat: opts.render?.format === 'json' && opts.formatGiven ? 'json' : 'jsonl',
      outputDir: opts.outputDir,
      outputBase: opts.outputDir ? (inputsRoot(inputs, { fromList: opts.fromList, isDirectory }) ?? undefined) : undefined,
      skipExisting: opts.skipExisting,
      signal: controller.signal,
      onProgress: (counts) => {
        soFar.pagesDone = counts.written + counts.skipped;
        progress?.update(counts);
      },
      worthMoreWorkers,
      userRules: opts.userRules,
      rulesPath: opts.rulesPath,
      render: opts.render,
    });
  } catch (err) {
    // A write that failed for good (disk full, --output-dir not writable): records may be lost.
    progress?.clear();
    report.error(`cannot write output: ${(err as Error).message}`);
    return EXIT_ERROR;
  } finally {
    census.abort();
    release?.();
    if (errorFile) await closeStream(errorFile);
  }
  progress?.clear();
  // A reader that closed the pipe (`| head`) chose to stop: say nothing, as single-file mode.
  if (!opts.quiet && counts.stoppedBy !== 'broken-pipe') {
    const nonPages = warcSkipped > 0 ? `; ${warcSkipped} WARC ${warcSkipped === 1 ? 'record' : 'records'} not pages` : '';
    const special = specialFiles > 0 ? `; ${specialFiles} special ${specialFiles === 1 ? 'file' : 'files'} (FIFO, socket, device) passed over` : '';
    const malformed = warcWarnings > 0 ? `; ${warcWarnings} malformed WARC ${warcWarnings === 1 ? 'record' : 'records'} (length off, resynchronised on the next record)` : '';
    const filtered = filteredFiles > 0 ? `; ${filteredOut(filteredFiles, filterIsCustom(opts))}` : '';
    const resume = counts.stoppedBy === 'abort' && opts.outputDir ? `; to resume, run the same command${opts.skipExisting ? '' : ' with --skip-existing'}` : '';
    io.stderr(`pith: ${formatSummary(counts)}${filtered}${nonPages}${special}${malformed}${resume}\n`);
  }
  // A damaged dump fails the run even when every record was recovered: the dump needs a look.
  const damaged = counts.stoppedBy === null && warcWarnings > 0;
  const code = exitCodeForBatch(counts) === EXIT_BATCH_OK && damaged ? EXIT_BATCH_INCOMPLETE : exitCodeForBatch(counts);
  // The shell's 128 + n for the signal that stopped the run: 130 for SIGINT, 143 for SIGTERM.
  return code === EXIT_BATCH_INTERRUPTED && stoppedBy === 'SIGTERM' ? EXIT_BATCH_TERMINATED : code;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The files a walk passed over, and how to take them when the default left them out. */
function filteredOut(n: number, custom: boolean): string {
  const files = `${n} ${n === 1 ? 'file' : 'files'}`;
  return custom ? `${files} left out by --include/--exclude` : `${files} not page files passed over (--include '*' takes them)`;
}

/**
 * The real stdout honours back-pressure and reports EPIPE; tests' string collectors just append.
 * When stdout is the terminal the progress line is on, the line is erased before each record
 * (a record printed after it began in the middle of the line); it comes back on its next redraw.
 */
function stdoutSink(io: CliIO, progress: ProgressMeter | null): LineSink {
  const stream = io.claimStdout?.();
  const sink: LineSink = stream ? streamSink(stream) : { write: async (text) => io.stdout(text) };
  if (!progress || !io.stdoutIsTTY) return sink;
  return {
    ...sink,
    write: (text) => {
      progress.suspend();
      return sink.write(text);
    },
  };
}

/** Opens FILE before any input is read, so a bad path is a usage error, not a lost record. */
function openForWriting(path: string): Promise<Writable> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path);
    stream.once('error', reject);
    stream.once('open', () => {
      stream.off('error', reject);
      resolve(stream);
    });
  });
}

function closeStream(stream: Writable): Promise<void> {
  return new Promise((resolve) => stream.end(() => resolve()));
}
