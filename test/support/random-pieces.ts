/**
 * Texts made of random pieces, the same on every run (a fixed seed, a linear congruential
 * generator read by its high bits): `text()` draws the next text of 1 to 30 pieces, `chance()`
 * the next number in [0, 1) from the same stream. The parser tests make pages of markup pieces
 * with it, the line clean-up's test lines of white space.
 */
export function randomPieces(pieces: readonly string[], seed: number): { text(): string; chance(): number } {
  let state = seed;
  const chance = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const text = () => {
    let out = '';
    for (let k = 1 + Math.floor(chance() * 30); k > 0; k--) out += pieces[Math.floor(chance() * pieces.length)];
    return out;
  };
  return { text, chance };
}
