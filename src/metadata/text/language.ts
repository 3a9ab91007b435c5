/**
 * The language of a dump's article, from its body: scripts that identify a language by
 * themselves (kana, hangul), else the language whose function words the text uses most.
 * Null when the evidence is thin or split: a wrong language is worse than none.
 */
import { STOPWORDS_BY_LANGUAGE } from '../../rules/stopwords.js';
import { eachLetterRun } from '../../rules/letter-runs.js';
import { WordTable } from '../../rules/word-table.js';
import { lazy } from '../../lazy.js';

/** Fewer function-word hits than this prove nothing. */
const MIN_HITS = 10;
/** The winner must lead the runner-up by this factor. */
const MIN_LEAD = 1.5;

/** The languages by number. */
const LANGUAGE_NAMES = [...STOPWORDS_BY_LANGUAGE.keys()];

/**
 * The function words, looked up by a span of the text (no word is sliced out of it), each with
 * the numbers of the languages it belongs to; and the longest of them (longer words are never
 * looked up). Made on first use: a page that declares its language is never guessed.
 */
const functionWords = lazy(() => {
  const numbersOf = new Map<string, number[]>();
  LANGUAGE_NAMES.forEach((lang, number) => {
    for (const word of STOPWORDS_BY_LANGUAGE.get(lang)!) {
      const numbers = numbersOf.get(word);
      if (numbers) numbers.push(number);
      else numbersOf.set(word, [number]);
    }
  });
  let longest = 0;
  for (const word of numbersOf.keys()) longest = Math.max(longest, word.length);
  return { table: new WordTable<number[]>(numbersOf), longest };
});

/** Enough of a text to tell its language: the first some thousand words. */
const SAMPLE_CHARS = 12_000;

export function guessLanguage(text: string): string | null {
  const body = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let kana = 0;
  let hangul = 0;
  let han = 0;
  for (let k = 0; k < body.length; k++) {
    const c = body.charCodeAt(k);
    if (c < 0x3040) continue;
    if (c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0xac00 && c <= 0xd7a3) hangul++;
  }
  if (kana >= 20) return 'ja';
  if (hangul >= 20) return 'ko';
  if (han >= 40) return 'zh';
  // Hits, and hits weighed by how many languages share the word: Swedish and Danish share
  // half their function words ("i", "som", "på"), so only the words one language owns can
  // tell them apart.
  // Tallied by language number; the Maps keep the order languages were first met, which
  // breaks ties in the ranking below.
  const hits = new Float64Array(LANGUAGE_NAMES.length);
  const shares = new Float64Array(LANGUAGE_NAMES.length);
  const met: number[] = [];
  const lower = body.toLowerCase();
  const { table, longest } = functionWords();
  eachLetterRun(lower, longest, (start, end) => {
    const langs = table.get(lower, start, end);
    if (langs === undefined) return;
    for (const lang of langs) {
      if (hits[lang] === 0) met.push(lang);
      hits[lang]++;
      shares[lang] += 1 / langs.length;
    }
  });
  const counts = new Map(met.map((lang) => [LANGUAGE_NAMES[lang], hits[lang]]));
  const weights = new Map(met.map((lang) => [LANGUAGE_NAMES[lang], shares[lang]]));
  const leader = (scores: Map<string, number>): string | null => {
    const [first, second] = [...scores].sort((a, b) => b[1] - a[1]);
    return first && (!second || first[1] >= second[1] * MIN_LEAD) ? first[0] : null;
  };
  const lang = leader(weights) ?? leader(counts);
  return lang !== null && (counts.get(lang) ?? 0) >= MIN_HITS ? lang : null;
}
