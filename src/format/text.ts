/**
 * Plain text: the title, a blank line, the body, for reading or piping into other tools. The
 * page's structure is drawn with plain characters: a heading underlined (`=` for the top two
 * levels, `-` below), list items after `- ` or `1. `, quotes after `> `, code indented four
 * spaces, a table's columns aligned.
 */
import type { Article, BodyBlock } from '../types.js';
import type { Link } from '../types.js';
import { bodyBlocksOf, groupBlocks, groupImages, withLinks, type Group } from './structure.js';

export function formatText(article: Article, structure?: readonly BodyBlock[]): string {
  const parts: string[] = [];
  if (article.title) parts.push(article.title);
  for (const group of groupBlocks(bodyBlocksOf(article, structure))) {
    // With --images: `[image: alt] <src>` before the block the image came before.
    for (const img of groupImages(group)) parts.push(`[image${img.alt ? `: ${img.alt}` : ''}] <${img.src}>`);
    parts.push(groupText(group));
  }
  return parts.join('\n\n');
}

/** With --links: `text <href>`, as mail readers print a link. */
const linkText = (link: Link) => `${link.text} <${link.href}>`;
const same = (s: string) => s;

function groupText(group: Group): string {
  if (group.kind === 'list') return group.items.map((item, i) => `${item.ordered ? `${i + 1}.` : '-'} ${withLinks(item.text, item.links, same, linkText)}`).join('\n');
  if (group.kind === 'table') {
    const widths = group.rows[0].map((_, col) => Math.max(...group.rows.map((r) => columns(r[col]))));
    return group.rows.map((r) => r.map((cell, col) => cell + ' '.repeat(widths[col] - columns(cell))).join('  ').trimEnd()).join('\n');
  }
  const { block } = group;
  switch (block.kind) {
    case 'heading': {
      const shown = withLinks(block.text, block.links, same, linkText);
      return `${shown}\n${((block.level ?? 2) <= 2 ? '=' : '-').repeat(columns(shown))}`;
    }
    case 'quote':
      return withLinks(block.text, block.links, same, linkText).split('\n').map((line) => `> ${line}`).join('\n');
    case 'code':
      return block.text.split('\n').map((line) => (line === '' ? '' : `    ${line}`)).join('\n');
    default:
      return withLinks(block.text, block.links, same, linkText);
  }
}

/** Code points, as a terminal shows most text (wide CJK characters aside). */
function columns(s: string): number {
  return Array.from(s).length;
}
