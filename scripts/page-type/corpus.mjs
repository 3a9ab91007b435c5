// Reading a labelled corpus for the page-type trainer: every page of wcxb-dev (HTML, and the
// innerText and w3m dumps of the same pages) turned into the features the stage computes, the
// same way the pipeline does (decode, parse, blocks, the page's own url), with its gold type
// and the site it comes from (for cross-validation that never splits a site).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const [{ decodeBytes }, { parseHtml }, { htmlToBlocks }, { textToBlocks }, { featuresOf }, { htmlMetadata }, { pageFeatures }] = await Promise.all([
  load('input/decode.js'),
  load('parse/html/dom.js'),
  load('parse/html/html-blocks.js'),
  load('parse/text/text-blocks.js'),
  load('rules/features.js'),
  load('metadata/html/index.js'),
  load('page-type/index.js'),
]);

/** The files of one page for each input kind, relative to the corpus folder. */
export const KINDS = {
  html: (id) => `html/${id}.html.gz`,
  txt: (id) => `txt/${id}.txt`,
  w3m: (id) => `w3m/${id}.txt`,
};

/** The site a page belongs to: its host without `www.` and without a subdomain under the registered name. */
export function siteOf(url, id) {
  try {
    const labels = new URL(url).hostname.toLowerCase().split('.');
    const short = labels.length >= 3 && labels[labels.length - 2].length <= 3;
    return labels.slice(short ? -3 : -2).join('.');
  } catch {
    return `page:${id}`;
  }
}

/** Features of one page, as the pipeline computes them. */
export function featuresOfPage(bytes, kind) {
  const text = decodeBytes(bytes);
  if (kind === 'html') {
    const doc = parseHtml(text);
    const page = htmlMetadata(doc, {});
    const { blocks, regions } = htmlToBlocks(doc);
    return pageFeatures({ doc, blocks, regions, features: featuresOf(blocks), url: page.url ?? null });
  }
  const { blocks } = textToBlocks(text);
  return pageFeatures({ doc: null, blocks, regions: [], features: featuresOf(blocks), url: null });
}

/**
 * The news pages of ScrapingHub (HTML) and their text dumps: every one a news article, with no
 * `pageType` in its gold file. They teach the model what a news page with busy sidebars and
 * headline lists looks like, which wcxb-dev shows too rarely for the model to keep news pages
 * as articles.
 */
export const NEWS_KINDS = {
  html: (id) => `scrapinghub/html/${id}.html.gz`,
  txt: (id) => `scrapinghub-text/txt/${id}.txt`,
  w3m: (id) => `scrapinghub-text/w3m/${id}.txt`,
};

/**
 * Every page of the corpus that has a gold type, for the given kind: [{id, kind, corpus, site,
 * type, features}]. `files` maps an id to its file under `root`; `defaultType` labels pages whose
 * gold names no type (a corpus of one kind of page).
 */
export function readCorpus(dir, kind, { root = dir, files = KINDS, defaultType = null, corpus = 'wcxb-dev' } = {}) {
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  const pages = [];
  for (const [id, record] of Object.entries(gold)) {
    const type = record.pageType ?? defaultType;
    if (!type) continue;
    const path = join(root, files[kind](id));
    if (!existsSync(path)) continue;
    const raw = readFileSync(path);
    const bytes = path.endsWith('.gz') ? gunzipSync(raw) : raw;
    let features;
    try {
      features = Object.fromEntries(featuresOfPage(bytes, kind));
    } catch {
      continue; // an empty or unreadable page: pith reports an error, not a type
    }
    pages.push({ id, kind, corpus, site: siteOf(record.url, id), type, features });
  }
  return pages;
}
