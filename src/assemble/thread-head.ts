/**
 * A thread in a text dump starts at its subject, the line just above its first post's stamp
 * ("mikkelsen March 4, 2025, 8:12pm 1", "Asked 6 years, 9 months ago"): what the dump prints
 * above the subject is the site's chrome (a network's blurb, menus, a pitch for a product),
 * and the subject itself is the thread's title, not one of its posts. In HTML the containers
 * say where the thread starts; a dump has only this order.
 */
import { marked, type Marked } from '../rules/apply.js';
import type { PageType } from '../types.js';

export const THREAD_CHROME_RULE = 'drop-thread-chrome';

/** What the text metadata found: the title's block and the thread's start stamp. */
interface ThreadHead {
  readonly at: { readonly title: number | null };
  readonly threadStart: number | null;
}

/**
 * The block of a dump's thread subject, when a forum's title stands above its start stamp;
 * -1 when the body keeps its whole run.
 */
export function threadSubject(type: PageType | null, html: boolean, meta: ThreadHead): number {
  if (type !== 'forum' || html) return -1;
  const title = meta.at.title;
  return title !== null && meta.threadStart !== null && title < meta.threadStart ? title : -1;
}

/** Marks the blocks from `from` up to the subject that no rule decided, so --explain names why they left. */
export function markThreadChrome(marks: Map<number, Marked>, from: number, subject: number): void {
  for (let i = Math.max(0, from); i < subject; i++) {
    if (marks.has(i)) continue;
    marks.set(i, marked({ index: i, verdict: 'boilerplate', reason: "above the thread's subject: the site's chrome" }, THREAD_CHROME_RULE));
  }
}
