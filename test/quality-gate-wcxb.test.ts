/**
 * The quality gate on WCXB dev (every kind of page): WCXB's word F1 overall and per page type,
 * how often pith names the page's type, and its title-exact, date-same-day and author-exact rates must not
 * fall below the floors pinned in quality-floors.json. HTML and both kinds of text dump. Skips
 * cleanly without ../shared.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadGold, loadGoldField, loadMetaGold } from '../src/eval/gold.js';
import { scoreMeta } from '../src/eval/meta-metric.js';
import { scoreCorpus } from '../src/eval/metric.js';
import { scoreGroups } from '../src/eval/groups.js';
import { scorePageTypes } from '../src/eval/page-types.js';
import { bodiesOf, corpora, floorOf, hasCorpus, predictCorpus } from './support/corpus.js';

const CORPUS = 'wcxb-dev';
/** 1,356 pages per variant: a hang guard for a busy 2-core machine, not a speed target. */
const CORPUS_TIMEOUT = 300_000;

describe.skipIf(!hasCorpus(CORPUS))('quality gate: wcxb-dev', () => {
  const goldPath = join(corpora, CORPUS, 'ground-truth.json');

  for (const [variant, inputType] of [['html', 'html'], ['txt', 'text'], ['w3m', 'text']] as const) {
    it(`${variant}/: words F1 overall and by page type, page-type accuracy, title, date and author at or above their floors`, () => {
      const gold = loadGold(goldPath);
      const types = loadGoldField(goldPath, 'pageType');
      const predictions = predictCorpus(join(CORPUS, variant), inputType);
      const score = scoreCorpus(gold, bodiesOf(predictions));
      const failures: string[] = [];
      const check = (key: string, value: number) => {
        const floor = floorOf(key);
        if (value < floor) failures.push(`${key}: ${value.toFixed(4)} < floor ${floor}`);
      };
      check(`${CORPUS}/${variant}/words`, score.words.f1);
      for (const { group, score: s } of scoreGroups(score.perDoc, types)) check(`${CORPUS}/${variant}/words/${group}`, s.words.f1);
      const accuracy = scorePageTypes(types, new Map([...predictions].map(([id, p]) => [id, p.pageType]))).accuracy;
      check(`${CORPUS}/${variant}/page-type-accuracy`, accuracy);
      const meta = scoreMeta(loadMetaGold(join(corpora, CORPUS, 'metadata.json')), predictions);
      check(`${CORPUS}/${variant}/title-exact`, meta.title.exact);
      check(`${CORPUS}/${variant}/date-same-day`, meta.date.sameDay);
      check(`${CORPUS}/${variant}/author-exact`, meta.author.exact);
      expect(failures).toEqual([]);
    }, CORPUS_TIMEOUT);
  }
});
