/**
 * An author box after the article: a heading such as "About the author", "About Jane Doe",
 * "Über Moritz Bachmann", "Sobre Carlos Nadalim", then a short biography. The heading and the
 * biography under it go; the article before it stays.
 */
import type { Rule, RuleMark } from '../types.js';

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}`;
const HEADING = new RegExp(
  String.raw`^(?:about the authors?|about the writer|the author|author bio|about (?:${NAME})|über (?:den autor|die autorin|${NAME})|zur person|à propos de l'auteur|à propos de ${NAME}|l'auteur|sobre (?:el autor|la autora|o autor|a autora|${NAME})|acerca del autor|sull'autore|l'autore|over de auteur|over ${NAME}|yazar hakkında|${NAME} hakkında)$`,
  'u',
);
/** A biography is a paragraph or two; longer text under the heading is not one. */
const MAX_BIO_BLOCKS = 3;

export const dropAuthorBio: Rule = {
  id: 'drop-author-bio',
  stage: 'region',
  description: 'Drops an "About the author" box and the biography under it.',
  apply({ blocks, features, run }) {
    if (!run) return [];
    for (let i = run.start + 1; i <= run.end; i++) {
      if (blocks[i].text.length > 60 || !HEADING.test(blocks[i].text.replace(/[:.]$/, ''))) continue;
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
