import { describe, expect, it } from 'vitest';
import { detectWrapWidth } from '../src/parse/text/unwrap.js';
import { displayWidth } from '../src/parse/text/normalize.js';

/** Words of a made-up paragraph, from a seeded generator: the same text on every run. */
function words(seed: number, count: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const syllables = ['ka', 'ro', 'men', 'ti', 'sal', 'u', 'ber', 'no', 'vi', 'stra'];
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => syllables[Math.floor(next() * syllables.length)]).join(''));
}

/** Paragraphs wrapped the way a text browser wraps them: each line as full as `width` allows. */
function wrap(paragraphs: string[][], width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    let line = '';
    for (const word of paragraph) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line, '');
  }
  return lines;
}

/** The width detection written out plainly, every width asked of every line: what the tallies must agree with. */
function plainDetect(lines: string[]): number | null {
  const shapes = lines.map((raw) => {
    const line = raw.trimEnd();
    const trimmed = line.trimStart();
    const space = trimmed.search(/\s/);
    const word = space < 0 ? trimmed : trimmed.slice(0, space);
    return { width: displayWidth(line), firstBreak: space < 0 ? Infinity : line.length - trimmed.length + space, firstWordWidth: displayWidth(word) };
  });
  if (shapes.filter((s) => s.width > 0).length < 10) return null;
  let best: number | null = null;
  let bestScore = 0;
  for (let width = 60; width <= 160; width++) {
    let evidence = 0;
    let overflow = 0;
    for (let i = 0; i + 1 < shapes.length; i++) {
      const [line, next] = [shapes[i], shapes[i + 1]];
      if (line.width > width) {
        if (line.firstBreak < width) overflow++;
      } else if (line.width >= width - 25 && next.width > 0 && line.width > 0 && line.width + 1 + next.firstWordWidth > width) evidence++;
    }
    if (evidence - 3 * overflow > bestScore) [bestScore, best] = [evidence - 3 * overflow, width];
  }
  return bestScore >= 3 ? best : null;
}

describe('detectWrapWidth', () => {
  it("finds the column a text browser wrapped at (at most the width, at least the longest line)", () => {
    for (const width of [64, 72, 80, 100, 132]) {
      const lines = wrap([words(width, 120), words(width + 1, 90), words(width + 2, 150)], width);
      const found = detectWrapWidth(lines);
      expect(found, `wrapped at ${width}`).not.toBeNull();
      expect(found!).toBeLessThanOrEqual(width);
      expect(found!).toBeGreaterThanOrEqual(Math.max(...lines.map((l) => l.length)));
    }
  });

  it('finds none in a dump whose paragraphs are one line each (innerText)', () => {
    const lines = Array.from({ length: 12 }, (_, k) => words(k + 7, 20 + 13 * k).join(' '));
    expect(detectWrapWidth(lines)).toBeNull();
  });

  it('agrees with every width asked of every line, on wrapped, unwrapped and mixed dumps', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const width = 60 + ((seed * 37) % 90);
      const wrapped = wrap([words(seed, 40 + seed), words(seed + 100, 25)], width);
      const menu = words(seed + 200, 8);
      const long = [words(seed + 300, 30 + seed).join(' ')];
      const dump = seed % 3 === 0 ? [...menu, ...wrapped] : seed % 3 === 1 ? [...wrapped, ...long, ...menu] : [...long, ...menu, ...wrapped.slice(0, 5)];
      expect(detectWrapWidth(dump), `seed ${seed}`).toBe(plainDetect(dump));
    }
  });

  it('agrees with every width asked of every line, on lines broken anywhere', () => {
    let disagreements = 0;
    let found = 0;
    for (let seed = 1; seed <= 300; seed++) {
      // Lines broken at made-up points near a width, some indented, some blank.
      const pool = words(seed, 400);
      const lines: string[] = [];
      let at = 0;
      for (let k = 0; k < 30 && at < pool.length; k++) {
        const target = 50 + ((seed * 13 + k * 29) % 90);
        let line = k % 7 === 3 ? '  ' : '';
        while (at < pool.length && line.length + pool[at].length < target) line += (line.trim() === '' ? '' : ' ') + pool[at++];
        lines.push(line, ...(k % 5 === 4 ? [''] : []));
      }
      const ours = detectWrapWidth(lines);
      if (ours !== plainDetect(lines)) disagreements++;
      if (ours !== null) found++;
    }
    expect(disagreements).toBe(0);
    expect(found).toBeGreaterThan(50);
  });
});
