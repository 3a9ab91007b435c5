// The ScrapingHub pages the benchmarks run over, read into memory: the 181 HTML pages
// (gunzipped; the corpus README says all are UTF-8) or one flavour of their text dumps.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** ../shared/corpora, beside the repository. */
export const CORPORA = fileURLToPath(new URL('../../../shared/corpora', import.meta.url));

/** The pages of `kind` ('html', 'txt' or 'w3m') in file order, each with its id (the file name without its extensions). */
export function scrapinghubPages(kind) {
  if (kind === 'html') {
    const dir = join(CORPORA, 'scrapinghub', 'html');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.html.gz'))
      .sort()
      .map((f) => ({ id: f.slice(0, -'.html.gz'.length), text: gunzipSync(readFileSync(join(dir, f))).toString('utf8') }));
  }
  const dir = join(CORPORA, 'scrapinghub-text', kind);
  return readdirSync(dir)
    .sort()
    .map((f) => ({ id: f.replace(/\.[^.]+$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}
