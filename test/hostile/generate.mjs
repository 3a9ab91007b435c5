// Hostile inputs: pages built to make an extractor's cost grow faster than their size (deep
// nesting, backtracking regexes, quadratic scans) or its memory blow up. Each class makes a page
// of about `bytes` bytes, so the test suite can run small ones and the benchmark
// (`npm run bench:hostile`) large ones and compare the cost per MB.
//
//   import { HOSTILE, makeHostile } from './generate.mjs';
//   const { input, inputType, gzip } = makeHostile('nested-div', 3_000_000);
import { gzipSync } from 'node:zlib';

const repeat = (unit, bytes) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

/** `text` broken into lines of at most `width` characters, at spaces. */
function wrapAt(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

const PROSE = 'The committee met on Tuesday and said that the plan would go ahead as agreed, whatever the cost. ';

/**
 * Every class: what it is, and how to make `bytes` of it. `type` is the input type a user would
 * give (or that sniffing finds); `gzip` says the bytes are to be written gzipped.
 */
export const HOSTILE = {
  'nested-div': {
    what: 'divs nested to the page size (200,000 deep at 3 MB)',
    type: 'html',
    make: (bytes) => {
      const depth = Math.max(1, Math.floor(bytes / 15));
      return `<html><body>${'<div>'.repeat(depth)}<p>${PROSE}</p>${'</div>'.repeat(depth)}</body></html>`;
    },
  },
  'unclosed-div-span': {
    what: '<div><span> pairs never closed',
    type: 'html',
    make: (bytes) => `<html><body>${repeat('<div><span>', bytes)}<p>${PROSE}</p></body></html>`,
  },
  'unclosed-p': {
    what: '<p>x never closed (a paragraph per 4 bytes)',
    type: 'html',
    make: (bytes) => `<html><body>${repeat('<p>x ', bytes)}</body></html>`,
  },
  'caption-backtrack': {
    what: "a line 'Photo: Jane Doe/' then letters, no space",
    type: 'text',
    make: (bytes) => `Title of the story\n\n${PROSE.repeat(3)}\n\nPhoto: Jane Doe/${repeat('a', bytes)}!\n\n${PROSE.repeat(3)}\n`,
  },
  'quoted-line': {
    what: 'one line of quoted prose',
    type: 'text',
    make: (bytes) => `Title of the story\n\n${repeat(`“${PROSE.trim()}” `, bytes)}\n`,
  },
  'title-separators': {
    what: "a <title> of 'Story | ' separators",
    type: 'html',
    make: (bytes) => `<html><head><title>${repeat('Story | ', bytes)}</title></head><body><article><p>${PROSE.repeat(4)}</p></article></body></html>`,
  },
  'br-paragraph': {
    what: "one <p> of 'word<br>'",
    type: 'html',
    make: (bytes) => `<html><body><article><p>${repeat('word<br>', bytes)}</p></article></body></html>`,
  },
  'long-token-html': {
    what: 'one token with no space, in a <p>',
    type: 'html',
    make: (bytes) => `<html><body><article><p>${repeat('x', bytes)}</p></article></body></html>`,
  },
  'long-token-text': {
    what: 'one token with no space, in a dump',
    type: 'text',
    make: (bytes) => `Title\n\n${repeat('x', bytes)}\n`,
  },
  'long-line': {
    what: 'one line of prose, no line break',
    type: 'text',
    make: (bytes) => repeat(PROSE, bytes),
  },
  'wrapped-paragraph': {
    what: "one paragraph a text browser wrapped at 72 columns: every line joins the next",
    type: 'text',
    make: (bytes) => wrapAt(repeat(PROSE, bytes), 72),
  },
  'layout-columns': {
    what: "a menu column beside a wrapped paragraph, as a text browser draws a table layout",
    type: 'text',
    make: (bytes) => wrapAt(repeat(PROSE, bytes), 60).split('\n').map((line, i) => `${`Menu ${i % 50}`.padEnd(20)}${line}`).join('\n'),
  },
  'react-stream': {
    what: "React streamed segments, each with its placeholder and a fallback (<template id=B:n>, <div hidden id=S:n>)",
    type: 'html',
    make: (bytes) => {
      const n = Math.max(1, Math.floor(bytes / 160));
      const holes = Array.from({ length: n }, (_, i) => `<p>Part ${i}.</p><template id="B:${i}"></template><span>Loading</span><!--/$-->`).join('');
      const parts = Array.from({ length: n }, (_, i) => `<div hidden id="S:${i}"><p>${PROSE}</p></div>`).join('');
      return `<html><body><article>${holes}</article>${parts}</body></html>`;
    },
  },
  'nested-disclosure': {
    what: 'disclosure buttons (aria-expanded) nested a thousand deep around the whole article',
    type: 'html',
    make: (bytes) => {
      const depth = 1000;
      const open = '<button aria-expanded="true">'.repeat(depth);
      const close = '</button>'.repeat(depth);
      return `<html><body><article>${open}${repeat(`<p>${PROSE}</p>`, Math.max(1, bytes - open.length - close.length))}${close}</article></body></html>`;
    },
  },
  'many-lines': {
    what: 'short lines, one word each',
    type: 'text',
    make: (bytes) => repeat('Menu\n', bytes),
  },
  'gzip-bomb': {
    what: 'a gzip member that inflates 200 times (a text page of one repeated byte)',
    type: 'text',
    gzip: true,
    make: (bytes) => repeat('a', bytes),
  },
};

/** The bytes of one hostile page of about `bytes` bytes (before any gzip). */
export function makeHostile(name, bytes) {
  const spec = HOSTILE[name];
  if (!spec) throw new Error(`no hostile class '${name}'`);
  const text = Buffer.from(spec.make(bytes), 'utf8');
  return { input: spec.gzip ? gzipSync(text, { level: 9 }) : text, inputType: spec.type, gzip: Boolean(spec.gzip), size: text.length };
}
