/**
 * Markdown (GFM): `# title`, one italic metadata line, then the body as the page structured it:
 * headings (`##` and deeper: the title is the only `#`), lists (numbered when the page's were),
 * quotes, fenced code and tables. Paragraph starts that Markdown would read as syntax (`# `,
 * `- `, `1. `, `> `) are escaped so prose stays prose.
 */
import type { Article, BodyBlock } from '../types.js';
import type { Link } from '../types.js';
import { bodyBlocksOf, groupBlocks, groupImages, withLinks, type Group } from './structure.js';

export function formatMarkdown(article: Article, structure?: readonly BodyBlock[]): string {
  const parts: string[] = [];
  if (article.title) parts.push(`# ${singleLine(article.title)}`);
  const meta = metadataLine(article);
  if (meta) parts.push(meta);
  for (const group of groupBlocks(bodyBlocksOf(article, structure))) {
    // With --images: each image on its own line before the block it came before.
    for (const img of groupImages(group)) parts.push(`![${escapeInline(img.alt).replace(/[[\]]/g, '\\$&')}](${destination(img.src)})`);
    parts.push(groupMarkdown(group));
  }
  return parts.join('\n\n');
}

const same = (s: string) => s;

/** `[text](href)`, the text escaped as the rest. */
const linkMarkdown = (link: Link) => `[${escapeInline(link.text).replace(/[[\]]/g, '\\$&')}](${destination(link.href)})`;

/** A link destination: in angle brackets when spaces or parentheses would end it early. */
function destination(href: string): string {
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href;
}

function groupMarkdown(group: Group): string {
  if (group.kind === 'list') {
    return group.items.map((item, i) => `${item.ordered ? `${i + 1}.` : '-'} ${withLinks(singleLine(item.text), item.links, escapeInline, linkMarkdown)}`).join('\n');
  }
  if (group.kind === 'table') {
    const [head, ...rest] = group.rows;
    const row = (cells: readonly string[]) => `| ${cells.map((c) => escapeInline(c).replace(/\|/g, '\\|')).join(' | ')} |`;
    return [row(head), row(head.map(() => '---')), ...rest.map(row)].join('\n');
  }
  const { block } = group;
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, Math.max(2, block.level ?? 2)))} ${withLinks(singleLine(block.text), block.links, same, linkMarkdown)}`;
    case 'quote':
      return withLinks(block.text, block.links, same, linkMarkdown).split('\n').map((line) => `> ${line}`).join('\n');
    case 'code': {
      // A fence longer than any run of backticks in the code.
      const fence = '`'.repeat(Math.max(3, ...[...block.text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
      return `${fence}\n${block.text}\n${fence}`;
    }
    default:
      return escapeParagraphStart(withLinks(block.text, block.links, same, linkMarkdown));
  }
}

/** Date, author, section and source, in that order, each only when known. */
function metadataLine(article: Article): string | null {
  const items: string[] = [];
  if (article.date) items.push(article.date);
  if (article.author) items.push(`by ${article.author}`);
  if (article.section) items.push(article.section);
  if (article.source) items.push(`source: ${article.source}`);
  if (items.length === 0) return null;
  return `*${items.map((s) => escapeInline(singleLine(s))).join(' · ')}*`;
}

function singleLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function escapeInline(s: string): string {
  return s.replace(/([*_`\\])/g, '\\$1');
}

function escapeParagraphStart(p: string): string {
  return p
    .replace(/^(#{1,6}\s|[>+*-]\s)/, '\\$1')
    .replace(/^(\d+)([.)]\s)/, '$1\\$2');
}
