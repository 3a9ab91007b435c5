/**
 * File names that are not UTF-8. Linux names are bytes; Node decodes them as UTF-8 and turns a
 * stray byte into U+FFFD, after which the file cannot be opened ("no such file"). A directory
 * walk reads names as bytes: one that is not UTF-8 is shown with its stray bytes as `\xNN`
 * (`caf\xe9.html`) and opened by its bytes. The name shown is what records and messages carry;
 * the bytes are kept here, looked up wherever a file is opened.
 */

import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';

/** Shown name -> the path's bytes, for names that are not UTF-8 (few; a walk adds them). */
const RAW_PATHS = new Map<string, Buffer>();

/** What to hand fs for a name: its bytes when it is not UTF-8, else the name itself. */
export function fsPath(name: string): string | Buffer {
  return RAW_PATHS.get(name) ?? name;
}

/** A child of a directory: its shown name, registered when it (or the directory) is not UTF-8. */
export function childPath(dir: string, name: Buffer): string {
  const shown = showName(name);
  const parent = fsPath(dir);
  const joined = join(dir, shown);
  if (typeof parent === 'string' && isUtf8(name)) return joined;
  const parentBytes = typeof parent === 'string' ? Buffer.from(parent, 'utf8') : parent;
  const slash = parentBytes[parentBytes.length - 1] === 0x2f ? [] : [Buffer.from('/')];
  RAW_PATHS.set(joined, Buffer.concat([parentBytes, ...slash, name]));
  return joined;
}

/** UTF-8 as text, each byte that is not part of a valid sequence as `\xNN`. */
export function showName(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      out += bytes.toString('utf8', i, i + n);
      i += n;
    } else {
      out += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** Length of the valid UTF-8 sequence at `i`, or 0. */
function sequenceLength(bytes: Buffer, i: number): number {
  const lead = bytes[i];
  const n = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > bytes.length) return 0;
  for (let k = 1; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return isUtf8(bytes.subarray(i, i + n)) ? n : 0;
}
