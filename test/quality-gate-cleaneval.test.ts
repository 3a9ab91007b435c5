/**
 * The quality gate on CleanEval (older pages of every kind, with all their content as gold):
 * body F1 of the HTML and both text dumps must not fall below the floors pinned in
 * quality-floors.json. Skips cleanly without ../shared.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadGold } from '../src/eval/gold.js';
import { scoreCorpus } from '../src/eval/metric.js';
import { bodiesOf, corpora, floorOf, hasCorpus, predictCorpus } from './support/corpus.js';

const CORPUS = 'cleaneval';

describe.skipIf(!hasCorpus(CORPUS))('quality gate: cleaneval', () => {
  for (const [variant, inputType] of [['html', 'html'], ['txt', 'text'], ['w3m', 'text']] as const) {
    it(`${variant}/ body F1 stays at or above its floor`, () => {
      const f1 = scoreCorpus(loadGold(join(corpora, CORPUS, 'ground-truth.json')), bodiesOf(predictCorpus(join(CORPUS, variant), inputType))).f1;
      const floor = floorOf(`${CORPUS}/${variant}`);
      expect(f1, `F1 ${f1.toFixed(4)} fell below the floor ${floor}`).toBeGreaterThanOrEqual(floor);
    });
  }
});
