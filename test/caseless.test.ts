import { describe, expect, it } from 'vitest';
import { anyCase, CASELESS_SOURCES, caseless, caselessAny, type CaselessPattern } from '../src/rules/caseless.js';
import '../src/pipeline.js';

/** The source with its escapes (\S, \p{Lu}, \u{...}) and group names taken out. */
function literalPart(source: string): string {
  return source
    .replace(/\\[pPu]\{[^}]*\}/g, '')
    .replace(/\(\?<[A-Za-z_]\w*>|\\k<\w+>/g, '(')
    .replace(/\\./g, '');
}

describe('caseless patterns', () => {
  it('match in any case, as the i flag would', () => {
    const more = caseless('^(?:read more|lire aussi|más leídos)\\b');
    for (const line of ['Read more', 'READ MORE', 'read more', 'LIRE AUSSI', 'Más leídos', 'MÁS LEÍDOS']) expect(more.test(line), line).toBe(true);
    expect(more.test('Ready')).toBe(false);
  });

  it('give positions in the text as written, also when lower-casing lengthens it', () => {
    const label = caseless('^related:\\s*');
    expect(label.exec('RELATED: İstanbul')![0].length).toBe(9);
    // İ lower-cases to two characters: the line is matched as written, with the i flag.
    const turkish = caseless('^i̇lgi̇li̇:\\s*|^ilgili:\\s*|:\\s*', 'du');
    const line = 'İLGİLİ: Haber';
    expect(line.toLowerCase().length).toBe(line.length + 3);
    const match = turkish.exec(line)!;
    expect(line.slice(match.indices![0][1])).toBe('Haber');
  });

  it('match the same lines once they run on their i-flag twin', () => {
    const pattern = caseless('^(?:read more|lire aussi)\\b.{0,20}\\p{Ll}');
    const lines = ['Read more Stories', 'LIRE AUSSI: x', 'read more 123', 'Ready steady'];
    const first = lines.map((line) => pattern.test(line));
    for (let k = 0; k < 400; k++) pattern.test('warming up');
    expect(lines.map((line) => pattern.test(line))).toEqual(first);
    expect(first).toEqual([true, true, false, false]);
  });

  it('match accented letters in any case without the u flag, and keep it where a pattern needs it', () => {
    // No property class: run without the u flag, lower-cased and then as the twin.
    const plain = caseless('^(?:über uns|à propos|o nás)$');
    // A property class and a character beyond the BMP need the u flag to be read at all.
    const classed = caseless('^\\p{Ll}+ 😀$');
    const lines = ['ÜBER UNS', 'Über uns', 'À PROPOS', 'O NÁS', 'uber uns'];
    const first = lines.map((line) => plain.test(line));
    expect(first).toEqual([true, true, true, true, false]);
    expect(['Émile 😀', 'ÉMILE 😀', 'x 😀😀'].map((line) => classed.test(line))).toEqual([true, true, false]);
    for (let k = 0; k < 400; k++) plain.test('warming up');
    expect(lines.map((line) => plain.test(line))).toEqual(first);
  });

  it('anyCase spells words to match in any case without the i flag', () => {
    expect(anyCase('st|nd')).toBe('[sS][tT]|[nN][dD]');
    const ordinal = new RegExp(`^\\d+(?:${anyCase('st|nd|rd|th|ème|º')})$`, 'u');
    for (const day of ['1st', '2ND', '3Rd', '4th', '5ème', '5ÈME', '6º']) expect(ordinal.test(day), day).toBe(true);
    expect(ordinal.test('7xx')).toBe(false);
    // A letter whose other case is two letters stays as it is: ß (SS).
    expect(anyCase('straße')).toBe('[sS][tT][rR][aA]ß[eE]');
  });

  it('caselessAny matches a line when any of its patterns does, anchored ones at the start only', () => {
    const sources = ['^follow us on\\b', '\\(opens in a new (?:window|tab)\\)', '\\bpermalink\\b.*\\|'];
    const any = caselessAny(sources, '');
    const one = sources.map((source) => caseless(source, ''));
    const lines = ['Follow us on X', 'Share (Opens in a new window)', 'Posted in News | PERMALINK | 3 comments', 'Permalink', 'We follow us on Sundays', 'Nothing here'];
    expect(lines.map((line) => any.test(line))).toEqual(lines.map((line) => one.some((pattern) => pattern.test(line))));
    expect(lines.map((line) => any.test(line))).toEqual([true, true, true, false, false, false]);
    // An alternation in one source stays inside it: "^a|b" must not turn into "^a" or "b" for the others.
    const grouped = caselessAny(['^ab|cd', 'ef$'], '');
    expect(['xcd', 'abx', 'xab', 'efx', 'xef'].map((line) => grouped.test(line))).toEqual([true, true, false, false, true]);
  });

  it('caselessAny refuses back-references, which its numbering of groups would break', () => {
    expect(() => caselessAny(['(a)\\1', 'b'])).toThrow(/back-references/);
    expect(() => caselessAny(['(?<q>a)\\k<q>'])).toThrow(/back-references/);
  });

  it('refuse the flags that would undo them', () => {
    expect(() => caseless('x', 'iu')).toThrow(/no i, g or y flag/);
    expect(() => caseless('x', 'g')).toThrow(/no i, g or y flag/);
  });

  it('are all written in lower case (an upper-case letter in one could never match)', () => {
    expect(CASELESS_SOURCES.length).toBeGreaterThan(3);
    const upper = CASELESS_SOURCES.filter((source) => /\p{Lu}/u.test(literalPart(source)));
    expect(upper).toEqual([]);
    // Nor an upper-case class: a cased letter is \p{Ll} in lower-cased text.
    expect(CASELESS_SOURCES.filter((source) => /\\p\{(?:Lu|Lt|Uppercase_Letter|Titlecase_Letter)\}/.test(source))).toEqual([]);
  });
});

describe('a caseless pattern told what its lines open with or hold', () => {
  const threadStarter = () => caseless('^(?:thread starter|started by)\\s*:?\\s*(\\S+)$', 'u', { opens: ['thread starter', 'started by'] });
  /** The regexes the pattern has built so far (its lower-case one and its i-flag twin). */
  const built = (pattern: CaselessPattern) => {
    const { lower, twin } = pattern as unknown as { lower?: RegExp; twin?: RegExp };
    return [lower, twin];
  };

  it('matches the lines that open so, in any case, and no other', () => {
    const starter = threadStarter();
    expect(starter.exec('Thread Starter: kbfan')?.[1]).toBe('kbfan');
    expect(starter.exec('STARTED BY wizzard')?.[1]).toBe('wizzard');
    expect(starter.test('The thread starter: kbfan')).toBe(false);
    expect(starter.test('Then started by kbfan')).toBe(false);
  });

  it('builds no regex for lines that open otherwise (a single page need not compile it)', () => {
    const starter = threadStarter();
    for (const line of ['The thread starter: kbfan', 'Then started by kbfan', 'Home']) expect(starter.test(line)).toBe(false);
    expect(built(starter)).toEqual([undefined, undefined]);
    expect(starter.test('Started by kbfan')).toBe(true);
    expect(built(starter)[0]).toBeInstanceOf(RegExp);
  });

  it('builds no regex for lines without the words every match holds', () => {
    const cta = caseless('(?:^|[^\\p{L}])(?:sign in|free trial)(?![\\p{L}])', 'u', { holds: ['sign in', 'free trial'] });
    for (const line of ['Home', 'World news', 'Signing in']) expect(cta.test(line)).toBe(false);
    expect(built(cta)).toEqual([undefined, undefined]);
    expect(cta.test('Start your FREE TRIAL')).toBe(true);
    expect(cta.test('Designing in teams')).toBe(false);
  });

  it('leaves the openings to the gate and the twin after a hundred askings, and matches as before', () => {
    const starter = threadStarter();
    for (let k = 0; k < 150; k++) expect(starter.test(k % 2 ? 'Started by kbfan' : 'The end')).toBe(k % 2 === 1);
  });
});
