/**
 * htmlparser2's parser, handing out the names of elements and attributes as the one string
 * each known name is (known-names.ts) instead of a copy of the page's characters.
 *
 * Why: for every tag and every attribute the parser slices the name out of the page, lower-cases
 * the slice into a second new string, and then looks it up by its characters: in its own tables,
 * in the element's attributes (a property name must be one of V8's internal strings, found by a
 * hash of its characters) and in pith's sets of tag names. A page of 170 KB has thousands of
 * each. A known name is found in the page's characters without copying them, and is already
 * lower case and hashed: the ScrapingHub pages parse in 0.96x the time (separate processes,
 * alternated).
 *
 * How: the parser's three name steps read the name with getSlice(start, end), its one way of
 * reading the page; each step here first notes the known name of its span, and getSlice hands
 * it out for that span alone. So none of the parser's own logic is repeated here, and getSlice
 * gives what it always gives: the span's characters, or the same in lower case where the
 * parser lower-cases them anyway (only then is a name found in any case). A parser that
 * reads names some other way gets its own slices.
 */
import { Parser, type ParserOptions, type Handler } from 'htmlparser2';
import { attributeNames, tagNames, type NameTable } from './known-names.js';

/** What getSlice reads: htmlparser2's Parser keeps the page in (private) fields. */
interface ReadBuffers {
  buffers: string[];
  bufferOffset: number;
}

export class NamingParser extends Parser {
  /** The known name of the span [knownStart, knownEnd), for getSlice to hand out once. */
  known: string | undefined = undefined;
  knownStart = -1;
  knownEnd = -1;
  private readonly tags = tagNames();
  private readonly attributes = attributeNames();
  /** Whether the parser lower-cases tag names and attribute names (htmlparser2's defaults in HTML mode). */
  private readonly foldTags: boolean;
  private readonly foldAttributes: boolean;

  constructor(cbs?: Partial<Handler> | null, options: ParserOptions = {}) {
    super(cbs, options);
    const html = !options.xmlMode;
    this.foldTags = options.lowerCaseTags ?? html;
    this.foldAttributes = options.lowerCaseAttributeNames ?? html;
  }

  /** Notes the known name of the span, when the page is held in one buffer (pith writes it whole). */
  private note(table: NameTable, fold: boolean, start: number, end: number): void {
    const { buffers, bufferOffset } = this as unknown as ReadBuffers;
    if (buffers.length !== 1) return;
    const name = table.find(buffers[0], start - bufferOffset, end - bufferOffset, fold);
    if (name === undefined) return;
    this.known = name;
    this.knownStart = start;
    this.knownEnd = end;
  }

  override onopentagname(start: number, endIndex: number): void {
    this.note(this.tags, this.foldTags, start, endIndex);
    super.onopentagname(start, endIndex);
  }

  override onclosetag(start: number, endIndex: number): void {
    this.note(this.tags, this.foldTags, start, endIndex);
    super.onclosetag(start, endIndex);
  }

  override onattribname(start: number, endIndex: number): void {
    this.note(this.attributes, this.foldAttributes, start, endIndex);
    super.onattribname(start, endIndex);
  }
}

type Slicer = (this: NamingParser, start: number, end: number) => string;
const getSlice = (Parser.prototype as unknown as { getSlice?: Slicer }).getSlice;
// getSlice is the parser's own (private) step: a later htmlparser2 without it parses as its own parser does.
if (typeof getSlice === 'function') {
  Object.defineProperty(NamingParser.prototype, 'getSlice', {
    value: function (this: NamingParser, start: number, end: number): string {
      const known = this.known;
      if (known !== undefined) {
        this.known = undefined;
        if (start === this.knownStart && end === this.knownEnd) return known;
      }
      return getSlice.call(this, start, end);
    },
    writable: true,
    configurable: true,
  });
}
