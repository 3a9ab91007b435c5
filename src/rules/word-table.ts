/**
 * A fixed vocabulary looked up by a span of a text, without slicing the span out.
 *
 * Why: pith asks every word of a page whether it is a function word (features), a voice word
 * (page type) or which languages own it (the language guess). Sliced out and looked up in a
 * Map, each word was a new string that V8 then hashed for the lookup (string hashing and
 * ordered-hash-table probes were a tenth of a text dump's run). Here the span's code units
 * are hashed as they are walked (FNV-1a) and looked up in an open-addressing table of typed
 * slots; the span is compared with the vocabulary word only on a hash match.
 */

const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;

/**
 * Hashes keep 31 bits: a small integer to V8 (never a boxed number), and -1 free to say "not
 * ASCII" below.
 */
const HASH_BITS = 0x7fffffff;

/** FNV-1a over the code units of text[start, end). */
export function spanHash(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
  return hash & HASH_BITS;
}

/** FNV-1a over text[start, end) with A-Z read as a-z, or -1 when a code unit is beyond ASCII. */
export function foldedAsciiHash(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    hash = Math.imul(hash ^ c, FNV_PRIME);
  }
  return hash & HASH_BITS;
}

export class WordTable<V> {
  /** Index + 1 of the word in each slot; 0 is an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly words: string[] = [];
  private readonly hashes: Int32Array;
  private readonly values: V[] = [];

  /**
   * `foldAscii`: the words are ASCII and lower case, and a span matches them with A-Z read as
   * a-z (hash it with foldedAsciiHash); otherwise a span matches code unit for code unit
   * (spanHash). A word given twice keeps its last value, as in a Map.
   */
  constructor(
    entries: Iterable<readonly [string, V]>,
    private readonly foldAscii = false,
  ) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(list.length);
    this.mask = size - 1;
    for (const [word, value] of list) {
      const hash = foldAscii ? foldedAsciiHash(word, 0, word.length) : spanHash(word, 0, word.length);
      if (hash < 0 || (foldAscii && word !== word.toLowerCase())) throw new Error(`a folding word table takes lower-case ASCII words: ${word}`);
      // One walk down the word's probe chain: to the word given before, or to a free slot.
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0 && !(this.hashes[this.slots[slot] - 1] === hash && this.words[this.slots[slot] - 1] === word)) slot = (slot + 1) & this.mask;
      if (this.slots[slot] !== 0) {
        this.values[this.slots[slot] - 1] = value;
        continue;
      }
      this.hashes[this.words.length] = hash;
      this.words.push(word);
      this.values.push(value);
      this.slots[slot] = this.words.length;
    }
  }

  /** The value of text[start, end) (compared code unit for code unit), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    return this.find(spanHash(text, start, end), text, start, end);
  }

  /** The value of text[start, end), whose hash (by this table's hashing) is `hash`, or undefined. */
  find(hash: number, text: string, start: number, end: number): V | undefined {
    const at = this.indexOf(hash, text, start, end);
    return at >= 0 ? this.values[at] : undefined;
  }

  private indexOf(hash: number, text: string, start: number, end: number): number {
    const length = end - start;
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot] - 1;
      if (this.hashes[at] === hash && this.words[at].length === length && this.sameAt(this.words[at], text, start)) return at;
    }
    return -1;
  }

  private sameAt(word: string, text: string, start: number): boolean {
    for (let k = 0; k < word.length; k++) {
      let c = text.charCodeAt(start + k);
      if (this.foldAscii && c >= 65 && c <= 90) c += 32;
      if (c !== word.charCodeAt(k)) return false;
    }
    return true;
  }
}
