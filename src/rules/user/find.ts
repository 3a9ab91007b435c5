/**
 * Which rules file applies: `--rules FILE`, else the file named by $PITH_RULES, else
 * `pith.rules.json` in the working directory. Apart from load.ts so that a run without user
 * rules never loads the rule compiler and its label tables.
 */
import { access, constants } from 'node:fs';
import { join } from 'node:path';

export const RULES_FILE_NAME = 'pith.rules.json';
export const RULES_ENV = 'PITH_RULES';

/** Which rules file applies, or null. An explicit path or $PITH_RULES must exist. */
export async function findRulesFile(explicit: string | undefined, env: Record<string, string | undefined>, cwd: string): Promise<string | null> {
  if (explicit !== undefined) return explicit;
  if (env[RULES_ENV]) return env[RULES_ENV]!;
  const local = join(cwd, RULES_FILE_NAME);
  return (await new Promise<boolean>((done) => access(local, constants.R_OK, (err) => done(!err)))) ? local : null;
}

