/**
 * What a text browser prints in place of media and widgets: "[photo-of-the-ship]",
 * "[INS::INS]", "[                    ] [Go]", a form's labelled field ("Email Address* [ ]")
 * or checkbox ("[ ] Men"), bare image file names or URLs, and how to work a carousel.
 */
import { blockRule } from './block-rule.js';
import { caseless, holdsAnyOf } from '../caseless.js';
import { lazy } from '../../lazy.js';

const BRACKETED_ONLY = /^(?:\[[^\]]*\]\s*)+$/u;
/**
 * A text input after its label, as w3m draws it: "Email Address* [ ]", "Query [ ]". A label has
 * no sentence punctuation; code that ends in empty brackets ("items = [ ]") is not one.
 */
const LABELLED_FIELD = /^[^\s,.;=[\]][^,.;=[\]]{0,59}\s\[\s*\]$/u;
const FIELD_LABEL_WORDS = 8;
/** A checkbox before its label, as w3m draws it: "[ ] Include my email address", "[X] Remember me", "[ ] Women's (128)". */
const CHECKBOX = /^\[\s*[xX*]?\s*\]\s\S/u;
const FILE_NAME = /^\S+\.(?:jpe?g|png|gif|webp|svg|mp4)(?:\?\S*)?$/i;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
/** What a page prints when its widget needs scripts, and CMS shortcodes left unrendered. */
const SCRIPT_NOTICE = caseless(String.raw`\b(?:requires? javascript|enable javascript|javascript (?:is )?(?:disabled|required))\b|^\[\/?(?:button|caption|gallery|embed|video|audio|contact-form)\b[^\]]*\]`, '');
/**
 * How to work a carousel, slideshow or gallery, as its screen-reader text or help line says:
 * "Use Next and Previous buttons to navigate", "swipe left/right if using a mobile device".
 * Both the widget and the moving through it are named; prose about slideshows names one.
 */
const WIDGET = caseless(String.raw`\b(?:carousel|slideshow|slider|gallery|slides?|karussell|diashow|bildergalerie|carrousel|diaporama|galerie|carrusel|galería|presentación|galleria)\b`);
const WIDGET_MOVES = caseless(String.raw`\b(?:navigate|swipe|arrow keys|(?:left|right)\/(?:left|right) arrows|(?:next|previous) and (?:next|previous) buttons|navigieren|wischen|naviguer|balayez|navegar|desliza|navigare|scorri)\b`);
/** A gallery's counter: "Image 1 of 5", "Foto 2/12". */
const GALLERY_COUNTER = /^(?:image|photo|picture|slide|foto|bild|imagen|immagine|resim)\s*\d+\s*(?:of|\/|von|de|di|van|sur)\s*\d+$/i;
/** An image's file name without its extension, as text browsers print it: "city-hall-night-02". */
const SLUG = lazy(() => /^(?=\S{12,}$)[\p{L}\d]+(?:[-_][\p{L}\d]+){3,}$/u);

/** Whether the text holds three dashes or underscores, as every SLUG does: most single words have none. */
function joinsThreeTimes(text: string): boolean {
  let joins = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c === 45 || c === 95) && ++joins === 3) return true;
  }
  return false;
}

/** Any white space, as \s matches it: file names, URLs and slugs have none. */
const SPACE = /\s/u;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/**
 * The words WIDGET and WIDGET_MOVES cannot match without (every alternative of each holds one),
 * and SCRIPT_NOTICE's unless the line opens with a shortcode's bracket: looked for in the line's
 * lower-case text with a string search first.
 */
const SCRIPT_WORDS = ['javascript'];
const WIDGET_WORDS = ['carousel', 'slide', 'gallery', 'karussell', 'diashow', 'galerie', 'carrousel', 'diaporama', 'carrusel', 'galería', 'presentación', 'galleria'];
const MOVE_WORDS = ['navig', 'naveg', 'swipe', 'arrow', 'button', 'wischen', 'balayez', 'desliza', 'scorri'];

/**
 * Whether the line is a placeholder. Most lines are prose or labels: each pattern is tried
 * only when the line has what it cannot match without (an opening or closing bracket, no white
 * space, a final digit), which a character's code tells without calling the regex.
 */
function isPlaceholder(text: string, lower: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first === OPEN_BRACKET) {
    if (BRACKETED_ONLY.test(text) && text.split(/\s+/).length <= 10) return true;
    if (CHECKBOX.test(text) && text.split(/\s+/).length <= FIELD_LABEL_WORDS + 1) return true;
  }
  if (last === CLOSE_BRACKET && LABELLED_FIELD.test(text) && text.split(/\s+/).length <= FIELD_LABEL_WORDS + 1) return true;
  if (!SPACE.test(text) && (FILE_NAME.test(text) || BARE_URL.test(text) || (joinsThreeTimes(text) && SLUG().test(text)))) return true;
  if (last >= 48 && last <= 57 && GALLERY_COUNTER.test(text)) return true;
  if ((first === OPEN_BRACKET || holdsAnyOf(lower, SCRIPT_WORDS)) && SCRIPT_NOTICE.test(text)) return true;
  return holdsAnyOf(lower, WIDGET_WORDS) && holdsAnyOf(lower, MOVE_WORDS) && WIDGET_MOVES.test(text) && WIDGET.test(text);
}

export const dropImagePlaceholders = blockRule({
  id: 'drop-image-placeholders',
  description: 'Drops placeholders that text browsers print for images, ads and form fields.',
  maxWords: 40,
  test: (text, _features, block, { lowerTexts }) => isPlaceholder(text, lowerTexts[block.index]) && 'media or widget placeholder',
});
