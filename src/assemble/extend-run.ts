/**
 * The maximum-weight run stops where the next block costs more than it brings, which cuts an
 * article's closing short sentences and the list its last paragraph introduces ("They
 * include:"). Extending over exactly those shapes gives them back without reopening the door
 * to headline lists.
 */
import type { TextFeatures } from '../rules/features.js';
import type { Quality } from './quality.js';
import type { Run } from './pick-main-run.js';

/** A list introduced by a colon ends after this many items at most. */
const MAX_LIST_ITEMS = 30;

function isShortSentence(q: Quality, f: TextFeatures): boolean {
  return (q === 'near' || q === 'short') && f.endsSentence && f.words >= 4;
}

/** Sentence-shaped text without its full stop: a lead paragraph the dump lost its stop on. */
function isBareSentence(q: Quality, f: TextFeatures): boolean {
  return q === 'near' && f.size >= 8 && f.stopwordRatio >= 0.15 && f.capitalRatio < 0.5 && !f.truncated;
}

export function extendRun(
  run: Run,
  quality: readonly Quality[],
  features: readonly TextFeatures[],
  texts: readonly string[],
  headline: number | null,
): Run {
  let start = run.start;
  // Back over lead sentences, but never over the page's headline.
  while (start > 0 && start - 1 !== headline && isBareSentence(quality[start - 1], features[start - 1])) start--;
  let end = run.end;
  let listItems = -1;
  for (let j = run.end + 1; j < quality.length; j++) {
    const q = quality[j];
    if (q === 'bad' || q === 'good') break;
    if (/:$/u.test(texts[end])) listItems = 0;
    if (listItems >= 0 && listItems < MAX_LIST_ITEMS) {
      listItems++;
      end = j;
      continue;
    }
    if (!isShortSentence(q, features[j])) break;
    end = j;
  }
  return { start, end };
}
