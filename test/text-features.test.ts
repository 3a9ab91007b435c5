import { describe, expect, it } from 'vitest';
import { STOPWORDS, isStopwordAt } from '../src/rules/stopwords.js';
import { labelKey } from '../src/rules/label.js';
import { sizeOf, textFeatures } from '../src/rules/features.js';
import { eachLetterRun, letterRunCounts, letterRuns } from '../src/rules/letter-runs.js';
import { isShouted } from '../src/metadata/text/title-facts.js';

describe('labelKey', () => {
  it.each([
    ['Comments (12)', 'comments'],
    ['SHARE:', 'share'],
    ['Related »', 'related'],
    ['  » Read   more… ', 'read more'],
    ['🔥 Hot deals 🔥', 'hot deals'],
    ['12 34', ''],
    ['Don’t miss', "don't miss"],
    ['\u00a0Share\u2009', 'share'],
    // A lone surrogate is no punctuation or symbol: it stays, as the regex it replaced kept it.
    ['Menu \ud83d', 'menu \ud83d'],
    ['İstanbul', 'i̇stanbul'],
  ])('%j -> %j', (text, key) => {
    expect(labelKey(text)).toBe(key);
  });
});

describe('textFeatures', () => {
  it('counts capitals and letters by the first character of each token, in any script', () => {
    const f = textFeatures('Élan vital and Zürich 2025 über alles');
    expect(f.words).toBe(7);
    // Élan, Zürich of the six tokens that start with a letter.
    expect(f.capitalRatio).toBeCloseTo(2 / 6);
    // "and" and "über" are function words.
    expect(f.stopwordRatio).toBeCloseTo(2 / 7);
  });

  it.each([
    ['snake_case words and İstanbul', 4, 1 / 4],
    ['Москва — столица России и город', 5, 1 / 5],
    ['東京都は日本の首都です', 1, 0],
  ])('counts the words of %j as the word regex does', (text, words, stopwordRatio) => {
    const f = textFeatures(text);
    expect(f.words).toBe(words);
    expect(f.stopwordRatio).toBeCloseTo(stopwordRatio);
  });

  it('marks a cut-off excerpt only when its tail holds an ellipsis', () => {
    expect(textFeatures('The council voted on the plan that […]').truncated).toBe(true);
    expect(textFeatures('A story that goes on… read more').truncated).toBe(true);
    expect(textFeatures('Read more about the council').truncated).toBe(false);
  });

  it.each([
    ['Top Ten Places To Visit In Zürich NowÉté is the season when the lake and the old town fill with people from everywhere', true],
    ['Ёж и Жук Идут Домой СегодняЖук сказал что они придут поздно и будут очень голодны после дороги домой', true],
    ['Bold 𝐀 letters stand in this line and none of them is glued to the word before it at all here', false],
    ['Café Owners Say The Rent Is Too High’Nobody can pay this much for a small room in the old town anymore', true],
    ['It’s Time To Fix The Old Town Hall NowWorkers will start on the roof in the spring and finish before winter', true],
    ['“It’s a long road,” she said — and the town’s people agreed that the bridge would wait another year or two', false],
  ])('finds a glue beyond ASCII: %j', (text, glued) => {
    expect(textFeatures(text).gluedHeadline).toBe(glued);
  });

  it.each([
    ['Seven Quiet Ways To Save On Energy Bills2025 brought a winter that cost the average home far more than the year before', false],
    ['Seven Quiet Ways To Save On Your Energy BillsWinter brought a cold spell that cost the average home far more than before', true],
    ['Why The Old Bridge Will Close For Good"Nobody wants this" said the mayor of the town as the crowd gathered on the square', true],
    ["The Harbour Reopens After Ten Long Years)Boats came back to the old town on a bright morning in the early spring", true],
    ['Five New Trails Open In The Northern Hills!Walkers will find the paths marked from the car park up to the ridge and back', true],
    ['Ten Best Places To Eat In The City 3D printing is changing how the kitchens of the new restaurants work these days', true],
  ])('reads a glue after an ASCII character by its codes: %j', (text, glued) => {
    expect(textFeatures(text).gluedHeadline).toBe(glued);
  });

  it('finds a headline glued to its excerpt, not a brand inside a sentence', () => {
    expect(textFeatures('On The Rise Of Robots?Violence is part of the story we tell about machines and the people who build them').gluedHeadline).toBe(true);
    const prose = 'The company said on Monday that the new features, which arrived in the update last week after a long delay, would reach the MacBook Pro and the iPhone in spring when the rest ships';
    expect(textFeatures(prose).gluedHeadline).toBe(false);
  });
});

describe('letterRuns', () => {
  it.each([
    'Hello, world! 2025 is here',
    'Zürich—Genève: 3 Tage',
    'ФК «Спартак» победил',
    '東京2020オリンピック 開幕',
    '𝐁𝐨𝐥𝐝 letters and 🔥 emoji',
    'lone \ud83d surrogate \udc00 here',
    '',
    '   ',
    'snake_case and dash-ed',
    'Москва — столица России, 2025 год',
    'Ελληνικά και 日本語の文章と한국어',
    'lone high \ud835 then a letter',
  ])('finds what /[\\p{L}\\p{N}]+/gu matches in %j', (text) => {
    expect(letterRuns(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
  });
});

describe('letterRunCounts', () => {
  it.each([
    'Hello, world! 2025 is here',
    'Released 12 March 2025, 3:45 pm, build 20250312',
    '１２３ full-width digits and ٣ Arabic-Indic',
    '2025年3月12日',
    '𝟏𝟐 mathematical digits, 𝐁𝐨𝐥𝐝 and 42',
    'lone \ud83d surrogate 7 \udc00 here',
    '',
    'v2 is no number, 22 is',
  ])('counts the runs of /[\\p{L}\\p{N}]+/gu and those /^\\d+$/ matches in %j', (text) => {
    const runs = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    expect(letterRunCounts(text)).toEqual({ runs: runs.length, digitRuns: runs.filter((r) => /^\d+$/u.test(r)).length });
  });
});

describe('eachLetterRun', () => {
  const runs = (text: string, max = Infinity) => {
    const out: string[] = [];
    eachLetterRun(text, max, (start, end) => out.push(text.slice(start, end)));
    return out;
  };

  it.each(['Hello, world! 2025 is here', 'Zürich—Genève: 3Tage', '𝐁𝐨𝐥𝐝 and 🔥', 'lone \ud83d surrogate', ''])('visits the bounds of what /\\p{L}+/gu matches in %j', (text) => {
    expect(runs(text)).toEqual(text.match(/\p{L}+/gu) ?? []);
  });

  it('leaves out runs longer than asked, without cutting them', () => {
    expect(runs('a bb ccc dddd', 3)).toEqual(['a', 'bb', 'ccc']);
  });
});

describe('isStopwordAt', () => {
  it('answers as STOPWORDS.has of the word lower-cased, without copying ASCII words', () => {
    const text = 'The THE the über Über für FÜR and AND And İn in ın Of of OFF xyz a A I i de DE Des İstanbul and_ 2024 ЭТО это';
    const words = [...text.matchAll(/[\p{L}\p{N}_]+/gu)];
    expect(words.length).toBeGreaterThan(20);
    for (const m of words) {
      const start = m.index!;
      const end = start + m[0].length;
      expect(isStopwordAt(text, start, end), m[0]).toBe(STOPWORDS.has(m[0].toLowerCase()));
    }
    for (const word of STOPWORDS) {
      expect(isStopwordAt(` ${word.toUpperCase()} `, 1, word.toUpperCase().length + 1), word).toBe(STOPWORDS.has(word.toUpperCase().toLowerCase()));
    }
  });
});

describe('isShouted (a title candidate in capitals)', () => {
  it.each(['BREAKING NEWS', 'NEWS 24/7', 'ÉTÉ 2025', 'STRASSE', 'Breaking News', 'news', '2025', '', 'ÉtÉ', 'straße', 'ΕΙΔΗΣΕΙΣ', 'TOKYO 東京', 'ÜBER uns'])('says what a capital and an unchanged upper-casing say of %j', (text) => {
    expect(isShouted(text)).toBe(/\p{Lu}/u.test(text) && text === text.toUpperCase());
  });
});

describe('features from a block\'s lower-case text made once', () => {
  it.each(['Comments (12)', 'SHARE:', '‘Quoted’ Label »', 'İstanbul Haberleri', 'A long line of prose that goes on past the label length and ends with a full stop, as prose does.'])('gives what the text alone gives for %j', (text) => {
    expect(labelKey(text, text.toLowerCase())).toBe(labelKey(text));
    expect(textFeatures(text, text.toLowerCase())).toEqual(textFeatures(text));
  });
});

describe('sizeOf', () => {
  it.each(['Hello, world! 2025 is here', 'snake_case and dash-ed words', '', '   ', 'Zürich—Genève: 3 Tage', '東京2020オリンピック 開幕', 'mixed 日本語 and English'])('counts %j in the word units of a block', (text) => {
    const cjk = (text.match(/[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7A3]/gu) ?? []).length;
    const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
    const expected = cjk > 0 ? tokens.filter((t) => !/[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7A3]/u.test(t)).length + cjk / 1.5 : tokens.length;
    expect(sizeOf(text)).toBe(expected);
  });
});

describe('endsSentence, read from the end', () => {
  it.each(['It ended.', 'Did it?', '“It ended.”', 'He said (it ended.)', 'List:', 'No end', 'Ends with a quote”', '…', '。」', 'A wink ;)', '', '"', 'Closers only ”’»)]', 'Emoji end 😀', 'Mark then space. '])('says what the anchored pattern says of %j', (text) => {
    expect(textFeatures(text).endsSentence).toBe(/[.!?…。！？:;](?:["'”’»)\]]*)$/u.test(text));
  });
});
