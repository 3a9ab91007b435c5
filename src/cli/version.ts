/**
 * pith's version, from its package.json: two levels up from src/cli (tests), dist/cli (the
 * library's build) and dist/bin (the command's bundle) alike.
 */
import { readFileSync } from 'node:fs';

export function readVersion(): string | null {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return typeof pkg.version === 'string' ? pkg.version : null;
  } catch {
    return null;
  }
}

/** `pith --version` or `pith -V` and nothing else: answered before the option parser loads. */
export function asksVersionOnly(argv: readonly string[]): boolean {
  return argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
}
