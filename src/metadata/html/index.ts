/** The HTML metadata layer: `htmlMetadata(doc, opts)` and its sources, for the pipeline and for tests. */
export { htmlMetadata, htmlCandidates, ranked, PRECEDENCE, type HtmlMetadataOptions } from './select.js';
export type { Candidate, HtmlField, HtmlMetadata } from './types.js';
export { jsonLdCandidates, parseJsonLd } from './json-ld.js';
export { metaTagCandidates } from './meta-tags.js';
export { timeTagCandidates } from './time-tags.js';
export { documentCandidates, pageUrls } from './document.js';
export { dateInUrl, urlDateCandidates } from './url-date.js';
export { pickTitle, stripSiteName, titlesAgree } from './title.js';
export { inTeaserContext } from './teaser-context.js';
