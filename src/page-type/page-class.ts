/**
 * What the page's template is called: content systems name it in the class names of <html>
 * and <body> (WordPress `single-post`, `archive`, `single-product`; Shopify `template-collection`;
 * Magento `catalog-product-view`). A `single-<type>` other than a post or a product is a custom
 * type of content (services, courses, events).
 */
import type { Document, Element } from 'domhandler';
import { indexPage } from '../parse/html/page-index.js';
import { PAGE_CLASS_CONCEPTS, PAGE_CLASSES, type PageClassConcept } from './vocabulary/markup.js';
import type { Features } from './feature-set.js';

const INDEX: ReadonlyMap<string, PageClassConcept> = new Map(PAGE_CLASS_CONCEPTS.flatMap((c) => PAGE_CLASSES[c].map((n) => [n, c] as const)));

function bodyOf(html: Element | null): Element | null {
  for (const child of html?.children ?? []) if (child.type === 'tag' && (child as Element).name === 'body') return child as Element;
  return null;
}

export function pageClassFeatures(doc: Document, out: Features): void {
  const html = indexPage(doc).html;
  const names = [html, bodyOf(html)].flatMap((el) => (el ? `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase().split(/\s+/) : []));
  for (const raw of names.slice(0, 100)) {
    const name = raw.replace(/_/g, '-');
    const concept = INDEX.get(name) ?? (/^single-[a-z]/.test(name) && !/^single-(?:post|product)\b/.test(name) ? 'custom-single' : undefined);
    if (concept) out.set(`page-class:${concept}`, 1);
  }
}
