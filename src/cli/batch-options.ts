/**
 * The batch options of the root command and the test that turns batch mode on. Kept apart
 * from batch-command.ts so a single-page run declares the options without loading the batch
 * machinery (sources, worker pool, writers): that loads only once a run is a batch.
 */
import { InvalidArgumentError, Option } from 'commander';
import { dumpKind } from '../batch/sources/dump-kind.js';
import { PAGE_FILE_EXTENSIONS } from '../batch/sources/page-files.js';
import { parseShard } from '../batch/sources/shard.js';
import { readHead } from '../batch/sources/head.js';
import { readdir, stat } from '../input/fs-promised.js';
import type { JsonlField, Shard } from '../batch/sources/types.js';

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
  include?: string[];
  exclude?: string[];
}

const BATCH_KEYS: readonly (keyof BatchCliOptions)[] = [
  'fromList', 'jsonlField', 'jobs', 'unordered', 'outputDir', 'skipExisting', 'errors', 'maxBytes', 'timeout', 'maxMemory', 'shard', 'quiet', 'include', 'exclude',
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
    new Option('--jobs <n>', 'worker threads (default: the cores this process may use, a CPU quota included)').argParser(positiveInt),
    new Option('--unordered', 'write records as they finish, not in input order'),
    new Option('--output-dir <dir>', 'write one .json per input under DIR, mirroring the inputs'),
    new Option('--skip-existing', 'with --output-dir: skip inputs whose file exists (resume)'),
    new Option('--errors <file>', 'write error records to FILE instead of stdout'),
    new Option('--max-bytes <n>', 'per-page limit, bytes or with a K/M/G suffix (default: 32M)').argParser(byteSize),
    new Option('--timeout <seconds>', `per-page time budget; a page past it is a timeout record (default: ${DEFAULT_PAGE_TIMEOUT_S})`).argParser(positiveNumber),
    new Option('--max-memory <mb>', `per-page memory budget (a worker's heap); a page past it is a too-large record (default: ${DEFAULT_PAGE_MEMORY_MB})`).argParser(positiveInt),
    new Option('--shard <i/n>', 'process only shard I of N of the inputs (deterministic)').argParser(shardArg),
    new Option('--quiet', 'no progress line and no summary on stderr'),
    new Option('--include <glob>', `files a directory walk takes, instead of page files (${PAGE_FILE_EXTENSIONS.map((e) => '.' + e).join(' ')}, each optionally .gz); repeatable`).argParser(collect),
    new Option('--exclude <glob>', 'files a directory walk or a glob leaves out; repeatable').argParser(collect),
  ];
}

/** A repeatable option: each use adds a value (not variadic, which would swallow the inputs after it). */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
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
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    const { isDynamicPattern } = await import('tinyglobby');
    return isDynamicPattern(input);
  }
}

