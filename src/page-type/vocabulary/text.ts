/**
 * The text vocabulary of the page-type stage: what the visible words of a page say about its
 * kind, in the languages pith meets most. Labels are whole short lines (buttons, links, post
 * furniture), compared after labelKey; patterns are matched inside short lines.
 */
import { caseless } from '../../rules/caseless.js';
import { GatedRegex } from '../../rules/openings.js';

/** Concepts a short line can name (see LABELS). */
export const LABEL_CONCEPTS = [
  'cart', 'product-section', 'stock', 'shop-browse', 'forum-action', 'forum-member', 'docs-nav', 'cta', 'service-section', 'read-more', 'index-nav', 'article-meta',
] as const;
export type LabelConcept = (typeof LABEL_CONCEPTS)[number];

export const LABELS: Readonly<Record<LabelConcept, readonly string[]>> = {
  // Buying controls: a product page has them once, a category grid once per product.
  cart: [
    'add to cart', 'add to bag', 'add to basket', 'buy now', 'buy it now', 'add to trolley', 'add to wishlist', 'add to wish list', 'add to list', 'pre-order', 'preorder',
    'in den warenkorb', 'in den einkaufswagen', 'jetzt kaufen', 'sofort kaufen', 'ajouter au panier', 'acheter', 'acheter maintenant', 'añadir al carrito', 'agregar al carrito', 'comprar', 'comprar ahora',
    'aggiungi al carrello', 'acquista ora', 'in winkelwagen', 'in winkelmand', 'dodaj do koszyka', 'lägg i varukorgen', 'adicionar ao carrinho', 'læg i kurv', 'legg i handlekurv', 'カートに入れる', '加入购物车', '장바구니 담기',
    'buy on', 'buy from', 'check availability', 'check price', 'see price', 'notify me', 'notify me when available', 'select options', 'choose options', 'in den korb', 'zum warenkorb hinzufügen', 'ajouter au sac', 'añadir a la cesta', 'aggiungi alla borsa',
  ],
  // Sections of a product page: its description, specifications, reviews and delivery terms.
  'product-section': [
    'about this item', 'product details', 'product description', 'product information', 'description', 'specifications', 'specs', 'tech specs', 'technical details', 'technical specifications', 'reviews', 'customer reviews', 'ratings & reviews', 'write a review', 'shipping', 'shipping & returns', 'shipping and returns', 'returns', 'warranty', 'in the box', "what's in the box", 'size guide', 'size chart', 'ingredients', 'how to use', 'care instructions', 'materials', 'dimensions', 'q&a', 'questions & answers', 'frequently bought together', 'customers also bought', 'customers also viewed', 'similar products', 'related products', 'you may also like', 'model number', 'item number', 'release date', 'system requirements', 'compatibility',
    'produktbeschreibung', 'produktdetails', 'technische daten', 'bewertungen', 'lieferumfang', 'versand', 'description du produit', 'caractéristiques', 'avis clients', 'livraison', 'descripción del producto', 'especificaciones', 'opiniones', 'envío', 'descrizione', 'specifiche', 'recensioni', 'spedizione', 'productbeschrijving', 'specificaties', 'beoordelingen',
  ],
  // Stock, delivery and returns lines of an offer.
  stock: [
    'in stock', 'out of stock', 'sold out', 'only left in stock', 'available', 'unavailable', 'free shipping', 'free delivery', 'free returns', 'ships free', 'add to compare', 'compare', 'quantity', 'qty', 'sku', 'model', 'condition', 'new', 'used', 'ships from', 'sold by', 'delivery',
    'auf lager', 'lieferbar', 'nicht lieferbar', 'ausverkauft', 'versandkostenfrei', 'menge', 'en stock', 'rupture de stock', 'livraison gratuite', 'quantité', 'disponible', 'agotado', 'envío gratis', 'cantidad', 'disponibile', 'esaurito', 'quantità', 'op voorraad', 'uitverkocht', 'na stanie',
  ],
  // Browsing a category: sorting, filtering, paging through products.
  'shop-browse': [
    'sort by', 'sort', 'filter', 'filters', 'filter by', 'refine', 'refine by', 'clear all', 'show filters', 'best match', 'best selling', 'bestsellers', 'price low to high', 'price high to low', 'newest', 'featured', 'brand', 'price', 'size', 'color', 'colour', 'customer rating', 'show more', 'load more', 'view more', 'quick view', 'quick shop', 'new arrivals', 'sale',
    'sortieren nach', 'sortieren', 'filtern', 'marke', 'preis', 'farbe', 'größe', 'trier par', 'filtrer', 'marque', 'prix', 'couleur', 'taille', 'ordenar por', 'filtrar', 'marca', 'precio', 'talla', 'ordina per', 'filtra', 'prezzo', 'colore', 'taglia', 'sorteer op',
    'top brands', 'all brands', 'shop by brand', 'shop by category', 'shop all', 'results per page', 'items per page', 'products per page', 'price: low to high', 'price: high to low', 'price low - high', 'price high - low', 'customer rating', 'top rated', 'bestselling', 'best sellers', 'most popular', 'relevance', 'grid view', 'list view', 'clear filters', 'apply filters', 'in stock only', 'on sale', 'artikel pro seite', 'produits par page', 'productos por página', 'prodotti per pagina',
  ],
  // Post furniture of forums and Q&A sites.
  'forum-action': [
    'reply', 'quote', 'report', 'multi-quote', 'multiquote', 'reply with quote', 'permalink', 'flag', 'upvote', 'downvote', 'helpful', 'not helpful', 'solution', 'solved', 'accepted answer', 'add a comment', 'share improve this answer', 'improve this question', 'improve this answer', 'follow', 'likes', 'like', 'reactions', 'post reply', 'new topic', 'new thread', 'start a new thread', 'watch thread', 'jump to latest', 'go to solution', 'mark as solution', 'click to expand', 'click to expand...',
    'antworten', 'zitieren', 'melden', 'beitrag melden', 'répondre', 'citer', 'signaler', 'responder', 'citar', 'reportar', 'rispondi', 'cita', 'segnala', 'beantwoorden', 'citeren', 'odpowiedz', 'cytuj',
    'click to expand', 'search titles only', 'this thread', 'this forum', 'new posts', 'post reply', 'similar threads', 'ask question', 'add a comment', 'show more comments', 'load more replies', 'view replies', 'reply to this', 'quote reply', 'report post', 'share post', 'jump to post', 'best answer', 'top answer', 'highest score', 'original post', 'unread', 'subscribe to thread', 'mark thread as read',
  ],
  // Who posted: member titles, counters and join dates beside every post.
  'forum-member': [
    'joined', 'posts', 'messages', 'member since', 'registered', 'reputation', 'reaction score', 'points', 'thread starter', 'original poster', 'op', 'moderator', 'administrator', 'admin', 'staff', 'member', 'new member', 'well-known member', 'senior member', 'junior member', 'active member', 'regular', 'leader', 'guest', 'verified', 'top contributor', 'trust level', 'solutions', 'kudos', 'answers', 'votes', 'views', 'replies', 'asked', 'answered', 'edited', 'modified',
    'mitglied', 'mitglied seit', 'beiträge', 'registriert', 'dabei seit', 'inscrit', 'membre', 'messages postés', 'inscrit le', 'miembro', 'mensajes', 'registrado', 'iscritto', 'messaggi', 'lid sinds', 'berichten',
    'members', 'topic starter', 'posted', 'posted by', 'last post', 'last reply', 'activity', 'upvotes', 'karma', 'badges', 'silver badges', 'bronze badges', 'gold badges', 'rep', 'offline', 'online', 'level', 'antworten', 'réponses', 'respuestas', 'risposte',
  ],
  // Furniture of a manual: contents, on-this-page, edit links, prev/next.
  'docs-nav': [
    'table of contents', 'contents', 'on this page', 'in this article', 'in this section', 'in this guide', 'edit this page', 'edit on github', 'edit page', 'suggest an edit', 'view source', 'was this page helpful', 'was this helpful', 'previous', 'next', 'see also', 'parameters', 'returns', 'return value', 'syntax', 'examples', 'example', 'usage', 'arguments', 'options', 'note', 'warning', 'tip', 'important', 'deprecated', 'prerequisites', 'api reference', 'reference', 'documentation', 'docs', 'getting started', 'quickstart', 'quick start', 'installation', 'overview', 'copy', 'copy code', 'copied', 'output', 'version', 'search docs', 'search documentation', 'skip to content', 'specifications', 'browser compatibility', 'further reading', 'next steps', 'related topics',
    'inhaltsverzeichnis', 'auf dieser seite', 'inhalt', 'siehe auch', 'beispiel', 'sommaire', 'sur cette page', 'dans cet article', 'voir aussi', 'exemple', 'contenido', 'en esta página', 'en este artículo', 'véase también', 'ejemplo', 'indice', 'in questa pagina', 'vedi anche', 'esempio', 'inhoud', 'op deze pagina', '目次', '目录',
    'tutorials', 'glossary', 'configuration', 'introduction', 'concepts', 'how-to guides', 'guides', 'api', 'cli reference', 'changelog', 'release notes', 'report an issue', 'open an issue', 'improve this page', 'help improve', 'next topic', 'previous topic', 'definition', 'default', 'required', 'attributes', 'properties', 'methods', 'constructor', 'exceptions', 'limitations', 'troubleshooting',
  ],
  // Calls to action of a company selling a service.
  cta: [
    'get started', 'get started for free', 'get started free', 'start for free', 'start free', 'start free trial', 'start your free trial', 'free trial', 'try for free', 'try it free', 'try free', 'sign up', 'sign up free', 'sign up for free', 'request a demo', 'book a demo', 'get a demo', 'schedule a demo', 'watch demo', 'request demo', 'contact us', 'contact sales', 'talk to sales', 'talk to an expert', 'talk to us', 'get in touch', 'get a quote', 'request a quote', 'get a free quote', 'free quote', 'free consultation', 'book a consultation', 'schedule a consultation', 'book a call', 'schedule a call', 'call now', 'call us', 'call us today', 'book now', 'book an appointment', 'request an appointment', 'learn more', 'find out more', 'discover more', 'see how it works', 'explore', 'download', 'download now', 'get the app', 'contact', 'enquire now', 'inquire now', 'apply now', 'see pricing', 'view pricing', 'see plans', 'compare plans', 'choose plan',
    'jetzt starten', 'kostenlos testen', 'jetzt testen', 'kontakt', 'kontakt aufnehmen', 'kontaktieren sie uns', 'angebot anfordern', 'jetzt anfragen', 'anfrage senden', 'mehr erfahren', 'termin vereinbaren', 'demo anfordern', 'nous contacter', 'contactez-nous', 'demander un devis', 'devis gratuit', 'en savoir plus', 'demander une démo', 'essai gratuit', 'essayer gratuitement', 'prendre rendez-vous',
    'contáctanos', 'contáctenos', 'contacto', 'solicitar demo', 'solicita una demo', 'más información', 'empieza gratis', 'prueba gratis', 'solicitar presupuesto', 'pedir cita', 'contattaci', 'richiedi un preventivo', 'scopri di più', 'prova gratis', 'richiedi una demo', 'neem contact op', 'meer informatie', 'offerte aanvragen', 'gratis proberen',
    'register now', 'get a free estimate', 'free estimate', 'get your free quote', 'request information', 'request info', 'book a tour', 'schedule a tour', 'get pricing', 'request pricing', 'start building', 'start now', 'get started now', 'get started today', 'talk to a specialist', 'speak to an expert', 'book a free consultation', 'try it now', 'start trial', 'see a demo', 'watch the demo', 'request a callback', 'call today',
  ],
  // Section headings of a page that sells a service.
  'service-section': [
    'our services', 'services', 'our solutions', 'solutions', 'what we do', 'what we offer', 'how it works', 'how we work', 'our process', 'our approach', 'why choose us', 'why us', 'why choose', 'benefits', 'key benefits', 'key features', 'features', 'trusted by', 'testimonials', 'what our clients say', 'what our customers say', 'client testimonials', 'case studies', 'success stories', 'our clients', 'pricing', 'plans', 'plans and pricing', 'plans & pricing', 'frequently asked questions', 'faq', 'faqs', 'industries', 'industries we serve', 'our team', 'our expertise', 'integrations', 'customers', 'use cases', 'service areas', 'areas we serve', 'get a free estimate', 'ready to get started',
    'unsere leistungen', 'leistungen', 'unsere dienstleistungen', 'warum wir', 'so funktioniert es', 'referenzen', 'kundenstimmen', 'häufige fragen', 'häufig gestellte fragen', 'preise', 'nos services', 'nos prestations', 'nos solutions', 'pourquoi nous choisir', 'comment ça marche', 'témoignages', 'questions fréquentes', 'tarifs', 'nuestros servicios', 'servicios', 'por qué elegirnos', 'cómo funciona', 'testimonios', 'preguntas frecuentes', 'precios', 'i nostri servizi', 'servizi', 'perché sceglierci', 'come funziona', 'domande frequenti', 'onze diensten', 'veelgestelde vragen',
    'customer stories', 'who we are', 'webinars', 'templates', 'partners', 'resources', 'enterprise', 'our customers', 'our partners', 'our mission', 'our story', 'what clients say', 'why work with us', 'our work', 'portfolio', 'schedule service', 'service area', 'awards', 'certifications', 'financing',
  ],
  // Teasers of an index page end in a link to the full text.
  'read-more': ['read more', 'continue reading', 'read the full story', 'read full article', 'read article', 'read story', 'full story', 'more', 'weiterlesen', 'mehr lesen', 'lire la suite', 'lire plus', 'leer más', 'seguir leyendo', 'leggi tutto', 'leggi di più', 'continua a leggere', 'lees meer', 'verder lezen', 'czytaj więcej', 'leia mais', 'もっと見る', '続きを読む'],
  // Paging through an index.
  'index-nav': ['older posts', 'newer posts', 'older entries', 'newer entries', 'next page', 'previous page', 'load more', 'show more', 'view all', 'see all', 'see more', 'more stories', 'more articles', 'more news', 'latest news', 'latest posts', 'latest articles', 'all posts', 'all articles', 'all news', 'all categories', 'page', 'first', 'last', 'nächste seite', 'ältere beiträge', 'alle anzeigen', 'mehr anzeigen', 'page suivante', 'articles précédents', 'voir tout', 'voir plus', 'página siguiente', 'ver todo', 'ver más', 'pagina successiva', 'vedi tutti', 'mostra altro'],
  // An article's own furniture: reading time, sharing, its comments.
  'article-meta': [
    'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'tweet', 'print', 'email', 'related', 'related articles', 'related stories', 'related posts', 'you may also like', 'more from', 'about the author', 'leave a comment', 'leave a reply', 'comments', 'advertisement', 'sponsored', 'subscribe', 'newsletter', 'tags', 'topics', 'teilen', 'artikel teilen', 'partager', 'compartir', 'condividi', 'delen', 'anzeige', 'publicité', 'publicidad', 'pubblicità',
    'written by', 'conclusion', 'final thoughts', 'key takeaways', 'in summary', 'summary', 'back to blog', 'next post', 'previous post', 'next article', 'previous article', 'recent posts', 'post comment', 'leave a reply cancel reply', 'author', 'editor', 'reviewed by', 'fact checked by', 'sources', 'read next', 'more from this author', 'pros', 'cons', 'verdict', 'bottom line', 'fazit', 'conclusión', 'conclusione', 'en résumé',
  ],
};

/** A price: a currency sign or code next to an amount. */
export const PRICE = /(?:[$€£¥₹₩₽]|\b(?:US\$|USD|EUR|GBP|CHF|CAD|AUD|JPY|INR|SEK|NOK|DKK|PLN|BRL|R\$|kr|zł|Rs\.?)\s?)\s?\d[\d.,\s]{0,12}\d?|\d[\d.,]*\s?(?:[€£¥₹₽円元]|\b(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|kr|zł|Kč|Ft|руб|грн)\b)/u;

/** A date written out: "Feb 19, 2026", "19 February 2026", "2026-02-19", "19.02.2026", "02/19/2026". */
export const DATE = caseless(String.raw`\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|mars|avr|juin|juil|août|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott)[a-zé]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre)[a-zé]*\.?,?\s+\d{4})\b`, '');

/** "3 days ago" and its translations: when a post or a teaser went up. */
export const RELATIVE_TIME = caseless(String.raw`\b(?:\d+|an?|one)\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|wks?|months?|mos?|years?|yrs?|[smhdwy])\s+ago\b|\bvor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)\b|\bil y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b|\bhace\s+\d+\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|años?)\b|\b\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni)\s+fa\b|\b\d+\s+(?:seconden|minuten|uur|dagen|weken|maanden|jaar)\s+geleden\b`, '');

/** A member counter beside a post: "Posts: 1,234", "Joined: Mar 2019", "Messages 512". */
export const MEMBER_COUNTER_WORDS = 'posts|messages|joined|reputation|reaction score|points|location|member since|registered|beiträge|registriert|dabei seit|messages postés|inscrit|mensajes|registrado|messaggi|iscritto|berichten';
export const MEMBER_COUNTER = caseless(String.raw`^(?:${MEMBER_COUNTER_WORDS})\s*:?\s*[\d\p{L}]`, 'u', { opens: MEMBER_COUNTER_WORDS.split('|') });

/** An offer's own lines: a variant picker ("Size: M"), instalments ("4 payments of $12"), a unit price. */
export const OFFER_LINE = caseless(String.raw`^(?:size|color|colour|style|capacity|storage|quantity|qty|width|length|material|finish|format|edition|condition|größe|farbe|menge|taille|couleur|quantité|talla|tamaño|cantidad|taglia|colore|quantità|maat|kleur)\s*:|\b\d+\s+(?:interest-free\s+)?(?:payments|instalments|installments)\s+of\b|\bper month\b|\/mo\b|\bincl\.?\s*(?:vat|tax|mwst)|\binkl\.?\s*mwst|\bttc\b|\biva incluido\b`, '');

/** A figure standing alone, as sales pages show them: "500+", "98%", "10x", "24/7", "$2M+". */
export const STAT_LINE = caseless(String.raw`^[$€£]?\d[\d,.]*\s*(?:\+|%|x|k\+?|m\+?|b\+?|mm\+?)$|^24\s*\/\s*7$`, '');

/** A count of what a list holds: "338 products", "Showing 1–24 of 120 results", "(12 items)". */
export const RESULT_COUNT = caseless(String.raw`\b\d[\d,.]*\s*(?:products?|results?|items?|articles?|artikel|produkte|ergebnisse|produits|résultats|productos|resultados|prodotti|risultati|producten|resultaten)\b|\b(?:showing|zeige|affichage|mostrando|visualizzati?)\s+\d+\s*[-–]\s*\d+\s+(?:of|von|sur|de|di)\s+\d`, '');

/** Counters of a thread or question: "12 replies", "1.2k views", "Viewed 3k times", "5 answers". */
export const THREAD_COUNTER = caseless(String.raw`\b\d[\d,.]*k?\s*(?:replies|reply|answers?|views|votes?|comments?|posts|likes|antworten|aufrufe|réponses|vues|respuestas|visitas|risposte|visite)\b|\bviewed\s+\d`, '');

/** A phone number set apart: a business asking to be called. */
export const PHONE = /(?:^|[\s:(])(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\+\d{2}[\s\d-]{8,15}\d\b/;

/** A short line that starts with a selling verb: "Get your free quote today!", "Book a call". */
export const CTA_LINE = caseless(String.raw`^(?:get|request|book|schedule|call|contact|start|try|claim|join|talk|speak|discover|explore|order|shop|buy|subscribe|download|apply|enroll|register|sign up|let's talk|hol|jetzt|kontaktieren|fordern|buchen|starten|demandez|contactez|réservez|essayez|découvrez|solicita|contacta|reserva|prueba|descubre|richiedi|contatta|prenota|prova|scopri|vraag|neem)\b`, '');

/** A post's own furniture: its number in the thread ("#12") or a reply's subject ("Re: ..."). */
export const POST_MARK = caseless(String.raw`^(?:#\d{1,5}\b|(?:re|aw|sv|antw|rif)\s*:\s*\S)`, '');

/** A byline: "By Jane Doe", "Von Max Muster", "Par Jean Dupont". */
const BYLINE_OPENS = ['by', 'written by', 'posted by', 'von', 'par', 'por', 'di', 'door', 'av', 'af'];
export const BYLINE = new GatedRegex(new RegExp(String.raw`^(?:${BYLINE_OPENS.join('|')})\s+\p{Lu}\p{L}+`, 'u'), BYLINE_OPENS);

/** Words every relative time has: lines without one skip RELATIVE_TIME. */
export const RELATIVE_HINT = caseless(String.raw`\b(?:ago|vor|il y a|hace|fa|geleden)\b`, '');

/** Words every reading time has: lines without one skip READING_TIME. */
export const READING_HINT = caseless(String.raw`read|lecture|lesezeit|lectura|lettura`, '');

/** Reading time of an article: "5 min read", "Lesezeit 4 Minuten". */
export const READING_TIME = caseless(String.raw`\b\d+\s*(?:min(?:ute)?s?\.?\s+read|minutes? de lecture|min\.?\s+lesezeit|minutos? de lectura|minuti di lettura)\b|\blesezeit\b`, '');

/** Characters and first words a line of code has and prose rarely has: lines without any skip CODE_LINE. */
export const CODE_HINT = /[;{}()=<>$#:[\]]|^\s*(?:sudo|npm|pip|git|docker|kubectl|curl|cd|import|from|use|fn|func|def|class|return|public|private|package)\s/;

/** A line of code: statements, calls, braces, shell prompts, markup. */
export const CODE_LINE = /(?:^\s*(?:\$|>>>|>|#|\/\/|import|from|def|class|function|const|let|var|return|if|for|while|public|private|static|package|use|fn|func|SELECT|INSERT|UPDATE|CREATE|sudo|npm|pip|git|docker|kubectl|curl|cd)\s|[;{}]\s*$|=>|::|\w\([^)]*\)\s*[;{]?\s*$|<\/?[a-z][\w-]*[\s>]|^\s*[\w.]+\s*=\s*\S)/u;

/** Word classes whose share of the running text says who speaks to whom (see VOICE_WORDS). */
export const VOICE_CONCEPTS = ['we', 'you', 'i', 'reported', 'commerce'] as const;
export type VoiceConcept = (typeof VOICE_CONCEPTS)[number];

/** Whole words, lower case. Unambiguous forms only (German "Sie", French "tu" are left out). */
export const VOICE_WORDS: Readonly<Record<VoiceConcept, readonly string[]>> = {
  // A company about itself: "we offer", "our team".
  we: ['we', 'our', 'ours', 'us', "we're", "we've", 'wir', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'uns', 'nous', 'notre', 'nos', 'nosotros', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'noi', 'nostro', 'nostra', 'nostri', 'nostre', 'wij', 'onze', 'ons'],
  // Copy addressed to the reader (sales pages, tutorials).
  you: ['you', 'your', 'yours', "you're", "you'll", 'vous', 'votre', 'vos', 'usted', 'ustedes', 'voi', 'vostro', 'vostra', 'jij', 'jouw', 'uw', 'du', 'dein', 'deine', 'deinen'],
  // One person's account: forum posts, personal blogs.
  i: ['i', 'my', 'me', 'mine', "i'm", "i've", "i'd", 'ich', 'mein', 'meine', 'meinen', 'mir', 'mich', 'je', "j'ai", 'mon', 'ma', 'mes', 'moi', 'yo', 'mi', 'mis', 'io', 'mio', 'mia', 'ik', 'mijn'],
  // Reported speech: news.
  reported: ['said', 'says', 'told', 'according', 'reported', 'announced', 'stated', 'sagte', 'sagt', 'laut', 'erklärte', 'selon', 'déclaré', 'dijo', 'según', 'afirmó', 'detto', 'secondo', 'zei', 'volgens'],
  // What a business says about what it sells.
  commerce: ['services', 'solutions', 'clients', 'customers', 'expert', 'experts', 'expertise', 'professional', 'professionals', 'experienced', 'affordable', 'reliable', 'licensed', 'insured', 'certified', 'consultation', 'estimate', 'quote', 'contact', 'tailored', 'industry', 'industries', 'leading', 'trusted', 'guarantee', 'satisfaction', 'pricing', 'free', 'enroll', 'tuition', 'admission', 'admissions', 'curriculum', 'certification', 'package', 'packages', 'appointment', 'warranty', 'financing', 'dienstleistungen', 'leistungen', 'kunden', 'beratung', 'angebot', 'clients', 'prestations', 'devis', 'servicios', 'clientes', 'presupuesto', 'servizi', 'clienti', 'preventivo', 'diensten', 'klanten', 'offerte'],
};

/** Concepts a page's title and main heading can name (see TITLE_WORDS). */
export const TITLE_CONCEPTS = ['service', 'forum', 'docs', 'shop', 'index', 'explainer'] as const;
export type TitleConcept = (typeof TITLE_CONCEPTS)[number];

/** Whole words (or word runs) of a title, lower case. */
export const TITLE_WORDS: Readonly<Record<TitleConcept, readonly string[]>> = {
  // A business naming what it sells.
  service: ['services', 'service', 'solutions', 'agency', 'company', 'consulting', 'consultants', 'contractor', 'contractors', 'repair', 'installation', 'near me', 'hire', 'experts', 'software', 'platform', 'leistungen', 'dienstleistungen', 'beratung', 'prestations', 'entreprise', 'servicios', 'empresa', 'servizi', 'azienda', 'diensten'],
  // A thread on a board.
  forum: ['forum', 'forums', 'thread', 'community', 'discussion', 'board', 'question', 'questions', 'help', 'solved', 'diskussion', 'foro', 'discussione'],
  // A manual page.
  docs: ['documentation', 'docs', 'reference', 'manual', 'guide', 'tutorial', 'api', 'handbook', 'sdk', 'developer', 'developers', 'dokumentation', 'anleitung', 'référence', 'documentación', 'documentazione'],
  // A shop's page.
  shop: ['buy', 'shop', 'store', 'sale', 'price', 'prices', 'free shipping', 'online shop', 'for sale', 'kaufen', 'günstig', 'acheter', 'boutique', 'comprar', 'tienda', 'acquista', 'negozio'],
  // An index: best-of lists, news, archives.
  index: ['best', 'top', 'list', 'latest', 'news', 'blog', 'archive', 'archives', 'page', 'rankings', 'ranking', 'events', 'courses', 'jobs', 'directory', 'all', 'category', 'topics', 'aktuelles', 'actualités', 'noticias', 'notizie'],
  // An explainer: how, why, what is.
  explainer: ['how', 'why', 'what', 'when', 'vs', 'versus', 'wie', 'warum', 'was', 'comment', 'pourquoi', 'cómo', 'qué', 'por qué', 'come', 'perché'],
};
