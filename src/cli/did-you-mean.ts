/**
 * `pith chek fixtures/` used to extract 395 pages: a mistyped subcommand was taken as an input.
 * The first argument is a command word when it is a bare word (letters and dashes, no dot or
 * slash) that names no file; such a word is a usage error, with the nearest command offered.
 */

/** A bare word: what a command looks like and a page file's name (with its extension) does not. */
export function isCommandLike(arg: string): boolean {
  return /^[a-z][a-z-]*$/i.test(arg);
}

/** The command nearest to `word` (edit distance, a swap counting one), or null when none is close. */
export function nearestCommand(word: string, commands: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const command of commands) {
    const d = editDistance(word.toLowerCase(), command);
    // Close means at most two edits, and fewer than half the word's letters.
    if (d <= 2 && d * 2 < Math.max(word.length, command.length) && d < bestDistance) {
      best = command;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
