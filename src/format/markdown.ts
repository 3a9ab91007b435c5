/**
 * Markdown: `# title`, one italic metadata line, then the body paragraphs. Paragraph starts that
 * Markdown would read as syntax (`# `, `- `, `1. `, `> `) are escaped so prose stays prose.
 */
import type { Article } from '../types.js';

export function formatMarkdown(article: Article): string {
  const parts: string[] = [];
  if (article.title) parts.push(`# ${singleLine(article.title)}`);
  const meta = metadataLine(article);
  if (meta) parts.push(meta);
  const paragraphs = article.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(escapeParagraphStart);
  parts.push(...paragraphs);
  return parts.join('\n\n');
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
