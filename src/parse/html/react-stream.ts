/**
 * React's streamed server rendering (React 18+, Next.js): the first bytes of a page hold a
 * Suspense boundary's fallback after a placeholder, `<template id="B:3"></template>` (a
 * spinner or a skeleton, up to the `<!--/$-->` comment that closes the boundary), and the
 * content arrives later at the end of the body in `<div hidden id="S:3">`, which a script
 * (`$RC("B:3","S:3")`) moves into the placeholder's place. A browser shows it there, so a
 * reader (and a text dump) meets it in the page's order; pith does the script's move on the
 * DOM before reading it, by hand (domutils would load for every page). A segment without its
 * placeholder stays where it is (element.ts reads streamed segments as content wherever they
 * stand).
 */
import type { ChildNode, Document, Element } from 'domhandler';
import { indexPage } from './page-index.js';

/** The comment that closes a Suspense boundary: its fallback ends there. */
const BOUNDARY_END = '/$';
/** Siblings searched for that comment: a fallback is a skeleton, not a page. */
const MAX_FALLBACK_NODES = 200;
/** Segments moved at most (each move costs its parent's length); pages stream a few dozen. */
const MAX_MOVES = 256;

const numberOf = (el: Element): number => Number(el.attribs.id.slice(2));

export function revealStreamed(doc: Document): void {
  const { boundaries, streamed } = indexPage(doc);
  if (streamed.length === 0 || boundaries.length === 0) return;
  const placeholders = new Map<number, Element>();
  for (const t of boundaries) placeholders.set(numberOf(t), t);
  // Later segments first: a boundary nested in another arrives in the outer one's segment
  // (B:1 inside S:0), so filling S:1 into it before S:0 moves carries it along.
  const segments = [...streamed].sort((a, b) => numberOf(b) - numberOf(a)).slice(0, MAX_MOVES);
  for (const segment of segments) {
    const placeholder = placeholders.get(numberOf(segment));
    if (!placeholder?.parent || !segment.parent) continue;
    placeholders.delete(numberOf(segment));
    const moved = segment.children;
    segment.children = [];
    remove(segment);
    replace(placeholder, fallbackLength(placeholder), moved);
  }
}

/** Puts `nodes` in the place of `node` and the `after` siblings that follow it. */
function replace(node: ChildNode, after: number, nodes: ChildNode[]): void {
  const parent = node.parent!;
  const at = parent.children.indexOf(node);
  parent.children.splice(at, 1 + after, ...nodes);
  for (const n of nodes) n.parent = parent;
  relink(parent.children, at - 1, at + nodes.length);
}

function remove(node: ChildNode): void {
  const parent = node.parent!;
  const at = parent.children.indexOf(node);
  parent.children.splice(at, 1);
  node.parent = node.prev = node.next = null;
  relink(parent.children, at - 1, at);
}

/** Sets the sibling links from `from` to `to` (inclusive, clipped) from the children's order. */
function relink(kids: ChildNode[], from: number, to: number): void {
  for (let k = Math.max(0, from); k <= Math.min(kids.length - 1, to); k++) {
    kids[k].prev = kids[k - 1] ?? null;
    kids[k].next = kids[k + 1] ?? null;
  }
}

/** How many siblings after the placeholder are the boundary's fallback, up to the comment that closes it (none if it never comes). */
function fallbackLength(placeholder: Element): number {
  let n = 0;
  for (let node = placeholder.next; node !== null && n <= MAX_FALLBACK_NODES; node = node.next, n++) {
    if (node.type === 'comment' && node.data === BOUNDARY_END) return n;
  }
  return 0;
}
