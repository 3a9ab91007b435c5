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

/**
 * Pages made of random markup pieces, the same on every run (a fixed seed, a linear
 * congruential generator): `page()` draws the next page of 1 to 30 pieces, `chance()` the next
 * number in [0, 1) from the same stream.
 */
export function randomMarkup(pieces: readonly string[], seed: number): { page(): string; chance(): number } {
  let state = seed;
  const chance = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const page = () => {
    let out = '';
    for (let k = 1 + Math.floor(chance() * 30); k > 0; k--) out += pieces[Math.floor(chance() * pieces.length)];
    return out;
  };
  return { page, chance };
}
