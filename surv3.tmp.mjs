import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { DomHandler } from 'domhandler';
const mode = process.argv[2];
const { QuickTokenizer } = await import('/work/main/dist/parse/html/quick-tokenizer.js');
const { IndexingHandler } = await import('/work/main/dist/parse/html/page-index.js');
const { parsePage } = await import('/work/main/dist/parse/html/dom.js');
const S='/work/shared/corpora/scrapinghub/html';
const pages = readdirSync(S).filter(f=>f.endsWith('.gz')).sort().map(f=>gunzipSync(readFileSync(S+'/'+f)).toString('utf8'));
const O = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };
const run = (p) => {
  if (mode === 'hp2') { const h = new DomHandler(); new Parser(h, O).end(p); return h.root; }
  if (mode === 'quick') { const h = new DomHandler(); new Parser(h, { ...O, Tokenizer: QuickTokenizer }).end(p); return h.root; }
  if (mode === 'index') { const h = new IndexingHandler(); new Parser(h, { ...O, Tokenizer: QuickTokenizer }).end(p); return h.root; }
  return parsePage(p);
};
for (let r = 0; r < 4; r++) for (const p of pages) run(p);
