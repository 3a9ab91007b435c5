/**
 * Reading a block's enclosing elements: the nearest element whose tag, role or class/id words
 * say "boilerplate" (navigation, sidebar, footer, comments, share bar, related links, ads) or
 * "article body" decides. Nearest wins, so a share bar inside the article body is still a
 * share bar, and an article inside a layout column named "sidebar-right-wrapper" is still the
 * article when its own container says so.
 */
import { hintWords } from '../../parse/html/element.js';

/** How deep under <html> a form still wraps the whole page (html > body > div > form). */
const PAGE_WRAPPER_DEPTH = 3;

/** Tags and roles that hold boilerplate by definition. */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'menu', 'figcaption']);
const BOILERPLATE_ROLES = /\[role=(?:navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|alertdialog)\]/i;

/** Class/id words of boilerplate containers, grouped by concept. */
const BOILERPLATE_WORDS = new Set([
  // navigation
  'nav', 'navbar', 'navigation', 'menu', 'menus', 'breadcrumb', 'breadcrumbs', 'pager', 'toolbar', 'masthead',
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

/** A class that names the article body as a whole ("article__body", "entry-content"): it outweighs any other word. */
const BODY_CLASS = /^(?:article|entry|post|story|main|page)[-_]*(?:body|content|text|main)\b/;

/** Class/id words and itemprops of the article's own body. */
const BODY_WORDS = new Set(['articlebody', 'article', 'entry', 'post', 'story', 'content', 'main', 'body', 'text', 'prose']);
const BODY_HINT = /\[itemprop=articlebody\]|^(?:article|main)\b|\[role=main\]/i;

/** Words of a container that holds media inside an article (caption, credit, gallery), not page chrome. */
const MEDIA_WORDS = new Set(['caption', 'credit', 'credits', 'figcaption', 'figure', 'gallery', 'slideshow', 'carousel', 'media', 'image', 'photo']);

/** The block sits in a figure, caption or gallery: media an article embeds, not chrome. */
export function inEmbeddedMedia(hints: readonly string[]): boolean {
  for (const hint of hints.slice(0, 4)) {
    const tag = hint.split(/[.#[]/, 1)[0];
    if (tag === 'figure' || tag === 'figcaption') return true;
    if (hintWords(hint.slice(tag.length)).some((w) => MEDIA_WORDS.has(w))) return true;
  }
  return false;
}

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

export type ContainerVerdict = { kind: 'boilerplate' | 'body'; hint: string } | null;

/** The nearest enclosing element that speaks for the block, and what it says. */
/**
 * Overlays that never hold a page's content, whatever nearer element says "content": cookie
 * and consent banners and their preference centres, and dialogs. Checked over the whole chain
 * before the nearest-wins walk, because consent tools name their parts "...-content" too.
 */
const OVERLAY_WORDS = new Set(['cookie', 'cookies', 'consent', 'gdpr', 'onetrust', 'cookiebot', 'didomi', 'usercentrics']);
const OVERLAY_ROLE = /\[role=(?:dialog|alertdialog)\]/i;

function overlayOf(hints: readonly string[]): string | null {
  for (const hint of hints) {
    if (OVERLAY_ROLE.test(hint)) return hint;
    const tag = hint.split(/[.#[]/, 1)[0];
    // <html class="cookie-banner-visible">: a page-wide state, not an overlay.
    if (tag === 'html' || tag === 'body') continue;
    if (hintWords(hint.slice(tag.length)).some((w) => OVERLAY_WORDS.has(w))) return hint;
  }
  return null;
}

export function containerVerdict(hints: readonly string[], options: ContainerOptions = ARTICLE_OPTIONS): ContainerVerdict {
  // Blocks of one element share their hints array, and several stages ask about it.
  let cache = verdicts.get(options.key);
  if (cache === undefined) verdicts.set(options.key, (cache = new WeakMap()));
  let verdict = cache.get(hints);
  if (verdict === undefined) {
    verdict = decideContainer(hints, options);
    cache.set(hints, verdict);
  }
  return verdict;
}

const verdicts = new Map<string, WeakMap<readonly string[], ContainerVerdict>>();

function decideContainer(hints: readonly string[], options: ContainerOptions): ContainerVerdict {
  const overlay = overlayOf(hints);
  if (overlay) return { kind: 'boilerplate', hint: overlay };
  const content = options.contentWords;
  const extra = options.boilerplateWords;
  const isBoilerplate = (w: string) => (BOILERPLATE_WORDS.has(w) || Boolean(extra?.has(w))) && !content?.has(w);
  for (let at = 0; at < hints.length; at++) {
    const hint = hints[at];
    const tag = hint.split(/[.#[]/, 1)[0];
    // <html> and <body> classes describe the page as a whole (its template, its tags), not a part.
    if (tag === 'html' || tag === 'body') continue;
    if (BODY_HINT.test(hint)) return { kind: 'body', hint };
    if (options.thread && tag === 'aside' && hintWords(hint.slice(tag.length)).some((w) => QUOTE_WORDS.has(w))) continue;
    // A form just under <body> wraps the whole page (ASP.NET Web Forms): it says nothing.
    if (tag === 'form' && hints.length - 1 - at <= PAGE_WRAPPER_DEPTH) continue;
    if (BOILERPLATE_TAGS.has(tag) || BOILERPLATE_ROLES.test(hint)) return { kind: 'boilerplate', hint };
    const names = hint.slice(tag.length).split(/[.#[]/).filter((n) => n !== '');
    if (names.some((n) => BODY_CLASS.test(n.toLowerCase()))) return { kind: 'body', hint };
    if (names.some((n) => HOVER_CLASS.test(n))) return { kind: 'boilerplate', hint };
    const words = hintWords(hint.slice(tag.length));
    // On a forum readers' text is the content, unless it is remarks under a question or answer.
    if (options.thread && words.some((w) => content?.has(w)) && hints.slice(at + 1).some((h) => hintWords(h).some((w) => POST_WORDS.has(w)))) {
      return { kind: 'boilerplate', hint };
    }
    if (words.some(isBoilerplate)) return { kind: 'boilerplate', hint };
    if (words.some((w) => content?.has(w))) continue;
    if (words.some((w) => BODY_WORDS.has(w))) return { kind: 'body', hint };
  }
  return null;
}
