/**
 * The names pages give their elements and attributes, each held as one string, and a table that
 * finds one from the characters of a page without copying them (see tree-builder.ts).
 *
 * The lists are the HTML standard's elements and attributes (obsolete ones that old pages still
 * use among them), SVG's and MathML's common ones in the lower case the parser gives them, the
 * ARIA attributes, and a few data-* names that lazy loading and testing libraries spread over
 * the web. A name missing here is read as before, only without the saving. The tables are made
 * on first use: a text dump never needs them.
 */
import { lazy } from '../../lazy.js';

/** Lower-case names, found from the characters of a page: as they are, or in any case. */
export class NameTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly longest: number;

  constructor(private readonly names: readonly string[]) {
    // A power of two at least four times the names: probes stay short.
    let size = 16;
    while (size < names.length * 4) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.longest = Math.max(...names.map((name) => name.length));
    names.forEach((name, k) => {
      if (!/^[\x21-\x40\x5b-\x7e]+$/.test(name)) throw new Error(`not a lower-case ASCII name: ${name}`);
      let slot = this.slotOf(name, 0, name.length);
      while (this.slots[slot] !== -1) {
        if (names[this.slots[slot]] === name) throw new Error(`named twice: ${name}`);
        slot = (slot + 1) & this.mask;
      }
      this.slots[slot] = k;
    });
  }

  /** Where text[start, end) in lower case hashes to, or -1 when a character is beyond ASCII (no name has one). */
  private slotOf(text: string, start: number, end: number): number {
    let h = end - start;
    for (let k = start; k < end; k++) {
      let c = text.charCodeAt(k);
      if (c >= 128) return -1;
      if (c >= 65 && c <= 90) c |= 32;
      h = (Math.imul(h, 31) + c) | 0;
    }
    return (h ^ (h >>> 13)) & this.mask;
  }

  /**
   * The name text[start, end) spells, or undefined: exactly, or with `fold` in any case of its
   * letters (the name is then the span lower-cased, as String.toLowerCase makes it of ASCII).
   */
  find(text: string, start: number, end: number, fold: boolean): string | undefined {
    const length = end - start;
    if (length <= 0 || length > this.longest) return undefined;
    let slot = this.slotOf(text, start, end);
    if (slot < 0) return undefined;
    for (let k = this.slots[slot]; k !== -1; slot = (slot + 1) & this.mask, k = this.slots[slot]) {
      const name = this.names[k];
      if (name.length === length && spells(text, start, name, fold)) return name;
    }
    return undefined;
  }
}

/** Whether text from `start` holds `name`, with `fold` in any case of its ASCII letters. */
function spells(text: string, start: number, name: string, fold: boolean): boolean {
  for (let k = 0; k < name.length; k++) {
    let c = text.charCodeAt(start + k);
    if (fold && c >= 65 && c <= 90) c |= 32;
    if (c !== name.charCodeAt(k)) return false;
  }
  return true;
}

const words = (list: string): string[] => list.trim().split(/\s+/);

/** HTML's elements (with the obsolete ones still met), SVG's and MathML's, in lower case. */
const TAGS = `
    a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption
    cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins
    kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option
    output p param picture pre progress q rp rt ruby s samp script search section select slot small
    source span strong style sub summary sup table tbody td template textarea tfoot th thead time
    title tr track u ul var video wbr
    acronym applet basefont big blink center dir font frame frameset image isindex listing marquee
    nobr noembed noframes plaintext rb rtc spacer strike tt xmp
    svg g path circle ellipse line polyline polygon rect text tspan textpath use defs symbol marker
    clippath mask pattern lineargradient radialgradient stop filter foreignobject desc metadata switch
    animate animatemotion animatetransform set view fecolormatrix fecomposite feflood fegaussianblur
    feoffset feblend femerge femergenode femorphology feturbulence fedisplacementmap
    math mi mo mn ms mtext mrow mfrac msqrt mroot msub msup msubsup mover munder munderover mtable mtr
    mtd mspace mstyle semantics annotation annotation-xml
`;

/** HTML's attributes, ARIA's, SVG's common ones, and a few data-* names of wide use, in lower case. */
const ATTRIBUTES = `
    accesskey autocapitalize autofocus class contenteditable dir draggable enterkeyhint hidden id
    inert inputmode is itemid itemprop itemref itemscope itemtype lang nonce popover slot spellcheck
    style tabindex title translate role
    abbr accept accept-charset action allow allowfullscreen alt as async autocomplete autoplay
    charset checked cite cols colspan content controls coords crossorigin data datetime decoding
    default defer dirname disabled download enctype fetchpriority for form formaction headers height
    high href hreflang http-equiv integrity ismap kind label list loading loop low max maxlength media
    method min minlength multiple muted name novalidate open optimum pattern ping placeholder
    playsinline poster preload readonly referrerpolicy rel required reversed rows rowspan sandbox
    scope selected shape size sizes span src srcdoc srclang srcset start step summary target type
    usemap value width wrap property
    align background bgcolor border cellpadding cellspacing clear color face frameborder hspace
    language marginheight marginwidth noshade nowrap scrolling valign vspace
    onclick onload onerror onchange onsubmit oninput onfocus onblur onkeydown onkeyup onmouseover
    onmouseout onmouseenter onmouseleave
    aria-activedescendant aria-atomic aria-autocomplete aria-busy aria-checked aria-colcount
    aria-colindex aria-colspan aria-controls aria-current aria-describedby aria-description
    aria-details aria-disabled aria-errormessage aria-expanded aria-flowto aria-haspopup aria-hidden
    aria-invalid aria-keyshortcuts aria-label aria-labelledby aria-level aria-live aria-modal
    aria-multiline aria-multiselectable aria-orientation aria-owns aria-placeholder aria-posinset
    aria-pressed aria-readonly aria-relevant aria-required aria-roledescription aria-rowcount
    aria-rowindex aria-rowspan aria-selected aria-setsize aria-sort aria-valuemax aria-valuemin
    aria-valuenow aria-valuetext
    xmlns xmlns:xlink xlink:href xml:space xml:lang version viewbox preserveaspectratio d fill
    fill-rule fill-opacity clip-rule clip-path stroke stroke-width stroke-linecap stroke-linejoin
    stroke-miterlimit stroke-dasharray stroke-dashoffset stroke-opacity opacity transform x y x1 x2
    y1 y2 cx cy r rx ry points offset stop-color stop-opacity gradientunits gradienttransform
    focusable filter mask text-anchor dominant-baseline font-size font-family font-weight
    data-src data-srcset data-sizes data-id data-type data-testid data-test-id data-name data-value
    data-url data-href data-title data-label data-index data-target data-toggle data-role data-state
`;

export const tagNames = lazy(() => new NameTable(words(TAGS)));
export const attributeNames = lazy(() => new NameTable(words(ATTRIBUTES)));
