/**
 * Arguments -> the list of input paths, in an order that is the same on every run and machine:
 * files as given, directories walked with entries sorted by code unit (never by locale), glob
 * matches sorted, then `--from-list` entries in list order. A path that gives nothing (missing,
 * unreadable directory, glob with no match) becomes an error entry, so it is counted, not lost.
 */
import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { FileFilter } from './file-filter.js';
import { splitLines } from './lines.js';
import { childPath, fsPath } from './raw-names.js';
import { type ByteSource, rawStream, toSourceError } from './streams.js';
import type { SourceError } from './types.js';

/** A path to read ('-' is stdin), or why an argument gave none. */
export type ExpandedInput = string | SourceError;

/** A `--from-list` entry as listed (not yet expanded), or why a line of the list is none. */
export type ListEntry = string | SourceError;

export interface ExpandOptions {
  /** A file of paths, one a line ('-' = stdin); blank lines and `#` comments skipped. */
  fromList?: string;
  /** Called for each FIFO, socket or device a directory walk passes over (only regular files are pages there). */
  onSpecialFile?: (path: string) => void;
  /** Which files found by a walk or a glob are read (file-filter.ts); default: every file. */
  filter?: FileFilter;
  /** Called for each file found by a walk or a glob that the filter leaves out. */
  onFilteredFile?: (path: string) => void;
  /** Stdin for '-' (tests pass their own). */
  stdin?: ByteSource;
  /** The `--from-list` entries when something else reads the list (list-ahead.ts); else the list is read here. */
  listed?: AsyncIterable<ListEntry> | Iterable<ListEntry>;
}

/** What a walk or a glob needs besides the path: the filter and the callbacks that count. */
type Found = Pick<ExpandOptions, 'filter' | 'onFilteredFile' | 'onSpecialFile'>;

/** A list line longer than this is not a path (PATH_MAX is 4096 on Linux). */
const MAX_LIST_LINE = 64 * 1024;

export async function* expandInputs(args: readonly string[], opts: ExpandOptions = {}): AsyncGenerator<ExpandedInput> {
  // Stdin can be read once: a second '-' (or '-' beside `--from-list -`) would silently be empty.
  let stdinTaken = opts.fromList === '-';
  for (const arg of args) {
    if (arg === '-' && stdinTaken) {
      yield { name: '-', code: 'unsupported', message: 'stdin is already read by another "-"' };
      continue;
    }
    stdinTaken ||= arg === '-';
    yield* expandPath(arg, opts);
  }
  if (opts.fromList !== undefined) yield* listedInputs(opts.fromList, opts.listed ?? listEntries(opts.fromList, opts.stdin), opts);
}

/** One argument: stdin, a file, a directory (recursed), or a glob pattern. */
async function* expandPath(arg: string, found: Found): AsyncGenerator<ExpandedInput> {
  if (arg === '-') {
    yield arg;
    return;
  }
  let isDir: boolean;
  try {
    isDir = (await stat(arg)).isDirectory();
  } catch (err) {
    // A name that exists is taken literally even if it looks like a pattern (`page[1].html`).
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && isDynamicPattern(arg)) yield* globMatches(arg, found);
    else yield toSourceError(arg, err);
    return;
  }
  if (!isDir) {
    yield arg; // files, FIFOs (`<(zcat dump.gz)`), devices: the page source decides
    return;
  }
  yield* walk(arg, '', new Set([await realpath(arg).catch(() => arg)]), found);
}

/**
 * Depth-first, entries sorted; hidden names skipped (editor backups, .git); symlinks followed,
 * but a directory whose real path was already walked (a loop, or two links to one place) is
 * skipped so no page comes out twice. `below` is the directory's path below the argument, for
 * the filter's patterns.
 */
async function* walk(dir: string, below: string, seen: Set<string>, found: Found): AsyncGenerator<ExpandedInput> {
  let paths: string[];
  try {
    // Names as bytes: one that is not UTF-8 is still opened by its bytes (raw-names.ts).
    const names = await readdir(fsPath(dir), { encoding: 'buffer' });
    paths = names.filter((name) => name[0] !== 0x2e).map((name) => childPath(dir, name)).sort(byCodeUnit);
  } catch (err) {
    yield toSourceError(dir, err);
    return;
  }
  // Stat a slice of entries at once, then yield them in order: one round trip per slice, not
  // per entry, so the walk keeps pace even when extraction holds the event loop between turns.
  for (let start = 0; start < paths.length; start += STAT_SLICE) {
    const slice = paths.slice(start, start + STAT_SLICE);
    const kinds = await Promise.all(slice.map((path) => stat(fsPath(path)).then(kindOf, (err: unknown) => err)));
    for (let i = 0; i < slice.length; i++) {
      const path = slice[i];
      const rel = below === '' ? basename(path) : `${below}/${basename(path)}`;
      const kind = kinds[i]; // stat follows links; a broken one is an error
      // A file the filter leaves out is passed over, and so is a broken link of that name.
      if (kind !== 'dir' && kind !== 'special' && found.filter && !found.filter(rel, 'walk')) {
        found.onFilteredFile?.(path);
        continue;
      }
      if (typeof kind !== 'string') {
        yield toSourceError(path, kind);
        continue;
      }
      if (kind === 'file') {
        yield path;
        continue;
      }
      // A FIFO nobody writes to would hold the walk for ever; a device or socket is no page.
      if (kind === 'special') {
        found.onSpecialFile?.(path);
        continue;
      }
      const real = await realpath(fsPath(path)).catch(() => path);
      if (seen.has(real)) continue;
      seen.add(real);
      yield* walk(path, rel, seen, found);
    }
  }
}

const STAT_SLICE = 64;

function kindOf(info: Stats): 'file' | 'dir' | 'special' {
  return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'special';
}

async function* globMatches(pattern: string, found: Found): AsyncGenerator<ExpandedInput> {
  // expandDirectories off: `dump/*` means the files in dump/, as in a shell.
  const matches = await glob(pattern, { absolute: isAbsolute(pattern), dot: false, onlyFiles: true, expandDirectories: false });
  if (matches.length === 0) yield { name: pattern, code: 'not-found', message: 'no files match the pattern' };
  // `**` follows directory links, so a loop gives each file again under a longer path. Keep the
  // first (in sorted order) of the names that lead to one directory entry; linked files stay.
  const realDirs = new Map<string, Promise<string>>();
  const seen = new Set<string>();
  for (const match of matches.sort(byCodeUnit)) {
    const dir = dirname(match);
    if (!realDirs.has(dir)) realDirs.set(dir, realpath(dir).catch(() => dir));
    const key = join(await realDirs.get(dir)!, basename(match));
    if (seen.has(key)) continue;
    seen.add(key);
    if (!found.filter || found.filter(match, 'glob')) yield match;
    else found.onFilteredFile?.(match);
  }
}

/** `--from-list`: each entry is expanded like an argument (so a listed directory is recursed). */
async function* listedInputs(list: string, entries: AsyncIterable<ListEntry> | Iterable<ListEntry>, found: Found): AsyncGenerator<ExpandedInput> {
  try {
    for await (const entry of entries) {
      if (typeof entry === 'string') yield* expandPath(entry, found);
      else yield entry;
    }
  } catch (err) {
    yield toSourceError(list, err);
  }
}

/** The entries of a list, one a line: blank lines and `#` comments skipped. Never throws: a failed read is its last entry. */
export async function* listEntries(list: string, stdin?: ByteSource): AsyncGenerator<ListEntry> {
  try {
    for await (const line of splitLines(rawStream(list, stdin), MAX_LIST_LINE)) {
      if (line.bytes === null) {
        yield { name: `${list}:${line.number}`, code: 'unsupported', message: 'list line too long to be a path' };
        continue;
      }
      const entry = Buffer.from(line.bytes).toString('utf8').trim();
      if (entry === '' || entry.startsWith('#')) continue;
      yield entry;
    }
  } catch (err) {
    yield toSourceError(list, err);
  }
}

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
