/**
 * The lines a results list prints about itself: how many results it holds and which are shown
 * ("1–24 of 312 products", "Showing 1 of 5 results", "Page 1/20"), how it is sorted ("Sort: Best
 * Match", "Sorted by:"), a "Loading…" placeholder and a "Skip to product list" link. The list's
 * template writes them around the items whatever the items are; nobody wrote them as content.
 * A line must say only that: a count with anything else on it ("Over 300 results in our test")
 * is a sentence.
 */
import { blockRule } from './block-rule.js';
import { caseless } from '../caseless.js';

const NUMBER = String.raw`\d[\d,.]*`;
const RANGE = String.raw`${NUMBER}\s*(?:[-–—]|to|bis|à|a|al|tot|do|till)\s*${NUMBER}`;
const OF = String.raw`(?:of|von|sur|de|di|van|z|av|из)`;
const ITEMS = [
  'results?', 'items?', 'products?', 'matches', 'entries', 'listings?', 'styles?', 'models?',
  'ergebnisse', 'treffer', 'artikel', 'produkte', 'résultats?', 'produits?', 'articles?', 'resultados?',
  'productos?', 'artículos?', 'risultati', 'prodotti', 'articoli', 'resultaten', 'producten', 'artikelen',
  'wyniki', 'produkty', 'resultat', 'produkter', 'artiklar', 'результат(?:ов|а)?', 'товар(?:ов|а)?',
].join('|');
const SHOWING = String.raw`(?:showing|displaying|viewing|loaded|show|zeige|angezeigt|affichage|mostrando|visualizzati|weergave|pokazano|visar)`;
// No Unicode classes in these patterns, so no /u: V8 matches case-insensitive /iu on a slower path.
/** "1–24 of 312 products", "Showing 12 results per page", "1,072 results", "Products (9)", "(9 products)". */
const COUNT = new RegExp(
  String.raw`^(?:${SHOWING}\s*:?\s*)?(?:${RANGE}|${NUMBER})\s*(?:${OF}\s*${NUMBER}\s*)?(?:${ITEMS})(?:\s+(?:found|per page|pro seite|par page|por página|per pagina))?$` +
    String.raw`|^${RANGE}\s*(?:${ITEMS})\s*${OF}\s*${NUMBER}$|^(?:${ITEMS})\s*\(${NUMBER}\)$|^\(\s*${NUMBER}\s*(?:${ITEMS})\s*\)$` +
    String.raw`|^(?:page|seite|página|pagina|strona|sida)\s*${NUMBER}\s*(?:/|${OF})\s*${NUMBER}$`,
  'i',
);
/**
 * "Sort: Best Match", "Sorted by: Reset to default": the label and at most its choice. Without
 * the colon ("Sort by weight") it may be an article's subheading, so only a list's own counts.
 */
const SORT = /^(?:sort|sort by|sorted by|sortieren nach|sortiert nach|sortierung|trier par|tri|ordenar por|ordenado por|ordina per|ordinato per|sorteer op|sortuj według|sortera efter|сортировать по|сортировка)\s*(:)?(?:\s+\S+){0,4}$/i;
const LOADING = caseless(String.raw`^(?:like\s+)?(?:loading|chargement(?: en cours)?|laden|wird geladen|cargando|caricamento(?: in corso)?|carregando|ładowanie|laddar|загрузка)\s*(?:\.{2,}|…)?$`, '');
const SKIP = caseless(String.raw`^(?:skip (?:to|listing|this|over)|zum (?:inhalt|hauptinhalt) springen|aller au contenu|ir al contenido|saltar al contenido|vai al contenuto)\b`, '');

/** Whether `text` is only a results list's status line, and which kind. */
export function listingStatus(text: string, list: boolean): string | false {
  if (text.length > 70) return false;
  const line = text.trim();
  // Every count holds a digit: most lines skip the longest pattern at once.
  if (/\d/.test(line) && COUNT.test(line)) return 'result count';
  const sort = SORT.exec(line);
  if (sort && (sort[1] || list)) return 'sort control';
  if (LOADING.test(line)) return 'loading placeholder';
  if (SKIP.test(line)) return 'skip link';
  return false;
}

/** A results list's count of what it holds ("(171 products)", "3,953 items found"), not an empty cart's "0 items". */
export function countsResults(text: string): boolean {
  return listingStatus(text, true) === 'result count' && /[1-9]/.test(/\d[\d,.]*/.exec(text)?.[0] ?? '');
}

export const dropListingStatus = blockRule({
  id: 'drop-listing-status',
  description: "Drops a results list's counts, sort control, loading placeholder and skip link.",
  maxWords: 10,
  test: (text, _features, _block, { pageType }) => listingStatus(text, pageType === 'collection' || pageType === 'listing'),
});
