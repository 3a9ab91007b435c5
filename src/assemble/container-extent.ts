/**
 * HTML gives the article a container: when the run's prose sits in one element that marks
 * the article body (itemprop=articleBody, "entry-content", <article>), the lists, tables and
 * short lines that share that element belong to the article too, wherever the run's weights
 * stopped. The run grows to the container's consecutive blocks; rules' drops still apply.
 */
import type { Block } from '../types.js';
import type { Quality } from './quality.js';
import type { Run } from './pick-main-run.js';
import { containerVerdict } from '../rules/html/containers.js';

/**
 * The share of the run's paragraphs the body's element must hold. Half, not more: a run often
 * spills past the body into the page's FAQ or a sidebar's prose (wcxb-dev: 80% left ten
 * articles' opening tables and lists out; a Digg page's teasers in its body element, one
 * ScrapingHub page -0.024, are the cost).
 */
const BODY_SHARE = 0.5;

/** Root-to-element path of the nearest enclosing element that marks the article body. */
function bodyPath(block: Block): string | null {
  const verdict = containerVerdict(block.hints);
  if (verdict?.kind !== 'body') return null;
  const at = block.hints.indexOf(verdict.hint);
  return block.hints.slice(at).reverse().join('>');
}

function inside(block: Block, path: string): boolean {
  const own = block.hints.slice().reverse().join('>');
  return own === path || own.startsWith(path + '>');
}

export function extendToContainer(run: Run, blocks: readonly Block[], quality: readonly Quality[]): Run {
  const counts = new Map<string, number>();
  for (let i = run.start; i <= run.end; i++) {
    // The headline stands above the body's element by design: it neither joins nor outvotes it.
    if (quality[i] !== 'good' || blocks[i].kind === 'heading') continue;
    const path = bodyPath(blocks[i]);
    if (path) counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  const goods = [...counts.values()].reduce((a, b) => a + b, 0);
  const [path, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  // Only a container that holds most of the run's prose speaks for the article.
  if (path === null || n < goods * BODY_SHARE) return run;
  let { start, end } = run;
  while (start > 0 && inside(blocks[start - 1], path)) start--;
  while (end + 1 < blocks.length && inside(blocks[end + 1], path)) end++;
  return { start, end };
}
