/**
 * A blog's category or archive page in a text dump: a short introduction, then the titles of
 * its posts one a line, then the page's pager ("Page 2", "Older posts", "1 2 3 Next"). The
 * prose run stops at the first title, because titles are not prose; the pager says they are
 * the listing the introduction opens. A "related posts" box under an article is not paged, and
 * it is headed ("You may also like"), which a title list straight after the prose is not.
 */
import type { Block } from '../types.js';
import type { TextFeatures } from '../rules/features.js';
import type { Quality } from './quality.js';
import type { Run } from './pick-main-run.js';
import { caseless } from '../rules/caseless.js';
import { lazy } from '../lazy.js';

/** Fewer titles than this before a pager are a post's "previous / next" links. */
export const MIN_PAGED_ITEMS = 8;
/** A title is a line of this many words at most... */
export const MAX_ITEM_WORDS = 20;
/** ...and the pager follows the last title within this many lines (a "Posts pagination" label). */
const PAGER_WITHIN = 2;

/**
 * A pager line: page numbers in order ("1 2 3", "2 3 4 … 9"), "Page 2" or "Page 2 of 7", or an
 * older/newer/next link in several languages. A post's own "Next post" link is not a pager.
 */
const PAGER = caseless(
  `^(?:${[
    String.raw`(?:(?:page|seite|página|pagina|strona|sayfa)\s+\d{1,4}(?:\s+(?:of|von|de|di|van|z|/)\s+\d{1,4})?)`,
    String.raw`(?:(?:go to )?next page|older posts|newer posts|older entries|newer entries|load more posts|more posts|posts pagination|page navigation|pagination)`,
    String.raw`(?:ältere beiträge|neuere beiträge|articles plus anciens|articles précédents|entradas anteriores|entradas más recientes|articoli precedenti|post più vecchi|oudere berichten)`,
  ].join('|')})$`,
);
/** "1 2 3", "1 2 … 12 Next", "Previous 1 2" (arrows taken out): page numbers counting up by one. */
const NUMBERS = lazy(() => /^(?:\p{L}+\s+)?(\d{1,4}(?:\s+\d{1,4})+)(?:\s*(?:…|\.\.\.)\s*\d{1,4})?(?:\s+\p{L}+)?$/u);

/** Whether the line holds two runs of digits, as every NUMBERS line does (most titles hold none, and NUMBERS is never compiled for them). */
function holdsTwoNumbers(line: string): boolean {
  let runs = 0;
  let inRun = false;
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    const digit = c >= 48 && c <= 57;
    if (digit && !inRun && ++runs === 2) return true;
    inRun = digit;
  }
  return false;
}

/** Whether a line is a listing's pager. */
export function isPagerLine(text: string): boolean {
  const line = text.trim().replace(/\s*[»›→>«‹←<]+\s*/gu, ' ').trim();
  if (line.length > 40) return false;
  if (PAGER.test(line)) return true;
  const numbers = holdsTwoNumbers(line) ? NUMBERS().exec(line) : null;
  if (!numbers) return false;
  const pages = numbers[1].split(/\s+/).map(Number);
  return pages[0] <= 2 && pages.every((p, i) => i === 0 || p === pages[i - 1] + 1);
}

/** A full stop, colon or comma ends a sentence or a label; a title may ask or exclaim. */
const NOT_A_TITLE_END = /[.:;,…]["'”’)]*$/u;

function isItemTitle(text: string, f: TextFeatures, quality: Quality): boolean {
  return quality !== 'bad' && quality !== 'good' && f.words >= 2 && f.size <= MAX_ITEM_WORDS && !NOT_A_TITLE_END.test(text);
}

/**
 * The run, grown over the titles between its last paragraph and the listing's pager. `echoes`:
 * the lines that repeat an earlier one (w3m prints a card's image alt text beside its link), which
 * stay dropped but do not end the list.
 */
export function itemsBeforePager(run: Run, blocks: readonly Block[], features: readonly TextFeatures[], quality: readonly Quality[], echoes: readonly boolean[]): Run {
  const isItem = (k: number) =>
    !isPagerLine(blocks[k].text) && (isItemTitle(blocks[k].text, features[k], quality[k]) || (echoes[k] && blocks[k].text === blocks[k - 1].text));
  let k = run.end + 1;
  while (k < blocks.length && isItem(k)) k++;
  const items = k - run.end - 1;
  if (items < MIN_PAGED_ITEMS) return run;
  for (let j = k; j < blocks.length && j - k < PAGER_WITHIN; j++) if (isPagerLine(blocks[j].text)) return { start: run.start, end: k - 1 };
  return run;
}
