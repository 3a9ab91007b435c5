/**
 * The CLI side of user rules: which file applies (--rules, $PITH_RULES, ./pith.rules.json),
 * loaded and validated before any input is read, so a bad file is one usage error line.
 */
import { resolve } from 'node:path';
import { findRulesFile } from '../rules/user/find.js';
import type { UserRules } from '../rules/user/types.js';
import type { CliIO, Reporter } from './program.js';

export type CliRules = { ok: true; rules?: UserRules; path?: string } | { ok: false };

export async function resolveCliRules(io: CliIO, report: Reporter, explicit: string | undefined): Promise<CliRules> {
  const cwd = io.cwd ?? process.cwd();
  const found = await findRulesFile(explicit, io.env, cwd);
  if (found === null) return { ok: true };
  const path = resolve(cwd, found);
  const { loadUserRules, UserRulesError } = await import('../rules/user/load.js');
  try {
    return { ok: true, rules: await loadUserRules(path), path };
  } catch (err) {
    if (!(err instanceof UserRulesError)) throw err;
    // Name the file as the user wrote it, not its absolute path.
    report.error(err.message.startsWith(path) ? found + err.message.slice(path.length) : err.message);
    return { ok: false };
  }
}
