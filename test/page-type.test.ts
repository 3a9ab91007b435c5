/**
 * The page-type stage (src/page-type/): each signal source on small pages written for the
 * behaviour, the scoring and the decision rule with hand-made models, then whole pages through
 * classifyPage. Whole-page cases per type live in fixtures/page-type/.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/parse/html/dom.js';
import { htmlToBlocks } from '../src/parse/html/html-blocks.js';
import { textToBlocks } from '../src/parse/text/text-blocks.js';
import { featuresOf } from '../src/rules/features.js';
import { htmlMetadata } from '../src/metadata/html/index.js';
import { PAGE_TYPES, type PageType } from '../src/types.js';
import { classifyPage, pageFeatures } from '../src/page-type/index.js';
import { decideType, MIN_EVIDENCE } from '../src/page-type/decide.js';
import { scoreFeatures, type PageTypeModel } from '../src/page-type/model.js';
import { type LinkKind, kindsOf, slugWords } from '../src/page-type/links.js';
import { pageLayout } from '../src/page-type/layout.js';
import { urlFeatures } from '../src/page-type/url.js';
import { voiceFeatures } from '../src/page-type/voice.js';
import { sat, type Features } from '../src/page-type/feature-set.js';
import type { PageTypeInput } from '../src/page-type/types.js';

function htmlInput(html: string, url: string | null = null): PageTypeInput {
  const doc = parseHtml(html);
  const page = htmlMetadata(doc, {});
  const { blocks, regions } = htmlToBlocks(doc);
  return { doc, blocks, regions, features: featuresOf(blocks), url: url ?? page.url ?? null };
}

function textInput(text: string): PageTypeInput {
  const { blocks } = textToBlocks(text);
  return { doc: null, blocks, regions: [], features: featuresOf(blocks), url: null };
}

const page = (body: string, head = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const scores = (partial: Partial<Record<PageType, number>>) =>
  Object.fromEntries(PAGE_TYPES.map((t) => [t, partial[t] ?? 0])) as Record<PageType, number>;
const PROSE = 'The council voted on Tuesday to rebuild the wall along the river, two years after the water came within inches of the top.';

describe('model.ts: scoring', () => {
  const model: PageTypeModel = {
    prior: { article: 0.5, listing: -0.2 },
    weights: { 'says:cart': { product: 2, article: -1 }, 'cards:price': { collection: 1.5 } },
  };

  it('adds each feature value times its weight to the prior, one named signal per addition', () => {
    const { scores: s, signals } = scoreFeatures(model, new Map([['says:cart', 1], ['cards:price', 0.5], ['unknown', 1]]));
    expect(s.product).toBeCloseTo(2);
    expect(s.article).toBeCloseTo(-0.5);
    expect(s.collection).toBeCloseTo(0.75);
    expect(s.listing).toBeCloseTo(-0.2);
    expect(signals.map((x) => `${x.name} ${x.type} ${x.weight}`).sort()).toEqual(
      ['cards:price@0.50 collection 0.75', 'prior article 0.5', 'prior listing -0.2', 'says:cart article -1', 'says:cart product 2'].sort(),
    );
  });

  it('the signals of a type add up to its score', () => {
    const { scores: s, signals } = scoreFeatures(model, new Map([['says:cart', 0.3], ['cards:price', 1]]));
    for (const t of PAGE_TYPES) {
      const sum = signals.filter((x) => x.type === t).reduce((a, x) => a + x.weight, 0);
      expect(sum).toBeCloseTo(s[t], 2);
    }
  });
});

describe('decide.ts: the decision rule', () => {
  const prose: Features = new Map([['prose:paragraphs', sat(4, 5)]]);
  const none: Features = new Map();

  it('names a type with enough evidence beyond its prior', () => {
    expect(decideType(scores({ forum: 2, article: 0.4 }), { forum: 0.1 }, prose, MIN_EVIDENCE.html).type).toBe('forum');
  });

  it('a type that only just beats article on a page of prose gives way to article, and says so', () => {
    const decided = decideType(scores({ service: 1.1, article: 1.0 }), {}, prose, MIN_EVIDENCE.html);
    expect(decided.type).toBe('article');
    expect(decided.fallback?.name).toBe('reads-as-prose:close-call');
    expect(decided.fallback?.weight).toBeCloseTo(0.2);
  });

  it('the same close call without prose keeps the better type', () => {
    expect(decideType(scores({ service: 1.1, article: 1.0 }), {}, none, MIN_EVIDENCE.html).type).toBe('service');
  });

  it('a prior alone names nothing: prose is an article, anything else is unknown', () => {
    const prior = { listing: 0.4 };
    const s = scores({ listing: 0.5, article: -0.1 });
    const withProse = decideType(s, prior, prose, MIN_EVIDENCE.html);
    expect(withProse.type).toBe('article');
    expect(withProse.fallback?.name).toBe('reads-as-prose:no-decisive-evidence');
    expect(decideType(s, prior, none, MIN_EVIDENCE.html).type).toBeNull();
  });
});

describe('url.ts', () => {
  const of = (url: string | null) => {
    const out: Features = new Map();
    urlFeatures(url, out);
    return [...out.keys()].sort();
  };

  it('reads path words, slugs and dates', () => {
    expect(of('https://shop.fernway.example/products/harbor-trail-insulated-bottle')).toEqual(
      expect.arrayContaining(['url:product', 'url:long-slug', 'host:collection']),
    );
    expect(of('https://forum.luggedsteel.example/t/creaking-bottom-bracket/4821')).toEqual(expect.arrayContaining(['url:forum', 'host:forum']));
    expect(of('https://news.example/2026/03/11/river-town-votes/')).toContain('url:dated');
    expect(of('https://docs.quill.example/en/stable/reference/open.html')).toEqual(expect.arrayContaining(['url:docs', 'host:docs', 'url:file']));
  });

  it('a home page is a home page; a section index ends in its section word', () => {
    expect(of('https://example.com/')).toContain('url:home');
    expect(of('https://example.com/blog/')).toContain('url:post:last');
  });

  it('no url, or not a web address, gives nothing', () => {
    expect(of(null)).toEqual([]);
    expect(of('not a url')).toEqual([]);
    expect(of('mailto:someone@example.com')).toEqual([]);
  });
});

describe('declared.ts', () => {
  it('counts nested Product nodes: twenty in an ItemList are a grid, not a product', () => {
    const items = Array.from({ length: 20 }, (_, i) => `{"@type":"ListItem","item":{"@type":"Product","name":"Pack ${i}"}}`).join(',');
    const f = pageFeatures(htmlInput(page(`<p>${PROSE}</p>`, `<script type="application/ld+json">{"@type":"ItemList","itemListElement":[${items}]}</script>`)));
    expect(f.get('schema:product')).toBe(1);
    expect(f.get('schema:product:many')).toBeGreaterThan(0.8);
    expect(f.get('schema:itemlist')).toBe(1);
  });

  it('reads og:type and microdata', () => {
    const f = pageFeatures(htmlInput(page(`<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><p>${PROSE}</p></div>`, '<meta property="og:type" content="product">')));
    expect(f.get('og:product')).toBe(1);
    expect(f.get('schema:forum')).toBe(1);
  });

  it('broken JSON-LD declares nothing and breaks nothing', () => {
    const f = pageFeatures(htmlInput(page(`<p>${PROSE}</p>`, '<script type="application/ld+json">{"@type": "Product",</script>')));
    expect(f.has('schema:product')).toBe(false);
  });
});

describe('text-cues.ts', () => {
  it('knows buying controls and post furniture in several languages', () => {
    const f = pageFeatures(textInput('Mein Rucksack\n129,00 €\nIn den Warenkorb\nAjouter au panier\nAñadir al carrito\n'));
    expect(f.get('says:cart')).toBeGreaterThan(0.7);
    expect(f.get('text:price-lines')).toBeGreaterThan(0);
    const forum = pageFeatures(textInput('Antworten\nZitieren\nRépondre\nCiter\nReply\nQuote\n'));
    expect(forum.get('says:forum-action')).toBeGreaterThan(0.6);
  });

  it('labels in site furniture are the site\'s, not the page\'s', () => {
    const nav = page(`<nav><a href="/contact">Contact us</a></nav><header class="site-header"><a href="/quote">Get a quote</a></header><main><p>${PROSE}</p></main>`);
    expect(pageFeatures(htmlInput(nav)).get('says:cta') ?? 0).toBe(0);
    const body = page(`<main><p>${PROSE}</p><p><a href="/contact">Contact us</a></p><p><a href="/quote">Get a quote</a></p></main>`);
    expect(pageFeatures(htmlInput(body)).get('says:cta')).toBeGreaterThan(0.4);
  });

  it('button captions count though buttons are not text blocks', () => {
    const f = pageFeatures(htmlInput(page(`<main><h1>Trail bottle</h1><p>$34.95</p><button type="submit">Add to cart</button><p>${PROSE}</p></main>`)));
    expect(f.get('says:cart')).toBeGreaterThan(0.4);
  });

  it('prose is prose in a language without known function words', () => {
    const latin = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.';
    const f = pageFeatures(textInput(`${latin}\n\n${latin}\n`));
    expect(f.get('prose:paragraphs')).toBeGreaterThan(0);
  });
});

describe('voice.ts: who speaks to whom', () => {
  const voice = (text: string) => {
    const out: Features = new Map();
    const { blocks } = textToBlocks(text);
    voiceFeatures(blocks, featuresOf(blocks), null, out);
    return out;
  };
  const SALES = "We're a family team and our engineers answer every call. You'll get a free quote from us within a day, and your roof is insured.";
  const NEWS = 'The minister said on Tuesday that the bridge would reopen in spring, according to a statement that officials announced at noon.';

  it('reads a company speaking of itself to the reader, and reported speech, as shares of the running words', () => {
    const sales = voice(`${SALES}

${SALES}
`);
    expect(sales.get('voice:we')).toBeGreaterThan(0.8);
    expect(sales.get('voice:you')).toBeGreaterThan(0.8);
    expect(sales.get('voice:reported')).toBe(0);
    const news = voice(`${NEWS}

${NEWS}
`);
    expect(news.get('voice:reported')).toBeGreaterThan(0.8);
    expect(news.get('voice:we')).toBe(0);
  });

  it('reads a typographic apostrophe as the plain one', () => {
    const plain = voice(`${SALES}

${SALES}
`);
    const curly = voice(`${SALES.replace(/'/g, '’')}

${SALES.replace(/'/g, '’')}
`);
    expect([...curly]).toEqual([...plain]);
    expect(voice("I'm sure I've seen it, I'd say, and I'm glad.\n\n".repeat(4)).get('voice:i')).toBe(voice('I’m sure I’ve seen it, I’d say, and I’m glad.\n\n'.repeat(4)).get('voice:i'));
  });

  it('says nothing of a page with too little running text, and leaves labels and menus out', () => {
    expect(voice(`${SALES}
`).size).toBe(0);
    expect(voice('We\nOur team\nYou\nYour account\n'.repeat(20)).size).toBe(0);
  });
});

describe('layout.ts: site furniture', () => {
  const chromeTexts = (html: string) => {
    const { blocks, regions } = htmlToBlocks(parseHtml(html));
    const layout = pageLayout(blocks, regions);
    return blocks.filter((_, i) => layout.chrome[i]).map((b) => b.text);
  };

  it('by tag, ARIA role and leading class word', () => {
    const html = page(
      `<header><p>Logo</p></header><div role="navigation"><p>Menu one</p></div><div class="site-footer"><p>Imprint</p></div>` +
        `<main><header><h1>Headline in the article</h1></header><div class="section-with-header"><p>${PROSE}</p></div><p>${PROSE}</p></main>`,
    );
    expect(chromeTexts(html)).toEqual(['Logo', 'Menu one', 'Imprint']);
  });

  it('an element that holds most of the page is the page, whatever its utility classes say', () => {
    const html = `<html><body class="bg-navbar-dark"><div class="navbar-shell"><p>${PROSE}</p><p>${PROSE}</p></div></body></html>`;
    expect(chromeTexts(html)).toEqual([]);
  });
});

describe('structure.ts: repeated cards and posts', () => {
  it('cards that each hold a linked title and a price', () => {
    const cards = Array.from({ length: 10 }, (_, i) => `<li class="card card-${i}"><a href="/p/${i}"><h3>Trail pack number ${i} in green</h3></a><div>$${40 + i}.00</div></li>`).join('');
    const f = pageFeatures(htmlInput(page(`<main><ul class="grid">${cards}</ul></main>`)));
    expect(f.get('cards:count')).toBeGreaterThan(0.4);
    expect(f.get('cards:price')).toBe(1);
    expect(f.get('cards:link')).toBe(1);
  });

  it('odd and even rows of a thread are one group of posts, each with a date', () => {
    const posts = [0, 1, 2, 3]
      .map((i) => `<div class="post ${i % 2 ? 'odd' : 'even'}"><p>Posted Mar ${i + 3}, 2026</p><p>${PROSE}</p></div>`)
      .join('');
    const f = pageFeatures(htmlInput(page(`<main>${posts}</main>`)));
    expect(f.get('posts:count')).toBeCloseTo(sat(4, 10));
    expect(f.get('posts:date')).toBe(1);
  });

  it('a menu is not a grid of cards', () => {
    const menu = Array.from({ length: 12 }, (_, i) => `<li><a href="/s/${i}">Item ${i}</a></li>`).join('');
    const f = pageFeatures(htmlInput(page(`<div><ul>${menu}</ul></div><p>${PROSE}</p>`)));
    expect(f.has('cards:count')).toBe(false);
  });
});

describe('classifyPage', () => {
  it('never throws: empty, malformed and odd inputs get a decision', () => {
    for (const input of [textInput(''), textInput('   \n'), htmlInput('<html><body><div><p>unclosed'), htmlInput('<<<>>>')]) {
      const decision = classifyPage(input);
      expect(PAGE_TYPES.includes(decision.type as PageType) || decision.type === null).toBe(true);
    }
  });

  it('a bare page with no prose has no type; with prose it is an article, and a signal says why', () => {
    expect(classifyPage(htmlInput(page('<p>Hello</p>'))).type).toBeNull();
    const decision = classifyPage({ ...htmlInput(page(`<div><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div>`)), named: true });
    expect(decision.type).toBe('article');
    expect(decision.signals.some((s) => s.type === 'article' && /^(?:prose:|reads-as-prose)/.test(s.name))).toBe(true);
  });

  it('names no signal unless asked (--explain asks), and scores the page alike either way', () => {
    const input = htmlInput(page(`<main><h1>Trail bottle</h1><p>$34.95</p><button>Add to cart</button><p>${PROSE}</p></main>`));
    const quiet = classifyPage(input);
    const named = classifyPage({ ...input, named: true });
    expect(quiet.signals).toEqual([]);
    expect(named.signals.length).toBeGreaterThan(0);
    expect(quiet.type).toBe(named.type);
    expect(quiet.scores).toEqual(named.scores);
  });

  it('signals come strongest first and add up to the scores', () => {
    const decision = classifyPage({ ...htmlInput(page(`<main><h1>Trail bottle</h1><p>$34.95</p><button>Add to cart</button><p>${PROSE}</p></main>`)), named: true });
    const weights = decision.signals.map((s) => s.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    for (const t of PAGE_TYPES) {
      const sum = decision.signals.filter((s) => s.type === t).reduce((a, s) => a + s.weight, 0);
      expect(sum).toBeCloseTo(decision.scores[t], 1);
    }
  });

  it('the caller\'s url is evidence', () => {
    const html = page(`<main><h1>Creaking bottom bracket</h1><p>${PROSE}</p></main>`);
    expect(pageFeatures(htmlInput(html, 'https://forum.example/threads/creaking-bottom-bracket.48213/')).get('url:forum')).toBe(1);
  });
});

describe('slugWords', () => {
  it('counts the pieces between dashes, underscores and pluses that hold a letter, as splitting would', () => {
    const split = (segment: string) => segment.split(/[-_+]+/).filter((w) => /[a-z]/.test(w)).length;
    expect(slugWords('how-to-grow-tomatoes-in-pots')).toBe(6);
    expect(slugWords('2024_report--final+v2')).toBe(3);
    expect(slugWords('-leading-and-trailing-')).toBe(3);
    const alphabet = 'ab9-_+Z.';
    let state = 7;
    for (let n = 0; n < 500; n++) {
      let segment = '';
      for (let k = 0; k < n % 23; k++) segment += alphabet[(state = (state * 48271) % 2147483647) % alphabet.length];
      expect(slugWords(segment), segment).toBe(split(segment));
    }
  });
});

describe('kindsOf (what a link\'s path names)', () => {
  const kinds = (href: string) => {
    const out = new Set<LinkKind>();
    kindsOf(href, out);
    return [...out].sort();
  };
  it('reads each short segment of the path, whatever the slashes around it', () => {
    expect(kinds('/products/red-shoes')).toContain('product');
    expect(kinds('https://shop.example.com/collections/boots/')).toContain('collection');
    expect(kinds('/section//forum/')).toContain('forum');
    expect(kinds('/docs/api.html')).toContain('docs');
    expect(kinds('/' + 'x'.repeat(25) + '/docs')).toContain('docs');
  });

  it('takes a slug from the last segment, or from the one before a final slash', () => {
    expect(kinds('/news/why-we-moved-our-servers-to-the-coast')).toContain('slug');
    expect(kinds('/news/why-we-moved-our-servers-to-the-coast/')).toContain('slug');
    expect(kinds('/news/why-we-moved-our-servers-to-the-coast//')).not.toContain('slug');
    expect(kinds('why-we-moved-our-servers-to-the-coast')).toContain('slug');
    expect(kinds('/blog/2024/05/short')).toContain('slug');
  });

  it('names nothing for an empty path, a bare host or a root', () => {
    expect(kinds('')).toEqual([]);
    expect(kinds('/')).toEqual([]);
    expect(kinds('https://example.com')).toEqual([]);
  });
});
