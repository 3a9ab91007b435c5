/**
 * Words and phrases that mark boilerplate, grouped by concept, each group with why it is
 * here. Entries are lower-case; lines are compared after `labelKey` (lower-case, counts and
 * trailing punctuation removed). Add a language by adding its words to every group.
 */

/** Widget headings that introduce other articles rather than this one. */
export const TEASER_LABELS = [
  'recommended', 'recommended for you', 'recommended stories', 'recommended articles', 'recommended videos',
  'you may also like', 'you might also like', 'you may like', 'we recommend', 'also read', 'read also',
  'related', 'related articles', 'related stories', 'related news', 'related content', 'related posts',
  'related coverage', 'related topics', 'related links', 'related video', 'related videos', 'read more',
  'read next', 'up next', 'more from', 'more stories', 'more news', 'more on this story', 'more to explore',
  'trending', 'trending now', 'trending stories', 'most popular', 'most read', 'most viewed', 'most shared',
  'popular', 'popular stories', 'popular now', 'popular posts', 'explore', 'explore more', 'see also',
  'must read', "editor's picks", 'editors picks', 'top stories', 'latest', 'latest news', 'latest stories',
  "don't miss", 'in case you missed it', 'more like this', 'further reading', 'keep reading',
  'what to read next', 'around the web', 'from the web', 'sponsored stories', 'promoted stories',
  'recent posts', 'recent articles', 'previous article', 'next article', 'previous post', 'next post',
  // French
  'à lire aussi', 'a lire aussi', 'lire aussi', 'voir aussi', 'sur le même sujet', 'les plus lus',
  'à découvrir', 'articles similaires', 'dans la même rubrique', 'à lire également', 'lire la suite',
  // German
  'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'lesen sie auch',
  'weitere artikel', 'meistgelesen', 'empfehlungen', 'mehr lesen', 'weiterlesen', 'verwandte artikel',
  // Spanish
  'te puede interesar', 'más noticias', 'lee también', 'relacionados', 'noticias relacionadas',
  'lo más leído', 'también te puede interesar', 'leer más', 'te recomendamos', 'artículos relacionados',
  // Italian
  'leggi anche', 'potrebbe interessarti', 'ti potrebbe interessare', 'articoli correlati', 'i più letti',
  'correlati', 'leggi di più', 'potrebbe interessarti anche',
  // Portuguese
  'leia também', 'veja também', 'relacionadas', 'notícias relacionadas', 'mais lidas', 'leia mais',
  'saiba mais', 'você pode gostar',
  // Dutch
  'lees ook', 'meer nieuws', 'gerelateerd', 'gerelateerde artikelen', 'meest gelezen', 'lees meer',
  // Turkish
  'ilgili haberler', 'bunlar da ilginizi çekebilir', 'daha fazla', 'öne çıkanlar', 'en çok okunanlar',
  'ilginizi çekebilir', 'benzer haberler', 'devamını oku',
  // Russian
  'читайте также', 'смотрите также', 'похожие статьи', 'похожие новости', 'новости по теме', 'самое популярное',
  'популярное', 'самые популярные', 'рекомендуем', 'другие статьи', 'ещё по теме', 'еще по теме',
  // Indonesian
  'baca juga', 'berita terkait', 'artikel terkait', 'terpopuler', 'berita lainnya', 'baca selengkapnya',
  // Japanese, Chinese, Korean
  '関連記事', '関連ニュース', 'おすすめ記事', '人気記事', '相关文章', '相关阅读', '相关新闻', '热门文章', '推荐阅读',
  '관련기사', '관련 기사', '인기기사', '많이 본 뉴스',
  // Polish
  'czytaj także', 'czytaj też', 'zobacz także', 'powiązane artykuły', 'najpopularniejsze',
  // Czech, Swedish, Danish, Norwegian, Japanese
  'čtěte také', 'přečtěte si také', 'související články', 'läs också', 'läs mer', 'relaterat', 'læs også', 'læs mere',
  'relaterede artikler', 'les også', 'あわせて読みたい', '合わせて読みたい', 'こちらもおすすめ',
] as const;

/** Advertising slots and their captions. */
export const AD_LABELS = [
  'advertisement', 'advertising', 'advert', 'adverts', 'advertorial', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content',
  'paid post', 'promoted', 'partner content', 'story continues below advertisement',
  'article continues below', 'article continues below advertisement', 'continue reading below', 'article continues',
  'story continues below', 'story continues below gallery', 'story continues below video', 'article continues after advertisement',
  'continue reading the main story', 'scroll to continue with content', 'ad feedback',
  'スポンサードリンク', 'スポンサーリンク', '広告', '广告', '광고', 'プロモーション', '推广',
  'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'publicidade', 'reclame',
  'advertentie', 'reklam', 'sponsorlu', 'annonce', 'reklama', 'реклама', 'annons', 'annonse', 'mainos',
] as const;

/** Advertising marks matched only as written: Japanese sites caption an ad slot "PR". */
export const AD_MARKS = ['PR', '[PR]', '(PR)', '【PR】'] as const;

/** Share bars, social buttons and print/email tools. */
export const SHARE_LABELS = [
  'share', 'share this', 'share this article', 'share this story', 'share this post', 'share article',
  'share on facebook', 'share on twitter', 'share on linkedin', 'share on whatsapp', 'share via email',
  'share this with', 'share this with facebook', 'share this with twitter', 'share this with whatsapp',
  'share this with email', 'share this with messenger', 'share this with linkedin', 'shares',
  'tweet', 'tweet this', 'email', 'e-mail', 'print', 'print this', 'print article', 'printable version', 'print version', 'whatsapp',
  'pinterest', 'pin it', 'linkedin', 'facebook', 'twitter', 'messenger', 'reddit', 'flipboard',
  'telegram', 'copy link', 'copy the link', 'link copied', 'comment', 'save', 'save article',
  'gift article', 'follow', 'follow us', 'like', 'x', 'instagram', 'youtube', 'rss', 'tiktok',
  'compartir', 'partager', 'teilen', 'condividi', 'compartilhar', 'delen', 'paylaş', 'drucken',
  'imprimer', 'imprimir', 'stampa', 'afdrukken', 'yazdır', 'artikel teilen', 'partager cet article',
  // Messengers and bookmark services with share buttons of their own (Japan, China, Korea, Russia)
  'line', 'はてなブックマーク', 'はてブ', 'hatena', 'weibo', 'wechat', '微博', '微信', 'kakaotalk', '카카오톡',
  'vk', 'вконтакте', 'одноклассники', 'ok.ru',
  // "Share", "copy link", "send by e-mail" in more languages
  'シェア', 'シェアする', 'この記事をシェアする', 'ツイート', 'ポスト', '分享', '공유', '공유하기',
  'поделиться', 'поділитися', 'скопировать ссылку', 'sdílet', 'sdílet článek', 'kopírovat odkaz', 'odeslat e-mailem',
  'dela', 'kopiera länk', 'mejla', 'del', 'kopier link', 'udostępnij', 'kopiuj link', 'jaa', 'megosztás',
  'distribuie', 'bagikan', 'salin tautan', 'compartir en facebook', 'copiar enlace', 'copier le lien', 'link kopieren',
] as const;

/** Account, subscription and newsletter prompts. */
export const PROMPT_LABELS = [
  'subscribe', 'subscribe now', 'sign up', 'sign in', 'log in', 'login', 'log out', 'register',
  'newsletter', 'newsletters', 'sign up for our newsletter', 'get the newsletter', 'my account',
  'already a subscriber', 'create an account', 'create a free account', 'join now', 'become a member',
  'email address', 'your email address', 'email (required)', 'email(required)', 'start free trial', 'start your free trial',
  'get started for free', 'need help',
  // A sign-in dialog's parts, which a text browser prints although the page hides the dialog.
  'forgot your password', 'forgot password', 'forgotten your password', 'keep me signed in', 'keep me logged in',
  'remember me', 'stay signed in', 'continue as guest', 'welcome back', 'show password', 'show hide',
  'mot de passe oublié', 'passwort vergessen', 'angemeldet bleiben', '¿olvidaste tu contraseña', 'recordarme',
  'password dimenticata', 'ricordami', 'esqueceu sua senha', 'wachtwoord vergeten',
  // A site builder's form messages, present (hidden) on every page with a form.
  'thank you! your submission has been received', 'oops! something went wrong while submitting the form',
  'donate', 'support us', 'abonnieren', 'anmelden', "s'abonner", "s'inscrire", 'se connecter',
  'suscríbete', 'suscribirse', 'iniciar sesión', 'abbonati', 'accedi', 'registrati', 'assine',
  'entrar', 'inloggen', 'abonneren', 'abone ol', 'giriş yap', 'üye ol',
] as const;

/** Site navigation controls that are never part of an article. */
export const NAV_LABELS = [
  'home', 'menu', 'main menu', 'open menu', 'close menu', 'open navigation menu', 'close navigation menu',
  'navigation', 'search', 'search this site', 'close', 'skip to content', 'skip to main content',
  'cancel', 'show less', 'feedback', 'advanced search', 'rss feeds', 'text only',
  // Shop templates' screen-reader notes, printed by a text dump.
  'choosing a selection results in a full page refresh', 'opens in a new window',
  'skip to navigation', 'skip to footer', 'back to top', 'top', 'next', 'previous', 'prev', 'more',
  'show more', 'load more', 'view all', 'see all', 'see more', 'all', 'go', 'submit', 'toggle navigation',
  'expand', 'collapse', 'sections', 'topics', 'tags', 'categories', 'archives', 'accept', 'ok',
  'startseite', 'suche', 'accueil', 'recherche', 'inicio', 'buscar', 'cerca', 'pesquisar', 'zoeken',
  'ana sayfa', 'anasayfa', 'ara', 'menü',
] as const;

/**
 * The footer's landmark label, which screen readers announce and a text dump prints as a line
 * of its own ("Footer", "Site footer", "Fußzeile"): the page's footer begins there.
 */
export const FOOTER_LANDMARKS = [
  'footer', 'site footer', 'page footer', 'global footer', 'main footer', 'footer navigation', 'footer menu',
  'footer links', 'footer content', 'fußzeile', 'fusszeile', 'pied de page', 'pie de página', 'pie de pagina',
  'piè di pagina', 'piede di pagina', 'rodapé', 'voettekst', 'stopka', 'alt bilgi', 'подвал',
] as const;

/** Comment-section headings: what follows them is readers' text, not the article. */
export const COMMENT_LABELS = [
  'comments', 'comment', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment',
  'add comment', 'join the discussion', 'join the conversation', 'show comments', 'view comments',
  'reader comments', 'what do you think',
  'kommentare', 'kommentar schreiben', 'commentaires', 'laisser un commentaire', 'réagir',
  'comentarios', 'deja un comentario', 'commenti', 'lascia un commento', 'comentários',
  'deixe um comentário', 'reacties', 'reageer', 'yorumlar', 'yorum yap',
  'комментарии', 'отзывы', 'добавить отзыв', 'оставить комментарий', 'komentar', 'tinggalkan komentar',
  'komentarze', 'dodaj komentarz',
] as const;

/** Footer and legal lines. */
export const LEGAL_LABELS = [
  'privacy policy', 'privacy', 'privacy notice', 'terms of use', 'terms of service', 'terms and conditions',
  'terms', 'cookie policy', 'cookies', 'cookie settings', 'contact', 'contact us', 'about', 'about us',
  'careers', 'jobs', 'sitemap', 'site map', 'accessibility', 'advertise', 'advertise with us',
  'ad choices', 'do not sell my personal information', 'do not sell my info', 'help', 'faq',
  // The links US privacy laws ask for, in their current wording.
  'do not sell or share my personal information', 'do not sell or share my info', 'your privacy choices',
  'limit the use of my sensitive personal information', 'manage cookies',
  'impressum', 'datenschutz', 'datenschutzerklärung', 'kontakt', 'mentions légales',
  'politique de confidentialité', 'aviso legal', 'política de privacidad', 'contacto', 'note legali',
  'contatti', 'privacybeleid', 'gizlilik politikası', 'iletişim', 'künye', 'kullanım koşulları',
] as const;

/** Words that, at the start of a short line, introduce a photo caption or credit. */
export const CAPTION_WORDS = [
  'photo', 'photos', 'image', 'images', 'picture', 'credit', 'credits', 'photograph', 'illustration',
  'video', 'graphic', 'source image', 'foto', 'fotos', 'bild', 'bildquelle', 'imagen', 'immagine',
  'fotoğraf', 'görsel', 'crédit', 'crédit photo', 'crédito', 'afbeelding',
] as const;

/** Agencies and photo libraries that sign captions ("... / Reuters", "(Image: Getty)"). */
export const PHOTO_AGENCIES = [
  'reuters', 'ap', 'associated press', 'the associated press', 'afp', 'getty', 'getty images', 'epa', 'ap photo', 'afp via getty images',
  'shutterstock', 'istock', 'istockphoto', 'alamy', 'dpa', 'anadolu', 'anadolu agency', 'aa', 'efe',
  'ansa', 'pa', 'pa images', 'pa media', 'pa wire', 'bloomberg', 'xinhua', 'imago', 'picture alliance',
  'rex', 'rex features', 'sipa', 'abaca', 'nurphoto', 'zuma', 'wikimedia commons', 'unsplash',
  'handout', 'supplied', 'file photo', 'courtesy',
] as const;

/** Labels that name where a story came from ("SOURCE: AP"). */
export const SOURCE_LABELS = [
  'source', 'sources', 'via', 'quelle', 'quellen', 'fuente', 'fuentes', 'fonte', 'fonti', 'bron',
  'kaynak', 'źródło', 'kilde', 'källa',
] as const;

/** Words that introduce a byline. */
export const BYLINE_WORDS = [
  'by', 'written by', 'words by', 'story by', 'reporting by', 'posted by', 'text by', 'article by', 'guide by',
  'von', 'par', 'por', 'di', 'door', 'yazan', 'autor', 'auteur', 'author', 'text:', 'von:',
  // "Written by" in French, German, Spanish and Portuguese, Italian, Dutch
  'écrit par', 'geschrieben von', 'escrito por', 'scritto da', 'geschreven door',
  // Danish, Swedish, Norwegian, Indonesian, Russian, Polish, Czech
  'af', 'av', 'text och foto', 'tekst', 'oleh', 'penulis', 'автор', 'текст', 'napisał', 'napisała', 'napsal', 'napsala',
] as const;

/** Labels that introduce a date ("Published", "Updated"). */
export const DATE_LABELS = [
  'published', 'updated', 'posted', 'posted on', 'last updated', 'first published', 'date',
  'publié', 'publié le', 'mis à jour', 'veröffentlicht', 'aktualisiert', 'stand', 'publicado',
  'actualizado', 'pubblicato', 'aggiornato', 'gepubliceerd', 'bijgewerkt', 'yayınlanma', 'güncelleme',
  'güncellenme', 'yayın tarihi', 'publicerad', 'uppdaterad', 'publiceret', 'opdateret', 'publisert', 'oppdatert',
  'opublikowano', 'zaktualizowano', 'publikováno', 'aktualizováno', 'опубликовано', 'обновлено', 'опубліковано', 'оновлено',
  'diterbitkan', 'diperbarui', 'publicat', 'actualizat', 'közzétéve', 'frissítve', 'julkaistu', 'päivitetty',
] as const;

/**
 * Headings of a shop's recommendation widgets: other products, not this one. A section that
 * opens with one is a carousel of cards, whatever its cards look like.
 */
/**
 * Headings of a shop's or a list's filter panel (facets to narrow the items): the panel's
 * options are controls, not items.
 */
export const FILTER_LABELS = [
  'filter', 'filters', 'filter by', 'filter results', 'filter products', 'filter & sort', 'filter and sort',
  'sort & filter', 'sort and filter', 'refine', 'refine by', 'refine results', 'refine your search',
  'narrow by', 'narrow results', 'narrow your results', 'narrow your search', 'shopping options',
  // French, German, Spanish, Italian, Portuguese, Dutch, Turkish, Polish
  'filtres', 'filtrer', 'filtrer par', 'affiner', 'affiner la recherche',
  'filtern', 'filtern nach', 'filter nach', 'suche eingrenzen', 'ergebnisse filtern',
  'filtros', 'filtrar', 'filtrar por', 'refinar', 'refinar búsqueda',
  'filtri', 'filtra', 'filtra per', 'affina', 'affina la ricerca',
  'filtrar resultados', 'refinar resultados',
  'filteren', 'filter op', 'verfijn', 'verfijnen',
  'filtreler', 'filtrele', 'filtry', 'filtruj',
] as const;

/**
 * What a shop's, a directory's or a list's items are sorted or browsed by: the words after "By"
 * in "Shop by" menus and sort controls ("By Category", "By Gender & Age", "Par Matière",
 * "Por Precio"). After a "By" they name a facet, never an author.
 */
export const FACET_WORDS = [
  'type', 'types', 'category', 'categories', 'brand', 'brands', 'price', 'prices', 'size', 'sizes', 'colour', 'colours', 'color', 'colors',
  'gender', 'age', 'material', 'materials', 'collection', 'collections', 'style', 'styles', 'state', 'states', 'country', 'countries',
  'region', 'regions', 'city', 'cities', 'location', 'locations', 'topic', 'topics', 'subject', 'subjects', 'industry', 'industries',
  'company size', 'team size', 'role', 'roles', 'use case', 'use cases', 'department', 'departments', 'occasion', 'season', 'room',
  'activity', 'sport', 'feature', 'features', 'rating', 'ratings', 'review', 'reviews', 'relevance', 'popularity', 'newest', 'date',
  'name', 'genre', 'format', 'language', 'level', 'series', 'product', 'products', 'solution', 'solutions', 'need', 'needs', 'goal',
  // French, German, Spanish, Italian, Portuguese, Dutch
  'shape', 'shapes', 'catégorie', 'catégories', 'marque', 'marques', 'prix', 'taille', 'couleur', 'matière', 'forme', 'thème', 'pays', 'région',
  'kategorie', 'marke', 'preis', 'größe', 'farbe', 'thema', 'land',
  'categoría', 'categorías', 'marca', 'marcas', 'precio', 'talla', 'tamaño', 'tipo', 'tema', 'país', 'región',
  'forma', 'categoria', 'categorie', 'prezzo', 'taglia', 'colore', 'materiale', 'preço', 'tamanho', 'cor',
  'prijs', 'maat', 'kleur', 'merk',
] as const;

export const RECOMMENDATION_LABELS = [
  'related products', 'similar products', 'similar items', 'you may also like', 'you might also like',
  'customers also bought', 'customers also viewed', 'customers who bought this item also bought',
  'customers who viewed this item also viewed', 'people also viewed', 'people also bought',
  'frequently bought together', 'recently viewed', 'recently viewed products', 'recently viewed items',
  'complete the look', 'shop the look', 'pairs well with', 'goes well with', 'sponsored products',
  'more from this seller', 'more from this brand', 'compare similar items', 'you may also be interested in',
  'recommended for you', 'recommended products', 'top picks for you', 'inspired by your browsing history',
  // French
  'produits similaires', 'vous aimerez aussi', 'produits associés', 'les clients ont aussi acheté',
  'récemment consultés', 'complétez le look',
  // German
  'ähnliche produkte', 'das könnte ihnen auch gefallen', 'kunden kauften auch', 'zuletzt angesehen',
  'passende produkte', 'empfohlene produkte',
  // Spanish
  'productos relacionados', 'productos similares', 'también te puede gustar', 'vistos recientemente',
  'los clientes también compraron',
  // Italian
  'prodotti correlati', 'prodotti simili', 'potrebbe piacerti anche', 'visti di recente',
  // Portuguese
  'produtos relacionados', 'produtos semelhantes', 'você também pode gostar', 'vistos recentemente',
  // Dutch
  'gerelateerde producten', 'vergelijkbare producten', 'misschien ook interessant', 'recent bekeken',
] as const;

/**
 * Controls printed under every post of a thread or answer of a Q&A page: what a reader
 * clicks, never what a poster wrote.
 */
export const POST_CONTROL_LABELS = [
  'reply', 'quote', 'report', 'multi-quote', 'multiquote', 'reply with quote', 'quote reply', 'permalink', 'flag',
  'post reply', 'report post', 'share post', 'jump to post', 'click to expand', 'add a comment', 'show more comments',
  'load more replies', 'view replies', 'improve this answer', 'improve this question', 'share improve this answer',
  'share improve this question', 'follow this question', 'cite', 'embed', 'signature', 'more sharing options',
  'thread starter', 'discussion starter', 'topic starter', 'original poster',
  // Q&A sites' controls around a question, and a forum engine's notices on every thread.
  'ask question', 'explore related questions', 'related questions', 'hot network questions', 'featured on meta',
  'see similar questions with these tags', 'start asking to get answers', 'find the answer to your question by asking',
  'how to install the app on ios', 'you should upgrade or use an alternative browser',
  'not open for further replies', 'you must log in to answer this question', 'sign up or log in', 'sign up using google',
  'sign up using email and password', 'post as a guest', 'required, but never shown',
  // German, French, Spanish, Italian, Dutch, Polish, Portuguese
  'zitieren', 'beitrag melden', 'melden', 'répondre', 'citer', 'signaler', 'responder', 'citar', 'reportar',
  'rispondi', 'cita', 'segnala', 'beantwoorden', 'citeren', 'odpowiedz', 'cytuj', 'responder com citação',
] as const;

/**
 * What a forum or Q&A engine prints once, under a thread's last post: the reply box, the notice
 * that replies are closed, and the list of other threads. Nothing after it is the thread's.
 */
export const THREAD_END_LABELS = [
  'your answer', 'post your answer', 'hot network questions', 'related topics', 'related threads',
  'similar threads', 'similar topics', 'suggested topics', 'related discussions', 'more threads listed as follows',
  'reply to this topic', 'reply to this thread', 'reply to this discussion', 'post a reply', 'write a reply', 'quick reply',
  'you must log in or register to reply here', 'you must log in or sign up to reply here',
  'you must log in or sign up to post here', 'create an account or sign in to comment',
  'sign in or register to comment', 'not open for further replies', 'new to reddit',
  // German, French, Spanish, Italian, Portuguese, Dutch, Polish
  'ähnliche themen', 'antwort erstellen', 'auf dieses thema antworten', 'sujets similaires', 'discussions similaires',
  'répondre à ce sujet', 'temas similares', 'temas relacionados', 'responder al tema', 'discussioni simili',
  'argomenti simili', 'rispondi alla discussione', 'tópicos semelhantes', 'tópicos relacionados', 'responder ao tópico',
  'vergelijkbare onderwerpen', 'soortgelijke topics', 'podobne tematy', 'odpowiedz w temacie',
] as const;

/**
 * The controls a shop prints on every product card and offer box: what a buyer clicks, not
 * what the page says about the product. Whole lines only (labelKey).
 */
export const SHOP_CONTROL_LABELS = [
  'price: low to high', 'price: high to low', 'price low to high', 'price high to low',
  'add to cart', 'add to bag', 'add to basket', 'add to trolley', 'add to wishlist', 'add to wish list', 'wishlist', 'wish list',
  'add to favorites', 'add to favourites', 'add to list', 'add to compare', 'compare', 'quick view', 'quick shop', 'quick look',
  'quick add', 'view details', 'see details', 'view product', 'select options', 'choose options', 'more options', 'buy now',
  'buy it now', 'save for later', 'notify me', 'notify me when available', 'shop now', 'apply now', 'read full article',
  'read the review', 'read review', 'read reviews',
  // A marketplace's and a catalogue's controls: watching an item, a price alert, removing it again.
  'watchlist', 'add to watchlist', 'watch this item', 'add to watch list', 'price alert', 'set price alert', 'create price alert',
  'remove product', 'remove item', 'mark as watched',
  // German, French, Spanish, Italian, Dutch, Portuguese, Polish, Swedish
  'in den warenkorb', 'in den einkaufswagen', 'auf die merkliste', 'merken', 'vergleichen', 'jetzt kaufen', 'ajouter au panier',
  'ajouter au sac', 'ajouter aux favoris', 'comparer', 'aperçu rapide', 'añadir al carrito', 'agregar al carrito', 'añadir a la cesta',
  'vista rápida', 'comparar', 'aggiungi al carrello', 'aggiungi alla borsa', 'confronta', 'anteprima', 'in winkelwagen', 'in winkelmand',
  'vergelijk', 'adicionar ao carrinho', 'dodaj do koszyka', 'lägg i varukorgen',
] as const;

/**
 * The badges a shop stamps on its product cards and offer boxes: what is new, on sale, a best
 * seller, shipped free. The shop's template prints them, card after card. Whether a product is
 * in stock is not among them: that says something about the product.
 */
export const SHOP_BADGE_LABELS = [
  'new', 'new arrival', 'new arrivals', 'new in', 'just in', 'sale', 'on sale', 'hot', 'hot deal', 'deal', 'best seller',
  'bestseller', 'top seller', 'top rated', "editor's pick", 'staff pick', 'limited edition', 'exclusive', 'online only',
  'web exclusive', 'clearance', 'free shipping', 'free delivery', 'free returns', 'sponsored',
  // German, French, Spanish, Italian, Dutch, Portuguese, Polish, Swedish
  'neu', 'neuheit', 'angebot', 'kostenloser versand', 'versandkostenfrei', 'nouveau', 'nouveauté', 'promo', 'soldes',
  'livraison gratuite', 'meilleure vente', 'nuevo', 'novedad', 'oferta', 'envío gratis', 'más vendido', 'novità', 'offerta',
  'spedizione gratuita', 'nieuw', 'aanbieding', 'gratis verzending', 'novo', 'novidade', 'promoção', 'frete grátis',
  'mais vendido', 'nowość', 'promocja', 'wyprzedaż', 'darmowa dostawa', 'nyhet', 'rea', 'fri frakt',
] as const;

/** Headings that open the buyers' reviews of a product. */
/**
 * Headings of a product's own description and specifications: a reviews heading above one of
 * them heads a rating summary, not the page's closing reviews.
 */
export const PRODUCT_BODY_LABELS = [
  'about this item', 'about this product', 'about this game', 'about the product', 'product details', 'product description',
  'product information', 'description', 'specifications', 'tech specs', 'technical details', 'technical specifications',
  'system requirements', 'produktbeschreibung', 'produktdetails', 'technische daten', 'description du produit',
  'caractéristiques', 'caractéristiques techniques', 'descripción del producto', 'especificaciones', 'descrizione',
  'specifiche', 'specifiche tecniche', 'productbeschrijving', 'specificaties', 'descrição do produto', 'especificações',
] as const;

export const REVIEW_SECTION_LABELS = [
  'reviews', 'customer reviews', 'product reviews', 'user reviews', 'guest reviews', 'ratings & reviews', 'ratings and reviews',
  'reviews & ratings', 'reviews and ratings', 'top reviews', 'most helpful reviews', 'what customers are saying', 'customer feedback',
  // German, French, Spanish, Italian, Dutch, Portuguese, Polish, Swedish
  'bewertungen', 'kundenbewertungen', 'rezensionen', 'kundenrezensionen', 'avis', 'avis clients', 'avis des clients', 'opiniones',
  'opiniones de clientes', 'reseñas', 'valoraciones', 'recensioni', 'recensioni clienti', 'beoordelingen', 'klantbeoordelingen',
  'avaliações', 'opiniões', 'opinie', 'recenzje', 'omdömen', 'recensioner',
] as const;

/**
 * Calls to action and page furniture that a text dump prints as a line of its own near the
 * headline: a title is never one of them. Matched as whole words inside a short line
 * ("800.226.7529 Request Demo", "Sign In My Account"), so only phrases no headline uses.
 */
export const CALL_TO_ACTION_PHRASES = [
  'get a demo', 'request a demo', 'request demo', 'book a demo', 'schedule a demo', 'watch demo', 'free trial', 'start free',
  'try it free', 'try for free', 'try free', 'get started free', 'start now', 'contact sales', 'talk to sales',
  'sign in', 'sign up', 'log in', 'my account', 'create account', 'shopping cart', 'your cart', 'view cart', 'proceed to checkout',
  'table of contents', 'on this page', 'in this article', 'jump to', 'skip to', 'back to blog', 'back to top', 'back to all',
  'click here', 'read more', 'continue reading', 'learn more', 'shop now', 'buy now', 'order now', 'book now', 'call now', 'download now',
  'toggle navigation', 'toggle site navigation', 'toggle menu', 'open menu', 'close menu', 'popup', 'summarize this',
  'copy link', 'copy item path', 'print this', 'share this', 'follow us', 'subscribe now', 'cookie settings', 'accept cookies',
  // German, French, Spanish, Italian, Portuguese, Dutch
  'jetzt testen', 'demo anfordern', 'kostenlos testen', 'anmelden', 'warenkorb', 'inhaltsverzeichnis', 'mehr erfahren',
  'weiterlesen', 'zum inhalt springen', 'demander une démo', 'essai gratuit', 'se connecter', 'mon compte', 'panier',
  'table des matières', 'en savoir plus', 'lire la suite', 'copier le lien', 'aller au contenu', 'solicitar demo',
  'prueba gratis', 'iniciar sesión', 'mi cuenta', 'carrito', 'tabla de contenidos', 'leer más', 'saber más',
  'ir al contenido', 'prova gratis', 'accedi', 'il mio account', 'carrello', 'indice dei contenuti', 'leggi di più',
  'scopri di più', 'vai al contenuto', 'teste grátis', 'minha conta', 'carrinho', 'leia mais', 'saiba mais',
  'inloggen', 'mijn account', 'winkelwagen', 'inhoudsopgave', 'lees meer', 'naar de inhoud',
] as const;
