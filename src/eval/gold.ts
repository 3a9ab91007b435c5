/**
 * Reading gold data for `pith eval`, in the shapes `../shared/tools/score.mjs` accepts, and
 * reducing input paths to corpus ids. The only module of `src/eval` that touches the disk.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldMeta } from './meta-metric.js';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The benchmark's optional wrapper `{"version": ..., "output": {id: {...}}}`, removed. */
function unwrap(data: unknown): unknown {
  const isWrapper =
    isRecord(data) &&
    isRecord(data.output) &&
    Object.keys(data).every((k) => k === 'version' || k === 'output');
  return isWrapper ? data.output : data;
}

/** A gold body: a bare string, or `articleBody` (else `body`, `text`) of a record; '' otherwise. */
function bodyOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (!isRecord(v)) return '';
  const body = v.articleBody ?? v.body ?? v.text;
  // score.mjs tokenizes a non-string body as no tokens; '' does the same here.
  return typeof body === 'string' ? body : '';
}

/**
 * Reads `<dir>/<name>/<file>` for every sub-folder that has it, in score.mjs's order
 * (plain code-unit sort), so per-document output lines up with the reference's.
 */
function readPerFolder<T>(dir: string, file: string, read: (path: string) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name, file);
    if (existsSync(path)) out.set(name, read(path));
  }
  return out;
}

/**
 * Gold bodies, id -> text, from a ground-truth JSON (`{id: {articleBody}}`, optionally in the
 * `{version, output}` wrapper) or a corpus directory holding `ground-truth.json` or
 * `<id>/expected.txt` files.
 */
export function loadGold(path: string): Map<string, string> {
  if (statSync(path).isDirectory()) {
    const file = join(path, 'ground-truth.json');
    if (existsSync(file)) return loadGold(file);
    return readPerFolder(path, 'expected.txt', (p) => readFileSync(p, 'utf8'));
  }
  const data = unwrap(readJson(path));
  if (!isRecord(data)) throw new Error(`${path}: expected a JSON object of {id: {articleBody}}`);
  return new Map(Object.entries(data).map(([id, v]) => [id, bodyOf(v)]));
}

/**
 * One field of every gold record (`pageType`), id -> value (null when a record lacks it),
 * from the same files `loadGold` reads. Per-folder corpora carry no such fields.
 */
export function loadGoldField(path: string, field: string): Map<string, unknown> {
  if (statSync(path).isDirectory()) {
    const file = join(path, 'ground-truth.json');
    return existsSync(file) ? loadGoldField(file, field) : new Map();
  }
  const data = unwrap(readJson(path));
  if (!isRecord(data)) throw new Error(`${path}: expected a JSON object of {id: {articleBody}}`);
  return new Map(Object.entries(data).map(([id, v]) => [id, isRecord(v) ? v[field] ?? null : null]));
}

/** A string field as score.mjs would compare it: null/absent stay so, other values become strings. */
function textField(v: unknown): string | null | undefined {
  return v === null || v === undefined || typeof v === 'string' ? v : String(v);
}

function toGoldMeta(v: unknown): GoldMeta {
  if (!isRecord(v)) return {};
  return { title: textField(v.title), publishedTime: textField(v.publishedTime), date: textField(v.date), byline: textField(v.byline), author: textField(v.author) };
}

/**
 * Gold metadata, id -> {title, publishedTime}, from a metadata JSON (`{id: {...}}`, wrapper
 * allowed) or a corpus directory holding `metadata.json` or `<id>/expected-metadata.json`.
 */
export function loadMetaGold(path: string): Map<string, GoldMeta> {
  if (statSync(path).isDirectory()) {
    const file = join(path, 'metadata.json');
    if (existsSync(file)) return loadMetaGold(file);
    return readPerFolder(path, 'expected-metadata.json', (p) => toGoldMeta(readJson(p)));
  }
  const data = unwrap(readJson(path));
  if (!isRecord(data)) throw new Error(`${path}: expected a JSON object of {id: {title, publishedTime}}`);
  return new Map(Object.entries(data).map(([id, v]) => [id, toGoldMeta(v)]));
}

/** File names that stand for their folder: `<id>/source.html` names document `<id>`. */
const FOLDER_FILE_RE = /^(source|expected|index)\.(html?|txt)(\.gz)?$/i;
const EXTENSION_RE = /\.(gz|html?|txt|json)$/i;

/**
 * The corpus id an input path stands for, as score.mjs reduces it: `html/<id>.html.gz`,
 * `txt/<id>.txt` -> `<id>`; `<name>/source.html` -> `<name>`. Either separator is accepted.
 * (score.mjs first keeps a raw id that is itself a gold id; callers holding the gold do that.)
 */
export function idForInput(path: string): string {
  const parts = path.replace(/[\\/]+$/, '').split(/[\\/]/);
  let name = parts[parts.length - 1];
  if (parts.length > 1 && FOLDER_FILE_RE.test(name)) return parts[parts.length - 2];
  while (EXTENSION_RE.test(name)) name = name.replace(EXTENSION_RE, '');
  return name;
}

/**
 * The gold id a prediction's id or input path names: the raw value when it is a gold id
 * (ids may contain dots), else its reduction by `idForInput`. Same order as score.mjs.
 */
export function goldIdFor(raw: string, goldIds: ReadonlySet<string> | ReadonlyMap<string, unknown>): string {
  return goldIds.has(raw) ? raw : idForInput(raw);
}
