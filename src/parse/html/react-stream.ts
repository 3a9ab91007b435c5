/**
 * React's streamed server rendering (React 18+, Next.js): the first bytes of a page hold a
 * Suspense boundary's fallback after a placeholder, `<template id="B:3"></template>` (a
 * spinner or a skeleton, up to the `<!--/$-->` comment that closes the boundary), and the
 * content arrives later at the end of the body in `<div hidden id="S:3">`, which a script
 * (`$RC("B:3","S:3")`) moves into the placeholder's place. A browser shows it there, so a
 * reader (and a text dump) meets it in the page's order; pith does the script's move on the
 * DOM before reading it. A segment without its placeholder stays where it is (element.ts
 * reads streamed segments as content wherever they stand).
 */
import type { ChildNode, Document, Element } from 'domhandler';
import { append, removeElement } from 'domutils';
import { indexPage } from './page-index.js';

/** The comment that closes a Suspense boundary: its fallback ends there. */
const BOUNDARY_END = '/$';

export function revealStreamed(doc: Document): void {
  const { boundaries, streamed } = indexPage(doc);
  if (streamed.length === 0 || boundaries.length === 0) return;
  const placeholders = new Map<string, Element>();
  for (const t of boundaries) placeholders.set(t.attribs.id.slice(2), t);
  for (const segment of streamed) {
    const placeholder = placeholders.get(segment.attribs.id.slice(2));
    if (!placeholder || placeholder.parent === null) continue;
    dropFallback(placeholder);
    let at: ChildNode = placeholder;
    for (const child of [...segment.children]) {
      append(at, child);
      at = child;
    }
    removeElement(placeholder);
    removeElement(segment);
  }
}

/** The boundary's fallback: the siblings after its placeholder, up to the comment that closes it (none if it never comes). */
function dropFallback(placeholder: Element): void {
  const fallback: ChildNode[] = [];
  for (let n = placeholder.next; n !== null; n = n.next) {
    if (n.type === 'comment' && n.data === BOUNDARY_END) {
      for (const f of fallback) removeElement(f);
      return;
    }
    fallback.push(n);
  }
}
