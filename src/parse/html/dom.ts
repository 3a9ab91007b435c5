/**
 * HTML text to an htmlparser2 DOM: the fast parser (ten times cheerio's default parse5), with
 * entities decoded so that text nodes hold what a reader sees.
 */
import { parseDocument } from 'htmlparser2';
import type { Document } from 'domhandler';

export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}
