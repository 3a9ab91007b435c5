/**
 * Blocks made in one place, with every field of `Block` in one order.
 *
 * Why: V8 gives an object literal a shape (a map) by the fields it holds and their order. The
 * parse made blocks four ways (a plain line, a table row with cells, a long text's pieces and
 * a <br>-joined line, the last two copied with spread), so the functions that read blocks (the
 * features, the rules, the page type, the title: nearly all of pith) saw up to four shapes. A
 * read of a property that meets several shapes is slower than one that meets one, and each
 * shape first met after a function was optimised threw its optimised code away (a "wrong map"
 * deoptimisation: the compile was wasted and done again). One literal with every field, those
 * a block lacks left undefined, is one shape for every block of HTML and of text.
 */
import type { Block, BlockKind, Image, Link } from '../types.js';

/** What a block is made of: `Block`'s fields, the optional ones optional. */
export interface BlockFields {
  index: number;
  text: string;
  kind: BlockKind;
  level?: number;
  linkChars: number;
  hints: readonly string[];
  line?: number;
  gapBefore: boolean;
  selectedBy?: readonly string[];
  cells?: readonly string[];
  links?: readonly Link[];
  images?: readonly Image[];
}

/** A block with every field present, in `Block`'s order (undefined where it has none). */
export function makeBlock(b: BlockFields): Block {
  return {
    index: b.index,
    text: b.text,
    kind: b.kind,
    level: b.level,
    linkChars: b.linkChars,
    hints: b.hints,
    line: b.line,
    gapBefore: b.gapBefore,
    selectedBy: b.selectedBy,
    cells: b.cells,
    links: b.links,
    images: b.images,
  };
}
