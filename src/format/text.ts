/** Plain text: the title, a blank line, the body. For reading or piping into other tools. */
import type { Article } from '../types.js';

export function formatText(article: Article): string {
  const parts: string[] = [];
  if (article.title) parts.push(article.title);
  if (article.body) parts.push(article.body);
  return parts.join('\n\n');
}
