/**
 * The fixtures are pith's specification. Every folder under fixtures/ (recursively) that holds
 * an `input.txt` or `input.html` is one case: pith extracts the input and each key of the
 * folder's `expected.json` is checked. A fixture is added with no test code.
 *
 * expected.json keys:
 * - `title`, `date`, `author`, `description`, `section`, `source`, `lang`: exact match (null allowed);
 * - `body`: the exact body;
 * - `mustContain` / `mustNotContain`: strings that must / must not occur in the body;
 * - `inputType`: passed to extract() (`auto` when absent).
 *
 * fixtures/cli/ holds loose CLI inputs and is not a fixture tree.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { RULES } from '../src/rules/index.js';
import type { Article } from '../src/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures');
const NOW = '2026-11-26T12:00:00Z';
const SKIP = new Set(['cli']);

const FIELDS = ['title', 'date', 'author', 'description', 'section', 'source', 'lang'] as const;
const KNOWN_KEYS = new Set<string>([...FIELDS, 'body', 'mustContain', 'mustNotContain', 'inputType']);
const INPUTS = ['input.txt', 'input.html'];

interface Expected {
  title?: string | null;
  date?: string | null;
  author?: string | null;
  description?: string | null;
  section?: string | null;
  source?: string | null;
  lang?: string | null;
  body?: string;
  mustContain?: string[];
  mustNotContain?: string[];
  inputType?: 'auto' | 'html' | 'text';
}

/** Every folder below `dir` that holds an input or an expected.json, as paths relative to fixtures/. */
function fixtureDirs(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) continue;
    const rel = relative(FIXTURES, path);
    if (SKIP.has(rel.split(/[\\/]/)[0])) continue;
    const files = readdirSync(path);
    if (files.some((f) => INPUTS.includes(f) || f === 'expected.json')) out.push(rel);
    fixtureDirs(path, out);
  }
  return out;
}

function readExpected(dir: string): Expected {
  const path = join(FIXTURES, dir, 'expected.json');
  if (!existsSync(path)) throw new Error(`${dir}: no expected.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Expected;
}

function inputOf(dir: string): string {
  const name = INPUTS.find((f) => existsSync(join(FIXTURES, dir, f)));
  if (!name) throw new Error(`${dir}: no input.txt or input.html`);
  return join(FIXTURES, dir, name);
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

const dirs = existsSync(FIXTURES) ? fixtureDirs(FIXTURES) : [];

describe('fixtures', () => {
  it('finds fixtures', () => {
    expect(dirs.length).toBeGreaterThan(0);
  });

  for (const dir of dirs) {
    it(dir, () => {
      const expected = readExpected(dir);
      const inputPath = inputOf(dir);

      const unknown = Object.keys(expected).filter((k) => !KNOWN_KEYS.has(k));
      expect(unknown, `unknown keys in ${dir}/expected.json`).toEqual([]);
      const checked = Object.keys(expected).filter((k) => k !== 'inputType');
      expect(checked.length, `${dir}/expected.json checks nothing`).toBeGreaterThan(0);

      const bytes = new Uint8Array(readFileSync(inputPath));
      // A mustNotContain string that is not in the input proves nothing.
      const inputText = collapse(new TextDecoder().decode(bytes));
      for (const s of expected.mustNotContain ?? []) {
        expect(inputText.includes(collapse(s)), `mustNotContain ${JSON.stringify(s)} is not in the input`).toBe(true);
      }

      const result = extract(bytes, {
        now: NOW,
        inputName: relative(ROOT, inputPath),
        ...(expected.inputType ? { inputType: expected.inputType } : {}),
      });
      expect(result.ok, result.ok ? '' : `no article: ${result.reason}: ${result.message}`).toBe(true);
      const article = (result as { article: Article }).article;

      for (const field of FIELDS) {
        if (field in expected) expect(article[field], field).toBe(expected[field]);
      }
      if (expected.body !== undefined) expect(article.body, 'body').toBe(expected.body);
      for (const s of expected.mustContain ?? []) {
        expect(article.body.includes(s), `body should contain ${JSON.stringify(s)}`).toBe(true);
      }
      for (const s of expected.mustNotContain ?? []) {
        expect(article.body.includes(s), `body should not contain ${JSON.stringify(s)}`).toBe(false);
      }
    });
  }
});

describe('rule coverage', () => {
  const casesOf = (id: string, prefix: string): string[] => {
    const dir = join(FIXTURES, 'rules', id);
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter((n) => n.startsWith(prefix) && statSync(join(dir, n)).isDirectory());
  };

  for (const rule of RULES) {
    it(`${rule.id} has drops- and keeps- fixtures`, () => {
      expect(existsSync(join(FIXTURES, 'rules', rule.id)), `fixtures/rules/${rule.id}/ is missing`).toBe(true);
      const drops = casesOf(rule.id, 'drops-');
      const keeps = casesOf(rule.id, 'keeps-');
      expect(drops.length, `fixtures/rules/${rule.id}/ has no drops-* case`).toBeGreaterThan(0);
      expect(keeps.length, `fixtures/rules/${rule.id}/ has no keeps-* case`).toBeGreaterThan(0);
      for (const name of drops) {
        const e = readExpected(join('rules', rule.id, name));
        expect(e.mustNotContain?.length ?? 0, `rules/${rule.id}/${name}: mustNotContain is empty`).toBeGreaterThan(0);
      }
      for (const name of keeps) {
        const e = readExpected(join('rules', rule.id, name));
        expect(e.mustContain?.length ?? 0, `rules/${rule.id}/${name}: mustContain is empty`).toBeGreaterThan(0);
      }
    });
  }
});
