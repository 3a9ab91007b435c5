/**
 * An author box after the article: a heading such as "About the author", "About Jane Doe",
 * "Über Moritz Bachmann", "Sobre Carlos Nadalim", then a short biography. The heading and the
 * biography under it go; the article before it stays.
 */
import type { Rule, RuleMark } from '../types.js';
import type { BlockIndexes } from '../block-set.js';
import { caseless } from '../caseless.js';
import { lazy } from '../../lazy.js';

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}`;
const HEADING = lazy(
  () =>
    new RegExp(
      String.raw`^(?:about the authors?|about the writer|about this (?:blog|site|website|diary|column|newsletter|podcast|series|publication)|about us|the author|author bio|about (?:${NAME})|über (?:den autor|die autorin|${NAME})|zur person|à propos de l'auteur|à propos de ${NAME}|l'auteur|sobre (?:el autor|la autora|o autor|a autora|${NAME})|acerca del autor|sull'autore|l'autore|over de auteur|over ${NAME}|yazar hakkında|${NAME} hakkında)$`,
      'u',
    ),
);
/** How a bio heading can start or end: most lines of a run are spared the rewriting below. */
const HEADING_EDGE = caseless(String.raw`^(?:about|the|author|über|zur|à|l['’]|sobre|acerca|sull['’]|over|yazar)|hakkında[:.]?$`);

/** The heading's keywords are matched in any case, the name it gives must be capitalised. */
function isBioHeading(text: string): boolean {
  if (!HEADING_EDGE.test(text)) return false;
  const bare = text.replace(/[:.]$/, '');
  const keywordsLowered = bare.replace(/^\p{L}+/u, (w) => w.toLowerCase()).replace(/\b(THE|AUTHOR|AUTHORS|WRITER|BIO)\b/gu, (w) => w.toLowerCase());
  return HEADING().test(keywordsLowered) || HEADING().test(bare.toLowerCase().replace(/^(\p{L}+ )(.)/u, (_, a: string, b: string) => a + b));
}

const NAME_LINE = lazy(() => new RegExp(String.raw`^${NAME}$`, 'u'));
/** A biography is a paragraph or two; longer text under the heading is not one. */
const MAX_BIO_BLOCKS = 3;
/** Headings that name no one: "About the author", "About this blog" (not "About This Game", a capitalised name). */
const GENERIC = /\b(?:author|authors|writer|this (?:blog|site|website|diary|column|newsletter|podcast|series|publication)|us|autor|autorin|auteur|autore|auteur|yazar)\b/i;
/** What biographies say: the person's trade and what they write. */
const BIO_CUE = caseless(String.raw`\b(?:joined [^.]{1,40} in (?:\w+ )?\d{4}|has been (?:reporting|writing|covering)|is an? (?:[\p{L}-]+ ){0,3}(?:reporter|journalist|writer|editor|correspondent|columnist|author|contributor|producer|educator|photographer|freelance)|writes (?:about|for)|has written|covers|is the (?:author|founder|editor)|ist (?:freie[rs]? )?(?:journalist|redakteur|autor)|est (?:journaliste|rédacteur|auteur)|es (?:periodista|redactor|autor)|è (?:giornalista|redattore)|é (?:jornalista|redator)|is (?:journalist|redacteur))`);

/** A bare name line over a biography that names the person ("Jane Doe" / "Jane is a reporter..."). */
function isNamedBio(blocks: readonly { text: string }[], i: number, runEnd: number): boolean {
  if (!NAME_LINE().test(blocks[i].text) || i + 1 > runEnd) return false;
  const bio = blocks[i + 1].text;
  return BIO_CUE.test(bio) && blocks[i].text.split(/\s+/).some((w) => bio.startsWith(w));
}

/** The article ends within a biography's length after the heading (the run ends, or chrome resumes). */
function endsBox(heading: number, runEnd: number, dropped: BlockIndexes): boolean {
  for (let j = heading + 1; j <= heading + 1 + MAX_BIO_BLOCKS; j++) if (j > runEnd || dropped.has(j)) return true;
  return false;
}


export const dropAuthorBio: Rule = {
  id: 'drop-author-bio',
  stage: 'region',
  description: 'Drops an "About the author" box and the biography under it.',
  apply({ blocks, features, run, dropped }) {
    if (!run) return [];
    for (let i = run.start + 1; i <= run.end; i++) {
      if (blocks[i].text.length > 60) continue;
      if (!isBioHeading(blocks[i].text) && !isNamedBio(blocks, i, run.end)) continue;
      // "About Bramble" may be the article's own subheading: a named box must read as a biography.
      const named = !GENERIC.test(blocks[i].text);
      if (named && !(i + 1 <= run.end && BIO_CUE.test(blocks[i + 1].text)) && !endsBox(i, run.end, dropped)) continue;
      const marks: RuleMark[] = [{ index: i, verdict: 'boilerplate', reason: 'author box heading' }];
      for (let j = i + 1; j <= Math.min(run.end, i + MAX_BIO_BLOCKS); j++) {
        if (features[j].size > 120) break;
        marks.push({ index: j, verdict: 'boilerplate', reason: `biography under "${blocks[i].text}"` });
      }
      return marks;
    }
    return [];
  },
};
