/** The description a product page declares in JSON-LD, and when it is added to the body. */
import { describe, expect, it } from 'vitest';
import { declaredDecisions, declaredDescription, missingDescription } from '../src/assemble/declared-description.js';
import { parseHtml } from '../src/parse/html/dom.js';

const LONG = 'Cast from solid brass in a small foundry on the east coast, this lantern hung on every quay before electric light reached the harbours.';
const page = (ld: unknown) => parseHtml(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><p>x</p></body></html>`);

describe('declaredDescription', () => {
  it('reads a Product description written as markup into its paragraphs', () => {
    const doc = page({ '@type': 'Product', name: 'Lantern', description: `<p>${LONG}</p><p>Its chimney lifts out for cleaning.</p>` });
    expect(declaredDescription(doc)).toEqual([LONG, 'Its chimney lifts out for cleaning.']);
  });

  it('reads markup the site escaped once more, and plain text by its lines', () => {
    const escaped = page({ '@type': 'Product', description: `&lt;p&gt;${LONG}&lt;/p&gt;` });
    expect(declaredDescription(escaped)).toEqual([LONG]);
    const plain = page({ '@type': ['Product'], description: `${LONG}\nIts chimney lifts out for cleaning.` });
    expect(declaredDescription(plain)).toEqual([LONG, 'Its chimney lifts out for cleaning.']);
  });

  it('ignores taglines, other types and unreadable declarations', () => {
    expect(declaredDescription(page({ '@type': 'Product', description: 'Brass lantern.' }))).toEqual([]);
    expect(declaredDescription(page({ '@type': 'Article', description: LONG }))).toEqual([]);
    expect(declaredDescription(parseHtml('<script type="application/ld+json">{ not json</script><p>x</p>'))).toEqual([]);
  });
});

describe('missingDescription', () => {
  it('adds the description only when the body shows too little of it', () => {
    expect(missingDescription('Lantern\n\n€89', [LONG])).toEqual([LONG]);
    expect(missingDescription(`Lantern\n\n${LONG}`, [LONG])).toEqual([]);
    expect(missingDescription('anything', [])).toEqual([]);
  });

  it('names the step for --explain, numbered after the page blocks', () => {
    const [decision] = declaredDecisions([LONG], 7);
    expect(decision).toMatchObject({ index: 7, verdict: 'content', rule: 'add-declared-description', text: LONG });
  });
});
