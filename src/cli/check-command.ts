/**
 * `pith check [DIR...]`: run golden fixtures (a page and the article expected from it) and say
 * which changed and how. Exit 0 when all pass, 1 when any fails, 2 on a usage error. The
 * library (src/check) does the work; this file turns options into a run and writes reports.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { applyUpdates } from '../check/update.js';
import { discoverFixtures, DiscoveryError } from '../check/discover.js';
import { formatJsonReport } from '../check/report-json.js';
import { formatJunitReport } from '../check/report-junit.js';
import { formatTextReport } from '../check/report-text.js';
import { runChecks } from '../check/run.js';
import type { CheckResult, CheckRunOptions, Discovery, Fixture } from '../check/types.js';
import type { ExtractOptions, InputType } from '../types.js';
import { EXIT_ERROR } from './exit-code.js';
import { colorAllowed, createReporter, type CliIO, type Reporter } from './program.js';
import { resolveCliRules } from './user-rules.js';

export interface CheckCliOptions {
  update?: boolean;
  failuresOnly?: boolean;
  json?: boolean;
  explain?: boolean;
  /** `--reporter KIND FILE` tokens, possibly followed by directories (see `splitReporterArgs`). */
  reporter?: string[];
  inputType: InputType | 'auto';
  now: string;
  /** --rules FILE (else $PITH_RULES, else ./pith.rules.json): the team's rules apply to fixtures too. */
  rules?: string;
}

const REPORTERS = ['junit', 'json'] as const;
type ReporterKind = (typeof REPORTERS)[number];

interface ReportFile {
  kind: ReporterKind;
  path: string;
}

export async function runCheck(io: CliIO, args: string[], opts: CheckCliOptions): Promise<number> {
  const report = await createReporter(io);
  const reporterArgs = splitReporterArgs(opts.reporter ?? []);
  if ('error' in reporterArgs) {
    report.error(`--reporter: ${reporterArgs.error}`);
    return EXIT_ERROR;
  }
  const rules = await resolveCliRules(io, report, opts.rules);
  if (!rules.ok) return EXIT_ERROR;
  const dirs = [...args, ...reporterArgs.rest];
  const found = await discoverAll(report, dirs.length > 0 ? dirs : ['.'], Boolean(opts.update));
  if (!found) return EXIT_ERROR;

  // The one place extraction options are built for a check run.
  const baseOptions: ExtractOptions = { inputType: opts.inputType, now: opts.now, userRules: rules.rules };
  const runOptions: CheckRunOptions = { baseOptions, explain: Boolean(opts.explain) };
  // Directory by directory, so the report keeps the order of the arguments.
  const results: CheckResult[] = [];
  for (const discovery of found) {
    const checked = await runChecks(discovery.fixtures, runOptions);
    results.push(...(opts.update ? await applyUpdates(checked, discovery.unpaired, runOptions) : checked));
  }

  const color = colorAllowed(io, io.stdoutIsTTY);
  io.stdout(opts.json ? formatJsonReport(results) : formatTextReport(results, { color, explain: opts.explain, width: io.columns, failuresOnly: opts.failuresOnly }));
  for (const file of reporterArgs.files) {
    if (!(await writeReport(report, file, results, Boolean(opts.explain)))) return EXIT_ERROR;
  }
  return results.some((r) => r.status === 'fail') ? 1 : 0;
}

/**
 * Commander gives a variadic option every word up to the next option, so
 * `--reporter junit out.xml fixtures/` arrives as one list: read KIND FILE pairs, and hand
 * what follows back as directories.
 */
export function splitReporterArgs(tokens: readonly string[]): { files: ReportFile[]; rest: string[] } | { error: string } {
  const files: ReportFile[] = [];
  let i = 0;
  while (i < tokens.length && (files.length === 0 || isReporterKind(tokens[i]))) {
    const kind = tokens[i];
    if (!isReporterKind(kind)) return { error: `unknown reporter "${kind}" (use ${REPORTERS.join(' or ')} followed by a file)` };
    const path = tokens[i + 1];
    if (path === undefined) return { error: `${kind} needs a file to write, e.g. --reporter ${kind} report.${kind === 'junit' ? 'xml' : 'json'}` };
    files.push({ kind, path });
    i += 2;
  }
  return { files, rest: tokens.slice(i) };
}

function isReporterKind(s: string | undefined): s is ReporterKind {
  return (REPORTERS as readonly string[]).includes(s ?? '');
}

/** What each directory holds, each fixture once; null (after saying why) on a usage error. */
async function discoverAll(report: Reporter, dirs: readonly string[], update: boolean): Promise<Discovery[] | null> {
  const out: Discovery[] = [];
  // Overlapping arguments (`fixtures fixtures/rules`) must not run a fixture twice.
  const seen = new Set<string>();
  const fresh = (f: Fixture) => {
    const key = resolve(f.expected);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const dir of dirs) {
    let found: Discovery;
    try {
      found = await discoverFixtures(dir);
    } catch (err) {
      if (!(err instanceof DiscoveryError)) throw err;
      report.error(err.message);
      return null;
    }
    if (found.fixtures.length === 0 && !(update && found.unpaired.length > 0)) {
      const layouts = 'name.html + name.expected.json, or a folder with input.html + expected.json';
      const unpaired = found.unpaired.length;
      const hint = unpaired > 0 ? `; ${unpaired} page${unpaired === 1 ? ' has' : 's have'} no expected file yet: --update creates them` : '';
      report.error(`${dir}: no fixtures found (expected ${layouts}${hint})`);
      return null;
    }
    out.push({ fixtures: found.fixtures.filter(fresh), unpaired: found.unpaired.filter(fresh) });
  }
  return out;
}

async function writeReport(report: Reporter, file: ReportFile, results: readonly CheckResult[], explain: boolean): Promise<boolean> {
  const content = file.kind === 'junit' ? formatJunitReport(results, { explain }) : formatJsonReport(results);
  try {
    await writeFile(file.path, content);
    return true;
  } catch (err) {
    report.error(`${file.path}: cannot write ${file.kind} report (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    return false;
  }
}
