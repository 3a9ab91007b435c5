/**
 * Running pith over a dev corpus of ../shared for the quality gates: every page of a folder
 * through extract(), keyed by corpus id, with its body and page type.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extract } from '../../src/pipeline.js';
import { idForInput } from '../../src/eval/gold.js';
import type { InputType } from '../../src/types.js';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
export const corpora = join(repo, '..', 'shared', 'corpora');
export const NOW = '2026-11-26T12:00:00Z';
export const floors = JSON.parse(readFileSync(join(repo, 'quality-floors.json'), 'utf8')) as Record<string, number>;

export interface Prediction {
  body: string;
  pageType: string | null;
  title: string | null;
  date: string | null;
  author: string | null;
}

export function hasCorpus(name: string): boolean {
  return existsSync(join(corpora, name));
}

/** Every page of `corpora/<dir>`, extracted as `inputType`, by corpus id. */
export function predictCorpus(dir: string, inputType: InputType): Map<string, Prediction> {
  const folder = join(corpora, dir);
  const out = new Map<string, Prediction>();
  for (const file of readdirSync(folder).sort()) {
    let bytes = readFileSync(join(folder, file));
    if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
    let prediction: Prediction = { body: '', pageType: null, title: null, date: null, author: null };
    try {
      const result = extract(bytes, { inputType, now: NOW });
      const fields = result.ok ? result.article : (result.fields ?? {});
      prediction = { body: result.ok ? result.article.body : '', pageType: fields.pageType ?? null, title: fields.title ?? null, date: fields.date ?? null, author: fields.author ?? null };
    } catch {
      // An unreadable page (empty) is an empty prediction, as `pith eval` scores it.
    }
    out.set(idForInput(file), prediction);
  }
  return out;
}

export function bodiesOf(predictions: ReadonlyMap<string, Prediction>): Map<string, string> {
  return new Map([...predictions].map(([id, p]) => [id, p.body]));
}

/** The floor pinned for `key`, which must exist: a gate without a floor proves nothing. */
export function floorOf(key: string): number {
  const floor = floors[key];
  if (typeof floor !== 'number' || !(floor > 0)) throw new Error(`quality-floors.json has no floor for ${key}`);
  return floor;
}
