/**
 * The body as structure (BodyBlock): what each kept block is, for the formats that draw it
 * (Markdown, text) and for `--blocks`. One entry per paragraph of the body, same text, same
 * order. HTML says what a block is; a dump shows bullets (kept as items when its lines are
 * read) and headings only by their shape, read here with care: a heading is a short line set
 * apart, without a sentence's end, and followed by a paragraph of prose.
 */
import type { Block, BodyBlock } from '../types.js';
import { countWords } from './article.js';
import { endsWithOneOf } from '../rules/line-ends.js';

/** A dump line this short (in words) can be a heading... */
const MAX_HEADING_WORDS = 10;
/** ...when the line after it is prose of at least this many words. */
const MIN_PROSE_AFTER = 15;

/** `base`: the page's address, against which links and images are made absolute. */
export function bodyStructure(kept: readonly Block[], base: string | null = null): BodyBlock[] {
  return kept.map((block, i) => withInline(bodyBlock(block, kept[i + 1]), block, base));
}

/** The block's links and images (when the walk kept them), with absolute addresses where the page's is known. */
function withInline(out: BodyBlock, block: Block, base: string | null): BodyBlock {
  if (!block.links && !block.images) return out;
  const links = block.links?.map((l) => ({ text: l.text, href: absolute(l.href, base) })).filter((l) => !/^javascript:/i.test(l.href));
  const images = block.images?.map((img) => ({ src: absolute(img.src, base), alt: img.alt }));
  return { ...out, ...(links?.length && { links }), ...(images?.length && { images }) };
}

function absolute(href: string, base: string | null): string {
  if (base === null) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** A paragraph of the body that no block gave (a declared description added after it). */
export function paragraphBlock(text: string): BodyBlock {
  return { kind: 'paragraph', text };
}

function bodyBlock(b: Block, next: Block | undefined): BodyBlock {
  switch (b.kind) {
    case 'heading':
      return { kind: 'heading', text: b.text, level: b.level ?? 2 };
    case 'item':
      return isOrdered(b) ? { kind: 'item', text: b.text, ordered: true } : { kind: 'item', text: b.text };
    case 'quote':
      return { kind: 'quote', text: b.text };
    case 'pre':
      return { kind: 'code', text: b.text };
    case 'cell':
      return b.cells ? { kind: 'row', text: b.text, cells: b.cells } : { kind: 'row', text: b.text };
    case 'line':
      return isDumpHeading(b, next) ? { kind: 'heading', text: b.text, level: 2 } : { kind: 'paragraph', text: b.text };
    default:
      return { kind: 'paragraph', text: b.text };
  }
}

/** An HTML list item whose list is numbered (the hint of its parent element is an `ol`). */
function isOrdered(b: Block): boolean {
  const parent = b.hints[1];
  return parent !== undefined && /^ol(?![\w-])/.test(parent);
}

/**
 * Not a heading whatever its shape: a handle, a price or an address in the line ("Account:
 * @name", "Get it at Walmart for $238.99"), or a leading number that does not number a
 * section ("32M ago"; "2) Polistil..." and "1. Personalized nutrition" do).
 */
const NOT_HEADING = /[@$€£¥]|https?:|www\.|^\p{N}+(?![.)]\s+\p{L})/u;

function isDumpHeading(b: Block, next: Block | undefined): boolean {
  return (
    b.gapBefore &&
    next !== undefined &&
    next.kind === 'line' &&
    /^[\p{Lu}\p{Lt}\p{N}]/u.test(b.text) &&
    !NOT_HEADING.test(b.text) &&
    !endsWithOneOf(b.text, `.!?…:;,"”'’)]。！？；：`) &&
    countWords(b.text) <= MAX_HEADING_WORDS &&
    countWords(next.text) >= MIN_PROSE_AFTER
  );
}
