/**
 * The fixtures are pith's specification, run through the same library as `pith check`
 * (src/check): every folder under fixtures/ (recursively) holding an `input.txt` or
 * `input.html` beside an `expected.json` is one case, checked on the keys its expected.json
 * lists (see README, "Using pith in CI"). A fixture is added with no test code; each is its
 * own test, so a failure names the fixture and prints the same diff as `pith check`.
 *
 * Beyond what `pith check` verifies, pith's own fixtures must also: give each rule drops-*
 * and keeps-* cases, never leave an input without its expected.json, and only list
 * mustNotContain strings that the input really holds (otherwise the check proves nothing).
 *
 * fixtures/cli/ holds loose CLI inputs and is not a fixture tree.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverFixtures } from '../src/check/discover.js';
import { failureLines } from '../src/check/report-text.js';
import { checkFixture } from '../src/check/run.js';
import type { CheckRunOptions, Fixture } from '../src/check/types.js';
import { RULES } from '../src/rules/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures');
const NOW = '2026-11-26T12:00:00Z';
const SKIP = new Set(['cli']);
const RUN: CheckRunOptions = { baseOptions: { now: NOW } };

interface Expected {
  mustContain?: string[];
  mustNotContain?: string[];
}

function readExpected(dir: string): Expected {
  const path = join(FIXTURES, dir, 'expected.json');
  if (!existsSync(path)) throw new Error(`${dir}: no expected.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Expected;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');
const kept = (f: Fixture) => !SKIP.has(f.name.split('/')[0]);

const discovery = existsSync(FIXTURES) ? await discoverFixtures(FIXTURES) : { fixtures: [], unpaired: [] };
const fixtures = discovery.fixtures.filter(kept);

describe('fixtures', () => {
  it('finds fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it('every input has its expected.json', () => {
    const orphans = discovery.unpaired.filter((f) => kept(f) && f.layout === 'folder').map((f) => f.name);
    expect(orphans, 'folders with an input but no expected.json').toEqual([]);
  });

  for (const fixture of fixtures) {
    it(fixture.name, async () => {
      const result = await checkFixture(fixture, RUN);
      expect(result.status, failureLines(result, { color: false }).join('\n')).toBe('pass');

      // A mustNotContain string that is not in the input proves nothing.
      const inputText = collapse(new TextDecoder().decode(readFileSync(fixture.page!)));
      for (const s of result.expectation?.mustNotContain ?? []) {
        expect(inputText.includes(collapse(s)), `mustNotContain ${JSON.stringify(s)} is not in the input`).toBe(true);
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
