/**
 * How an article introduces the list under it: a colon ("They include:"), or a short sentence
 * that announces it ("Below is a list of the parts to check.", "Here are the steps.", "Die
 * folgenden Punkte..."). Dumps lose the colon as often as writers leave it out. A list so
 * introduced is the article's, however much its short lines look like a menu.
 */
import { caseless } from './caseless.js';

const ANNOUNCES_LIST = caseless(
  String.raw`\b(?:below is a list|(?:is|are) listed below|the following (?:list|items|steps|are|is)|as follows|here (?:is|are) (?:a list|the (?:list|steps|items)|some|our)|include the following|folgende[nr]? |nachfolgend|ci-dessous|les suivant|suivante?s\b|a continuación|siguientes?\b|di seguito|seguenti\b|a seguir|seguintes\b|hieronder|volgende\b)`,
);
/** An announcing sentence is a short paragraph: a long one that mentions "the following" is prose. */
const MAX_ANNOUNCING_WORDS = 40;

/** A short sentence announcing the list under it. */
export function announcesList(text: string, words: number): boolean {
  return words <= MAX_ANNOUNCING_WORDS && ANNOUNCES_LIST.test(text);
}
