/**
 * What a page's markup names its parts: class, id, role and itemprop words of the elements
 * that hold text (`product-price`, `post-body`, `toc`, `hero`), as the share of the page's
 * text inside each kind of part and how many such parts there are; plus the captions of its
 * buttons and how much inline code it has, which the text blocks do not show.
 */
import type { AnyNode, Document, Element, Text } from 'domhandler';
import type { Block } from '../types.js';
import { indexPage } from '../parse/html/page-index.js';
import { labelKey } from '../rules/label.js';
import { MARKUP_CONCEPTS } from './vocabulary/markup.js';
import type { Layout } from './layout.js';
import { countLabel, emptyLabelCounts, type LabelCounts } from './text-cues.js';
import { sat, share, type Features } from './feature-set.js';

/** Buttons read, and the longest caption a button has. */
const MAX_BUTTONS = 200;
const MAX_CAPTION = 60;

export function markupFeatures(blocks: readonly Block[], layout: Layout, out: Features): void {
  const k = MARKUP_CONCEPTS.length;
  const counts = new Array<number>(k).fill(0);
  for (const bits of layout.own) if (bits) for (let c = 0; c < k; c++) if (bits & (1 << c)) counts[c]++;
  const chars = new Array<number>(k).fill(0);
  let total = 0;
  for (let i = 0; i < blocks.length; i++) {
    const size = blocks[i].text.length;
    total += size;
    const bits = layout.inner[i] >= 0 ? layout.within[layout.inner[i]] : 0;
    if (bits) for (let c = 0; c < k; c++) if (bits & (1 << c)) chars[c] += size;
  }
  let chrome = 0;
  for (let i = 0; i < blocks.length; i++) if (layout.chrome[i]) chrome += blocks[i].text.length;
  MARKUP_CONCEPTS.forEach((concept, c) => {
    out.set(`class:${concept}`, share(chars[c], total));
    out.set(`class:${concept}:n`, sat(counts[c], 4));
  });
  out.set('class:chrome', share(chrome, total));
}

/** A button's caption, or null once it is longer than a caption (a whole menu in a <button>). */
function caption(el: Element, max: number): string | null {
  if (el.name === 'input') return el.attribs.value ?? '';
  let text = '';
  const stack: AnyNode[] = [...el.children];
  while (stack.length) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') {
      text = `${(node as Text).data} ${text}`;
      if (text.length > max) return null;
    } else if (node.type === 'tag' && (node as Element).name !== 'svg') stack.push(...(node as Element).children);
  }
  return text;
}

/** Buttons are not text blocks; their captions ("Add to cart", "Reply") still count as labels. */
export function buttonLabels(doc: Document): LabelCounts {
  const counts = emptyLabelCounts();
  for (const button of indexPage(doc).buttons.slice(0, MAX_BUTTONS)) {
    const text = caption(button, MAX_CAPTION);
    if (text) countLabel(labelKey(text.replace(/\s+/g, ' ')), counts);
  }
  return counts;
}

export function codeElementFeatures(doc: Document, out: Features): void {
  out.set('html:code-elements', sat(indexPage(doc).codes.length, 8));
  out.set('html:buttons', sat(indexPage(doc).buttons.length, 10));
}
