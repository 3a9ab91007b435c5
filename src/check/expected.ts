/**
 * Reading an expected file: JSON text -> a validated Expectation, or the reasons it is not one.
 * Strict on purpose: an unknown key (`"titel"`) or a value of the wrong type fails the fixture
 * instead of silently checking nothing. Pure: text in, data out.
 */
import { PAGE_TYPES, type PageType } from '../types.js';
import { ARTICLE_FIELDS, INPUT_SETTING_KEYS, KNOWN_KEYS, type ArticleField, type Expectation, type FieldFailure } from './types.js';

export type ParsedExpectation = { ok: true; expectation: Expectation } | { ok: false; failures: FieldFailure[] };

const INPUT_TYPES = ['html', 'text', 'auto'];

export function parseExpectation(text: string): ParsedExpectation {
  let raw: unknown;
  try {
    // An editor's byte-order mark is not part of the JSON.
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (err) {
    return fail([problem('expected', `not valid JSON: ${(err as Error).message}`)]);
  }
  return checkExpectation(raw);
}

/** Validates a parsed expected file (also the object `--update` is about to write). */
export function checkExpectation(raw: unknown): ParsedExpectation {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail([problem('expected', 'must be a JSON object of expected keys')]);
  }
  const obj = raw as Record<string, unknown>;
  const failures: FieldFailure[] = [];
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.includes(key)) failures.push(problem(key, unknownKeyMessage(key)));
  }

  const fields: Expectation['fields'] = {};
  for (const field of ARTICLE_FIELDS) {
    if (!(field in obj)) continue;
    const value = obj[field];
    if (isFieldValue(field, value)) fields[field] = value;
    else failures.push(problem(field, `must be ${field === 'wordCount' ? 'a whole number' : 'a string'} or null, not ${shown(value)}`));
  }

  const expectation: Expectation = { raw: obj, fields, mustContain: [], mustNotContain: [] };
  if ('body' in obj) {
    if (typeof obj.body === 'string') expectation.body = obj.body;
    else failures.push(problem('body', 'must be a string'));
  }
  if ('bodyMinF1' in obj) {
    const min = obj.bodyMinF1;
    if (typeof min !== 'number' || !(min >= 0 && min <= 1)) failures.push(problem('bodyMinF1', 'must be a number from 0 to 1'));
    else if (!('body' in obj)) failures.push(problem('bodyMinF1', 'needs a "body" to compare with'));
    else expectation.bodyMinF1 = min;
  }
  for (const key of ['mustContain', 'mustNotContain'] as const) {
    if (!(key in obj)) continue;
    const list = obj[key];
    if (Array.isArray(list) && list.every((s) => typeof s === 'string' && s !== '')) expectation[key] = list;
    else failures.push(problem(key, 'must be an array of non-empty strings'));
  }
  if ('noArticle' in obj) {
    if (typeof obj.noArticle === 'boolean') expectation.noArticle = obj.noArticle;
    else failures.push(problem('noArticle', 'must be true or false'));
  }
  if ('inputType' in obj) {
    const type = obj.inputType;
    if (typeof type === 'string' && INPUT_TYPES.includes(type)) expectation.inputType = type as Expectation['inputType'];
    else failures.push(problem('inputType', `must be one of ${INPUT_TYPES.join(', ')}`));
  }
  if ('extractAs' in obj) {
    const type = obj.extractAs;
    if (typeof type === 'string' && (PAGE_TYPES as readonly string[]).includes(type)) expectation.extractAs = type as PageType;
    else failures.push(problem('extractAs', `must be one of ${PAGE_TYPES.join(', ')}`));
  }
  if ('now' in obj) {
    const now = obj.now;
    if (typeof now === 'string' && !Number.isNaN(Date.parse(now))) expectation.now = now;
    else failures.push(problem('now', 'must be an ISO 8601 date or date-time, e.g. 2025-10-22T12:00:00Z'));
  }

  // A file listing only input settings would pass whatever the page gives.
  const checks = Object.keys(obj).filter((k) => !(INPUT_SETTING_KEYS as readonly string[]).includes(k));
  if (failures.length === 0 && checks.length === 0) failures.push(problem('expected', 'lists no key to check'));

  return failures.length > 0 ? fail(failures) : { ok: true, expectation };
}

function isFieldValue(field: ArticleField, value: unknown): value is string | number | null {
  if (value === null) return true;
  return field === 'wordCount' ? Number.isInteger(value) : typeof value === 'string';
}

/** A mistake in the expected file itself: its message says it all (there is no page value to set beside it). */
function problem(field: string, what: string): FieldFailure {
  const message = field === 'expected' ? `expected file ${what}` : `"${field}" ${what}`;
  return { field, expected: null, actual: null, message, invalid: true };
}

/** A value as the file has it, kept short. */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

function fail(failures: FieldFailure[]): ParsedExpectation {
  return { ok: false, failures };
}

function unknownKeyMessage(key: string): string {
  const near = KNOWN_KEYS.filter((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
  return `is not a known key${near.length > 0 ? ` (did you mean "${near[0]}"?)` : ''}`;
}

/** Levenshtein distance, for the "did you mean" hint on a mistyped key. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
