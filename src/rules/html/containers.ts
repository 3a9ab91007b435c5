/**
 * Reading a block's enclosing elements: the nearest element whose tag, role or class/id words
 * say "boilerplate" (navigation, sidebar, footer, comments, share bar, related links, ads) or
 * "article body" decides. Nearest wins, so a share bar inside the article body is still a
 * share bar, and an article inside a layout column named "sidebar-right-wrapper" is still the
 * article when its own container says so.
 */
import { hintMemo, hintWords } from '../../parse/html/element.js';
import { packedMap } from '../../packed.js';

/** How deep under <html> a form still wraps the whole page (html > body > div > form). */
const PAGE_WRAPPER_DEPTH = 3;

/** Tags and roles that hold boilerplate by definition. */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'menu', 'figcaption']);
const BOILERPLATE_ROLES = /\[role=(?:navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|alertdialog)\]/i;

/**
 * Words of a page's layout rather than of a part that comments on the page: a container named
 * so may still hold the whole page ("table#flashNav" around a 2007 page's text).
 */
const LAYOUT_WORDS = new Set(['nav', 'navbar', 'navigation', 'menu', 'menus', 'megamenu', 'sidebar', 'rail', 'masthead', 'toolbar']);
const LAYOUT_TAGS = new Set(['nav', 'aside', 'menu']);

/**
 * The element names the page's layout (navigation, a side column), not comments, ads or other
 * stories. Remembered per hint, as namesBodyToo: asked of every boilerplate element of a page.
 */
export const namesLayout = hintMemo(readNamesLayout);

function readNamesLayout(hint: string): boolean {
  const tag = hint.split(/[.#[]/, 1)[0];
  const words = hintWords(hint.slice(tag.length));
  return (LAYOUT_TAGS.has(tag) || words.some((w) => LAYOUT_WORDS.has(w))) && !words.some((w) => BOILERPLATE_WORDS.has(w) && !LAYOUT_WORDS.has(w));
}

/** Class/id words of boilerplate containers, grouped by concept. */
const BOILERPLATE_WORDS = new Set([
  // navigation
  'nav', 'navbar', 'navigation', 'menu', 'menus', 'megamenu', 'breadcrumb', 'breadcrumbs', 'pager', 'toolbar', 'masthead',
  // page chrome
  'footer', 'sidebar', 'rail', 'popup', 'modal', 'cookie', 'cookies', 'consent', 'gdpr',
  // sharing and following
  'share', 'sharing', 'sharebar',
  // other stories
  'related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'trending', 'popular', 'mostread', 'teaser', 'teasers', 'promo', 'outbrain', 'taboola',
  // readers' text (content on a forum: see READERS_WORDS)
  'comment', 'comments', 'disqus', 'discussion', 'respond', 'replies',
  // ads and pitches
  'ad', 'ads', 'advert', 'advertisement', 'advertising', 'sponsored', 'dfp', 'newsletter', 'subscribe', 'subscription', 'signup',
  // metadata boxes
  'tags', 'tag', 'taglist', 'bio', 'caption', 'credit', 'credits', 'byline', 'dateline', 'timestamp',
  // a forum member's signature under each post
  'signature', 'signatures', 'sig',
  // a shop's or a list's controls: filters, facets, sorting
  'filter', 'filters', 'facet', 'facets', 'refinement', 'refinements', 'sortby',
]);

/**
 * Text shown on hover: a class that starts with the word or has it after a dash (`tooltip`,
 * `a-popover-preload`), not a
 * script hook that mentions it (`js-dataTooltip` on a table that shows tooltips).
 */
const HOVER_CLASS = /(?:^|[-_])(?:tooltip|popover|tippy)/i;

/**
 * A site-wide strip above the header ("announcement-bar", "announcementBanner"): shipping
 * offers and sales, the same on every page. The word alone stays neutral: a blog files posts
 * under "category-announcements".
 */
const ANNOUNCEMENT_CLASS = /announcement[-_]*(?:bar|banner|strip)/i;

/** A class that names the article body as a whole ("article__body", "entry-content"): it outweighs any other word. */
const BODY_CLASS = /^(?:article|entry|post|story|main|page)[-_]*(?:body|content|text|main)\b/;

/** Class/id words and itemprops of the article's own body. */
const BODY_WORDS = new Set(['articlebody', 'article', 'entry', 'post', 'story', 'content', 'main', 'body', 'text', 'prose']);

const BODY_HINT = /\[itemprop=articlebody\]|^(?:article|main)\b|\[role=main\]/i;

/** Parts whose inner wrapper is named for its body ("footer-body", "comment-content", "review-text"): never the page's body. */
const NEVER_BODY_WORDS = new Set(['footer', 'comment', 'comments', 'discussion', 'respond', 'replies', 'reply', 'review', 'reviews']);

/**
 * The element's own words name the body as well as the boilerplate that outranks it
 * ("content-nav-section", "rich-text-newsletter-cms"), and is no footer, readers' text or
 * overlay: what it holds must say which it is.
 */
export const namesBodyToo = hintMemo(readNamesBodyToo);

function readNamesBodyToo(hint: string): boolean {
  const tag = hint.split(/[.#[]/, 1)[0];
  const words = hintWords(hint.slice(tag.length));
  if (BOILERPLATE_TAGS.has(tag) || words.some((w) => OVERLAY_WORDS.has(w) || NEVER_BODY_WORDS.has(w))) return false;
  return words.some((w) => BODY_WORDS.has(w));
}

/** Words of a container that holds media inside an article (caption, credit, gallery), not page chrome. */
const MEDIA_WORDS = new Set(['caption', 'credit', 'credits', 'figcaption', 'figure', 'gallery', 'slideshow', 'carousel', 'media', 'image', 'photo']);

/** The block sits in a figure, caption or gallery: media an article embeds, not chrome. */
export function inEmbeddedMedia(hints: readonly string[]): boolean {
  // Sibling blocks share their chain of hints (two blocks in five follow one with the same): asked again, it says the same.
  if (hints === lastMediaHints) return lastMedia;
  let media = false;
  const n = Math.min(4, hints.length);
  for (let i = 0; i < n && !media; i++) media = isMediaHint(hints[i]);
  lastMediaHints = hints;
  lastMedia = media;
  return media;
}
let lastMediaHints: readonly string[] | null = null;
let lastMedia = false;

/** A hint of a figure, caption or gallery element. */
const isMediaHint = hintMemo((hint) => {
  const tag = hint.split(/[.#[]/, 1)[0];
  return tag === 'figure' || tag === 'figcaption' || hintWords(hint.slice(tag.length)).some((w) => MEDIA_WORDS.has(w));
});

/** Words of readers' text: boilerplate under an article, the content of a forum thread. */
export const READERS_WORDS = ['comment', 'comments', 'discussion', 'respond', 'replies', 'reply'] as const;
/** A question or answer of a Q&A thread: readers' comments inside one are remarks on it, not posts. */
const POST_WORDS = new Set(['answer', 'answers', 'question', 'questions', 'acceptedanswer', 'suggestedanswer']);
/** Forum software renders a quoted post as an <aside> inside the post: that aside is the post's text. */
const QUOTE_WORDS = new Set(['quote', 'quotes', 'onebox', 'bbcode', 'blockquote']);

/** How a kind of page reads its containers (see src/assemble/profiles.ts). */
export interface ContainerOptions {
  /** A name for the cache: options with the same key must decide alike. */
  readonly key: string;
  /** Class words that mark this kind's content, not boilerplate (a forum's comments, a listing's teasers). */
  readonly contentWords?: ReadonlySet<string>;
  /** Class words that are boilerplate on this kind only (a product page's reviews). */
  readonly boilerplateWords?: ReadonlySet<string>;
  /** A thread of posts: remarks under a question or answer are boilerplate, a quoted post's <aside> is content. */
  readonly thread?: boolean;
}

const ARTICLE_OPTIONS: ContainerOptions = { key: 'article' };

/** What the nearest speaking element says; `depth` is its distance from the root (so blocks of one element share it). */
export type ContainerVerdict = { kind: 'boilerplate' | 'body'; hint: string; depth: number } | null;

/**
 * Overlays that never hold a page's content, whatever nearer element says "content": cookie
 * and consent banners and their preference centres, and dialogs. Checked over the whole chain
 * before the nearest-wins walk, because consent tools name their parts "...-content" too.
 */
const OVERLAY_WORDS = new Set(['cookie', 'cookies', 'consent', 'gdpr', 'onetrust', 'cookiebot', 'didomi', 'usercentrics']);
const OVERLAY_ROLE = /\[role=(?:dialog|alertdialog)\]/i;

/**
 * What one element's hint says on its own, read once per distinct hint (a page repeats a few
 * hundred hints over thousands of blocks): `body` and `boilerplate` decide, `pass` leaves it
 * to the next element out. `reader` is readers' text on a forum (boilerplate under a question
 * or answer, else `otherwise`); a form near the root says nothing (`otherwise` deeper down).
 */
interface Step {
  readonly says: 'body' | 'boilerplate' | 'pass' | 'reader';
  /** What the hint says when the special case (reader, page-wrapping form) does not hold. */
  readonly otherwise: 'body' | 'boilerplate' | 'pass';
  /** A form (boilerplate by its tag) that does not name the body: near the root it wraps the page. */
  readonly form: boolean;
  readonly overlay: boolean;
  /** Its words name a question or an answer (a Q&A post). */
  readonly post: boolean;
  /** It says `body` by a generic word alone ("content", "text", "body", "main", "prose"), no tag, itemprop or article word. */
  readonly weakBody: boolean;
  /** Its tag or role is a footer's or navigation's, which never holds the article. */
  readonly pageChrome: boolean;
}

function readStep(hint: string, options: ContainerOptions): Step {
  const tag = hint.split(/[.#[]/, 1)[0];
  const words = hintWords(hint.slice(tag.length));
  const post = words.some((w) => POST_WORDS.has(w));
  // <html> and <body> classes describe the page as a whole (its template, its tags), not a part.
  if (tag === 'html' || tag === 'body') return { says: 'pass', otherwise: 'pass', form: false, overlay: false, post, weakBody: false, pageChrome: false };
  const overlay = OVERLAY_ROLE.test(hint) || words.some((w) => OVERLAY_WORDS.has(w));
  const names = hint.slice(tag.length).split(/[.#[]/).filter((n) => n !== '');
  const bodyClass = names.some((n) => BODY_CLASS.test(n.toLowerCase()));
  const content = options.contentWords;
  const extra = options.boilerplateWords;
  const isBoilerplate = (w: string) => (BOILERPLATE_WORDS.has(w) || Boolean(extra?.has(w))) && !content?.has(w);
  const own = (): Step['otherwise'] | 'reader' => {
    if (BODY_HINT.test(hint)) return 'body';
    if (options.thread && tag === 'aside' && words.some((w) => QUOTE_WORDS.has(w))) return 'pass';
    if (BOILERPLATE_TAGS.has(tag) || BOILERPLATE_ROLES.test(hint)) return 'boilerplate';
    if (bodyClass) return 'body';
    if (names.some((n) => HOVER_CLASS.test(n) || ANNOUNCEMENT_CLASS.test(n))) return 'boilerplate';
    // On a forum readers' text is the content, unless it is remarks under a question or answer.
    if (options.thread && words.some((w) => content?.has(w))) return 'reader';
    return afterReader();
  };
  const afterReader = (): Step['otherwise'] => {
    if (words.some(isBoilerplate)) return 'boilerplate';
    if (words.some((w) => content?.has(w))) return 'pass';
    if (words.some((w) => BODY_WORDS.has(w))) return 'body';
    return 'pass';
  };
  const says = own();
  // A form is boilerplate by its tag, unless it wraps the whole page: then its own words decide.
  const form = tag === 'form' && !BODY_HINT.test(hint);
  const weakBody = says === 'body' && !BODY_HINT.test(hint) && !bodyClass && !words.some((w) => STRONG_BODY_WORDS.has(w));
  const pageChrome = PAGE_CHROME_TAGS.has(tag) || PAGE_CHROME_ROLES.test(hint);
  return { says, otherwise: says === 'reader' ? afterReader() : says, form, overlay, post, weakBody, pageChrome };
}

/** Words that name an article's own body, not just some element's contents ("widget-content", "textwidget"). */
const STRONG_BODY_WORDS = new Set(['articlebody', 'article', 'entry', 'post', 'story']);
/** The page's footer and navigation: a generic "content" or "text" wrapper inside them is theirs. */
const PAGE_CHROME_TAGS = new Set(['footer', 'nav']);
const PAGE_CHROME_ROLES = /\[role=(?:contentinfo|navigation)\]/i;

/** Steps per options key and hint; cleared when full, so a long batch run stays flat. */
const steps = new Map<string, Map<string, Step>>();
const STEP_CACHE_LIMIT = 20_000;

function stepOf(hint: string, options: ContainerOptions): Step {
  let cache = steps.get(options.key);
  if (cache === undefined) steps.set(options.key, (cache = new Map()));
  let step = cache.get(hint);
  if (step === undefined) {
    if (cache.size >= STEP_CACHE_LIMIT) cache.clear();
    step = readStep(hint, options);
    cache.set(hint, step);
  }
  return step;
}

export function containerVerdict(hints: readonly string[], options: ContainerOptions = ARTICLE_OPTIONS): ContainerVerdict {
  // Blocks of one element share their hints array, and several stages ask about it.
  const held = hints as HeldVerdicts;
  let known = held[VERDICTS];
  if (known === undefined) {
    // A frozen array (a caller's constant) takes no property: its verdict is worked out each time.
    if (!Object.isExtensible(held)) return decideContainer(hints, options);
    held[VERDICTS] = known = new Map();
  }
  let verdict = known.get(options.key);
  if (verdict === undefined) {
    verdict = decideContainer(hints, options);
    known.set(options.key, verdict);
  }
  return verdict;
}

/**
 * A hints array's verdicts, by the options' key, kept on the array itself. A module-wide
 * WeakMap keyed by the arrays cost an ephemeron-table insert for every chain (about 1% of an
 * HTML page), and V8's young-generation collections keep a WeakMap's entries alive, so every
 * page's chains outlived the page.
 */
const VERDICTS = Symbol('container verdicts');
type HeldVerdicts = readonly string[] & { [VERDICTS]?: Map<string, ContainerVerdict> };

/** The nearest enclosing element that speaks for the block, and what it says. */
function decideContainer(hints: readonly string[], options: ContainerOptions): ContainerVerdict {
  // packedMap, not map: see packed.ts.
  const chain = packedMap(hints, (h) => stepOf(h, options));
  const overlay = chain.findIndex((s) => s.overlay);
  if (overlay >= 0) return { kind: 'boilerplate', hint: hints[overlay], depth: hints.length - 1 - overlay };
  for (let at = 0; at < chain.length; at++) {
    const step = chain[at];
    let says: Step['says'] = step.says;
    // A form just under <body> wraps the whole page (ASP.NET Web Forms): it says nothing.
    if (step.form && hints.length - 1 - at <= PAGE_WRAPPER_DEPTH) continue;
    if (says === 'reader') says = chain.slice(at + 1).some((s) => s.post) ? 'boilerplate' : step.otherwise;
    if (says === 'pass') continue;
    // "wpmtst-testimonial-content" inside <footer>: a generic word does not take the footer's text for the article.
    if (says === 'body' && step.weakBody) {
      const chrome = chain.findIndex((s, k) => k > at && s.pageChrome);
      if (chrome >= 0) return { kind: 'boilerplate', hint: hints[chrome], depth: hints.length - 1 - chrome };
    }
    return { kind: says, hint: hints[at], depth: hints.length - 1 - at };
  }
  return null;
}
