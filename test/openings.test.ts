import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchoredOpenings, GATED_REGEXES, GatedRegex, OpeningGate, OpeningTest } from '../src/rules/openings.js';
import { CASELESS_SOURCES } from '../src/rules/caseless.js';
import '../src/pipeline.js';

/** The i-flag pattern of a caseless source, as its twin runs it. */
function twinOf(source: string): RegExp {
  return new RegExp(source, /\\[pPu]\{|[\u{10000}-\u{10FFFF}]/u.test(source) ? 'ui' : 'i');
}

describe('the openings of an anchored pattern (anchoredOpenings)', () => {
  it("are its alternatives' plain characters, up to a quantifier, a class or an escape of more than one character", () => {
    expect(anchoredOpenings('^(?:related|more from|tags?|filed under)\\b')).toEqual(['related', 'more from', 'tag', 'filed under']);
    expect(anchoredOpenings('^this (?:story|article) has been shared')).toEqual(['this ']);
    expect(anchoredOpenings('^store and\\/or access\\s+information')).toEqual(['store and/or access']);
    expect(anchoredOpenings('^(?:#\\d{1,5}\\b|(?:re|aw)\\s*:\\s*\\S)')).toEqual(['#', 're', 'aw']);
    expect(anchoredOpenings('^\\d+\\s*min')).toEqual([...'0123456789']);
  });

  it('take an optional group and what follows it, and the sources caselessAny joins in groups', () => {
    expect(anchoredOpenings('^(?:like\\s+)?(?:loading|laden)')).toEqual(['like', 'loading', 'laden']);
    expect(anchoredOpenings('(?:^follow us on\\b)|(?:^(?:click|tap) here)')).toEqual(['follow us on', 'click', 'tap']);
  });

  it('are cut at the first character beyond ASCII, and an alternative that opens beyond it is left to the pattern', () => {
    expect(anchoredOpenings('^(?:größe|über uns|size)\\s*:')).toEqual(['gr', 'size']);
    expect(anchoredOpenings('^(?:главная|über)')).toBeNull();
  });

  it('are none when a match may open otherwise: unanchored, optional or classed openings, look-arounds, the m flag', () => {
    for (const source of ['\\b(?:ago|vor)\\b', '^(?:home)\\s*[/>]|\\s[/>]\\s*$', '(?:^|\\s)(?:forum|blog)$', '^a?bc', '^[$€£]?\\d', '^(?=x)xy', '^\\s*more', '^\\d*x', '(?:^a)?b'])
      expect(anchoredOpenings(source), source).toBeNull();
    expect(anchoredOpenings('^more', 'm')).toBeNull();
  });

  it('are none when an alternative opens with a character that matches an ASCII letter in another case (the long s, the Kelvin sign)', () => {
    expect(anchoredOpenings('^(?:ſome|size)')).toBeNull();
    expect(anchoredOpenings('^(?:\u212aelvin|size)')).toBeNull();
  });
});

describe('a line read against the openings (OpeningTest)', () => {
  const test = new OpeningTest(['related', 'more from', 'tag', '#']);

  it('says no to a line whose first two characters open none of them, in any case', () => {
    for (const line of ['Stories', 'MAYBE', ' related', '', 'x#', 'R']) expect(test.mayOpen(line), line).toBe(false);
  });

  it('says maybe to a line that opens as one of them does, in any case, and to one that opens beyond ASCII', () => {
    for (const line of ['Related stories', 'RELATED', 'More From Us', 'Tags: a, b', '#12', '#', 'Ünrelated', 'RÉSUMÉ', 'rÉ']) expect(test.mayOpen(line), line).toBe(true);
  });

  it('reads only the first two characters: what follows them is left to the pattern', () => {
    for (const line of ['Reader', 'Moon', 'Mo', 'ta', 'TAXI']) expect(test.mayOpen(line), line).toBe(true);
  });
});

describe('the gate of a pattern (OpeningGate)', () => {
  it("reads the pattern's openings only once it has been asked often: a single page's run never pays for them", () => {
    const gate = new OpeningGate('^(?:related|more)\\b', '');
    expect(gate.mayMatch('Stories')).toBe(true);
    for (let k = 0; k < 200; k++) gate.mayMatch('x');
    expect(gate.mayMatch('Stories')).toBe(false);
    expect(gate.mayMatch('Related')).toBe(true);
    // An unanchored pattern has no openings: every line is asked of it.
    const open = new OpeningGate('\\bago\\b', '');
    for (let k = 0; k < 200; k++) open.mayMatch('x');
    expect(open.mayMatch('Stories')).toBe(true);
  });
});

describe('a plain regex gated by its openings (GatedRegex)', () => {
  it('answers as the regex does, case-sensitive or not', () => {
    const sensitive = new GatedRegex(/^(?:By|BY)\s+\p{Lu}/u);
    const insensitive = new GatedRegex(/^(?:sources?|via)\s*:\s*(\S.*)$/i);
    for (const line of ['By Jane', 'BY JANE', 'by jane', 'Byline', 'Bye Jane', 'Stand by Me', '']) expect(sensitive.test(line), line).toBe(sensitive.regex.test(line));
    for (const line of ['Source: AP', 'SOURCES: Reuters', 'via: x', 'Viaduct: y', 'The source: z']) {
      expect(insensitive.test(line), line).toBe(insensitive.regex.test(line));
      expect(insensitive.exec(line)?.[1], line).toBe(insensitive.regex.exec(line)?.[1]);
    }
  });

  it('refuses a regex that keeps state between calls', () => {
    expect(() => new GatedRegex(/^a/g)).toThrow(/keeps no state/);
    expect(() => new GatedRegex(/^a/y)).toThrow(/keeps no state/);
  });
});

describe('every caseless pattern with openings', () => {
  it('matches no line its openings rule out, written in any case', () => {
    const lines = ['Related stories', 'MORE FROM THE GUARDIAN', 'Tags: news, world', 'Posts: 12', 'Size: M', 'Get started free', 'Loading...', 'Skip to content', 'Ökologie', 'İLGİLİ HABERLER', 'ſtory', '\u212aeep reading', 'The Associated Press', 'By Jane Doe', '12 min read', '#3 Re: question'];
    for (const source of CASELESS_SOURCES) {
      const openings = anchoredOpenings(source);
      if (openings === null) continue;
      const test = new OpeningTest(openings);
      const twin = twinOf(source);
      // The openings themselves, in each case, open lines that may match; a line they rule out never does.
      for (const line of [...lines, ...openings.flatMap((o) => [o, o.toUpperCase(), `${o} x`])]) {
        for (const variant of [line, line.toUpperCase(), line.toLowerCase()]) {
          if (!test.mayOpen(variant)) expect(twin.test(variant), `${source.slice(0, 40)} / ${variant}`).toBe(false);
        }
      }
    }
  });

  const corpus = join(__dirname, '..', '..', 'shared', 'corpora', 'scrapinghub-text', 'txt');
  it.skipIf(!existsSync(corpus))('matches no line of the ScrapingHub dumps that its openings rule out', () => {
    const lines = readdirSync(corpus).flatMap((f) => readFileSync(join(corpus, f), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== ''));
    let ruledOut = 0;
    for (const source of CASELESS_SOURCES) {
      const openings = anchoredOpenings(source);
      if (openings === null) continue;
      const test = new OpeningTest(openings);
      const twin = twinOf(source);
      const wrong = lines.filter((line) => !test.mayOpen(line) && twin.test(line));
      expect(wrong, source.slice(0, 60)).toEqual([]);
      ruledOut += lines.filter((line) => !test.mayOpen(line)).length;
    }
    // The rules' own anchored regexes, gated the same way.
    expect(GATED_REGEXES.length).toBeGreaterThan(3);
    for (const gated of GATED_REGEXES) {
      const openings = anchoredOpenings(gated.regex.source, gated.regex.flags);
      if (openings === null) continue;
      const test = new OpeningTest(openings);
      expect(lines.filter((line) => !test.mayOpen(line) && gated.regex.test(line)), gated.regex.source.slice(0, 60)).toEqual([]);
    }
    // Most lines open with none of a pattern's words: the test saves most of the calls.
    expect(ruledOut).toBeGreaterThan(lines.length * 10);
  });
});

describe('a gated regex told what its lines open with', () => {
  it('runs its regex only on lines that open so while its gate is cold, and matches as before', () => {
    /** A regex that counts how often it is run. */
    class Counted extends RegExp {
      runs = 0;
      override exec(text: string): RegExpExecArray | null {
        this.runs++;
        return super.exec(text);
      }
    }
    const counted = new Counted('^(?:by|Von)\\s+\\p{Lu}\\p{L}+', 'u');
    const cold = new GatedRegex(counted, ['by', 'Von']);
    for (const line of ['The story by Anna', 'Home', 'Boy Jane']) expect(cold.test(line)).toBe(false);
    expect(counted.runs).toBe(0);
    expect(cold.test('by Jane')).toBe(true);
    expect(counted.runs).toBe(1);
    const byline = new GatedRegex(/^(?:by|Von)\s+\p{Lu}\p{L}+/u, ['by', 'Von']);
    expect(byline.exec('Von Anna Schmidt')?.[0]).toBe('Von Anna');
    expect(byline.test('The story by Anna')).toBe(false);
    for (let k = 0; k < 150; k++) expect(byline.test(k % 2 ? 'by Jane' : 'Boy Jane')).toBe(k % 2 === 1);
  });

  it('refuses openings for a regex with the i flag, which it would compare as written', () => {
    expect(() => new GatedRegex(/^by\s+\w+/i, ['by'])).toThrow(/as written/);
  });
});
