/**
 * The HTML front door: one walk over an htmlparser2 DOM that yields the same Blocks as a text
 * dump, plus what markup can tell: kind and heading level, link characters, and the chain of
 * enclosing elements (tag, class and id words, role, itemprop) for the rules to read.
 * Invisible things (script, style, hidden subtrees) never become blocks.
 */
import type { ChildNode, Document, Element } from 'domhandler';
import type { Block, BlockKind, Image, Link } from '../../types.js';
import { nonSpaceLength, normalizeLine } from '../text/normalize.js';
import { MAX_BLOCK_CHARS, MAX_BLOCKS, MAX_NESTING, splitLong } from '../limits.js';
import { flattenBlockTexts } from '../flat-texts.js';
import { makeBlock } from '../block.js';
import { attributeRecord, hiddenBy, hintFrom, isFoldedPanel, isHidden, readAttributes } from './element.js';

/**
 * Elements whose content is never text a reader sees. <head> is not among them: its own
 * children are (title, meta, link, style, script), and a page that opens <html> twice has its
 * whole body parsed inside the first <head>.
 */
const SKIPPED = new Set([
  'script', 'style', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'title', 'meta', 'link', 'base', 'select', 'option', 'textarea', 'input', 'button', 'video', 'audio',
  'source', 'track', 'map', 'dialog',
]);

/**
 * A button that shows and hides a panel (`aria-expanded`, `aria-controls`): an accordion's
 * question, a section's title that opens it. Its caption is the page's text, like a
 * <summary>'s, when it reads as a question or a title; a tab's label ("Reviews (12)"), a short
 * panel label and other buttons (submit, add to cart, close) are controls and stay unread.
 */
const DISCLOSURE_WORDS = 4;

function isDisclosure(el: Element): boolean {
  if (el.name !== 'button' || el.attribs.role === 'tab') return false;
  if (el.attribs['aria-expanded'] === undefined && el.attribs['aria-controls'] === undefined) return false;
  // A question, or a title of four words or more; a short label ("Details", "Shipping &
  // Returns", "Q&A (44)") names a shop's panel, as a tab does.
  const caption = captionOf(el);
  return caption !== null && (caption.endsWith('?') || caption.split(' ').length >= DISCLOSURE_WORDS);
}

/** A caption is short: past this many characters, or this many nodes, a button holds more than one. */
const MAX_CAPTION_CHARS = 300;
const MAX_CAPTION_NODES = 100;

/**
 * A button's caption, read no further than a caption goes (buttons nested a thousand deep
 * around a page's text must not each read all of it); null when it runs past that.
 */
function captionOf(el: Element): string | null {
  let text = '';
  let nodes = 0;
  const pending: ChildNode[] = [];
  // Children pushed last to first, at most as many as may be read.
  const push = (children: readonly ChildNode[]): void => {
    for (let i = Math.min(children.length, MAX_CAPTION_NODES) - 1; i >= 0; i--) pending.push(children[i]);
  };
  push(el.children);
  while (pending.length > 0) {
    if (++nodes > MAX_CAPTION_NODES) return null;
    const node = pending.pop()!;
    if (node.type === 'text') {
      // Markup's indentation is no caption: only the text's own characters count.
      const data = node.data.length > MAX_CAPTION_CHARS ? node.data.trim() : node.data;
      text += data;
      if (text.length > MAX_CAPTION_CHARS && normalizeLine(text).length > MAX_CAPTION_CHARS) return null;
    } else if (node.type === 'tag' && !SKIPPED.has((node as Element).name) && !isHidden(node as Element)) {
      text += ' '; // as subtreeText: an element's text never glues to its neighbour's
      push((node as Element).children);
    }
  }
  return normalizeLine(text);
}

/** Elements that start and end a block of text (the rest flow inline). */
const BLOCK_LEVEL = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'caption', 'blockquote', 'pre', 'figure', 'figcaption', 'form', 'fieldset', 'legend', 'address', 'hr',
  'details', 'summary', 'center', 'body', 'html', 'hgroup', 'menu', 'picture',
]);

function kindOf(tag: string): { kind: BlockKind; level?: number } {
  if (tag === 'p') return { kind: 'paragraph' };
  if (/^h[1-6]$/.test(tag)) return { kind: 'heading', level: Number(tag[1]) };
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return { kind: 'item' };
  if (tag === 'tr') return { kind: 'cell' };
  if (tag === 'blockquote') return { kind: 'quote' };
  if (tag === 'pre') return { kind: 'pre' };
  return { kind: 'line' };
}

/**
 * Elements that hold boilerplate by definition: their whole subtree becomes one block, which
 * the container rule drops, instead of one block per menu entry. Fewer blocks, same verdict.
 */
const COLLAPSED = new Set(['nav', 'footer', 'menu']);

/**
 * All visible text under an element, for a collapsed subtree (`hidden`: hidden parts too).
 * An explicit stack, not recursion: a page may nest elements deeper than the call stack goes.
 */
function subtreeText(nodes: readonly ChildNode[], out: string[], hidden = false): void {
  const pending: ChildNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) pending.push(nodes[i]);
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'text') out.push(node.data);
    else if (node.type === 'tag') {
      const el = node as Element;
      if (SKIPPED.has(el.name) || (!hidden && (el.name === 'noscript' || isHidden(el)))) continue;
      out.push(' ');
      for (let i = el.children.length - 1; i >= 0; i--) pending.push(el.children[i]);
    }
  }
}

/** innerText sets paragraphs apart with a blank line; the rules read that as `gapBefore`. */
const SET_APART: ReadonlySet<BlockKind> = new Set(['paragraph', 'heading', 'quote', 'pre']);

interface Open {
  tag: string;
  /** How many enclosing elements (this one included) its blocks carry as hints. */
  depth: number;
  /** Those hints, nearest first; built at the first block, shared by the rest. */
  hints?: string[];
}

/** The line after a <br> goes on with the sentence before it: no full stop there, lower case here. */
function continuesSentence(before: string, after: string): boolean {
  return !/[.!?:;…"”)\]]$/u.test(before) && /^[\p{Ll}\d(,]/u.test(after);
}

/** Preformatted text: line ends and indentation kept, trailing spaces and edge blank lines dropped. */
function normalizePre(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0]+$/u, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/**
 * An <a href> takes the reader elsewhere, except a heading's permalink to its own anchor
 * (`<h2 id="setup"><a href="#setup">Setup</a></h2>`): that heading is text, not a link.
 */
function isLinkAway(a: Element, ownerTag: string): boolean {
  const href = a.attribs.href;
  if (href === undefined) return false;
  return !(href.startsWith('#') && /^h[1-6]$/.test(ownerTag));
}

/** A row's cells, each one normalised line ('' for an empty cell, so columns stay aligned). */
function cellTexts(text: string, starts: readonly number[]): string[] {
  return starts.map((start, i) => normalizeLine(text.slice(start, starts[i + 1] ?? text.length)));
}

/** The previous sibling, skipping whitespace, is also a <br>. */
function previousIsBr(el: Element): boolean {
  let prev = el.prev;
  while (prev && prev.type === 'text' && prev.data.trim() === '') prev = prev.prev;
  return prev !== null && prev.type === 'tag' && (prev as Element).name === 'br';
}

/**
 * A block-level element that holds at least one block: its blocks are always the contiguous
 * range `start..end`, so the page's layout becomes a tree of block ranges that later stages
 * can reason about (the main column, a list of repeated cards, a thread of posts).
 */
export interface Region {
  /** Position in `regions` (document order of the elements' starts). */
  readonly id: number;
  /** The enclosing region, or -1 for the outermost. */
  readonly parent: number;
  /** The element's hint (`tag.class#id[role=..]`), as on its blocks. */
  readonly hint: string;
  readonly tag: string;
  /** Nesting depth among block-level elements (the root is 0). */
  readonly depth: number;
  /** First and last block index, inclusive. */
  readonly start: number;
  readonly end: number;
}

export interface HtmlParse {
  blocks: Block[];
  /** True when the page's <noscript> fallback and hidden parts were read because the rest of it is an empty app shell. */
  readHeldBack?: boolean;
  /** Block-level elements with their block ranges, parents before children. */
  regions: Region[];
  /** Subtrees left out because the page hides them. */
  hiddenSubtrees: number;
  /** Elements nested deeper than MAX_NESTING, read as plain text. */
  flattened: number;
  /** The page went on past MAX_BLOCKS blocks; the rest was not read. */
  truncated: boolean;
}

/**
 * `selected`: elements a user rule's CSS selector matched, with the rule ids; each block
 * records the ids of the matched elements that enclose it (Block.selectedBy).
 */
/** A page shows less than this share of the text it holds back: an app shell around its content. */
const APP_SHELL_SHARE = 0.2;

/**
 * Where two inline elements touch with nothing between them ("<span>Nalgene</span><span>Sustain
 * Bottle</span>", tag links "Action", "Adventure" side by side), the page's styles set them
 * apart (a block or flex item, a margin) and the words are two: a space goes between when a
 * word ends at the seam and a capital starts the next one. Not between two bare copies of one
 * formatting tag, which can split a word ("<b>AC</b><b>TUARIAL</b>").
 */
const SEAM_FORMATTING = new Set(['b', 'strong', 'i', 'em', 'u', 'font', 'span', 'small', 'big', 'mark']);
const WORD_END = /[\p{L}\p{N}]$/u;
const CAPITAL_START = /^\p{Lu}/u;

/** The inline element follows another element directly (comments aside): its text starts at a seam. */
function atSeam(el: Element): boolean {
  let prev = el.prev;
  while (prev && prev.type === 'comment') prev = prev.prev;
  if (!prev || prev.type !== 'tag') return false;
  return !(SEAM_FORMATTING.has(el.name) && (prev as Element).name === el.name && Object.keys(el.attribs).length === 0);
}

/** Text glued at a seam would join two words: the collected text ends in one, the new one starts with a capital. */
function joinsWords(collected: string, next: string): boolean {
  // The last two code units hold the last character, surrogate pair or not: no scan of the whole text.
  return WORD_END.test(collected.slice(-2)) && CAPITAL_START.test(next);
}

/** What the walk keeps beyond text, when a format asks for it (--links, --images). */
export interface KeepInline {
  links?: boolean;
  images?: boolean;
}

export function htmlToBlocks(doc: Document, selected?: ReadonlyMap<Element, readonly string[]>, inline: KeepInline = {}): HtmlParse {
  const visible = walkBlocks(doc, selected, false, inline);
  // A script-rendered page often serves its real content as a <noscript> fallback (a forum
  // app), or streams it into hidden elements that a script reveals (React's <div hidden
  // id="S:0">, a page kept invisible until its styles load), and shows next to nothing
  // otherwise: read what is held back when it holds more text than the rest of the page.
  // A tracking pixel, an "enable JavaScript" notice or a hidden menu never does.
  const parse = visible.visibleChars >= visible.heldBackChars * APP_SHELL_SHARE ? visible.parse : { ...walkBlocks(doc, selected, true, inline).parse, readHeldBack: true };
  flattenBlockTexts(parse.blocks);
  return parse;
}

function walkBlocks(
  doc: Document,
  selected: ReadonlyMap<Element, readonly string[]> | undefined,
  readHeldBack: boolean,
  inline: KeepInline,
): { parse: HtmlParse; heldBackChars: number; visibleChars: number } {
  const blocks: Block[] = [];
  /** Characters of text in <noscript> and hidden subtrees, left out of the walk. */
  let heldBackChars = 0;
  const holdBack = (el: Element): void => {
    const parts: string[] = [];
    subtreeText(el.children, parts, true);
    for (const part of parts) heldBackChars += nonSpaceLength(part);
  };
  /** Ids of the open block-level elements' regions (reserved at entry, -1 until known). */
  const openRegions: number[] = [];
  /** Ids of user rules whose selector matched an element enclosing the current position. */
  const selectedBy: string[] = [];
  let text = '';
  let linkChars = 0;
  /** Where each cell of the table row being collected starts in `text`. */
  let cellStarts: number[] = [];
  /** With inline.links: the links closed in the text being collected. */
  let links: Link[] = [];
  /** Times the text was handed on (a link whose text was cut by one is no inline link). */
  let flushes = 0;
  /** With inline.images: images met since the last block, for the next one. */
  let images: Image[] = [];
  let hiddenSubtrees = 0;
  /** The text being collected started after a single <br>. */
  let softBreak = false;
  /** The walk entered an inline element right after another element: its first text may need a space (atSeam). */
  let seam = false;
  /** The innermost block-level element whose text is being collected. */
  let owner: Open = { tag: 'body', depth: 0 };
  /** Hints of the enclosing elements, outermost first (push and pop, no copying). */
  const stack: string[] = [];
  /**
   * The last chain of hints handed out: sibling paragraphs have equal chains, and sharing one
   * array lets every reader that remembers its answer per chain (containers.ts) work it out
   * once for them all, not once per block.
   */
  let lastHints: string[] = [];
  const sameAsLast = (depth: number): boolean => {
    if (lastHints.length !== depth) return false;
    for (let k = 0; k < depth; k++) if (lastHints[k] !== stack[depth - 1 - k]) return false;
    return true;
  };
  const ownerHints = (): string[] => (owner.hints ??= sameAsLast(owner.depth) ? lastHints : (lastHints = stack.slice(0, owner.depth).reverse()));

  /**
   * Lines a <br> broke inside one sentence, joined into the last block: kept as parts and
   * joined once (see settleJoined), since testing a string grown a line at a time costs its
   * whole length every time.
   */
  let joined: string[] = [];
  const settleJoined = (): void => {
    if (joined.length > 1) {
      const last = blocks.pop()!;
      pushPieces(last, joined.join(' '));
    }
    joined = [];
  };
  /** A block, split when it is longer than any paragraph (see limits.ts): the pieces glued together. */
  const pushPieces = (block: Block, text: string): void => {
    splitLong(text).forEach((piece, n) => {
      blocks.push(makeBlock({ ...block, index: blocks.length, text: piece, linkChars: Math.min(block.linkChars, piece.length), gapBefore: n === 0 && block.gapBefore }));
    });
  };

  const flush = (): void => {
    // Code keeps its lines and indentation; everything else is one normalised line.
    const clean = owner.tag === 'pre' ? normalizePre(text) : normalizeLine(text);
    const prev = blocks[blocks.length - 1];
    if (clean !== '' && softBreak && prev && joined.length > 0 && continuesSentence(joined[joined.length - 1], clean)) {
      // A <br> inside a sentence ("Lorem ipsum<br>dolor sit"): one block, as the reader sees it.
      joined.push(clean);
      blocks[blocks.length - 1] = makeBlock({
        ...prev,
        linkChars: prev.linkChars + linkChars,
        links: links.length > 0 ? [...(prev.links ?? []), ...links] : prev.links,
        images: images.length > 0 ? [...(prev.images ?? []), ...images] : prev.images,
      });
    } else if (clean !== '') {
      settleJoined();
      const { kind, level } = kindOf(owner.tag);
      const cells = owner.tag === 'tr' && cellStarts.length > 1 ? cellTexts(text, cellStarts) : undefined;
      const block = makeBlock({
        index: blocks.length,
        text: clean,
        kind,
        level,
        cells,
        links: links.length > 0 ? links : undefined,
        images: images.length > 0 ? images : undefined,
        linkChars: Math.min(linkChars, clean.length),
        hints: ownerHints(),
        gapBefore: prev === undefined || SET_APART.has(kind) || SET_APART.has(prev.kind),
        selectedBy: selectedBy.length > 0 ? [...new Set(selectedBy)] : undefined,
      });
      if (clean.length > MAX_BLOCK_CHARS) {
        pushPieces(block, clean);
        joined = [];
      } else {
        blocks.push(block);
        joined = [clean];
      }
    }
    text = '';
    linkChars = 0;
    cellStarts = [];
    flushes++;
    if (links.length > 0) links = [];
    // Images wait for a block to show before: one with no text of its own does not take them.
    if (images.length > 0 && clean !== '') images = [];
    softBreak = false;
  };

  /** Reserves a region for an element about to be walked; it is kept only if it gets blocks. */
  const openRegion = (hint: string, tag: string): { hint: string; tag: string; start: number; slot: number } => {
    openRegions.push(-1);
    return { hint, tag, start: blocks.length, slot: openRegions.length - 1 };
  };
  /**
   * Records the element's region when blocks were added inside it. Children close before
   * their parent, so ids are assigned here bottom-up and renumbered in document order at the end.
   */
  const closeRegion = (r: { hint: string; tag: string; start: number; slot: number }): void => {
    openRegions.pop();
    if (blocks.length === r.start) return;
    pending.push({ hint: r.hint, tag: r.tag, start: r.start, end: blocks.length - 1, depth: r.slot });
  };
  const pending: { hint: string; tag: string; start: number; end: number; depth: number }[] = [];

  /**
   * The walk keeps its own stack of open elements rather than recursing: each frame is a list
   * of sibling nodes, the position in it, and what to do when it is done (close the element).
   */
  interface Frame {
    readonly nodes: readonly ChildNode[];
    i: number;
    readonly inLink: boolean;
    readonly done?: () => void;
  }
  const frames: Frame[] = [{ nodes: doc.children, i: 0, inLink: false }];
  /** Each element's attributes, read once (see readAttributes); reused, as each is read before the next. */
  const read = attributeRecord();
  let flattened = 0;
  let truncated = false;
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    // Past the cap the rest of the page is not read (see limits.ts): the open elements close.
    if (blocks.length >= MAX_BLOCKS && frame.i < frame.nodes.length) {
      truncated = true;
      frame.i = frame.nodes.length;
    }
    if (frame.i >= frame.nodes.length) {
      frames.pop();
      frame.done?.();
      continue;
    }
    const node = frame.nodes[frame.i++];
    const inLink = frame.inLink;
    if (node.type === 'text') {
      if (seam && node.data !== '') {
        if (joinsWords(text, node.data)) text += ' ';
        seam = false;
      }
      text += node.data;
      if (inLink) linkChars += node.data.trim().length;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const tag = el.name;
    if (SKIPPED.has(tag) && !isDisclosure(el)) continue;
    if (tag === 'noscript' && !readHeldBack) {
      holdBack(el);
      continue;
    }
    const attributes = readAttributes(el, read);
    if (hiddenBy(attributes, el) && !readHeldBack && !isFoldedPanel(el)) {
      hiddenSubtrees++;
      holdBack(el);
      continue;
    }
    if (tag === 'img') {
      const src = inline.images ? (el.attribs.src ?? el.attribs['data-src'] ?? '').trim() : '';
      if (src !== '' && !src.startsWith('data:')) images.push({ src, alt: normalizeLine(el.attribs.alt ?? '') });
      continue;
    }
    // A <br> ends a line: lines of a list stay apart, a sentence broken mid-way is rejoined
    // (see flush); two in a row always end the paragraph (old markup).
    if (tag === 'br') {
      const double = previousIsBr(el);
      flush();
      softBreak = !double;
      continue;
    }
    if (frames.length > MAX_NESTING) {
      // Too deep to be a real page's structure: its text joins the block around it.
      flattened++;
      const parts: string[] = [' '];
      subtreeText(el.children, parts);
      text += parts.join('');
      continue;
    }
    const hint = hintFrom(tag, attributes);
    // A table row is one line, as in innerText: its cells are separated, not split (and
    // remembered, for formats that draw tables).
    if (tag === 'td' || tag === 'th') {
      text += ' ';
      if (owner.tag === 'tr') cellStarts.push(text.length);
    }
    const ids = selected?.get(el);
    if (!BLOCK_LEVEL.has(tag)) {
      if (atSeam(el)) seam = true;
      // A matched inline element counts for the blocks that end inside it, not its paragraph.
      if (ids) selectedBy.push(...ids);
      stack.push(hint);
      const linkAway = tag === 'a' && isLinkAway(el, owner.tag);
      // A link's text is what the walk collects between its start and end, when no block ended
      // inside it (a card link wrapping headings and paragraphs is no inline link).
      const linkStart = inline.links && linkAway ? { at: text.length, flushes, href: el.attribs.href.trim() } : null;
      frames.push({
        nodes: el.children,
        i: 0,
        inLink: inLink || linkAway,
        done: () => {
          stack.pop();
          if (ids) selectedBy.length -= ids.length;
          if (linkStart && flushes === linkStart.flushes) {
            const linkText = normalizeLine(text.slice(linkStart.at));
            if (linkText !== '' && linkStart.href !== '') links.push({ text: linkText, href: linkStart.href });
          }
        },
      });
      continue;
    }
    flush();
    if (ids) selectedBy.push(...ids);
    const region = openRegion(hint, tag);
    if (COLLAPSED.has(tag)) {
      const parts: string[] = [];
      subtreeText(el.children, parts);
      const outerOwner = owner;
      stack.push(hint);
      owner = { tag, depth: stack.length };
      text = parts.join('');
      flush();
      stack.pop();
      owner = outerOwner;
      closeRegion(region);
      if (ids) selectedBy.length -= ids.length;
      continue;
    }
    const outer = owner;
    stack.push(hint);
    owner = { tag, depth: stack.length };
    frames.push({
      nodes: el.children,
      i: 0,
      inLink,
      done: () => {
        flush();
        stack.pop();
        owner = outer;
        closeRegion(region);
        if (ids) selectedBy.length -= ids.length;
      },
    });
  }
  flush();
  settleJoined();
  let visibleChars = 0;
  for (const b of blocks) visibleChars += b.text.length;
  return { parse: { blocks, regions: regionTree(pending), hiddenSubtrees, flattened, truncated }, heldBackChars, visibleChars };
}

/**
 * Regions in document order (outer before inner at the same start), each with its parent:
 * the nearest region of smaller depth that encloses it.
 */
function regionTree(pending: readonly { hint: string; tag: string; start: number; end: number; depth: number }[]): Region[] {
  const ordered = [...pending].sort((a, b) => a.start - b.start || a.depth - b.depth);
  const regions: Region[] = [];
  const open: Region[] = [];
  for (const p of ordered) {
    while (open.length > 0 && (open[open.length - 1].end < p.start || open[open.length - 1].depth >= p.depth)) open.pop();
    const parent = open.length > 0 ? open[open.length - 1].id : -1;
    const region: Region = { id: regions.length, parent, hint: p.hint, tag: p.tag, depth: p.depth, start: p.start, end: p.end };
    regions.push(region);
    open.push(region);
  }
  return regions;
}
