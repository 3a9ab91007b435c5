/**
 * `--output-dir DIR`: one `.json` per input, mirroring the input tree below the inputs' root
 * (`pith --output-dir DIR site/` writes `site/a.html` to `DIR/a.html.json`; a record inside a
 * dump, `dump.warc#<id>` or `dump.jsonl:12`, to `DIR/dump.warc/<id>.json`,
 * `DIR/dump.jsonl/12.json`), never two inputs to one file. The root is the deepest directory
 * holding every argument (see inputsRoot), as tsc's rootDir: `/abs/dump/` does not become
 * `DIR/abs/dump/`, nor `../small/` `DIR/%2E./small/`, and two arguments' files never meet.
 * With `--format markdown` or `text` an article's file is `.md` or `.txt` instead (`ext`).
 * Files appear whole or not at all (temp file in the same directory, then rename), so
 * `--skip-existing` can trust any file it finds after an interrupted run.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

/** What the output dir needs of an input: its name, and its place when it is a record of a dump. */
export interface OutputName {
  name: string;
  record?: { dump: string; id: string };
}

export interface OutputDir {
  readonly root: string;
  /** Creates the root and checks it takes files: a run that cannot write fails before it reads. */
  ready(): Promise<void>;
  /** Where the record of this input goes. */
  pathFor(input: OutputName): string;
  /** True when that record already exists (a resumed run). */
  shouldSkip(input: OutputName): Promise<boolean>;
  /** Writes the record line atomically; resolves once the file has its final name. */
  write(input: OutputName, line: string): Promise<void>;
}

/** Longest path segment we write: filesystems stop at 255 bytes, and `.json` plus a temp suffix must fit. */
const MAX_SEGMENT = 200;

/**
 * `base`: the inputs' root (absolute; see inputsRoot); names are placed by their path below it.
 * Without one, names are placed as they are written (a relative name mirrored under the root).
 */
export function createOutputDir(root: string, base?: string, ext = '.json'): OutputDir {
  const made = new Set<string>();
  const pathFor = ({ name, record }: OutputName) => {
    const placed = base === undefined || (record ? record.dump : name) === '-' ? null : placeBelow(base, record ? record.dump : name);
    const segments = relativeSegments(placed?.path ?? (record ? record.dump : name), record ? record.id : null, ext);
    // Unescaped on purpose: an escaped name's `%` is `%25`, so this segment is no input's.
    return join(root, ...(placed?.outside ? ['%2F'] : []), ...segments);
  };
  return {
    root,
    async ready() {
      await makeDirs(root);
      made.add(root);
      await access(root, constants.W_OK).catch((err: NodeJS.ErrnoException) => {
        throw new OutputDirError(root, err);
      });
    },
    pathFor,
    async shouldSkip(input) {
      try {
        await access(pathFor(input));
        return true;
      } catch {
        return false;
      }
    },
    async write(input, line) {
      const target = pathFor(input);
      const dir = dirname(target);
      // mkdir once per directory: a dump's thousands of records share one.
      if (!made.has(dir)) {
        await makeDirs(dir);
        made.add(dir);
      }
      // Same directory, so rename is atomic; a unique name, so parallel runs never collide.
      const temp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await writeFile(temp, line + '\n');
        await rename(temp, target);
      } catch (err) {
        await rm(temp, { force: true });
        throw err;
      }
    },
  };
}

/**
 * The directory every argument lies in: a directory argument itself, a file's directory, a
 * glob's fixed part (`dump/**\/*.html` -> `dump`), and the working directory for --from-list
 * (its entries are not known ahead). Absolute; null when there is nothing to place (stdin).
 */
export function inputsRoot(args: readonly string[], opts: { fromList?: string; isDirectory: (path: string) => boolean; cwd?: string }): string | null {
  const cwd = opts.cwd ?? process.cwd();
  const dirs: string[] = [];
  for (const arg of args) {
    if (arg === '-') continue;
    const scan = picomatch.scan(arg);
    const dir = opts.isDirectory(arg) ? arg : scan.isGlob ? scan.base || '.' : dirname(arg);
    dirs.push(resolve(cwd, dir));
  }
  if (opts.fromList !== undefined) dirs.push(cwd);
  if (dirs.length === 0) return null;
  return dirs.reduce(commonDir);
}

function commonDir(a: string, b: string): string {
  const x = a.split(sep);
  const y = b.split(sep);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return x.slice(0, n).join(sep) || sep;
}

/**
 * A name's path below `base`, `/`-separated. A path outside it (a --from-list entry elsewhere)
 * keeps its whole absolute path, `outside`: it goes under a directory `%2F`, which no escaped
 * name can be (their `%` is `%25`).
 */
export function placeBelow(base: string, path: string): { path: string; outside: boolean } {
  const absolute = resolve(path);
  const rel = relative(base, absolute);
  const outside = rel === '' || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel);
  return { path: (outside ? absolute : rel).split(sep).join('/'), outside };
}

/**
 * The input's path (and the record's id inside a dump) as path segments under the root: no
 * absolute paths, no `..` escaping it, no characters a filesystem refuses, no over-long names.
 * The escape is reversible (`%` and every refused character as `%XX`), so two inputs never
 * share a file: `a?b.html` and `a_b.html`, or a file named `x:1` and line 1 of dump `x`.
 */
export function relativeSegments(path: string, record: string | null = null, ext = '.json'): string[] {
  const parts = path
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .map(escapeSegment);
  // '-' (stdin) cannot be a file's name among the inputs, so it cannot collide.
  if (parts.length === 0 || path === '-') parts.splice(0, parts.length, '-');
  if (record === null) {
    parts[parts.length - 1] = fitSegment(parts[parts.length - 1] + ext, ext);
  } else {
    parts.push(fitSegment(escapeSegment(record) + ext, ext));
  }
  return parts;
}

/**
 * Percent-escapes `%`, the characters Windows or POSIX refuse in a name (and `/`, `\`),
 * control characters, a leading dot (it would hide the file, and our temp files start with
 * one) and the empty name.
 */
function escapeSegment(part: string): string {
  if (part === '') return '%';
  // eslint-disable-next-line no-control-regex
  const escaped = part.replace(/[%<>:"/\\|?*\x00-\x1f\x7f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return escaped.startsWith('.') ? '%2E' + escaped.slice(1) : escaped;
}

/** The output dir cannot be made or written: says which directory and why, in the CLI's words. */
export class OutputDirError extends Error {
  constructor(dir: string, cause: NodeJS.ErrnoException) {
    const why =
      cause.code === 'EACCES' || cause.code === 'EPERM' ? 'permission denied'
      : cause.code === 'EROFS' ? 'read-only file system'
      : cause.code === 'ENOTDIR' || cause.code === 'EEXIST' ? 'a file is in the way'
      : cause.code === 'ENOSPC' ? 'no space left on device'
      : cause.code === 'ENOENT' ? 'cannot be created here'
      : (cause.code ?? cause.message);
    super(`${dir}: ${why}`);
  }
}

/**
 * `mkdir -p`, one level at a time from the nearest existing ancestor. Node's own recursive
 * mkdir loops for ever where mkdir says ENOENT under a parent that exists (/proc), and says
 * ENOENT where the truth is a read-only or unwritable parent.
 */
async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    const info = await stat(at).catch(() => null);
    if (info?.isDirectory()) break;
    if (info) throw new OutputDirError(at, Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }));
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const level of missing.reverse()) {
    await mkdir(level).catch((err: NodeJS.ErrnoException) => {
      // Made meanwhile by a parallel run or another page: fine.
      if (err.code !== 'EEXIST') throw new OutputDirError(level, err);
    });
  }
}

/** Keeps long names unique: truncate, then a short hash of the whole name. */
function fitSegment(part: string, ext: string): string {
  if (Buffer.byteLength(part) <= MAX_SEGMENT) return part;
  const hash = createHash('sha1').update(part).digest('hex').slice(0, 12);
  const keep = Buffer.from(part).subarray(0, MAX_SEGMENT - 20).toString('utf8').replace(/\uFFFD+$/, '');
  return `${keep}-${hash}${ext}`;
}
