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
 * overrides some of its steps, reading the fields they move (the read buffer, its offset in
 * the page, the position; the state and section start for tags), and hands every character
 * that does something to the tokenizer's own step.
 *
 * Tags, a third of a page's characters, are read whole: the tokenizer dispatched on every
 * character of every name, value and space between them. The tag readers walk a start tag's
 * name and attributes, or an end tag's name, by their codes and give the same events; anything
 * out of the common shapes (an entity in a value, a `/`, the buffer's end, a script's or
 * title's start tag) goes back to the tokenizer's own steps in the state they would have
 * reached. parsePage over the ScrapingHub pages 1.04-1.14 -> 0.83-0.97 ms a page (separate
 * processes, alternated).
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

/** A position with the skips' memo of the buffer's next `&` (see nextAmp). */
interface SkipPosition extends ReadPosition {
  ampBuffer: string | undefined;
  ampFrom: number;
  ampAt: number;
}

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const EQ = 0x3d;
const SLASH = 0x2f;
const GT = 0x3e;

/** The tokenizer's white space: space, tab, new line, form feed, carriage return. */
function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

/** Where a tag's name ends (white space, `/`, `>`), or an attribute's (`=` too). */
function isTagNameEnd(c: number, attribute: boolean): boolean {
  return c === GT || c === SLASH || isWhitespace(c) || (attribute && c === EQ);
}

/** Where an end tag's name ends: `>` or white space. */
function isClosingNameEnd(c: number): boolean {
  return c === GT || isWhitespace(c);
}

/**
 * Where the buffer's next `&` at or after `from` is (-1: none), remembered: text and quoted
 * values stop at an `&` or at their own end (`<`, the quote), and a page's ampersands are
 * few and far apart, so each is searched for once, not once per text node or value.
 */
function nextAmp(p: SkipPosition, from: number): number {
  if (p.ampBuffer !== p.buffer || from < p.ampFrom || (p.ampAt >= 0 && p.ampAt < from)) {
    p.ampBuffer = p.buffer;
    p.ampFrom = from;
    p.ampAt = p.buffer.indexOf('&', from);
  }
  return p.ampAt;
}

/**
 * Moves to the character before the next `stop` or `&` after the current position (the
 * tokenizer's loop then steps onto it), or to the buffer's last character when there is
 * none, as stepping through the characters one by one would.
 */
function skipToOrAmp(p: SkipPosition, stop: string): void {
  const from = p.index + 1 - p.offset;
  const found = p.buffer.indexOf(stop, from);
  const amp = nextAmp(p, from);
  const at = amp >= 0 && (found < 0 || amp < found) ? amp : found >= 0 ? found : p.buffer.length;
  p.index = at - 1 + p.offset;
}

/**
 * Moves to the character before the first one after the current position that ends a tag's
 * or an attribute's name (white space, `/`, `>`; `=` too for an attribute), or to the
 * buffer's last character: a walk of the codes alone, without the tokenizer's dispatch on
 * every character of every name.
 */
function skipName(p: ReadPosition, attribute: boolean): void {
  const buffer = p.buffer;
  let k = p.index + 1 - p.offset;
  while (k < buffer.length && !isTagNameEnd(buffer.charCodeAt(k), attribute)) k++;
  p.index = k - 1 + p.offset;
}

/** The same for a closing tag's name, which only `>` or white space ends. */
function skipClosingName(p: ReadPosition): void {
  const buffer = p.buffer;
  let k = p.index + 1 - p.offset;
  while (k < buffer.length && !isClosingNameEnd(buffer.charCodeAt(k))) k++;
  p.index = k - 1 + p.offset;
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

type Step = (this: SkipPosition, ...args: number[]) => void;
const own = Tokenizer.prototype as unknown as Record<string, Step | undefined>;
const stateText = own.stateText;
const handleInAttributeValue = own.handleInAttributeValue;
const stateInTagName = own.stateInTagName;
const stateInAttributeName = own.stateInAttributeName;
const stateInClosingTagName = own.stateInClosingTagName;

class SkippingTokenizer extends Tokenizer {
  // The memo of nextAmp, in every instance from the start (one shape).
  ampBuffer: string | undefined = undefined;
  ampFrom = 0;
  ampAt = -1;
}

function override(name: string, step: (this: never, ...args: never[]) => unknown): void {
  Object.defineProperty(SkippingTokenizer.prototype, name, { value: step, writable: true, configurable: true });
}

// A later htmlparser2 without these steps keeps its own tokenizer's behaviour. Each step does
// nothing on the characters it skips: the skips only save walking over them.
if (typeof own.fastForwardTo === 'function') override('fastForwardTo', fastForwardTo);
if (typeof stateText === 'function') {
  override('stateText', function (this: TagPosition, c: number) {
    if (c === LT && typeof stateBeforeTagName === 'function') readMarkup(this, stateText);
    else if (c === LT || c === AMP) stateText.call(this, c);
    else skipToOrAmp(this, '<');
  });
}
if (typeof handleInAttributeValue === 'function') {
  override('handleInAttributeValue', function (this: SkipPosition, c: number, quote: number) {
    if (c === quote || c === AMP) handleInAttributeValue.call(this, c, quote);
    else skipToOrAmp(this, quote === DOUBLE_QUOTE ? '"' : "'");
  });
}
if (typeof stateInTagName === 'function') {
  override('stateInTagName', function (this: SkipPosition, c: number) {
    if (isTagNameEnd(c, false)) stateInTagName.call(this, c);
    else skipName(this, false);
  });
}
if (typeof stateInAttributeName === 'function') {
  override('stateInAttributeName', function (this: SkipPosition, c: number) {
    if (isTagNameEnd(c, true)) stateInAttributeName.call(this, c);
    else skipName(this, true);
  });
}
if (typeof stateInClosingTagName === 'function') {
  override('stateInClosingTagName', function (this: SkipPosition, c: number) {
    if (isClosingNameEnd(c)) stateInClosingTagName.call(this, c);
    else skipClosingName(this);
  });
}

// htmlparser2's tokenizer states and quote kinds that the tag reader below hands back in (its
// private State and QuoteType numbers: checkedTokenizer falls back to the stock tokenizer if
// a later htmlparser2 reads its sample otherwise).
const TEXT = 1;
const IN_CLOSING_TAG_NAME = 6;
const AFTER_CLOSING_TAG_NAME = 7;
const BEFORE_ATTRIBUTE_NAME = 8;
const IN_ATTRIBUTE_NAME = 9;
const AFTER_ATTRIBUTE_NAME = 10;
const BEFORE_ATTRIBUTE_VALUE = 11;
const IN_VALUE_DOUBLE = 12;
const IN_VALUE_SINGLE = 13;
const IN_VALUE_UNQUOTED = 14;
const NO_VALUE = 0;
const UNQUOTED = 1;
const SINGLE = 2;
const DOUBLE = 3;

/** The events a tag's reading gives (htmlparser2's TokenizerCallbacks, the part a tag uses). */
interface TagEvents {
  onopentagname(start: number, end: number): void;
  onattribname(start: number, end: number): void;
  onattribdata(start: number, end: number): void;
  onattribend(quote: number, endIndex: number): void;
  /** An attribute read whole, its name's span and its value's (empty when it has none): the three events above in one. Optional. */
  onattribute?(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void;
  onopentagend(endIndex: number): void;
  onclosetag(start: number, end: number): void;
}

/** What the tag reader reads and moves of the tokenizer. */
interface TagPosition extends SkipPosition {
  state: number;
  sectionStart: number;
  isSpecial: boolean;
  xmlMode: boolean;
  cbs: TagEvents;
}

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

/**
 * The names whose text the tokenizer reads raw (script, style) or as text alone (title,
 * textarea, xmp), in any case, told from the codes of buffer[start, end).
 */
function isSpecialName(buffer: string, start: number, end: number): boolean {
  const first = buffer.charCodeAt(start) | 0x20;
  if (first === 0x73 /* s */) return spells(buffer, start, end, 'script') || spells(buffer, start, end, 'style');
  if (first === 0x74 /* t */) return spells(buffer, start, end, 'title') || spells(buffer, start, end, 'textarea');
  return first === 0x78 /* x */ && spells(buffer, start, end, 'xmp');
}

/** Whether buffer[start, end) is `word` (lower case) in any ASCII case. */
function spells(buffer: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((buffer.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** The tokenizer's own steps take over at buffer position k (read next), in `state`. */
function handBack(p: TagPosition, k: number, state: number, sectionStart: number): void {
  p.state = state;
  p.sectionStart = sectionStart;
  p.index = k - 1 + p.offset;
}

/**
 * Reads a start tag whose name starts at the current position, its attributes and its end,
 * giving the tokenizer's events, with the tokenizer's steps written out for the common shapes
 * (names, quoted and unquoted values, white space, `>`): the tokenizer takes a dispatch on
 * every character of a tag, and a page's tags are a third of its characters. Whatever else
 * comes (an entity in a value, `/`, the buffer's end) is handed back to the tokenizer's own
 * steps in the state they would be in there. False when the tag is a special one (script,
 * style, title, textarea, xmp), which the tokenizer reads itself from the start.
 */
function readStartTag(p: TagPosition): boolean {
  const buffer = p.buffer;
  const offset = p.offset;
  const start = p.index - offset;
  let k = start + 1;
  while (k < buffer.length && !isTagNameEnd(buffer.charCodeAt(k), false)) k++;
  if (k >= buffer.length || isSpecialName(buffer, start, k)) return false;
  p.cbs.onopentagname(start + offset, k + offset);
  for (;;) {
    // Before an attribute's name: white space is passed over.
    while (k < buffer.length && isWhitespace(buffer.charCodeAt(k))) k++;
    if (k >= buffer.length) return handBackTrue(p, k, BEFORE_ATTRIBUTE_NAME, -1);
    let c = buffer.charCodeAt(k);
    if (c === GT && !p.isSpecial) {
      p.cbs.onopentagend(k + offset);
      p.state = TEXT;
      p.sectionStart = k + 1 + offset;
      p.index = k + offset;
      return true;
    }
    if (c === GT || c === SLASH) return handBackTrue(p, k, BEFORE_ATTRIBUTE_NAME, -1);
    // An attribute's name: its first character whatever it is, up to `=`, white space, `/` or `>`.
    const nameStart = k++;
    while (k < buffer.length && !isTagNameEnd(buffer.charCodeAt(k), true)) k++;
    if (k >= buffer.length) return handBackTrue(p, k, IN_ATTRIBUTE_NAME, nameStart + offset);
    const nameEnd = k;
    // The name's event is given with the value's once the value is read whole; before any
    // hand-back it is given alone, as the tokenizer gives it at the name's end.
    while (k < buffer.length && isWhitespace(buffer.charCodeAt(k))) k++;
    if (k >= buffer.length) return nameThenHandBack(p, nameStart, nameEnd, k, AFTER_ATTRIBUTE_NAME, nameEnd + offset);
    if (buffer.charCodeAt(k) !== EQ) {
      // No value: the next attribute, or the tag's end, is read from here.
      attribute(p, nameStart, nameEnd, nameEnd, nameEnd, NO_VALUE, nameEnd);
      continue;
    }
    k++;
    while (k < buffer.length && isWhitespace(buffer.charCodeAt(k))) k++;
    if (k >= buffer.length) return nameThenHandBack(p, nameStart, nameEnd, k, BEFORE_ATTRIBUTE_VALUE, nameEnd + offset);
    c = buffer.charCodeAt(k);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const valueStart = k + 1;
      const close = buffer.indexOf(c === DOUBLE_QUOTE ? '"' : "'", valueStart);
      const amp = nextAmp(p, valueStart);
      const state = c === DOUBLE_QUOTE ? IN_VALUE_DOUBLE : IN_VALUE_SINGLE;
      if (amp >= 0 && (close < 0 || amp < close)) return nameThenHandBack(p, nameStart, nameEnd, amp, state, valueStart + offset);
      if (close < 0) return nameThenHandBack(p, nameStart, nameEnd, buffer.length, state, valueStart + offset);
      attribute(p, nameStart, nameEnd, valueStart, close, c === DOUBLE_QUOTE ? DOUBLE : SINGLE, close + 1);
      k = close + 1;
      continue;
    }
    // Unquoted: up to white space or `>`, its first character included whatever it is.
    const valueStart = k;
    while (k < buffer.length) {
      c = buffer.charCodeAt(k);
      if (isWhitespace(c) || c === GT || c === AMP) break;
      k++;
    }
    if (k >= buffer.length || c === AMP) return nameThenHandBack(p, nameStart, nameEnd, k, IN_VALUE_UNQUOTED, valueStart + offset);
    attribute(p, nameStart, nameEnd, valueStart, k, UNQUOTED, k);
  }
}

/**
 * An attribute read whole (buffer positions): one event when the events take it so
 * (onattribute), else the tokenizer's three (its name, its value unless it has none, its end).
 */
function attribute(p: TagPosition, nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, quote: number, endIndex: number): void {
  const offset = p.offset;
  const events = p.cbs;
  if (events.onattribute !== undefined) {
    events.onattribute(nameStart + offset, nameEnd + offset, valueStart + offset, valueEnd + offset);
    return;
  }
  events.onattribname(nameStart + offset, nameEnd + offset);
  if (quote !== NO_VALUE) events.onattribdata(valueStart + offset, valueEnd + offset);
  events.onattribend(quote, endIndex + offset);
}

/** The attribute's name event, then the tokenizer's own steps from buffer position k (see handBack). */
function nameThenHandBack(p: TagPosition, nameStart: number, nameEnd: number, k: number, state: number, sectionStart: number): true {
  p.cbs.onattribname(nameStart + p.offset, nameEnd + p.offset);
  return handBackTrue(p, k, state, sectionStart);
}

function handBackTrue(p: TagPosition, k: number, state: number, sectionStart: number): true {
  handBack(p, k, state, sectionStart);
  return true;
}

/**
 * Reads an end tag whose name starts at buffer position `start` (after `</`) up to its end:
 * the name's event, then past `>` when it comes right after; anything else after the name
 * is left to the tokenizer's own step after a closing tag's name. False when the name runs
 * to the buffer's end (the tokenizer's steps take it).
 */
function readEndTag(p: TagPosition, start: number): boolean {
  const buffer = p.buffer;
  const offset = p.offset;
  let k = start + 1;
  while (k < buffer.length && !isClosingNameEnd(buffer.charCodeAt(k))) k++;
  if (k >= buffer.length) return false;
  p.cbs.onclosetag(start + offset, k + offset);
  if (buffer.charCodeAt(k) === GT) handBack(p, k + 1, TEXT, k + 1 + offset);
  else handBack(p, k, AFTER_CLOSING_TAG_NAME, -1);
  return true;
}

/**
 * From a `<` in text: its tag, the text after it, the next tag, and so on, read in turn
 * without going back to the tokenizer's loop between them, until something the tag readers
 * leave to the tokenizer (an entity in the text, a comment, a script) or the buffer's end.
 * `stateText` is the tokenizer's own step for text, which gives the text before a `<`.
 */
function readMarkup(p: TagPosition, stateText: Step): void {
  for (;;) {
    stateText.call(p, LT);
    const next = p.index + 1 - p.offset;
    if (next >= p.buffer.length) return;
    p.index++;
    beforeTagName.call(p, p.buffer.charCodeAt(next));
    if (p.state !== TEXT) return;
    // In text again, past a tag's `>` (or on a `<` that opened none, read as text): on to
    // the next `<`, or back to the tokenizer before an `&` or at the buffer's end.
    skipToOrAmp(p, '<');
    const at = p.index + 1 - p.offset;
    if (at >= p.buffer.length || p.buffer.charCodeAt(at) !== LT) return;
    p.index++;
  }
}

const stateBeforeTagName = own.stateBeforeTagName;

/** The step after `<`: the tag readers above for a start or an end tag, else the tokenizer's own step. */
function beforeTagName(this: TagPosition, c: number): void {
  if (!this.xmlMode && isAsciiLetter(c)) {
    if (!readStartTag(this)) stateBeforeTagName!.call(this, c);
    return;
  }
  if (c === SLASH && !this.xmlMode) {
    const next = this.index + 1 - this.offset;
    if (next < this.buffer.length && isAsciiLetter(this.buffer.charCodeAt(next)) && readEndTag(this, next)) return;
  }
  stateBeforeTagName!.call(this, c);
}
if (typeof stateBeforeTagName === 'function') override('stateBeforeTagName', beforeTagName);

/**
 * A page that takes every step the skips and the tag readers replace: entities in text and in
 * both quotes and unquoted, a script, a comment, attributes of every shape, end tags with and
 * without space before their `>`, a self-closing tag.
 */
const SAMPLE = `<p a="x&amp;y" b='1&lt;2' c=d&amp;e>T&lt;u v</p><script>if (a<b) c = "</p>";</script><!-- c -- d --><p>&#x41;&nbsp;end<div  class = "a b"  id=main hidden data-x='y' >x</div ><br/><P CLASS=Q>z</P>`;

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
