/**
 * A batch run: pull inputs lazily from the sources, extract them on the pool, write one record
 * per input in input order. At most `maxInFlight` pages are held at once (read, in a worker, or
 * waiting for their turn to be written), so memory stays flat whatever the dump's size, and a
 * slow reader of the output slows the reading of the input instead of filling memory.
 */
import { performance } from 'node:perf_hooks';
import { isInputError } from '../../input/errors.js';
import type { InputType, PageType } from '../../types.js';
import type { UserRules } from '../../rules/user/types.js';
import { OrderedWriter, type LineSink } from './ordered-writer.js';
import { createOutputDir, type OutputName } from './output-dir.js';
import { createExtractPool } from './pool.js';
import { Slots } from './slots.js';
import { errorLine } from './record.js';
import { countWritten, emptyCounts, type BatchCounts } from './summary.js';
import { isSourceError, type PageResult, type PageSource, type PageTask, type RecordRender, type SourceError } from './types.js';

export interface BatchOptions {
  /** Worker threads; 1 without budgets runs inline in the main thread. */
  jobs: number;
  /** A page's time budget in ms (--timeout): past it the page is stopped and is a `timeout` record. */
  pageTimeoutMs?: number;
  /** A worker's heap budget in MB (--max-memory): a page that needs more is a `too-large` record. */
  pageMemoryMb?: number;
  /** Write records as they finish instead of in input order. */
  unordered?: boolean;
  /** Reference time for date checks (the CLI reads the clock, not the pipeline). */
  now: string;
  /** The run's --input-type; a source's own type (WARC Content-Type) is used under `auto`. */
  inputType: InputType | 'auto';
  /** --page-type: every page is taken as this type. */
  pageType?: PageType;
  /** --only: pages of other types give no-article records (reason other-type). */
  only?: readonly PageType[];
  /** Per-page limit (--max-bytes): a larger page is an error record. */
  maxBytes: number;
  /** Where record lines go (stdout). */
  sink: LineSink;
  /** Where error records go instead (--errors FILE). */
  errorSink?: LineSink;
  /** The errorSink's records: one line each (default; a file is no terminal) or pretty, when --format json asked for it. */
  errorFormat?: 'json' | 'jsonl';
  /** One .json file per input under this directory instead of lines on `sink`. */
  outputDir?: string;
  /**
   * How an article's record is written (--format, --blocks). As Markdown or text it takes a
   * `.md` or `.txt` file under outputDir; the records of pages without an article stay JSON
   * and go to `sink` (or errorSink), so none is lost.
   */
  render?: RecordRender;
  /** The inputs' root (absolute): files go to outputDir by their path below it (output-dir.ts inputsRoot). */
  outputBase?: string;
  /** With outputDir: leave inputs whose file exists (resume). */
  skipExisting?: boolean;
  /** Abort (SIGINT) stops reading new inputs; pages in flight are finished and written. */
  signal?: AbortSignal;
  /** Called after each record is written or input skipped (progress bar). */
  onProgress?: (counts: Readonly<BatchCounts>) => void;
  /** Whether the work left pays for more workers than the first (growth.ts); without it they start after GROW_AFTER_MS. */
  worthMoreWorkers?: () => boolean;
  /** Pages held at once; default 2 x jobs, enough to keep every worker busy while one waits. */
  maxInFlight?: number;
  /** User rules, compiled (inline runs), and the file they came from (workers load it). */
  userRules?: UserRules;
  rulesPath?: string;
  /** The compiled worker (tests running from src point it at dist). */
  workerUrl?: URL;
  /** Milliseconds, for elapsed time; injectable so tests see fixed figures. */
  clock?: () => number;
}

type Entry = PageSource | SourceError;

export async function runBatch(sources: AsyncIterable<Entry>, opts: BatchOptions): Promise<BatchCounts> {
  const clock = opts.clock ?? (() => performance.now());
  const started = clock();
  const counts = emptyCounts();
  const prose = opts.render?.format === 'markdown' || opts.render?.format === 'text';
  const dir = opts.outputDir ? createOutputDir(opts.outputDir, opts.outputBase, prose ? (opts.render?.format === 'markdown' ? '.md' : '.txt') : '.json') : null;
  // An output dir that cannot be written fails the run before any input is read.
  await dir?.ready();
  const pool = createExtractPool({
    jobs: opts.jobs,
    workerUrl: opts.workerUrl,
    userRules: opts.userRules,
    pageTimeoutMs: opts.pageTimeoutMs,
    pageMemoryMb: opts.pageMemoryMb,
    worthGrowing: opts.worthMoreWorkers,
  });
  // Order means nothing among files, so the output dir takes records as they come.
  const writer = new OrderedWriter(Boolean(opts.unordered || dir));
  const slots = new Slots(opts.maxInFlight ?? 2 * opts.jobs, 'maxInFlight');
  const inFlight = new Set<Promise<void>>();
  const iterator = sources[Symbol.asyncIterator]();
  let fatal: { error: unknown } | null = null;
  let cut = false;
  let pendingNext = false;
  let seq = 0;

  const emitFor = (input: OutputName, { line, outcome }: PageResult) => async () => {
    const errorSink = outcome === 'error' ? opts.errorSink : undefined;
    // Pretty records (stdout on a terminal) go to an errors file as lines.
    if (errorSink) await errorSink.write((opts.errorFormat !== 'json' && line.startsWith('{\n') ? JSON.stringify(JSON.parse(line)) : line) + '\n');
    else if (dir && (outcome === 'article' || !prose)) await dir.write(input, line);
    else await opts.sink.write(line + '\n');
    countWritten(counts, outcome);
    opts.onProgress?.(counts);
  };
  const stopped = () => Boolean(opts.signal?.aborted) || writer.brokenPipe || fatal !== null;

  try {
    for (;;) {
      await slots.acquire();
      if (stopped()) {
        cut = true;
        break;
      }
      pendingNext = true;
      const next = await nextUnlessAborted(iterator, opts.signal);
      pendingNext = next === ABORTED;
      if (next === ABORTED || next.done) {
        cut = next === ABORTED;
        break;
      }
      const entry = next.value;
      if (dir && opts.skipExisting && (await dir.shouldSkip(entry))) {
        counts.skipped++;
        opts.onProgress?.(counts);
        slots.release();
        continue;
      }
      counts.read++;
      const mySeq = seq++;
      // Read here, in input order, before pulling the next input: reading is the cheap part,
      // and it keeps the pages held in memory to the slots taken. Extraction runs in parallel.
      const prepared = await prepare(entry, opts);
      const result = 'line' in prepared ? Promise.resolve(prepared) : pool.run(prepared);
      const job = result
        .then((r) => writer.put(mySeq, emitFor(entry, r)))
        .catch((error: unknown) => void (fatal ??= { error }))
        .finally(() => {
          slots.release();
          inFlight.delete(job);
        });
      inFlight.add(job);
    }
  } finally {
    // Pages already taken are finished and written (or dropped after a broken pipe).
    await Promise.all(inFlight);
    // Close the sources (open files, a gunzip stream). A `next` still pending (stdin waiting
    // for a line) would hold `return` behind it, so then we do not wait.
    if (cut || fatal) {
      const closing = Promise.resolve(iterator.return?.()).catch(() => undefined);
      if (!pendingNext) await closing;
    }
    await pool.close();
    counts.elapsedMs = clock() - started;
    counts.stoppedBy = writer.brokenPipe ? 'broken-pipe' : cut && opts.signal?.aborted ? 'abort' : null;
  }
  if (fatal) throw (fatal as { error: unknown }).error;
  return counts;
}

/** The input's bytes as a task, or its error record when it cannot be read. */
async function prepare(entry: Entry, opts: BatchOptions): Promise<PageTask | PageResult> {
  const meta = { name: entry.name, url: null as string | null, extra: undefined as PageTask['extra'], render: opts.render };
  if (isSourceError(entry)) return errorLine(meta, entry.code, entry.message);
  meta.url = entry.url ?? null;
  meta.extra = entry.extra;
  const inputType = opts.inputType === 'auto' ? (entry.inputType ?? 'auto') : opts.inputType;
  try {
    const page = await entry.read();
    return { ...meta, page, inputType, now: opts.now, maxBytes: opts.maxBytes, rulesPath: opts.rulesPath, pageType: opts.pageType, only: opts.only };
  } catch (err) {
    if (isInputError(err)) return errorLine(meta, err.code, err.message);
    return errorLine(meta, 'unreadable', `cannot read (${err instanceof Error ? err.message : String(err)})`);
  }
}

const ABORTED = Symbol('aborted');

/** The next input, unless the signal fires first: SIGINT must not wait for a slow source. */
function nextUnlessAborted<T>(iterator: AsyncIterator<T>, signal?: AbortSignal): Promise<IteratorResult<T> | typeof ABORTED> {
  if (!signal) return iterator.next();
  if (signal.aborted) return Promise.resolve(ABORTED);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (err) => (signal.removeEventListener('abort', onAbort), reject(err)),
    );
  });
}
