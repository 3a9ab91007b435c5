/**
 * Batch mode of the root command: the CLI side of src/batch/ (sources -> runBatch -> sink).
 * It engages only when something asks for it (a batch option, a directory, a glob, a WARC or
 * JSONL dump), so every single-file and few-files run keeps its exact old behaviour.
 */
import { createWriteStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Writable } from 'node:stream';
import { InvalidArgumentError, Option } from 'commander';
import { isDynamicPattern } from 'tinyglobby';
import { streamSink, type LineSink } from '../batch/run/ordered-writer.js';
import { runBatch } from '../batch/run/run.js';
import { progressMeter } from '../batch/run/progress.js';
import { EXIT_BATCH_INCOMPLETE, EXIT_BATCH_INTERRUPTED, EXIT_BATCH_OK, EXIT_BATCH_TERMINATED, exitCodeForBatch, formatSummary, type BatchCounts } from '../batch/run/summary.js';
import { dumpKind, pageSources, parseShard, takeCensus, type JsonlField, type Shard } from '../batch/sources/index.js';
import { readHead, type ByteSource } from '../batch/sources/streams.js';
import type { InputType, PageType } from '../types.js';
import type { UserRules } from '../rules/user/types.js';
import { EXIT_ERROR } from './exit-code.js';
import type { CliIO, Reporter, StopSignal } from './program.js';
import { DEFAULT_MAX_BYTES } from '../input/decode.js';

export interface BatchCliOptions {
  fromList?: string;
  jsonlField?: JsonlField;
  jobs?: number;
  unordered?: boolean;
  outputDir?: string;
  skipExisting?: boolean;
  errors?: string;
  maxBytes?: number;
  timeout?: number;
  maxMemory?: number;
  shard?: Shard;
  quiet?: boolean;
}

const BATCH_KEYS: readonly (keyof BatchCliOptions)[] = [
  'fromList', 'jsonlField', 'jobs', 'unordered', 'outputDir', 'skipExisting', 'errors', 'maxBytes', 'timeout', 'maxMemory', 'shard', 'quiet',
];

/** A page's time budget in batch mode: the slowest dev page takes well under a second, a 32 MB page under 10 s. */
export const DEFAULT_PAGE_TIMEOUT_S = 60;
/**
 * A worker's heap budget: the caps keep any page far under it (a 16 MB page peaks under 500 MB
 * RSS). Not lower: V8 collects more eagerly under a lower limit, and 1024 cost about a tenth
 * more CPU on 905 corpus pages (--jobs 2, alternated runs); 2048 measured as no limit.
 */
export const DEFAULT_PAGE_MEMORY_MB = 2048;

/** The batch options, without commander defaults: "given at all" is what turns batch mode on. */
export function batchOptions(): Option[] {
  return [
    new Option('--from-list <file>', 'also read the paths listed in FILE, one a line (- for stdin)'),
    new Option('--jsonl-field <field>', 'JSONL dumps: the field holding the page').choices(['html', 'text', 'auto']),
    new Option('--jobs <n>', 'worker threads (default: number of cores)').argParser(positiveInt),
    new Option('--unordered', 'write records as they finish, not in input order'),
    new Option('--output-dir <dir>', 'write one .json per input under DIR, mirroring the inputs'),
    new Option('--skip-existing', 'with --output-dir: skip inputs whose file exists (resume)'),
    new Option('--errors <file>', 'write error records to FILE instead of stdout'),
    new Option('--max-bytes <n>', 'per-page limit, bytes or with a K/M/G suffix (default: 32M)').argParser(byteSize),
    new Option('--timeout <seconds>', `per-page time budget; a page past it is a timeout record (default: ${DEFAULT_PAGE_TIMEOUT_S})`).argParser(positiveNumber),
    new Option('--max-memory <mb>', `per-page memory budget (a worker's heap); a page past it is a too-large record (default: ${DEFAULT_PAGE_MEMORY_MB})`).argParser(positiveInt),
    new Option('--shard <i/n>', 'process only shard I of N of the inputs (deterministic)').argParser(shardArg),
    new Option('--quiet', 'no progress line and no summary on stderr'),
  ];
}

function positiveNumber(value: string): number {
  if (!/^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(value) || Number(value) <= 0) throw new InvalidArgumentError('expected a positive number of seconds');
  return Number(value);
}

function positiveInt(value: string): number {
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a positive integer');
  return Number(value);
}

function byteSize(value: string): number {
  const match = /^\s*(\d+)\s*([kmg]?)i?b?\s*$/i.exec(value);
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match?.[2] ?? '').toLowerCase()];
  if (!match || scale === undefined || Number(match[1]) < 1) {
    throw new InvalidArgumentError('expected a positive size in bytes, e.g. 33554432 or 32M');
  }
  return Number(match[1]) * scale;
}

function shardArg(value: string): Shard {
  try {
    return parseShard(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

/**
 * True when the run is a batch: a batch option, or an input that can hold more than one page.
 * An empty directory is not a batch: it stays the single-file "is a directory" error, so a
 * mistyped path is still loud. Stdin is never sniffed here (that would consume it).
 */
export async function wantsBatch(inputs: readonly string[], opts: BatchCliOptions): Promise<boolean> {
  if (BATCH_KEYS.some((key) => opts[key] !== undefined)) return true;
  for (const input of inputs) {
    if (input !== '-' && (await holdsPages(input))) return true;
  }
  return false;
}

async function holdsPages(input: string): Promise<boolean> {
  try {
    const info = await stat(input);
    if (info.isDirectory()) return (await readdir(input)).some((name) => !name.startsWith('.'));
    const file = await readHead(input);
    return file !== null && dumpKind(file.head, input, false) !== 'page';
  } catch (err) {
    // A missing name that looks like a pattern is a glob; any other failure is the single-file error.
    return (err as NodeJS.ErrnoException).code === 'ENOENT' && isDynamicPattern(input);
  }
}

interface RunOptions extends BatchCliOptions {
  inputType: InputType | 'auto';
  pageType?: PageType;
  only?: PageType[];
  now: string;
  userRules?: UserRules;
  rulesPath?: string;
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
  const release = io.onInterrupt?.((signal) => {
    stoppedBy = signal;
    controller.abort();
  });
  const progress = !opts.quiet && io.stderrIsTTY ? progressMeter(io.stderr, () => performance.now()) : null;
  const census = new AbortController();
  if (progress) {
    // Counted in the background; the line shows a total and an ETA once it is known.
    takeCensus(inputs, { fromList: opts.fromList, shard: opts.shard, jsonlField: opts.jsonlField, signal: census.signal })
      .then((found) => found && progress.setCensus(found))
      .catch(() => undefined);
  }
  let warcSkipped = 0;
  let specialFiles = 0;
  let warcWarnings = 0;
  let counts: BatchCounts;
  try {
    const sources = pageSources(inputs, {
      fromList: opts.fromList,
      shard: opts.shard,
      stdin: io.stdin as unknown as ByteSource,
      maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      jsonlField: opts.jsonlField,
      onSkip: () => void warcSkipped++,
      onSpecialFile: () => void specialFiles++,
      onWarning: () => void warcWarnings++,
      onBytes: progress?.addBytes,
    });
    counts = await runBatch(sources, {
      jobs: opts.jobs ?? availableParallelism(),
      pageTimeoutMs: Math.round((opts.timeout ?? DEFAULT_PAGE_TIMEOUT_S) * 1000),
      pageMemoryMb: opts.maxMemory ?? DEFAULT_PAGE_MEMORY_MB,
      unordered: opts.unordered,
      now: opts.now,
      inputType: opts.inputType,
      pageType: opts.pageType,
      only: opts.only,
      maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      sink: stdoutSink(io),
      errorSink: errorFile ? streamSink(errorFile) : undefined,
      outputDir: opts.outputDir,
      skipExisting: opts.skipExisting,
      signal: controller.signal,
      onProgress: progress?.update,
      userRules: opts.userRules,
      rulesPath: opts.rulesPath,
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
    io.stderr(`pith: ${formatSummary(counts)}${nonPages}${special}${malformed}\n`);
  }
  // A damaged dump fails the run even when every record was recovered: the dump needs a look.
  const damaged = counts.stoppedBy === null && warcWarnings > 0;
  const code = exitCodeForBatch(counts) === EXIT_BATCH_OK && damaged ? EXIT_BATCH_INCOMPLETE : exitCodeForBatch(counts);
  // The shell's 128 + n for the signal that stopped the run: 130 for SIGINT, 143 for SIGTERM.
  return code === EXIT_BATCH_INTERRUPTED && stoppedBy === 'SIGTERM' ? EXIT_BATCH_TERMINATED : code;
}

/** The real stdout honours back-pressure and reports EPIPE; tests' string collectors just append. */
function stdoutSink(io: CliIO): LineSink {
  const stream = io.claimStdout?.();
  if (stream) return streamSink(stream);
  return { write: async (text) => io.stdout(text) };
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
