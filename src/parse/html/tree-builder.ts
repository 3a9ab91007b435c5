/**
 * The DOM built straight from the tokenizer's events: htmlparser2's Parser and its DomHandler
 * in one step, with the page index filed on the way.
 *
 * Why: htmlparser2 builds a DOM in three layers: the tokenizer finds spans, the Parser turns them
 * into tag names, attributes and text (and applies HTML's rules for tags left open), and the
 * DomHandler makes nodes of them. Each span went through two objects' callbacks, the Parser
 * kept its stack of open tags with its newest entry first (an unshift and a shift per tag, so
 * every tag moved the whole stack), and pith filed elements for its page index in a third
 * layer on top. Here one object takes the tokenizer's events and builds the nodes (domhandler's
 * own classes: the DOM is the same objects): the ScrapingHub pages parse in about 0.7x the
 * time (0.92 against 1.32 ms a page, in process).
 *
 * The DOM is the one htmlparser2's Parser and DomHandler build from the same page (HTML mode,
 * entities decoded, names lower-cased, no source positions): the rules below are theirs, and
 * tests compare the two on hand-made pages, thousands of random ones and every dev page.
 * Names of elements and attributes that HTML, SVG or MathML knows are handed out as one
 * string each (known-names.ts), found in the page's characters without copying them.
 */
import { Comment, Document, Element, ProcessingInstruction, Text, type ChildNode, type ParentNode } from 'domhandler';
import type { TokenizerCallbacks } from 'htmlparser2';
import { attributeNames, tagNames, type NameTable } from './known-names.js';
import { PageIndexer, filedBit } from './page-index.js';

/** Elements that are never opened: they hold nothing and need no end tag. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const CLOSES_P = new Set(['p']);
const CLOSES_FORM_FIELDS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const CLOSES_TABLE_SECTION = new Set(['thead', 'tbody']);
const CLOSES_DEFINITION = new Set(['dd', 'dt']);
const CLOSES_RUBY = new Set(['rt', 'rp']);

/** The open elements an element's start tag closes, while they are the innermost open one (a <li> closes an open <li>). */
const CLOSED_BY = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((name) => [name, CLOSES_P] as const),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((name) => [name, CLOSES_FORM_FIELDS] as const),
  ...['dd', 'dt'].map((name) => [name, CLOSES_DEFINITION] as const),
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((name) => [name, CLOSES_P] as const),
  ...['rt', 'rp'].map((name) => [name, CLOSES_RUBY] as const),
  ...['tbody', 'tfoot'].map((name) => [name, CLOSES_TABLE_SECTION] as const),
]);

/** Where a self-closing tag (`<path/>`) closes itself: inside SVG and MathML, not inside their HTML islands. */
const FOREIGN = new Set(['math', 'svg']);
const HTML_ISLANDS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** What the rules above say of one tag name, looked up once per tag. */
interface TagRule {
  readonly isVoid: boolean;
  /** Whether a self-closing tag closes itself inside it (true: SVG, MathML; false: their HTML islands); null: it leaves that as it is. */
  readonly selfClosing: boolean | null;
  readonly closes: ReadonlySet<string> | null;
}

const TAG_RULES = new Map<string, TagRule>(
  [...new Set([...VOID, ...FOREIGN, ...HTML_ISLANDS, ...CLOSED_BY.keys()])].map((name) => [
    name,
    { isVoid: VOID.has(name), selfClosing: FOREIGN.has(name) ? true : HTML_ISLANDS.has(name) ? false : null, closes: CLOSED_BY.get(name) ?? null },
  ]),
);

/** What an instruction's name ends at (`!doctype html`, `?xml version`). */
const INSTRUCTION_NAME_END = /\s|\//;

/** Limits on the elements a parse may open, checked as each one opens: the builder throws `signal` past them. */
export interface BuildBounds {
  depth: number;
  elements: number;
  signal: Error;
}

export class TreeBuilder implements TokenizerCallbacks {
  readonly root = new Document([]);
  /** Whether the page holds a CDATA section (outside scripts, which the tokenizer reads as text). */
  sawCdata = false;

  private readonly tags = tagNames();
  private readonly attributes = attributeNames();
  private readonly indexer = new PageIndexer();
  /** The document and the open elements, innermost last. */
  private readonly open: ParentNode[] = [this.root];
  /** The names of the open elements the tree rules know of, innermost last (an element a rule closed early leaves it). */
  private readonly names: string[] = [];
  /** Whether a self-closing tag closes itself here, innermost last. */
  private readonly foreign: boolean[] = [false];
  /** The text node that text goes on to, until another node comes. */
  private lastText: Text | null = null;
  private elements = 0;

  private tagName = '';
  private tagRule: TagRule | undefined = undefined;
  private attribs: Record<string, string> | null = null;
  private attribName = '';
  private attribValue = '';
  /** How many attributes the tag being read has so far, and their FILED_BY bits. */
  private attribCount = 0;
  private attribBits = 0;

  constructor(
    private readonly page: string,
    private readonly bounds: BuildBounds | null,
  ) {}

  ontext(start: number, end: number): void {
    this.addText(this.page.slice(start, end));
  }

  ontextentity(codePoint: number): void {
    this.addText(String.fromCodePoint(codePoint));
  }

  onopentagname(start: number, end: number): void {
    this.startTag(this.nameOf(this.tags, start, end));
  }

  onattribname(start: number, end: number): void {
    this.attribName = this.nameOf(this.attributes, start, end);
  }

  onattribdata(start: number, end: number): void {
    this.attribValue += this.page.slice(start, end);
  }

  onattribentity(codePoint: number): void {
    this.attribValue += String.fromCodePoint(codePoint);
  }

  /** An attribute the quick tokenizer read whole: onattribname, onattribdata and onattribend in one. */
  onattribute(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    this.storeAttribute(this.nameOf(this.attributes, nameStart, nameEnd), this.page.slice(valueStart, valueEnd));
  }

  onattribend(): void {
    this.storeAttribute(this.attribName, this.attribValue);
    this.attribValue = '';
  }

  onopentagend(): void {
    this.endStartTag();
  }

  onselfclosingtag(): void {
    // In HTML a self-closing slash means nothing, but inside SVG and MathML.
    if (this.foreign[this.foreign.length - 1]) this.closeStartedTag();
    else this.endStartTag();
  }

  onclosetag(start: number, end: number): void {
    const name = this.nameOf(this.tags, start, end);
    const rule = TAG_RULES.get(name);
    // Compared on every end tag, not only in the rare branches that ask: V8 learns a comparison's
    // types as it runs it, and one first run on a stray </p> threw the tokenizer's optimised
    // code away.
    const isP = name === 'p';
    const isBr = name === 'br';
    if (rule !== undefined && rule.selfClosing !== null) this.foreign.pop();
    if (rule === undefined || !rule.isVoid) {
      const at = this.names.lastIndexOf(name);
      if (at >= 0) {
        while (this.names.length > at) this.closeInnermost();
      } else if (isP) {
        // A </p> without its <p> is an empty paragraph.
        this.startTag('p');
        this.closeStartedTag();
      }
    } else if (isBr) {
      // A </br> is a <br>.
      this.openElement('br', {});
      this.closeElement();
    }
  }

  oncomment(start: number, end: number, endOffset: number): void {
    const data = this.page.slice(start, end - endOffset);
    if (data.startsWith('[CDATA[')) this.sawCdata = true;
    this.addNode(new Comment(data));
  }

  oncdata(start: number, end: number, endOffset: number): void {
    // HTML has no CDATA sections outside SVG and MathML: htmlparser2 keeps one as a comment.
    this.sawCdata = true;
    this.addNode(new Comment(`[CDATA[${this.page.slice(start, end - endOffset)}]]`));
  }

  ondeclaration(start: number, end: number): void {
    this.addInstruction('!', this.page.slice(start, end));
  }

  onprocessinginstruction(start: number, end: number): void {
    this.addInstruction('?', this.page.slice(start, end));
  }

  onend(): void {
    while (this.names.length > 0) this.closeInnermost();
    this.indexer.finish(this.root);
  }

  /** The tag's attribute, unless it came before: the first of an attribute given twice counts (a tag's first attribute is no repeat). */
  private storeAttribute(name: string, value: string): void {
    if (this.attribs === null || (this.attribCount > 0 && Object.prototype.hasOwnProperty.call(this.attribs, name))) return;
    this.attribs[name] = value;
    this.attribCount++;
    this.attribBits |= filedBit(name);
  }

  /** A name the tables know, as their one string, or the span lower-cased. */
  private nameOf(table: NameTable, start: number, end: number): string {
    return table.find(this.page, start, end, true) ?? this.page.slice(start, end).toLowerCase();
  }

  private startTag(name: string): void {
    const rule = TAG_RULES.get(name);
    this.tagName = name;
    this.tagRule = rule;
    const closes = rule?.closes;
    if (closes) {
      while (this.names.length > 0 && closes.has(this.names[this.names.length - 1])) this.closeInnermost();
    }
    if (rule === undefined || !rule.isVoid) {
      this.names.push(name);
      if (rule !== undefined && rule.selfClosing !== null) this.foreign.push(rule.selfClosing);
    }
    this.attribs = {};
    this.attribCount = 0;
    this.attribBits = 0;
  }

  /** The start tag read: its element opens (and a void one closes at once). */
  private endStartTag(): void {
    this.openElement(this.tagName, this.attribs ?? {}, this.attribBits);
    this.attribs = null;
    if (this.tagRule?.isVoid === true) this.closeElement();
    this.tagName = '';
    this.tagRule = undefined;
  }

  /** The start tag read, and its element closed at once (`<path/>` in SVG, an implied `<p>`). */
  private closeStartedTag(): void {
    const name = this.tagName;
    this.endStartTag();
    if (this.names[this.names.length - 1] === name) {
      this.names.pop();
      this.closeElement();
    }
  }

  private closeInnermost(): void {
    this.names.pop();
    this.closeElement();
  }

  /** `bits`: which of the attributes the page index files by (FILED_BY) the element holds. */
  private openElement(name: string, attribs: Record<string, string>, bits = 0): void {
    if (this.bounds !== null && (++this.elements > this.bounds.elements || this.open.length > this.bounds.depth)) throw this.bounds.signal;
    const element = new Element(name, attribs);
    this.addNode(element);
    this.open.push(element);
    this.indexer.opened(element, bits);
  }

  private closeElement(): void {
    this.lastText = null;
    this.open.pop();
    this.indexer.closed();
  }

  private addText(data: string): void {
    if (this.lastText !== null) this.lastText.data += data;
    else this.addNode((this.lastText = new Text(data)));
  }

  private addInstruction(kind: '!' | '?', value: string): void {
    const end = value.search(INSTRUCTION_NAME_END);
    const name = (end < 0 ? value : value.slice(0, end)).toLowerCase();
    this.addNode(new ProcessingInstruction(`${kind}${name}`, `${kind}${value}`));
  }

  private addNode(node: ChildNode): void {
    const parent = this.open[this.open.length - 1];
    const siblings = parent.children;
    const previous = siblings.length > 0 ? siblings[siblings.length - 1] : null;
    if (previous !== null) {
      node.prev = previous;
      previous.next = node;
    }
    siblings.push(node);
    node.parent = parent;
    if (node !== this.lastText) this.lastText = null;
  }
}
