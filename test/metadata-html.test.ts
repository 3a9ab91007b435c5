/**
 * The HTML metadata layer (src/metadata/html/): each source on small pages written for the
 * behaviour, then the precedence and normalisation of htmlMetadata, then whole pages from
 * fixtures/metadata-html/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { documentCandidates, pageUrls } from '../src/metadata/html/document.js';
import { jsonLdCandidates, parseJsonLd, parsedJsonLd } from '../src/metadata/html/json-ld.js';
import { indexPage, jsonLdText } from '../src/parse/html/page-index.js';
import { metaTagCandidates } from '../src/metadata/html/meta-tags.js';
import { type HtmlMetadataOptions, htmlMetadata } from '../src/metadata/html/select.js';
import { timeTagCandidates } from '../src/metadata/html/time-tags.js';
import { pickTitle, stripSiteName } from '../src/metadata/html/title.js';
import { type Candidate, collapse, isBlank } from '../src/metadata/html/types.js';
import { dateInUrl } from '../src/metadata/html/url-date.js';
import { normaliseAuthor } from '../src/metadata/html/normalise.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const FIXTURES = fileURLToPath(new URL('../fixtures/metadata-html/', import.meta.url));

const doc = (html: string) => parseDocument(html);
const meta = (html: string, opts: HtmlMetadataOptions = {}) => htmlMetadata(doc(html), { now: NOW, ...opts });
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const page = (head: string, body = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
/** Candidates as "field source=value" lines, easy to compare. */
const lines = (cs: readonly Candidate[]) => cs.map((c) => `${c.field} ${c.source}=${c.value}`);
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('json-ld.ts', () => {
  it('parses a JSON-LD element once for all its readers, to what parsing its text gives', () => {
    const d = doc(page(ld('{"@type":"Article","headline":"Once",}') + ld('not json')));
    const [first, second] = indexPage(d).jsonLd;
    const value = parsedJsonLd(first);
    expect(value).toEqual(parseJsonLd(jsonLdText(first)));
    expect(value).toEqual({ '@type': 'Article', headline: 'Once' });
    expect(parsedJsonLd(first)).toBe(value);
    expect(parsedJsonLd(second)).toBeUndefined();
  });

  it('reads an article: headline, dates, author, description, publisher, language, section, url', () => {
    const html = page(
      ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tides rise early",
        "datePublished":"2025-10-22T08:00:00+02:00","dateModified":"2025-10-23T09:00:00+02:00",
        "author":{"@type":"Person","name":"Ana Lind","url":"https://example.com/ana"},
        "description":"Why the tide came early.","publisher":{"@type":"Organization","name":"Shore News"},
        "inLanguage":"sv","articleSection":["Science","Climate"],"mainEntityOfPage":"https://example.com/tides"}`),
    );
    expect(lines(jsonLdCandidates(doc(html)))).toEqual([
      'title json-ld:headline=Tides rise early',
      'date json-ld:datePublished=2025-10-22T08:00:00+02:00',
      'modified json-ld:dateModified=2025-10-23T09:00:00+02:00',
      'description json-ld:description=Why the tide came early.',
      'section json-ld:articleSection=Science',
      'lang json-ld:inLanguage=sv',
      'url json-ld:url=https://example.com/tides',
      'author json-ld:author=Ana Lind',
      'site json-ld:publisher=Shore News',
    ]);
  });

  it('flattens @graph and resolves @id references; WebPage and WebSite get their own sources', () => {
    const html = page(
      ld(`{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","@id":"#site","name":"Shore News"},
        {"@type":"WebPage","@id":"#page","name":"Tides rise early - Shore News","datePublished":"2025-10-20"},
        {"@type":"Person","@id":"#ana","name":"Ana Lind"},
        {"@type":["BlogPosting"],"headline":"Tides rise early","author":{"@id":"#ana"},"datePublished":"2025-10-22"}]}`),
    );
    const cs = lines(jsonLdCandidates(doc(html)));
    expect(cs).toContain('site json-ld-site:name=Shore News');
    expect(cs).toContain('title json-ld-page:name=Tides rise early - Shore News');
    expect(cs).toContain('author json-ld:author=Ana Lind');
    // The article beats the page it sits on.
    expect(meta(html).date).toBe('2025-10-22');
    expect(meta(html).title).toBe('Tides rise early');
  });

  it('reads top-level arrays and a mainEntity nested in a WebPage; types may be full URLs', () => {
    const html = page(
      ld(`[{"@type":"BreadcrumbList"},{"@type":"WebPage","mainEntity":
        {"@type":"http://schema.org/ReportageNewsArticle","headline":"Inside the storm","datePublished":"2025-01-05"}}]`),
    );
    expect(meta(html)).toMatchObject({ title: 'Inside the storm', date: '2025-01-05' });
  });

  it('uses a WebPage only when no article says otherwise', () => {
    const html = page(ld(`{"@type":"WebPage","name":"Opening hours","datePublished":"2024-02-02"}`));
    expect(meta(html)).toMatchObject({ title: 'Opening hours', date: '2024-02-02' });
  });

  it('gives nothing for bad JSON-LD, and the other sources still work', () => {
    const html = page(
      `${ld('{"@type":"Article","headline": "Broken" ,,, }}')}${ld('not json at all')}${ld('')}` +
        `<meta property="og:title" content="From Open Graph">`,
    );
    expect(jsonLdCandidates(doc(html))).toEqual([]);
    expect(meta(html).title).toBe('From Open Graph');
  });

  it('repairs the common faults: raw newlines in strings, comment wrappers, trailing commas', () => {
    const html = page(ld(`<!--{"@type":"Article","headline":"Two\nlines","datePublished":"2025-03-01",}-->`));
    expect(meta(html)).toMatchObject({ title: 'Two lines', date: '2025-03-01' });
  });

  it('never takes a navigation word or a domain as the declared section', () => {
    expect(meta(page('<meta property="article:section" content="Front Page">')).section).toBeNull();
    expect(meta(page('<meta property="article:section" content="gizmodo.com">')).section).toBeNull();
    expect(meta(page('<meta property="article:section" content="Science &amp; Health">')).section).toBe('Science & Health');
  });

  it('reads an unlisted meta key that says "published", never "publisher" or "modified"', () => {
    expect(meta(page('<meta name="w-published-date" content="2024-05-06">')).date).toBe('2024-05-06');
    expect(meta(page('<meta name="ms.date" content="2023-02-01">')).date).toBe('2023-02-01');
    expect(meta(page('<meta name="publisher-date-modified" content="2023-02-01"><meta name="published-modified" content="2023-03-01">')).date).toBeNull();
  });

  it('takes a date inside a "widget" wrapper that holds the page\'s h1, not one in a real widget', () => {
    const body = `<div class="widget-manage-opacity"><h1>Tides rise early</h1><time datetime="2025-03-12">12 March</time></div>
      <div class="widget"><h3>Popular</h3><time datetime="2020-01-01">1 Jan</time></div>`;
    expect(meta(page('', body)).date).toBe('2025-03-12');
  });

  it("reads a thread's opening post and a Q&A page's question, not an FAQ's questions", () => {
    const thread = ld('{"@type":"DiscussionForumPosting","headline":"Help picking a keyboard","author":{"@type":"Person","name":"kbfan"},"datePublished":"2023-10-18T10:00:00Z"}');
    expect(meta(page(thread))).toMatchObject({ title: 'Help picking a keyboard', author: 'kbfan', date: '2023-10-18T10:00:00Z' });
    const qa = ld('{"@type":"QAPage","mainEntity":{"@type":"Question","name":"How do I undo a commit?","author":{"name":"newbie"},"dateCreated":"2024-01-03T08:00:00Z"}}');
    expect(meta(page(qa))).toMatchObject({ title: 'How do I undo a commit?', author: 'newbie', date: '2024-01-03T08:00:00Z' });
    const faq = ld('{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Which shirt is best for the gym?","author":{"name":"Shop"}}]}');
    expect(meta(page(`<title>Gym T-Shirts</title>${faq}`))).toMatchObject({ title: 'Gym T-Shirts', author: null });
  });

  it('reads the JSON-LD a meta tag carries, as Remix renders it, and no other meta content as JSON', () => {
    const json = '{"@type":"Article","headline":"Full EV cars: a guide","datePublished":"2025-11-17T09:00:00-05:00","author":"Ana Lind"}';
    const tag = (name: string) => `<meta name="${name}" content="${json.replace(/"/g, '&quot;')}">`;
    expect(meta(page(tag('script:ld+json')))).toMatchObject({ title: 'Full EV cars: a guide', date: '2025-11-17T09:00:00-05:00', author: 'Ana Lind' });
    expect(meta(page(tag('description')))).toMatchObject({ date: null, author: null });
  });

  it('decodes HTML entities that sites put inside JSON-LD strings', () => {
    const html = page(ld('{"@type":"Article","headline":"&#8216;The Medium&#8217; &amp; <em>the</em> message","author":"Zo&euml; Ash"}'));
    expect(meta(html)).toMatchObject({ title: '‘The Medium’ & <em>the</em> message', author: 'Zoë Ash' });
  });

  it('takes author names from strings, people and arrays, never URLs', () => {
    const html = page(
      ld(`{"@type":"Article","headline":"H","author":["Ana Lind",{"@type":"Person","name":"Bo Berg"},
        "https://example.com/authors/cy",{"@type":"Person","url":"https://example.com/dee"},{"name":["Ed Eng"]}]}`),
    );
    expect(meta(html).author).toBe('Ana Lind, Bo Berg, Ed Eng');
  });
});

describe('meta-tags.ts', () => {
  it('maps each family of tags to its field', () => {
    const html = page(`
      <meta property="og:title" content="OG title"><meta property="og:description" content="OG description">
      <meta property="og:site_name" content="OG Site"><meta property="og:url" content="https://example.com/a">
      <meta property="article:published_time" content="2025-10-22T10:00:00Z">
      <meta property="article:modified_time" content="2025-10-23T10:00:00Z">
      <meta property="article:section" content="Politics"><meta property="article:author" content="https://facebook.com/someone">
      <meta name="twitter:title" content="Twitter title"><meta name="twitter:description" content="Twitter description">
      <meta name="DC.title" content="DC title"><meta name="dc.date" content="2025-10-21"><meta name="DC.creator" content="Dee Cee">
      <meta name="DC.date.issued" content="2025-10-20"><meta name="parsely-pub-date" content="2025-10-19">
      <meta name="parsely-author" content="Par Sely"><meta name="sailthru.date" content="2025-10-18">
      <meta name="sailthru.author" content="Sail Thru"><meta name="citation_title" content="Citation title">
      <meta name="citation_publication_date" content="2025/10/17"><meta name="citation_date" content="2025/10/16">
      <meta name="citation_author" content="Smith, Jane"><meta name="citation_author" content="Roe, Rick">
      <meta itemprop="datePublished" content="2025-10-15"><meta itemprop="headline" content="Itemprop headline">
      <meta name="author" content="Plain Author"><meta name="description" content="Plain description">
      <meta name="pubdate" content="2025-10-14"><meta http-equiv="content-language" content="fr">`);
    const cs = lines(metaTagCandidates(doc(html)));
    for (const line of [
      'title meta:og:title=OG title', 'description meta:og:description=OG description', 'site meta:og:site_name=OG Site',
      'url meta:og:url=https://example.com/a', 'date meta:article:published_time=2025-10-22T10:00:00Z',
      'modified meta:article:modified_time=2025-10-23T10:00:00Z', 'section meta:article:section=Politics',
      'title meta:twitter:title=Twitter title', 'title meta:dc.title=DC title', 'date meta:dc.date=2025-10-21',
      'author meta:dc.creator=Dee Cee', 'date meta:dc.date.issued=2025-10-20', 'date meta:parsely-pub-date=2025-10-19',
      'author meta:parsely-author=Par Sely', 'date meta:sailthru.date=2025-10-18', 'author meta:sailthru.author=Sail Thru',
      'title meta:citation_title=Citation title', 'date meta:citation_publication_date=2025/10/17',
      'date meta:citation_date=2025/10/16', 'author meta:citation_author=Smith, Jane, Roe, Rick',
      'date itemprop:datePublished=2025-10-15', 'title itemprop:headline=Itemprop headline',
      'author meta:author=Plain Author', 'description meta:description=Plain description', 'date meta:pubdate=2025-10-14',
      'lang meta:content-language=fr',
    ]) {
      expect(cs).toContain(line);
    }
    // The article:author URL is offered but never chosen as a name.
    expect(meta(html).author).toBe('Plain Author');
  });

  it('reads space-separated keys and skips tags without content', () => {
    const html = page(`<meta property="og:title twitter:title" content="Shared title"><meta property="og:description">`);
    expect(lines(metaTagCandidates(doc(html)))).toEqual(['title meta:og:title=Shared title', 'title meta:twitter:title=Shared title']);
  });

  it('reads parsely-page JSON', () => {
    const html = page(`<meta name="parsely-page" content='{"title":"Parsed","pub_date":"2025-04-01T10:00:00Z","author":"Pat"}'>`);
    expect(meta(html)).toMatchObject({ title: 'Parsed', date: '2025-04-01T10:00:00Z', author: 'Pat' });
  });

  it('reads microdata headline and authors on elements, but not in related cards', () => {
    const html = page(
      '',
      `<article><h1 itemprop="headline">Microdata headline</h1>
        <span itemprop="author" itemscope><a href="/p/ana"><span itemprop="name">Ana Lind</span></a></span>
        <span itemprop="author">Bo Berg</span></article>
       <div class="related"><span itemprop="author">Someone Else</span></div>`,
    );
    expect(lines(metaTagCandidates(doc(html)))).toEqual(['title itemprop:headline=Microdata headline', 'author itemprop:author=Ana Lind, Bo Berg']);
  });

  it("takes a thread's authors from its first post only, each post being an item of its own", () => {
    const post = (who: string) => `<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">${who}</span><p>Text</p></div>`;
    const html = page('', `<main class="layout--withSidebar">${post('amondale')}${post('rimelek')}${post('meyay')}</main>`);
    expect(lines(metaTagCandidates(doc(html)))).toEqual(['author itemprop:author=amondale']);
  });
});

describe('time-tags.ts', () => {
  const dates = (html: string, url?: string) => lines(timeTagCandidates(doc(html), { url }));

  it('reads <time datetime> and itemprop dates in the article', () => {
    const html = page(
      '',
      `<article><time datetime="2025-10-22T08:00:00Z">22 Oct</time>
       <span itemprop="dateModified" content="2025-10-23">23 Oct</span>
       <time itemprop="datePublished" datetime="2025-10-21">21 Oct</time></article>`,
    );
    expect(dates(html)).toEqual([
      'modified itemprop:dateModified=2025-10-23',
      'date itemprop:datePublished=2025-10-21',
      'date time=2025-10-22T08:00:00Z',
    ]);
  });

  it("reads a question's dateCreated, and never the dates of the comments and answers hung on it", () => {
    const html = page(
      '',
      `<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
         <h1 itemprop="name">Why is except: pass bad?</h1>
         <time itemprop="dateCreated" datetime="2014-02-04 13:02:51Z">asked 11 years ago</time>
         <div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="text">Good question.</span>
           <time class="d-none" itemprop="datePublished">2019-01-21T21:40:59Z</time></div>
         <div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
           <time itemprop="dateCreated" datetime="2014-02-05 09:00:00Z">answered</time></div>
       </div>`,
    );
    expect(dates(html)).toEqual(['date itemprop:dateCreated=2014-02-04 13:02:51Z']);
    expect(meta(html).date?.slice(0, 10)).toBe('2014-02-04');
  });

  it("takes a thread's author from its own post, never from a reply typed as an answer or a review", () => {
    const html = page(
      '',
      `<article itemscope itemtype="https://schema.org/Answer">
         <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Lutfij</span></span>
         <p>Quoting the question below.</p></article>
       <article itemscope itemtype="https://schema.org/Review"><span itemprop="author">Richard I</span></article>
       <article class="message" itemscope itemtype="https://schema.org/DiscussionForumPosting">
         <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">ridwan123</span></span>
         <h1 itemprop="headline">Want to know the comparison between these GPU</h1></article>`,
    );
    expect(meta(html).author).toBe('ridwan123');
  });

  it('marks a <time> that says it is the publication or update date', () => {
    const html = page('', '<time class="entry-date published" datetime="2025-01-02">x</time><time class="updated" datetime="2025-01-03">y</time><time pubdate>4 January 2025</time>');
    expect(dates(html)).toEqual(['date time:pubdate=2025-01-02', 'modified time=2025-01-03', 'date time:pubdate=4 January 2025']);
  });

  it.each([
    ['a related block', '<div class="related-posts"><time datetime="2020-01-01">x</time></div>'],
    ['a camelCase related block', '<div id="relatedStories"><time datetime="2020-01-01">x</time></div>'],
    ['a teaser', '<div class="story-teaser"><time datetime="2020-01-01">x</time></div>'],
    ['a card', '<div class="card"><time datetime="2020-01-01">x</time></div>'],
    ['recommendations', '<section class="recommended"><time datetime="2020-01-01">x</time></section>'],
    ['a "more" list', '<ul class="more"><li><time datetime="2020-01-01">x</time></li></ul>'],
    ['a sidebar', '<div id="sidebar"><time datetime="2020-01-01">x</time></div>'],
    ['a widget', '<div class="widget"><time datetime="2020-01-01">x</time></div>'],
    ['comments', '<ol class="comment-list"><li><time datetime="2020-01-01">x</time></li></ol>'],
    ['an aside', '<aside><time datetime="2020-01-01">x</time></aside>'],
    ['a nav', '<nav><time datetime="2020-01-01">x</time></nav>'],
    ['the site footer', '<footer><time datetime="2020-01-01">x</time></footer>'],
    ['a complementary role', '<div role="complementary"><time datetime="2020-01-01">x</time></div>'],
    ['a link to another page', '<a href="/other-story"><time datetime="2020-01-01">x</time></a>'],
    ['itemprop in a teaser card', '<article class="teaser"><span itemprop="datePublished" content="2020-01-01"></span></article>'],
  ])('ignores dates inside %s', (_what, body) => {
    expect(dates(page('', `<main><article><h1>T</h1></article>${body}</main>`))).toEqual([]);
  });

  it('keeps dates in the article footer, under a body class that mentions a sidebar, and in a link to the page itself', () => {
    const html =
      '<html><body class="has-sidebar"><div class="content-sidebar-wrap"><main><article><footer>' +
      '<a href="https://example.com/2025/story/" rel="bookmark"><time datetime="2025-05-05">5 May</time></a>' +
      '</footer></article></main></div></body></html>';
    expect(dates(html, 'https://example.com/2025/story/')).toEqual(['date time=2025-05-05']);
    expect(dates(html.replace('<head>', ''), undefined)).toEqual([]); // the link's target is unknown: not this page's date
    const withCanonical = html.replace('<html>', '<html><head><link rel="canonical" href="https://example.com/2025/story"></head>');
    expect(dates(withCanonical)).toEqual(['date time=2025-05-05']);
  });
});

describe('document.ts', () => {
  it('reads <html lang>, the canonical link, the <title> and the h1', () => {
    const html =
      '<html lang="pt-BR"><head><title> A  title </title><link rel="canonical" href="https://example.com/a"></head>' +
      '<body><svg><title>icon</title></svg><h1>A title</h1><aside><h1>Newsletter</h1></aside></body></html>';
    expect(lines(documentCandidates(doc(html)))).toEqual([
      'lang document:lang=pt-BR',
      'url document:canonical=https://example.com/a',
      'title document:title=A title',
      'title document:h1=A title',
    ]);
  });

  it('skips an h1 that is only a link to the front page (a logo), keeps one that links to its own post', () => {
    const h1s = (body: string) => documentCandidates(doc(page('', body))).filter((c) => c.source === 'document:h1').map((c) => c.value);
    expect(h1s('<h1><a href="../index.html">Project Docs</a></h1><h1>Quick start</h1>')).toEqual(['Quick start']);
    expect(h1s('<h1><a href="https://shore.example/">Shore News</a></h1>')).toEqual([]);
    expect(h1s('<h1><a href="/2025/10/tides-rise">Tides rise early</a></h1>')).toEqual(['Tides rise early']);
  });
});

describe('url-date.ts', () => {
  it.each([
    ['https://example.com/2025/10/22/tides-rise', '2025-10-22'],
    ['https://example.com/news/2025/1/5/x', '2025-01-05'],
    ['https://example.com/20251022/tides', '2025-10-22'],
    ['https://example.com/2025-10-22-tides-rise', '2025-10-22'],
    ['/blog/2025_10_22_tides.html', '2025-10-22'],
    ['https://example.com/2025/10/tides', null],
    ['https://example.com/2025/13/45/x', null],
    ['https://example.com/article/123456789', null],
    ['https://example.com/a?date=2025/10/22/', null],
    ['https://example.com/2027/01/01/future', null],
    ['https://example.com/articles/2025-10-22+Tides+rise+early', '2025-10-22'],
    ['https://example.com/articles/2025-10-22+5', '2025-10-22'],
  ])('%s -> %s', (url, expected) => {
    expect(dateInUrl(url, { now: NOW })).toBe(expected);
  });

  it('reads the date of an address the page declares escaped whole', () => {
    const declared = (url: string) => pageUrls(doc(page(`<meta property="og:url" content="${url}">`, '<p>x</p>')));
    expect(declared('https://shore.example%2Farticles%2F2025-10-22%2BTides%2Brise')).toEqual(['https://shore.example/articles/2025-10-22+Tides+rise']);
    expect(dateInUrl(declared('https://shore.example%2Farticles%2F2025-10-22%2BTides%2Brise')[0], { now: NOW })).toBe('2025-10-22');
    expect(declared('https://shore.example/a%20b')).toEqual(['https://shore.example/a%20b']);
  });
});

describe('title.ts', () => {
  const none = { h1s: [], siteNames: [], host: null };

  it.each([
    ['Tides rise early | Shore News', 'Tides rise early'],
    ['Tides rise early - Shore News', 'Tides rise early'],
    ['Tides rise early — Shore News', 'Tides rise early'],
    ['Tides rise early – Shore News', 'Tides rise early'],
    ['Tides rise early · Shore News', 'Tides rise early'],
    ['Shore News: Tides rise early', 'Tides rise early'],
    ['Shore News | Tides rise early', 'Tides rise early'],
    ['Tides rise early - The Shore News', 'Tides rise early'],
    ['Tides - a history - Shore News', 'Tides - a history'],
  ])('strips a known site name: %s', (title, expected) => {
    expect(stripSiteName(title, { ...none, siteNames: ['Shore News'] })).toBe(expected);
  });

  it('compares a site name given as a URL by its name', () => {
    expect(stripSiteName('Pearl dress stolen | TMZ.com', { ...none, siteNames: ['http://www.tmz.com'] })).toBe('Pearl dress stolen');
  });

  it('strips a part that matches the host', () => {
    expect(stripSiteName('Tides rise early | ShoreNews.com', { ...none, host: 'www.shorenews.com' })).toBe('Tides rise early');
    expect(stripSiteName('Tides rise early - BBC News', { ...none, host: 'www.bbc.co.uk' })).toBe('Tides rise early');
  });

  it('strips what the h1 does not cover, and a title repeated across separators', () => {
    expect(stripSiteName('Shore Blog: Tides rise early', { ...none, h1s: ['Tides rise early'] })).toBe('Tides rise early');
    expect(stripSiteName('Tides - rise - Tides - rise - Shore', none)).toBe('Tides - rise');
  });

  it('keeps the title whole without evidence, and a colon title whose head is the headline', () => {
    expect(stripSiteName('Tides rise early - Shore News', none)).toBe('Tides rise early - Shore News');
    expect(stripSiteName('Tides: why they rise', { ...none, h1s: ['Tides'] })).toBe('Tides: why they rise');
    // A logo in an h1 does not make the headline the decoration.
    expect(stripSiteName('Tides rise early over the bay :: Shore', { ...none, h1s: ['Shore'] })).toBe('Tides rise early over the bay :: Shore');
  });

  it('prefers a metadata title that agrees with the <title> core', () => {
    const picked = pickTitle({
      documentTitle: 'Tides rise earlier than expected - Shore News',
      metaTitles: [{ value: 'Tides rise earlier than expected', source: 'meta:og:title' }],
      h1s: [],
      siteNames: ['Shore News'],
      host: null,
    });
    expect(picked).toEqual({ value: 'Tides rise earlier than expected', source: 'meta:og:title' });
  });

  it('prefers the <title> core an h1 confirms over a site-wide og:title', () => {
    const picked = pickTitle({
      documentTitle: 'Storm closes harbour',
      metaTitles: [{ value: 'Shore News - all the news from the coast', source: 'meta:og:title' }],
      h1s: ['Storm closes harbour'],
      siteNames: [],
      host: null,
    });
    expect(picked?.value).toBe('Storm closes harbour');
  });

  it('falls back to a metadata title when the <title> is only the site name', () => {
    const picked = pickTitle({
      documentTitle: 'Shore News',
      metaTitles: [{ value: 'Storm closes harbour', source: 'json-ld:headline' }],
      h1s: [],
      siteNames: ['Shore News'],
      host: null,
    });
    expect(picked?.value).toBe('Storm closes harbour');
  });

  const declared = (documentTitle: string | null, h1s: string[], metaTitles: { value: string; source: string }[] = []) =>
    pickTitle({ documentTitle, metaTitles, h1s, siteNames: [], host: null });

  it('takes the visible h1 that a declared title repeats beside its decoration', () => {
    const og = [{ value: 'Best camping hammocks of 2026, tested | Trail Notes', source: 'meta:og:title' }];
    expect(declared('Best camping hammocks of 2026, tested | Trail Notes', ['Best camping hammocks of 2026'], og)).toEqual({
      value: 'Best camping hammocks of 2026',
      source: 'document:h1+meta:og:title',
    });
  });

  it('does not take a logo h1 that is only the short side of the title', () => {
    const picked = declared('Reflections on building a pixel-perfect pipeline | Playful Tones', ['Playful Tones']);
    expect(picked?.value).toBe('Reflections on building a pixel-perfect pipeline');
  });

  it('drops a permalink mark after a documentation heading, and keeps "C#"', () => {
    expect(declared('Quickstart — Requests documentation', ['Quickstart¶'])?.value).toBe('Quickstart');
    expect(declared('Learn C# | Dev Docs', ['Learn C#'])?.value).toBe('Learn C#');
  });

  it('gives a shouted h1 the case of the declared title', () => {
    expect(declared('Weekend Coding Agent | Focus Labs', ['WEEKEND CODING AGENT'])?.value).toBe('Weekend Coding Agent');
  });

  it('keeps the headline part of a declared title without an h1, but not a one-word label', () => {
    expect(declared('Business text messaging | Strapline here | Acme', [])?.value).toBe('Business text messaging');
    expect(declared('Sudo - ArchWiki', [])?.value).toBe('Sudo - ArchWiki');
    expect(declared('Tides: why they rise', [])?.value).toBe('Tides: why they rise');
  });

  it('decodes character references a publisher escaped twice', () => {
    const html = page('<meta property="og:title" content="And finally&amp;#8230; trouble brewing">');
    expect(meta(html).title).toBe('And finally… trouble brewing');
  });

  it('works through htmlMetadata with og:site_name', () => {
    const html = page('<title>Storm closes harbour » Shore News</title><meta property="og:site_name" content="Shore News">');
    expect(meta(html)).toMatchObject({ title: 'Storm closes harbour', site: 'Shore News' });
  });
});

describe('htmlMetadata precedence', () => {
  const sources = {
    jsonLd: ld('{"@type":"Article","datePublished":"2025-01-01"}'),
    meta: '<meta property="article:published_time" content="2025-02-02">',
    itemprop: '<span itemprop="datePublished" content="2025-03-03"></span>',
    time: '<time datetime="2025-04-04">4 April</time>',
  };
  const build = (keys: (keyof typeof sources)[]) =>
    page(keys.includes('jsonLd') ? sources.jsonLd : '', `${keys.includes('meta') ? sources.meta : ''}<article>${keys.includes('itemprop') ? sources.itemprop : ''}${keys.includes('time') ? sources.time : ''}</article>`);
  const URL = 'https://example.com/2025/05/05/story';

  it('JSON-LD beats meta beats itemprop beats <time> beats the visible date beats the URL', () => {
    const opts = { url: URL, visibleDate: 'Published 6 June 2025' };
    expect(meta(build(['jsonLd', 'meta', 'itemprop', 'time']), opts).date).toBe('2025-01-01');
    expect(meta(build(['meta', 'itemprop', 'time']), opts).date).toBe('2025-02-02');
    expect(meta(build(['itemprop', 'time']), opts).date).toBe('2025-03-03');
    expect(meta(build(['time']), opts).date).toBe('2025-04-04');
    expect(meta(build([]), opts)).toMatchObject({ date: '2025-06-06', sources: { date: 'visible' } });
    expect(meta(build([]), { url: URL })).toMatchObject({ date: '2025-05-05', sources: { date: 'url' } });
  });

  it('skips a source whose date is implausible and takes the next one', () => {
    const html = page(`${ld('{"@type":"Article","datePublished":"2031-01-01"}')}<meta property="article:published_time" content="2025-02-02">`);
    expect(meta(html).date).toBe('2025-02-02');
    expect(meta(page(ld('{"@type":"Article","datePublished":"1970-01-01T00:00:00Z"}'))).date).toBeNull();
  });

  it('keeps published and modified apart, and never uses one for the other', () => {
    const both = page('<meta property="article:published_time" content="2025-01-01T10:00:00+01:00"><meta property="article:modified_time" content="2025-01-02T10:00:00+01:00">');
    expect(meta(both)).toMatchObject({ date: '2025-01-01T10:00:00+01:00', modified: '2025-01-02T10:00:00+01:00' });
    const onlyModified = page(ld('{"@type":"Article","dateModified":"2025-01-02"}'), '<time class="updated" datetime="2025-01-03">3 Jan</time>');
    expect(meta(onlyModified)).toMatchObject({ date: null, modified: '2025-01-02' });
  });

  it('normalises dates: the offset kept when given, date only otherwise, compact YYYYMMDD read', () => {
    expect(meta(page('<meta name="date" content="2025-10-22 14:05">')).date).toBe('2025-10-22');
    expect(meta(page('<meta name="date" content="20251022">')).date).toBe('2025-10-22');
    expect(meta(page('<meta name="date" content="2025-10-22T14:05:00-0400">')).date).toBe('2025-10-22T14:05:00-04:00');
    expect(meta(page('<meta name="date" content="October 2025">')).date).toBeNull();
  });

  it('takes authors from JSON-LD, then meta, then the byline hook, without "By"', () => {
    const jsonLd = ld('{"@type":"Article","author":[{"name":"By Ana Lind"},{"name":"Bo Berg"}]}');
    const metaAuthor = '<meta name="author" content="by Meta Person">';
    expect(meta(page(jsonLd + metaAuthor), { byline: 'By Hook Person' }).author).toBe('Ana Lind, Bo Berg');
    expect(meta(page(metaAuthor), { byline: 'By Hook Person' }).author).toBe('Meta Person');
    expect(meta(page(''), { byline: 'By:  Hook   Person' }).author).toBe('Hook Person');
    expect(meta(page('<meta name="author" content="Von Anna Schmidt, https://example.com/x">')).author).toBe('Anna Schmidt');
    expect(meta(page('<meta name="author" content="Текст: Вера Орлова">')).author).toBe('Вера Орлова');
    expect(meta(page('<meta name="author" content="Byron Bay">')).author).toBe('Byron Bay');
  });

  it('picks description, section, site, lang and url in order, and decodes entities once', () => {
    const html =
      '<html lang="en"><head><link rel="canonical" href="/story"><meta property="og:url" content="https://example.com/og">' +
      '<meta name="description" content="Plain &amp; simple"><meta property="og:description" content="Open &amp; Graph">' +
      '<meta property="article:section" content="World"><meta name="application-name" content="App Name">' +
      '<meta property="og:site_name" content="Site Name"><meta property="og:locale" content="de_DE"></head><body></body></html>';
    expect(meta(html, { url: 'https://example.com/input' })).toMatchObject({
      description: 'Open & Graph',
      section: 'World',
      site: 'Site Name',
      lang: 'en',
      url: 'https://example.com/story',
    });
    expect(meta(html.replace(' lang="en"', '')).lang).toBe('de-DE');
  });

  it('gives all null for a page with no metadata, and never throws on odd input', () => {
    const empty = { title: null, date: null, modified: null, author: null, description: null, section: null, site: null, lang: null, url: null };
    expect(meta(fixture('bare.html'))).toMatchObject(empty);
    expect(meta('')).toMatchObject(empty);
    expect(meta('<html lang="not a language"><title></title><time datetime="soon">soon</time>')).toMatchObject(empty);
    expect(() => htmlMetadata(doc('<script type="application/ld+json">{"@graph":[null,1,"x",{"@type":7}]}</script>'))).not.toThrow();
    expect(() => htmlMetadata(null as never)).not.toThrow();
    expect(meta('<meta itemprop="constructor __proto__" content="x"><meta name="__proto__" content="y">')).toMatchObject(empty);
  });
});

describe('whole pages (fixtures/metadata-html)', () => {
  it('news article: JSON-LD graph wins, related-story date and author ignored', () => {
    const m = meta(fixture('news-article.html'));
    expect(m).toMatchObject({
      title: 'Harbour bridge reopens after repairs',
      date: '2024-03-14T09:30:00+00:00',
      modified: '2024-03-15T11:00:00+00:00',
      author: 'Mara Quill',
      description: 'The bridge carries traffic again after eight months.',
      section: 'Local',
      site: 'The Coastal Courier',
      lang: 'en-GB',
      url: 'https://www.coastalcourier.example/news/2024/03/14/harbour-bridge-reopens',
      sources: { date: 'json-ld:datePublished', title: 'document:h1+json-ld:headline' },
    });
    const times = m.candidates.filter((c) => c.source.startsWith('time')).map((c) => c.value);
    expect(times).toEqual(['2024-03-14T09:30:00+00:00']);
    expect(m.candidates.some((c) => c.value.includes('Oskar'))).toBe(false);
  });

  it('blog post: <time> in the article footer, widget and comment dates ignored, site suffix stripped', () => {
    const url = 'https://sourdough.example/2021/06/notes-from-the-workshop/';
    expect(meta(fixture('blog-post.html'), { url })).toMatchObject({
      title: 'Notes from the Workshop',
      date: '2021-06-05T08:00:00+02:00',
      modified: '2021-06-07T10:00:00+02:00',
      author: null,
      description: 'What a week of baking with rye taught me.',
      site: 'Sourdough Diaries',
      lang: 'de',
      url,
    });
    // Without the page URL, the permalink around the dates could be any page's: no date.
    expect(meta(fixture('blog-post.html'))).toMatchObject({ date: null, modified: null });
  });
});

describe('normaliseAuthor', () => {
  it("drops a template's unfilled variable and the credits listed after the author", () => {
    expect(normaliseAuthor('page.head.extra.author')).toBeNull();
    expect(normaliseAuthor('{{ post.author }}')).toBeNull();
    expect(normaliseAuthor('%author%')).toBeNull();
    expect(normaliseAuthor('Benjamin Preston, Updated by Jon Linkov')).toBe('Benjamin Preston');
    expect(normaliseAuthor('Ana Lind, Photos by Sam Roe')).toBe('Ana Lind');
  });

  it('keeps user names with dots and names beside each other', () => {
    expect(normaliseAuthor('sara.r.peter')).toBe('sara.r.peter');
    expect(normaliseAuthor('By Jane Doe, John Roe')).toBe('Jane Doe, John Roe');
  });
});

describe('isBlank', () => {
  it.each(['', ' ', '\u00a0\u200b\n\t', '\ufeff\u3000', 'x', ' \u200b a ', '\u200c', '·'])('says what collapse(%j) === "" says', (text) => {
    expect(isBlank(text)).toBe(collapse(text) === '');
  });
});
