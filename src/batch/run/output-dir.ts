/**
 * `--output-dir DIR`: one `.json` per input, mirroring the input tree (`site/a.html` ->
 * `DIR/site/a.html.json`; a record inside a dump, `dump.warc#<id>` or `dump.jsonl:12`, ->
 * `DIR/dump.warc/<id>.json`, `DIR/dump.jsonl/12.json`).
 * Files appear whole or not at all (temp file in the same directory, then rename), so
 * `--skip-existing` can trust any file it finds after an interrupted run.
 */
import { createHash, randomBytes } from 'node:crypto';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface OutputDir {
  readonly root: string;
  /** Where the record of input `name` goes. */
  pathFor(name: string): string;
  /** True when that record already exists (a resumed run). */
  shouldSkip(name: string): Promise<boolean>;
  /** Writes the record line atomically; resolves once the file has its final name. */
  write(name: string, line: string): Promise<void>;
}

/**
 * A dump's path and the record inside it, as the sources name them: `path#<WARC-Record-ID>`
 * (the last `#`), or `path:<line>` (JSONL). Anything else is a plain file.
 */
export function splitRecordName(name: string): { path: string; record: string | null } {
  const line = /^(.+):(\d+)$/.exec(name);
  if (line) return { path: line[1], record: line[2] };
  const cut = name.lastIndexOf('#');
  return cut > 0 ? { path: name.slice(0, cut), record: name.slice(cut + 1) } : { path: name, record: null };
}
/** Longest path segment we write: filesystems stop at 255 bytes, and `.json` plus a temp suffix must fit. */
const MAX_SEGMENT = 200;

export function createOutputDir(root: string): OutputDir {
  const made = new Set<string>();
  const pathFor = (name: string) => join(root, ...relativeSegments(name));
  return {
    root,
    pathFor,
    async shouldSkip(name) {
      try {
        await access(pathFor(name));
        return true;
      } catch {
        return false;
      }
    },
    async write(name, line) {
      const target = pathFor(name);
      const dir = dirname(target);
      // mkdir once per directory: a dump's thousands of records share one.
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
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
 * The input name as safe path segments under the root: no absolute paths, no `..` escaping
 * it, no characters a filesystem refuses, no over-long names.
 */
export function relativeSegments(name: string): string[] {
  const { path, record } = splitRecordName(name);
  const parts = path
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .map((part) => (part === '..' ? '__' : safeSegment(part)));
  if (parts.length === 0 || path === '-') parts.splice(0, parts.length, 'stdin');
  if (record === null) {
    parts[parts.length - 1] = fitSegment(parts[parts.length - 1] + '.json');
  } else {
    parts.push(fitSegment(safeSegment(record === '' ? '_' : record) + '.json'));
  }
  return parts;
}

/** Characters Windows or POSIX refuse in a name (and `/`, `\`), plus control characters. */
function safeSegment(part: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = part.replace(/[<>:"/\\|?*\x00-\x1f\x7f]/g, '_');
  // A leading dot would hide the file and could collide with our own `.xxxx.tmp` files.
  return cleaned.startsWith('.') ? '_' + cleaned.slice(1) : cleaned;
}

/** Keeps long names unique: truncate, then a short hash of the whole name. */
function fitSegment(part: string): string {
  if (Buffer.byteLength(part) <= MAX_SEGMENT) return part;
  const hash = createHash('sha1').update(part).digest('hex').slice(0, 12);
  const keep = Buffer.from(part).subarray(0, MAX_SEGMENT - 20).toString('utf8').replace(/\uFFFD+$/, '');
  return `${keep}-${hash}.json`;
}
