/**
 * The process exit code, as a pure function of what happened to each input (so it can be
 * tested without running anything). The worst outcome wins: 2 > 1 > 0.
 */

/**
 * - `article`: an article came out.
 * - `no-article`: the input was read and decoded, but holds no article (exit 1).
 * - `input-error`: the input could not be used: missing, a directory, binary, empty, invalid
 *   UTF-8, unsupported type, or an internal failure on it (exit 2).
 * - `usage-error`: the command line itself was wrong (exit 2).
 */
export type Outcome = 'article' | 'no-article' | 'input-error' | 'usage-error';

export const EXIT_OK = 0;
export const EXIT_NO_ARTICLE = 1;
export const EXIT_ERROR = 2;

const CODE_FOR: Record<Outcome, number> = {
  article: EXIT_OK,
  'no-article': EXIT_NO_ARTICLE,
  'input-error': EXIT_ERROR,
  'usage-error': EXIT_ERROR,
};

export function exitCodeFor(outcomes: readonly Outcome[]): number {
  let worst = EXIT_OK;
  for (const outcome of outcomes) worst = Math.max(worst, CODE_FOR[outcome]);
  return worst;
}
