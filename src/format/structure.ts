/**
 * What the Markdown and text formats draw from: the body's blocks, grouped into the runs a
 * reader sees as one thing (a list, a table), or one paragraph per body paragraph when the
 * caller has no structure (an Article alone).
 */
import type { Article, BodyBlock, Image, Link } from '../types.js';

export type Group =
  | { kind: 'list'; items: readonly BodyBlock[] }
  | { kind: 'table'; rows: readonly (readonly string[])[]; images?: readonly Image[] }
  | { kind: 'block'; block: BodyBlock };

/** The blocks of the body, from the structure when it matches the body, else its paragraphs. */
export function bodyBlocksOf(article: Article, structure?: readonly BodyBlock[]): readonly BodyBlock[] {
  if (structure && structure.length > 0) return structure;
  return article.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((text) => ({ kind: 'paragraph' as const, text }));
}

/**
 * Consecutive items make one list (a change from numbered to bulleted starts another);
 * consecutive rows with cells make one table, padded to its widest row; a row without cells
 * (a dump's aligned columns) stays a paragraph of its own.
 */
export function groupBlocks(blocks: readonly BodyBlock[]): Group[] {
  const groups: Group[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (block.kind === 'item') {
      if (last?.kind === 'list' && Boolean(last.items[0].ordered) === Boolean(block.ordered)) (last.items as BodyBlock[]).push(block);
      else groups.push({ kind: 'list', items: [block] });
    } else if (block.kind === 'row' && block.cells) {
      const table = last?.kind === 'table' ? last : { kind: 'table' as const, rows: [] as (readonly string[])[], images: [] as Image[] };
      if (table !== last) groups.push(table);
      (table.rows as (readonly string[])[]).push(block.cells);
      if (block.images) (table.images as Image[]).push(...block.images);
    } else {
      groups.push({ kind: 'block', block });
    }
  }
  return groups.map((g) => (g.kind === 'table' ? { ...g, rows: padded(g.rows) } : g));
}

function padded(rows: readonly (readonly string[])[]): string[][] {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}

/**
 * The text with its links drawn by `draw`, each found in order after the one before (a link's
 * text as it reads in the block); the text between them goes through `plain`.
 */
export function withLinks(text: string, links: readonly Link[] | undefined, plain: (s: string) => string, draw: (link: Link) => string): string {
  if (!links || links.length === 0) return plain(text);
  let out = '';
  let at = 0;
  for (const link of links) {
    const found = text.indexOf(link.text, at);
    if (found < 0) continue;
    out += plain(text.slice(at, found)) + draw(link);
    at = found + link.text.length;
  }
  return out + plain(text.slice(at));
}

/** The images of a group's blocks, in order: shown before the group. */
export function groupImages(group: Group): readonly Image[] {
  if (group.kind === 'block') return group.block.images ?? [];
  if (group.kind === 'list') return group.items.flatMap((item) => item.images ?? []);
  return group.images ?? [];
}
