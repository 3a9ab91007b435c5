/**
 * Lines drawn with symbols alone leave the body last: a rule across the page (━━━━, ────,
 * ====, * * *), a close button (×), and a text browser's form widgets, which w3m prints as
 * ( ), (*), [ ] and [X]. Nothing in them reads as text, yet they stood between the content's
 * lines in most dumps' bodies. They go only once the page's reading is chosen: until then
 * they separate what they separate, as the blank lines around them do, and the readings that
 * compare bodies see the page as it is.
 */
import type { Block, Decision } from '../types.js';

export const GLYPH_RULE = 'drop-glyph-lines';

/**
 * Box drawing, dashes, stars and dots, close marks, and radio buttons and checkboxes.
 * Underscores stay: they are word characters, the blanks of a form to fill in.
 */
const GLYPH_LINE = /^(?:[\s\u2500-\u257f\u2010-\u2015\-=~*·•×✕✖]|\([\s*]?\)|\[[\s*xX]?\])+$/u;
/** Longer than any drawn rule or row of widgets. */
const MAX_LENGTH = 400;

function isGlyphLine(text: string): boolean {
  return text.length <= MAX_LENGTH && GLYPH_LINE.test(text);
}

export interface ChosenReading {
  readonly kept: readonly Block[];
  readonly body: string;
  readonly explain: () => Decision[];
}

/** The reading's body without its lines of symbols, and its trace saying so. */
export function withoutGlyphLines(reading: ChosenReading): ChosenReading {
  const glyphs = new Set(reading.kept.filter((b) => isGlyphLine(b.text)).map((b) => b.index));
  if (glyphs.size === 0) return reading;
  const kept = reading.kept.filter((b) => !glyphs.has(b.index));
  return {
    kept,
    body: kept.map((b) => b.text).join('\n\n'),
    explain: () =>
      reading.explain().map((d) => (glyphs.has(d.index) && d.verdict === 'content' ? { ...d, verdict: 'boilerplate', rule: GLYPH_RULE, reason: 'symbols alone' } : d)),
  };
}
