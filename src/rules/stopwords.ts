/**
 * Function words of the languages pith reads. Running prose is dense in them whatever its
 * topic; menus, headline lists and labels are not (jusText's insight). One merged set: a
 * page's language is not known in advance and the sets barely collide.
 */
import { WordTable, foldedAsciiHash } from './word-table.js';

const LISTS: Record<string, string> = {
  en: 'a about after all also an and any are as at be because been but by can could did do does for from had has have he her his how i if in into is it its just more most my no not of on one or our out over she so some than that the their them then there these they this to up was we were what when which who will with would you your',
  fr: 'à au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui mais même ne nous on ou où par pas pour qu que qui sa se ses son sont sur un une vous été être a plus',
  de: 'aber als am an auch auf aus bei bis das dass dem den der des die doch ein eine einem einen einer es für hat hatte ich ihr im in ist kann mit nach nicht noch nur oder sich sie sind so über um und uns von vor war wie wird wir zu zum zur',
  es: 'al como con de del el en entre era es esta este fue ha hay la las le lo los más mi muy no o para pero por que se sin sobre su sus también un una y ya',
  it: 'al alla anche che chi come con da dal dalla del della delle di e gli ha il in la le lo ma nel nella non per più può se si sono su tra un una',
  pt: 'ao aos as com como da das de do dos e ela ele em entre era foi isso já mais mas na nas no nos não o os ou para pela pelo por que se sem seu sua são também um uma',
  nl: 'aan als bij dat de den der deze die dit door een en er had heeft het hij hun ik in is je maar met naar niet nog of om ook op over te tot uit van voor was wat we werd worden zich zijn',
  ru: 'а без бы был была были было в вам вас все всё вы да для до его ее её если есть еще ещё же за и из или им их к как когда ко кто ли меня мне мы на над не него нет ни но ну о об он она они оно от по под при с со так также там то тоже только у уже что чтобы это я',
  uk: 'але в від все вже для до з за і й із як на не по при про та те теж то у це ще що щоб які',
  id: 'ada adalah akan atau bahwa bagi belum dalam dan dari dengan di ia ini itu juga ke kami karena kita lebih oleh pada para saat sebagai sudah telah tersebut tidak untuk yang yg',
  pl: 'a ale do i jak jest już na nie o od po przez się to w z za że czy jako tak tylko',
  cs: 'a ale do i jak je jsou k na ne o od po pro se si to v ve z za že které který',
  sv: 'att de den det en ett för har i inte med men om och på som till var är av',
  da: 'af at de den det en er et for har i ikke med men og om på som til var',
  ro: 'a al cu de din este fi în la mai nu o pe pentru sa se să și un una care',
  hu: 'a az és hogy nem is egy meg de csak már van volt mint ez azt',
  tr: 'ama bir bu da de daha değil diye en gibi için ile ise kadar ki mi ne o olan olarak olduğu sonra ve veya ya çok şu',
};

/** Below this share of function words a page is in a language these lists do not cover. */
export const KNOWN_LANGUAGE_MIN_RATIO = 0.08;

export const STOPWORDS: ReadonlySet<string> = new Set(
  Object.values(LISTS).flatMap((list) => list.split(' ')),
);

/** Each language's own function words, by ISO 639-1 code. */
export const STOPWORDS_BY_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(LISTS).map(([lang, list]) => [lang, new Set(list.split(' '))]),
);

/** The ASCII function words, looked up by a span of a text: most words of a page are ASCII, and none need a copy to be looked up. */
const ASCII_STOPWORDS = new WordTable<true>(
  [...STOPWORDS].filter((word) => /^[\x00-\x7f]*$/.test(word)).map((word) => [word, true] as const),
  true,
);

/**
 * Whether text[start, end), in lower case, is a function word: STOPWORDS.has(text.slice(start,
 * end).toLowerCase()), without the copy when the word is ASCII. A word with any other
 * character takes the copy.
 */
export function isStopwordAt(text: string, start: number, end: number): boolean {
  const hash = foldedAsciiHash(text, start, end);
  if (hash < 0) return STOPWORDS.has(text.slice(start, end).toLowerCase());
  return ASCII_STOPWORDS.find(hash, text, start, end) !== undefined;
}
