/**
 * htmlparser2's tokenizer, skipping ahead with native searches.
 *
 * Why: the tokenizer reads a page a character at a time in JavaScript. Inside a script, a
 * style element or a comment it waits for one character (`<`, `-`, `>`); in a text node or an
 * attribute's value (pith decodes entities) every character but `<` or `&`, or the closing
 * quote or `&`, does nothing at all. A news page carries hundreds of kilobytes of inline
 * script, and thousands of text nodes and class lists. Here the tokenizer jumps over those
 * characters with String.indexOf and a one-class regex instead: the ScrapingHub pages parse
 * into the same DOMs in about two-thirds of the time (1.22 -> 0.79 ms a page, in process,
 * alternated). The parser takes a tokenizer class as an option (`Tokenizer`); this one
 * overrides three of its steps, reading the three fields they move (the read buffer, its
 * offset in the page, the position), and hands every character that does something to the
 * tokenizer's own step.
 */
import { Parser, Tokenizer } from 'htmlparser2';
import { DomHandler, type ChildNode } from 'domhandler';
import { lazy } from '../../lazy.js';

/** What the skips read and move: htmlparser2's Tokenizer keeps them as (private) fields. */
interface ReadPosition {
  buffer: string;
  offset: number;
  index: number;
}

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;

/** Where text stops doing nothing: a tag or an entity. */
const TEXT_STOP = /[<&]/g;
/** Where a quoted value stops doing nothing: its closing quote or an entity. */
const DOUBLE_QUOTED_STOP = /["&]/g;
const SINGLE_QUOTED_STOP = /['&]/g;

/**
 * Moves to the character before the next match of `stop` after the current position (the
 * tokenizer's loop then steps onto it), or to the buffer's last character when there is none,
 * as stepping through the characters one by one would.
 */
function skipTo(position: ReadPosition, stop: RegExp): void {
  stop.lastIndex = position.index + 1 - position.offset;
  const at = stop.test(position.buffer) ? stop.lastIndex - 1 : position.buffer.length;
  position.index = at - 1 + position.offset;
}

/**
 * Moves to the next `c` after the current position and returns true, or to the buffer's last
 * character and returns false, as the tokenizer's own loop does (its main loop then steps past it).
 */
function fastForwardTo(this: ReadPosition, c: number): boolean {
  const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
  if (at >= 0) {
    this.index = at + this.offset;
    return true;
  }
  this.index = this.buffer.length + this.offset - 1;
  return false;
}

type Step = (this: ReadPosition, ...args: number[]) => void;
const own = Tokenizer.prototype as unknown as Record<string, Step | undefined>;
const stateText = own.stateText;
const handleInAttributeValue = own.handleInAttributeValue;

class SkippingTokenizer extends Tokenizer {}

function override(name: string, step: Step | ((this: ReadPosition, c: number) => boolean)): void {
  Object.defineProperty(SkippingTokenizer.prototype, name, { value: step, writable: true, configurable: true });
}

// A later htmlparser2 without these steps keeps its own tokenizer's behaviour.
if (typeof own.fastForwardTo === 'function') override('fastForwardTo', fastForwardTo);
if (typeof stateText === 'function') {
  override('stateText', function (this: ReadPosition, c: number) {
    if (c === LT || c === AMP) stateText.call(this, c);
    else skipTo(this, TEXT_STOP);
  });
}
if (typeof handleInAttributeValue === 'function') {
  override('handleInAttributeValue', function (this: ReadPosition, c: number, quote: number) {
    if (c === quote || c === AMP) handleInAttributeValue.call(this, c, quote);
    else skipTo(this, quote === DOUBLE_QUOTE ? DOUBLE_QUOTED_STOP : SINGLE_QUOTED_STOP);
  });
}

/** A page that takes every step the skips replace: entities in text and in both quotes, a script, a comment. */
const SAMPLE = `<p a="x&amp;y" b='1&lt;2' c=d&e>T&lt;u v</p><script>if (a<b) c = "</p>";</script><!-- c -- d --><p>&#x41;&nbsp;end`;

function sampleShape(tokenizer: typeof Tokenizer, chunk: number): string {
  const handler = new DomHandler();
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: tokenizer });
  for (let k = 0; k < SAMPLE.length; k += chunk) parser.write(SAMPLE.slice(k, k + chunk));
  parser.end();
  const shape = (nodes: readonly ChildNode[]): string =>
    nodes.map((n) => ('children' in n ? `${n.type}:${'name' in n ? n.name : ''}${JSON.stringify('attribs' in n ? n.attribs : {})}[${shape(n.children)}]` : `${n.type}:${JSON.stringify(n.data)}`)).join(',');
  return shape(handler.root.children);
}

/**
 * `candidate` when it reads the sample as htmlparser2's own tokenizer does (whole and in small
 * chunks), else htmlparser2's own: the skips read the tokenizer's private fields, and an
 * htmlparser2 that renamed or reworked them is read correctly, only more slowly.
 */
export function checkedTokenizer(candidate: typeof Tokenizer): typeof Tokenizer {
  try {
    const ok = [SAMPLE.length, 3].every((chunk) => sampleShape(candidate, chunk) === sampleShape(Tokenizer, chunk));
    return ok ? candidate : Tokenizer;
  } catch {
    return Tokenizer;
  }
}

/** The tokenizer HTML pages are parsed with: the skipping one, checked on first use (a text page never pays for the check). */
export const quickTokenizer = lazy(() => checkedTokenizer(SkippingTokenizer));

/** The skipping tokenizer itself, unchecked (tests compare it with htmlparser2's own). */
export { SkippingTokenizer as QuickTokenizer };
