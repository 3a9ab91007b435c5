/**
 * The markup and address vocabulary of the page-type stage, in one place: class/id words
 * grouped by what they name, URL path words, and schema.org types grouped by the kind of page
 * they declare. Every group is general web vocabulary; none names a site.
 */

/** Concepts that class, id, role and itemprop words name (see MARKUP_WORDS). */
export const MARKUP_CONCEPTS = [
  'price', 'cart', 'product', 'spec', 'review', 'grid', 'pagination', 'post', 'comment', 'author',
  'code', 'toc', 'docs', 'cta', 'hero', 'proof', 'offer', 'faq', 'builder', 'article', 'listing',
] as const;
export type MarkupConcept = (typeof MARKUP_CONCEPTS)[number];

/**
 * Class/id words (hyphenated ones match consecutive words of a class name, `add-to-cart`
 * matches `addToCart` and `add_to_cart`). Lower case.
 */
export const MARKUP_WORDS: Readonly<Record<MarkupConcept, readonly string[]>> = {
  // What a shop prints next to an amount.
  price: ['price', 'prices', 'amount', 'money', 'msrp', 'saleprice', 'sale-price', 'regular-price', 'offer-price', 'currency', 'preis', 'prix', 'precio', 'prezzo'],
  // Buying controls: only a shop has them.
  cart: ['cart', 'basket', 'checkout', 'addtocart', 'add-to-cart', 'add-to-bag', 'buy-now', 'buybox', 'buy-box', 'purchase', 'quantity', 'qty', 'stock', 'availability', 'sku', 'variant', 'variants', 'swatch', 'swatches', 'wishlist', 'warenkorb', 'panier', 'carrito'],
  // Product pages and product grids name their parts after the product.
  product: ['product', 'products', 'pdp', 'plp', 'merchandise', 'catalog', 'catalogue', 'shop', 'produkt', 'produit', 'producto'],
  // Specification tables and attribute lists of a product.
  spec: ['spec', 'specs', 'specification', 'specifications', 'tech-specs', 'attributes', 'dimensions'],
  // Ratings and customer reviews.
  review: ['review', 'reviews', 'rating', 'ratings', 'stars', 'star-rating'],
  // Repeated cards: grids, tiles and filters of a category or an index page.
  grid: ['grid', 'tile', 'tiles', 'card', 'cards', 'facet', 'facets', 'filter', 'filters', 'sort', 'sorting', 'results', 'collection'],
  // Index pages page through their items.
  pagination: ['pagination', 'pager', 'paging', 'page-numbers', 'load-more', 'loadmore', 'next-page', 'prev-page'],
  // Forum and Q&A software: posts, replies and their authors' panels.
  post: ['post', 'posts', 'message', 'messages', 'thread', 'threads', 'topic', 'reply', 'replies', 'forum', 'forums', 'postbit', 'bbcode', 'answer', 'answers', 'question', 'vote', 'votes', 'voting', 'upvote', 'userinfo', 'user-info', 'username', 'avatar', 'signature', 'poster', 'permalink', 'cooked', 'discussion'],
  // A comment section: articles have one too, so it is kept apart from posts.
  comment: ['comment', 'comments', 'disqus', 'respond'],
  // Who wrote it and when: bylines of articles, author panels of posts.
  author: ['author', 'byline', 'by-line', 'dateline', 'published', 'pubdate', 'timestamp', 'date', 'time'],
  // Highlighted code: the body of documentation.
  code: ['code', 'highlight', 'highlighter', 'hljs', 'prism', 'codehilite', 'sourcecode', 'syntax', 'language', 'codeblock', 'code-block', 'snippet', 'console', 'terminal'],
  // A table of contents or the side navigation of a manual.
  toc: ['toc', 'table-of-contents', 'tableofcontents', 'on-this-page', 'onthispage', 'sidenav', 'side-nav', 'sidebar-nav', 'docs-nav', 'doc-nav', 'menu-tree', 'tree', 'inhaltsverzeichnis', 'sommaire'],
  // Documentation frameworks and their furniture.
  docs: ['doc', 'docs', 'documentation', 'api', 'reference', 'manual', 'markdown', 'md-content', 'rst', 'sphinx', 'docusaurus', 'mkdocs', 'admonition', 'version', 'versions', 'edit-page', 'edit-this-page', 'page-nav', 'prev-next', 'wiki', 'mw-parser-output'],
  // Calls to action: buttons that sell.
  cta: ['cta', 'ctas', 'btn', 'button', 'buttons', 'signup', 'sign-up', 'demo', 'get-started', 'contact-form', 'quote-form', 'lead', 'enquiry', 'inquiry'],
  // The banner a landing page opens with.
  hero: ['hero', 'jumbotron', 'masthead', 'splash', 'landing', 'intro'],
  // Social proof: testimonials, client logos, figures.
  proof: ['testimonial', 'testimonials', 'logos', 'logo-grid', 'clients', 'partners', 'trusted', 'customers', 'stats', 'counter', 'awards', 'case-study', 'case-studies'],
  // What is on offer: features, benefits, plans, services.
  offer: ['feature', 'features', 'benefit', 'benefits', 'pricing', 'plan', 'plans', 'usp', 'service', 'services', 'solution', 'solutions', 'offering', 'offerings', 'leistungen'],
  // Questions a buyer asks, folded.
  faq: ['faq', 'faqs', 'accordion', 'questions'],
  // Page builders that corporate sites are assembled with.
  builder: ['elementor', 'wp-block-cover', 'wp-block-button', 'wp-block-buttons', 'wp-block-columns', 'icon-box', 'vc', 'wpb', 'et-pb', 'fl-module', 'fusion', 'avia', 'divi', 'framer', 'webflow', 'w-container', 'squarespace'],
  // An article's own parts.
  article: ['article', 'articles', 'entry-content', 'post-content', 'article-body', 'articlebody', 'story', 'story-body', 'headline', 'blog', 'prose', 'rich-text', 'single', 'single-post'],
  // Index pages: feeds, archives, lists of teasers.
  listing: ['list', 'listing', 'listings', 'feed', 'river', 'stream', 'archive', 'archives', 'teaser', 'teasers', 'excerpt', 'summary', 'latest', 'ranking', 'rank', 'chart', 'search-results', 'serp'],
};

/** Elements that are site furniture whatever their class, unless inside an <article> or <main>. */
export const CHROME_TAGS: ReadonlySet<string> = new Set(['header', 'footer', 'nav', 'aside', 'menu']);
/** ARIA roles of site furniture. */
export const CHROME_ROLES: ReadonlySet<string> = new Set(['banner', 'contentinfo', 'navigation', 'complementary', 'menu', 'menubar', 'dialog']);

/**
 * Class or id names that start with these words (after an optional `site-`, `global-`...)
 * are site furniture: `site-header`, `footer-widgets`, `nav-menu`; `section-with-header` and
 * `bg-navbar-dark` are not.
 */
export const CHROME_CLASS_STARTS = [
  'header', 'footer', 'nav', 'navbar', 'navigation', 'menu', 'menubar', 'megamenu', 'mega-menu', 'sidebar', 'breadcrumb', 'breadcrumbs',
  'cookie', 'cookies', 'consent', 'gdpr', 'topbar', 'top-bar', 'skip', 'modal', 'popup', 'newsletter', 'subscribe', 'social', 'share',
  'sharing', 'widget', 'widgets', 'copyright', 'advert', 'advertisement', 'ad', 'ads',
];
/** Prefixes a furniture name may carry before its word. */
export const CHROME_CLASS_PREFIXES = ['site', 'global', 'main', 'page', 'top', 'primary', 'secondary', 'mobile', 'sticky', 'desktop', 'l', 'c', 'o', 'js'];

/** Concepts a URL path word names, from the path segments sites use for each kind of page. */
export const PATH_CONCEPTS = ['product', 'collection', 'forum', 'docs', 'service', 'post', 'index'] as const;
export type PathConcept = (typeof PATH_CONCEPTS)[number];

/** Whole path segments (lower case). */
export const PATH_WORDS: Readonly<Record<PathConcept, readonly string[]>> = {
  // One product: /products/<slug>, /p/<id>, /dp/<id>, /itm/<id>.
  product: ['product', 'products', 'p', 'dp', 'itm', 'item', 'produkt', 'produkte', 'produit', 'produits', 'producto', 'productos', 'prodotto', 'prodotti', 'artikel'],
  // A shop's category: /collections/<name>, /category/<name>, /c/<name>.
  collection: ['collections', 'collection', 'category', 'categories', 'c', 'cat', 'shop', 'store', 'catalog', 'catalogue', 'browse', 'department', 'departments', 'kategorie', 'kategorien', 'categorie', 'categoria', 'categorias', 'rayon'],
  // Forums and Q&A: /threads/<slug>, /t/<slug>/<id>, /questions/<id>.
  forum: ['threads', 'thread', 'topic', 'topics', 't', 'forum', 'forums', 'questions', 'question', 'comments', 'community', 'discussion', 'discussions', 'showthread', 'viewtopic', 'board', 'boards', 'communities', 'answers'],
  // Manuals and references.
  docs: ['docs', 'doc', 'documentation', 'reference', 'api', 'manual', 'manuals', 'guide', 'guides', 'tutorial', 'tutorials', 'learn', 'library', 'howto', 'how-to', 'handbook', 'book', 'wiki', 'developer', 'developers', 'sdk', 'support', 'kb', 'help', 'stable'],
  // A company's offer: /services/<name>, /solutions/<name>.
  service: ['services', 'service', 'solutions', 'solution', 'platform', 'features', 'pricing', 'product', 'offerings', 'industries', 'leistungen', 'dienstleistungen', 'loesungen', 'servicios', 'soluciones', 'prestations', 'servizi', 'diensten'],
  // One dated or slugged article under a section: /blog/<slug>, /news/<slug>, /2024/05/<slug>.
  post: ['blog', 'blogs', 'news', 'article', 'articles', 'story', 'stories', 'posts', 'post', 'press', 'insights', 'nachrichten', 'actualites', 'noticias', 'notizie'],
  // Index sections: /list/, /tag/<name>, /archive/, /search.
  index: ['list', 'lists', 'tag', 'tags', 'archive', 'archives', 'search', 'chart', 'charts', 'rankings', 'ranking', 'trending', 'latest', 'recent', 'top', 'best', 'events', 'jobs', 'courses', 'directory', 'page'],
};

/** Host name labels that say what the whole site is (`forum.`, `docs.`, `shop.`). */
export const HOST_WORDS: Readonly<Partial<Record<PathConcept, readonly string[]>>> = {
  forum: ['forum', 'forums', 'community', 'communities', 'discuss', 'discourse', 'board', 'boards'],
  docs: ['docs', 'doc', 'developer', 'developers', 'dev', 'learn', 'wiki', 'api', 'reference', 'manual', 'help', 'support', 'kb'],
  collection: ['shop', 'store', 'boutique', 'tienda', 'negozio'],
  post: ['blog', 'news', 'engineering'],
};

/** Kinds of declaration a schema.org type or og:type value makes (see SCHEMA_GROUPS). */
export const DECLARED_CONCEPTS = [
  'article', 'blog', 'techarticle', 'product', 'offer', 'rating', 'forum', 'comment', 'collection', 'itemlist',
  'service', 'organization', 'software', 'faq', 'howto', 'course', 'event', 'webpage', 'breadcrumb', 'searchresults', 'person',
] as const;
export type DeclaredConcept = (typeof DECLARED_CONCEPTS)[number];

/** schema.org types (lower case) by what they declare. */
export const SCHEMA_GROUPS: Readonly<Record<DeclaredConcept, readonly string[]>> = {
  article: ['article', 'newsarticle', 'reportagenewsarticle', 'opinionnewsarticle', 'analysisnewsarticle', 'reviewnewsarticle', 'backgroundnewsarticle', 'scholarlyarticle', 'report', 'liveblogposting'],
  blog: ['blogposting', 'socialmediaposting'],
  techarticle: ['techarticle', 'apireference'],
  product: ['product', 'productgroup', 'productmodel', 'individualproduct', 'vehicle', 'car', 'book', 'videogame'],
  offer: ['offer', 'aggregateoffer'],
  rating: ['aggregaterating', 'review'],
  forum: ['discussionforumposting', 'qapage', 'question', 'answer'],
  comment: ['comment'],
  collection: ['collectionpage', 'offercatalog', 'store', 'onlinestore'],
  itemlist: ['itemlist', 'listitem', 'blog'],
  service: ['service', 'professionalservice', 'financialproduct', 'financialservice', 'legalservice', 'medicalbusiness', 'homeandconstructionbusiness', 'localbusiness', 'medicalorganization', 'hospital', 'dentist', 'physician'],
  organization: ['organization', 'corporation', 'website'],
  software: ['softwareapplication', 'webapplication', 'mobileapplication', 'softwaresourcecode'],
  faq: ['faqpage'],
  howto: ['howto', 'recipe'],
  course: ['course', 'educationalorganization', 'collegeoruniversity'],
  event: ['event', 'eventseries'],
  webpage: ['webpage', 'aboutpage', 'contactpage', 'itempage'],
  breadcrumb: ['breadcrumblist'],
  searchresults: ['searchresultspage'],
  person: ['person', 'profilepage'],
};

/** og:type values by what they declare. */
export const OG_GROUPS: Readonly<Partial<Record<DeclaredConcept, readonly string[]>>> = {
  article: ['article', 'news', 'blog'],
  product: ['product', 'og:product', 'product.item', 'books.book', 'book', 'video.game'],
  collection: ['product.group'],
  organization: ['website', 'company', 'business.business'],
  person: ['profile'],
};

/** What the class names of <html> and <body> say about the page (CMS templates name it). */
export const PAGE_CLASS_CONCEPTS = ['article', 'product', 'collection', 'archive', 'home', 'page', 'custom-single', 'docs', 'forum', 'service'] as const;
export type PageClassConcept = (typeof PAGE_CLASS_CONCEPTS)[number];

/** Whole class names (lower case, `_` read as `-`); `custom-single` is any other `single-<type>`. */
export const PAGE_CLASSES: Readonly<Record<PageClassConcept, readonly string[]>> = {
  // A blog post or news story template.
  article: ['single-post', 'single-format-standard', 'post-template-default', 'template-article', 'node-type-article', 'page-node-type-article', 'blog-post', 'post-single', 'article-template', 'article-page', 'story-page', 'single-article'],
  // One product's template.
  product: ['single-product', 'template-product', 'product-template-default', 'catalog-product-view', 'page-product', 'product-page', 'pdp', 'product-detail', 'product-details-page'],
  // A shop's category template.
  collection: ['tax-product-cat', 'woocommerce-shop', 'post-type-archive-product', 'template-collection', 'catalog-category-view', 'page-products', 'category-page', 'plp', 'collection-page', 'product-listing', 'template-search', 'catalogsearch-result-index'],
  // An index template: archives, categories, tags, the blog, search results.
  archive: ['archive', 'category', 'tag', 'blog', 'search', 'search-results', 'paged', 'post-type-archive', 'template-blog', 'list-page', 'listing-page', 'tax', 'date', 'author'],
  // The site's front page.
  home: ['home', 'front-page', 'homepage', 'home-page', 'page-home', 'template-index', 'is-home', 'index-page'],
  // A static page of a CMS: about, services, landing pages.
  page: ['page', 'page-template', 'page-template-default', 'template-page', 'page-node-type-page', 'node-type-page', 'landing-page', 'page-landing'],
  // Other single templates are custom post types (services, courses, events, recipes).
  'custom-single': [],
  // A manual's template.
  docs: ['docs', 'doc-page', 'docs-page', 'theme-doc-markdown', 'docs-wrapper', 'documentation', 'docs-doc-page', 'plugin-docs', 'wiki-page', 'mediawiki'],
  // A forum's template.
  forum: ['forum', 'forums', 'thread', 'topic', 'discussion', 'showthread', 'template-thread', 'single-topic', 'bbpress', 'discourse', 'xenforo', 'template-thread-view', 'page-thread'],
  // A service's template.
  service: ['single-service', 'service-template-default', 'single-services', 'services-template-default', 'page-services', 'template-service', 'service-page', 'services-page'],
};
