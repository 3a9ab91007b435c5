import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8Offset } from '../src/input/decode.js';
import { InputError, type InputErrorCode } from '../src/input/errors.js';
import { readInputBytes, readStream } from '../src/input/read.js';
import { sniffInputType } from '../src/input/sniff.js';
import { extract } from '../src/pipeline.js';
import { tempDir } from './support/temp-dir.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...xs: number[]) => new Uint8Array(xs);
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(s, 'utf16le');
  if (bigEndian) le.swap16();
  return concat(bigEndian ? bytes(0xfe, 0xff) : bytes(0xff, 0xfe), le);
}

function codeOf(fn: () => unknown): InputErrorCode | 'no error' {
  try {
    fn();
    return 'no error';
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).not.toMatch(/\n/);
    return (err as InputError).code;
  }
}

describe('decodeBytes', () => {
  it('decodes plain UTF-8, keeping non-ASCII text', () => {
    expect(decodeBytes(utf8('Größe 22 octobre — 東京\n'))).toBe('Größe 22 octobre — 東京\n');
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeBytes(concat(bytes(0xef, 0xbb, 0xbf), utf8('Title\n')))).toBe('Title\n');
  });

  it('gunzips gzip input', () => {
    expect(decodeBytes(new Uint8Array(gzipSync(utf8('Hello, compressed world.\n'))))).toBe('Hello, compressed world.\n');
  });

  it('reports corrupt gzip as unreadable', () => {
    const gz = new Uint8Array(gzipSync(utf8('some text that will be cut short'.repeat(20))));
    expect(codeOf(() => decodeBytes(gz.subarray(0, 20)))).toBe('unreadable');
  });

  it('decodes UTF-16 LE and BE by their BOM', () => {
    expect(decodeBytes(utf16('Zürich 2025\n', false))).toBe('Zürich 2025\n');
    expect(decodeBytes(utf16('Zürich 2025 😀\n', true))).toBe('Zürich 2025 😀\n');
  });

  it('rejects UTF-16 with an odd byte count', () => {
    expect(codeOf(() => decodeBytes(concat(utf16('abc', false), bytes(0x41))))).toBe('invalid-encoding');
  });

  it('rejects binary: NUL bytes', () => {
    expect(codeOf(() => decodeBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d)))).toBe('binary');
    expect(codeOf(() => decodeBytes(concat(utf8('looks like text'), bytes(0), utf8('until here'))))).toBe('binary');
  });

  it('rejects binary: many control characters, but allows tabs, CR and form feeds', () => {
    const noisy = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(codeOf(() => decodeBytes(bytes(...noisy)))).toBe('binary');
    expect(decodeBytes(utf8('a\tb\r\nc\fd\n'))).toBe('a\tb\r\nc\fd\n');
  });

  it('rejects empty and whitespace-only input', () => {
    expect(codeOf(() => decodeBytes(new Uint8Array()))).toBe('empty');
    expect(codeOf(() => decodeBytes(utf8('  \n\t\n ')))).toBe('empty');
    expect(codeOf(() => decodeBytes(bytes(0xef, 0xbb, 0xbf)))).toBe('empty');
    expect(codeOf(() => decodeBytes(new Uint8Array(gzipSync(new Uint8Array()))))).toBe('empty');
  });

  it('rejects invalid UTF-8 and names the byte offset', () => {
    const latin1 = concat(utf8('caf'), bytes(0xe9), utf8(' au lait\n')); // "café" in Latin-1
    expect(codeOf(() => decodeBytes(latin1))).toBe('invalid-encoding');
    expect(() => decodeBytes(latin1)).toThrow(/byte 3\b/);
  });

  it('finds the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8Offset(utf8('ok ✓ fine'))).toBe(utf8('ok ✓ fine').length);
    expect(firstInvalidUtf8Offset(bytes(0x41, 0xc0, 0x80))).toBe(1); // overlong
    expect(firstInvalidUtf8Offset(bytes(0x41, 0x42, 0xed, 0xa0, 0x80))).toBe(2); // surrogate
    expect(firstInvalidUtf8Offset(bytes(0x41, 0xe2, 0x82))).toBe(1); // truncated
  });
});

describe('sniffInputType', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>'],
    ['\n\n  <html lang="de">\n<head>'],
    ['\uFEFF<!-- saved by a crawler -->\n<!doctype HTML>\n<p>hi'],
    ['<head><meta charset="utf-8">'],
    ['<body class="article">Text'],
    ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">'],
    ['<div class="post"><h1>Title</h1><p>One.</p><p>Two.</p><ul><li><a href="/a">a</a></li></ul></div>'],
    // A fragment saved without <html>, mostly prose between a few tags.
    ['\n<h1>The Internet and Schools\n</h1>\n\nA long paragraph of hard-wrapped text that goes on\nand on over many lines, with only a <p> here and there.<p>'],
  ])('html: %s', (text) => {
    expect(sniffInputType(text)).toBe('html');
  });

  it.each([
    ['Harbour town opens floating library\n\nJune 3, 2024\n\nThe small town...'],
    ['To centre it, wrap the text in a <div> and give the <div> a class.\nThat is all it takes.'],
    ['<?xml version="1.0"?>\n<feed><entry>not a web page</entry></feed>'],
    ['Compare a < b and c > d in the formula.'],
    // A tracking pixel that leaked into an innerText dump as text.
    ['<img height="1" width="1" style="display:none" src="http://example.com/p?c=2" />\nHarbour town opens floating library\n\nThe small town of Kelvik...'],
    [''],
  ])('text: %s', (text) => {
    expect(sniffInputType(text)).toBe('text');
  });
});

describe('readInputBytes / readStream', () => {
  const dir = tempDir('pith-read-');

  it('reads a file', async () => {
    writeFileSync(join(dir, 'a.txt'), 'hello');
    expect(Buffer.from(await readInputBytes(join(dir, 'a.txt'))).toString()).toBe('hello');
  });

  it('maps a missing file and a directory', async () => {
    await expect(readInputBytes(join(dir, 'nope.txt'))).rejects.toMatchObject({ code: 'not-found' });
    await expect(readInputBytes(dir)).rejects.toMatchObject({ code: 'is-directory' });
  });

  it('reads a stream of buffers and strings', async () => {
    const got = await readStream(Readable.from([Buffer.from('ab'), 'cd', Buffer.from('é')]));
    expect(Buffer.from(got).toString()).toBe('abcdé');
  });
});

describe('decodeBytes on HTML: the page says how it is encoded', () => {
  const latin1Page = (charsetTag: string) =>
    Buffer.concat([
      Buffer.from(`<!DOCTYPE html><html><head>${charsetTag}<title>Caf`, 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from('</title></head><body><p>Cr', 'latin1'),
      Buffer.from([0xe8]),
      Buffer.from('me br', 'latin1'),
      Buffer.from([0xfb]),
      Buffer.from('l', 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from('e</p></body></html>', 'latin1'),
    ]);

  it('decodes a page that declares windows-1252 with <meta charset>', () => {
    expect(decodeBytes(latin1Page('<meta charset="windows-1252">'))).toContain('Crème brûlée');
  });

  it('decodes a page that declares its charset with http-equiv', () => {
    const page = latin1Page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">');
    expect(decodeBytes(page)).toContain('Café');
  });

  it('falls back to windows-1252 for an undeclared page that is not UTF-8', () => {
    expect(decodeBytes(latin1Page(''))).toContain('Crème brûlée');
  });

  it('reads valid UTF-8 as UTF-8 even when the page declares a legacy charset', () => {
    const page = Buffer.from('<!DOCTYPE html><html><head><meta charset="gb2312"></head><body><p>深度学习 Crème</p></body></html>', 'utf8');
    expect(decodeBytes(page)).toContain('深度学习 Crème');
  });

  it('reads a plain ASCII page as it is, whatever it declares', () => {
    const page = '<!DOCTYPE html><html><head><meta charset="shift_jis"></head><body><p>Caf&eacute; \\ 5</p></body></html>';
    expect(decodeBytes(Buffer.from(page, 'latin1'))).toBe(page);
  });

  it('gunzips an HTML page by its magic bytes', () => {
    const page = gzipSync(Buffer.from('<!DOCTYPE html><html><body><p>Zipped café</p></body></html>', 'utf8'));
    expect(decodeBytes(page)).toContain('Zipped café');
  });
});

describe('decodeBytes with a charset from the transport (a WARC response header)', () => {
  const latin1 = Buffer.from('Crème brûlée, café au lait and a long enough line of text.\n', 'latin1');

  it('decodes a text page in the declared legacy charset instead of failing as UTF-8', () => {
    expect(() => decodeBytes(latin1)).toThrow(InputError);
    expect(decodeBytes(latin1, { charset: 'iso-8859-1' })).toContain('Crème brûlée');
  });

  it('lets the transport charset outrank a page meta charset, and a BOM outrank both', () => {
    const page = Buffer.concat([Buffer.from('<!DOCTYPE html><meta charset="utf-8"><p>', 'latin1'), latin1]);
    expect(decodeBytes(page, { charset: 'windows-1252' })).toContain('Crème brûlée');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Crème</p>', 'utf8')]);
    expect(decodeBytes(bom, { charset: 'windows-1252' })).toContain('Crème');
  });

  it('ignores an unknown or UTF-8 label and decodes as usual', () => {
    const utf8 = Buffer.from('<!DOCTYPE html><p>Crème</p>', 'utf8');
    expect(decodeBytes(utf8, { charset: 'x-no-such-charset' })).toContain('Crème');
    expect(decodeBytes(utf8, { charset: 'UTF-8' })).toContain('Crème');
  });
});

describe('extract: what it takes', () => {
  const page = '<html><body><article><p>' + 'The ferry timetable changes on Monday for the winter season. '.repeat(8) + '</p></article></body></html>';

  it('a string, a Uint8Array, a Buffer or an ArrayBuffer give the same article', () => {
    const bytes = new TextEncoder().encode(page);
    const bodies = [page, bytes, Buffer.from(page), bytes.buffer].map((input) => {
      const r = extract(input, { now: '2025-06-01' });
      return r.ok ? r.article.body : r.reason;
    });
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).toMatch(/^The ferry timetable/);
  });

  it('anything else is a TypeError that says what extract takes', () => {
    for (const [bad, kind] of [[123, 'a number'], [null, 'null'], [undefined, 'undefined'], [{ html: page }, 'an object (Object)'], [[page], 'an array']] as const) {
      expect(() => extract(bad as unknown as string), String(bad)).toThrow(new TypeError(`extract(input): input must be a string, a Uint8Array (a Buffer is one), an ArrayBuffer, a domhandler Document or a cheerio $, not ${kind}`));
    }
    expect(() => extract(page, 'now' as never)).toThrow(/^extract\(input, options\): options must be an object, not a string$/);
  });
});
