/**
 * A parsed DOM as one string (types, names, attributes in their order, text), and a page parsed
 * in chunks: what the tests of pith's parser parts (quick-tokenizer, tree-builder) compare
 * with htmlparser2's own.
 */
import { Parser, type ParserOptions } from 'htmlparser2';
import { DomHandler, type ChildNode } from 'domhandler';

export function domShape(nodes: readonly ChildNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text' || n.type === 'comment') return `${n.type}(${JSON.stringify(n.data)})`;
      if (n.type === 'directive') return `directive(${JSON.stringify(n.data)})`;
      if ('name' in n) return `${n.name}${JSON.stringify(Object.entries(n.attribs))}[${domShape(n.children)}]`;
      return `${n.type}[${'children' in n ? domShape(n.children as ChildNode[]) : ''}]`;
    })
    .join(',');
}

/** The page parsed by a parser class with `options`, written in chunks of `chunk` characters (the parser's buffer then starts past 0). */
export function parsedShape(html: string, parser: typeof Parser, options: ParserOptions, chunk = html.length): string {
  const handler = new DomHandler();
  const p = new parser(handler, options);
  const step = Math.max(1, chunk);
  for (let k = 0; k < html.length; k += step) p.write(html.slice(k, k + step));
  p.end();
  return domShape(handler.root.children);
}

