/**
 * The command line, as a commander program over an injected `CliIO`, so tests drive it
 * in-process and only main.ts touches the real process. stdout carries results only; every
 * diagnostic is one `pith: ` line on stderr. The clock is read here and nowhere below.
 * What a command needs beyond option parsing (the pipeline, batch mode, eval, check, the
 * --explain view) is imported when that command runs, so `--version`, `--help` and a usage
 * error load none of it, and a single-page run none of the batch machinery.
 */
import type { ChalkInstance } from 'chalk';
import { stat } from 'node:fs';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { formatArticle, formatNoArticle, OUTPUT_FORMATS, recordSeparator, type OutputFormat } from '../format/index.js';
import { toJson, toJsonLine } from '../format/json.js';
import { isInputError } from '../input/errors.js';
import { readInputBytes, readStream } from '../input/read.js';
import type { Writable } from 'node:stream';
import { PAGE_TYPES, type ExtractOptions, type ExtractResult, type InputType, type PageType } from '../types.js';
import { RULES_ENV, RULES_FILE_NAME } from '../rules/user/find.js';
import { resolveCliRules, type CliRules } from './user-rules.js';
import { batchOptions, wantsBatch, type BatchCliOptions } from './batch-options.js';
import { exitCodeFor, EXIT_ERROR, type Outcome } from './exit-code.js';
import { RuleHealth } from '../rules/user/health.js';
import { readVersion } from './version.js';
import { isCommandLike, nearestCommand } from './did-you-mean.js';
import { SHELLS, type Shell } from './completion-shells.js';

/** The signals that stop a batch run cleanly: Ctrl-C, and a service manager's or `kill`'s request. */
export type StopSignal = 'SIGINT' | 'SIGTERM';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  /** Colours for the --explain view on stdout (off when absent). */
  stdoutIsTTY?: boolean;
  /** Terminal width for --explain (default 100). */
  columns?: number;
  /**
   * Batch mode takes the real stdout for back-pressure and handles its EPIPE itself (so the
   * summary and --errors FILE are finished); absent in tests, where `stdout` collects lines.
   */
  claimStdout?: () => Writable;
  /** Where `pith.rules.json` is looked for (default: process.cwd()). */
  cwd?: string;
  /** stderr's width when it is a terminal, read when needed (the progress line; the window may be resized). */
  stderrColumns?: () => number | undefined;
  /**
   * Calls `handler` on SIGINT or SIGTERM (with its name) until the returned function is called;
   * absent in tests. `final` is true for the second one, after which the process exits at once.
   */
  onInterrupt?: (handler: (signal: StopSignal, final: boolean) => void) => () => void;
}

export const INPUT_TYPES = ['auto', 'html', 'text'] as const;
/** Our own CommanderError code: an action finished and asks for this exit code. */
const EXIT_REQUEST = 'pith.exit';

/** Diagnostics: one line each, `pith: ` first, colour only for a human on a TTY. */
export interface Reporter {
  error(line: string): void;
  warn(line: string): void;
}

export async function createReporter(io: CliIO): Promise<Reporter> {
  // chalk (and the terminal probing behind it: os, tty, net) loads only when there is colour to
  // paint: a run into a pipe or a file is most runs, and a cold start paid some milliseconds for it.
  const chalk = colorAllowed(io, io.stderrIsTTY) ? new (await import('chalk')).Chalk({ level: 1 }) : null;
  const say = (paint: ChalkInstance | undefined, line: string) => io.stderr(`${paint ? paint('pith:') : 'pith:'} ${oneLine(line)}\n`);
  return { error: (line) => say(chalk?.red.bold, line), warn: (line) => say(chalk?.yellow.bold, line) };
}

/**
 * Colour on a terminal, unless NO_COLOR is set to anything but the empty string (no-color.org).
 * FORCE_COLOR overrides both ways, as in Node and chalk: `0` or `false` turns colour off, any
 * other value (the empty string too) turns it on even into a pipe (CI logs that show colour).
 */
export function colorAllowed(io: CliIO, isTTY: boolean | undefined): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return Boolean(isTTY) && !io.env.NO_COLOR;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** `--now`: ISO 8601 date or date-time; anything else is a usage error, not a silent default. */
export function parseNow(value: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
  if (!iso.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('expected an ISO 8601 date or date-time, e.g. 2025-10-22 or 2025-10-22T12:00:00Z');
  }
  return value;
}

/** `--only article,forum`: known types, at least one. */
export function parsePageTypes(value: string): PageType[] {
  const types = value.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t !== '');
  const unknown = types.filter((t) => !(PAGE_TYPES as readonly string[]).includes(t));
  if (types.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(`expected page types from ${PAGE_TYPES.join(', ')}${unknown.length ? ` (not: ${unknown.join(', ')})` : ''}`);
  }
  return [...new Set(types)] as PageType[];
}

/** `--url`: an absolute http(s) address, as a page's own would be. */
export function parsePageUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new InvalidArgumentError('expected an absolute http or https URL, e.g. https://example.com/news/story');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`expected an http or https URL, not ${url.protocol}`);
  return value.trim();
}

export function inputTypeOption(): Option {
  return new Option('--input-type <type>', 'how to read the inputs').choices(INPUT_TYPES).default('auto');
}

export function nowOption(): Option {
  return new Option('--now <iso>', 'reference time for date checks (default: the current time)').argParser(parseNow);
}

export function rulesOption(): Option {
  return new Option('--rules <file>', `user rules (default: $${RULES_ENV}, else ./${RULES_FILE_NAME} when present)`);
}

/** Options of `pith check` besides --input-type and --now. */
function checkOptions(): Option[] {
  return [
    new Option('--update', 'rewrite failing expected files from the current output, and create missing ones (with bodyMinF1 0.95 and now)'),
    new Option('--failures-only', 'leave out the PASS lines (the summary line still counts every fixture)'),
    new Option('--json', 'print one JSON document instead of the human report'),
    new Option('--explain', 'for each differing paragraph, name the rule that dropped or kept its text'),
    new Option('--reporter <kind-and-file...>', 'also write a report file: junit FILE or json FILE'),
    rulesOption(),
  ];
}

const EXAMPLES = `
Examples:
  pith page.html                        one page: its article as JSON
  curl -sL URL | pith --url URL -       a page from the web (pith reads files and stdin)
  pith --format markdown page.txt       a text dump, as Markdown
  pith --explain page.html              every block, its verdict and the rule that decided it
  pith dump/ > articles.jsonl           a directory tree, one JSON line per page
  pith --jobs 4 --output-dir out/ crawl.warc.gz   a WARC, one file per page
  pith check fixtures/                  golden fixtures: what changed
  pith help check                       help for a command`;

const CHECK_LAYOUT = `
Fixtures (searched recursively in each DIR):
  name.html + name.expected.json      a pair (.html, .htm or .txt, each optionally .gz)
  name/input.html + name/expected.json  a folder (input.html or input.txt)

expected.json lists only what is checked:
  title, date, modified, author, description, section, source, site, lang, url,
  pageType, wordCount   equal to the output's value (null included)
  body                  equal; or, with bodyMinF1, at least that body F1
  mustContain           strings the body must hold
  mustNotContain        strings the body must not hold
  noArticle             true: the page gives no article
  inputType, now        how to read the page, and its reference time (never compared)`;

export function createProgram(io: CliIO): Command {
  const program = new Command('pith')
    .description('Print the article of a scraped page (HTML or a plain-text dump) as clean JSON.')
    .usage('[options] [inputs...]')
    .argument('[inputs...]', 'files, directories, globs, WARC or JSONL dumps, or - for stdin (default: stdin when it is not a terminal)')
    .addOption(new Option('--format <format>', 'output format (default: json on a terminal, else jsonl, whatever the number of inputs)').choices(OUTPUT_FORMATS))
    .addOption(inputTypeOption())
    .addOption(nowOption())
    .option('--explain', 'show each block, its verdict and the rule that decided it')
    .option('--blocks', 'JSON formats: add the body as blocks, [{kind, level, text}] (headings, paragraphs, items, quotes, code, rows)')
    .option('--links', "HTML: keep the body's hyperlinks (Markdown [text](url), text 'text <url>', and in --blocks)")
    .option('--images', "HTML: keep the body's images (Markdown ![alt](src), text '[image: alt] <src>', and in --blocks)")
    .addOption(new Option('--page-type <type>', 'treat every page as this type instead of classifying it').choices(PAGE_TYPES))
    .addOption(new Option('--only <types>', `extract only pages of these types, comma-separated (${PAGE_TYPES.join(', ')}); others give a no-article record with their pageType`).argParser(parsePageTypes))
    .addOption(rulesOption())
    .addOption(new Option('--url <url>', "the page's address: scopes site rules, and is the url when the page names none").argParser(parsePageUrl));
  for (const option of batchOptions()) program.addOption(option.helpGroup('Batch options (directories, globs, WARC and JSONL dumps):'));
  program
    // Root options go before a subcommand, so `pith eval --input-type ...` reaches eval.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (str, write) => write(`pith: ${oneLine(str.replace(/^error: /, ''))}\n`),
      getErrHelpWidth: () => io.columns ?? 80,
      getOutHelpWidth: () => io.columns ?? 80,
    });
  const version = readVersion();
  if (version) program.version(version);
  // `pith help check`: commander offers the help command only to programs without an action.
  program.helpCommand('help [command]', 'show help for a command');
  program.addHelpText('after', EXAMPLES);

  program.action(async (inputs: string[], opts: ExtractCliOptions) => {
    requestExit(await runExtract(program, io, inputs, opts));
  });

  // Added after exitOverride/configureOutput so it inherits them.
  program
    .command('eval')
    .description('score extracted bodies against a ground truth (ScrapingHub benchmark metric)')
    .argument('<inputs...>', 'input files; ids come from their names')
    .requiredOption('--gold <path>', 'ground-truth JSON or corpus directory (required)')
    .option('--meta-gold <path>', 'also score titles and dates against this metadata gold')
    .option('--per-doc <file>', 'write one TSV row per document to this file')
    .option('--words', "also print WCXB's word-level metric (bag-of-words F1, mean per page)")
    .option('--author', 'with --meta-gold: also print the author exact rate (gold byline, case-folded)')
    .option('--by <field>', 'also print one line per value of this gold field (e.g. pageType)')
    .option('--confusion', 'print the page-type confusion matrix (gold with pageType)')
    .addOption(inputTypeOption())
    .addOption(nowOption())
    .action(async (inputs: string[], opts) => {
      const { runEval } = await import('./eval-command.js');
      requestExit(await runEval(io, inputs, { ...opts, now: opts.now ?? currentTime() }));
    });

  const check = program
    .command('check')
    .description('run golden fixtures (a page beside the article expected from it) and show what changed')
    .argument('[dirs...]', 'directories searched for fixtures, recursively (default: .)')
    .addOption(inputTypeOption())
    .addOption(nowOption());
  for (const option of checkOptions()) check.addOption(option);
  check.addHelpText('after', CHECK_LAYOUT);
  check.action(async (dirs: string[], opts) => {
    const { runCheck } = await import('./check-command.js');
    requestExit(await runCheck(io, dirs, { ...opts, now: opts.now ?? currentTime() }));
  });

  program
    .command('completion')
    .description('print a completion script for the shell (bash: source <(pith completion bash))')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .action(async (shell: Shell) => {
      const { completionScript } = await import('./completion.js');
      io.stdout(completionScript(program, shell));
    });

  return program;
}

/** Parses `argv` (user arguments only, without `node pith`) and returns the exit code. */
export async function runCli(io: CliIO, argv: readonly string[]): Promise<number> {
  const program = createProgram(io);
  // `pith help nope`: one line with the nearest command, not the whole help on stderr.
  const names = program.commands.map((c) => c.name());
  if (argv[0] === 'help' && argv[1] !== undefined && !argv[1].startsWith('-') && !names.includes(argv[1])) {
    const near = nearestCommand(argv[1], names);
    (await createReporter(io)).error(`no command '${argv[1]}'${near ? `; did you mean 'pith help ${near}'?` : ''} (commands: ${names.join(', ')})`);
    return EXIT_ERROR;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === EXIT_REQUEST) return err.exitCode;
      // --help and --version exit 0; every other commander error is a usage error.
      return err.exitCode === 0 ? 0 : EXIT_ERROR;
    }
    throw err;
  }
}

/**
 * Why the first argument is a usage error, or null: a bare word that names no file is a
 * command, and one pith does not have (`pith chek fixtures/` must not extract the fixtures).
 */
async function mistypedCommand(program: Command, first: string | undefined): Promise<string | null> {
  if (first === undefined || !isCommandLike(first) || (await pathExists(first))) return null;
  const near = nearestCommand(first, program.commands.map((c) => c.name()));
  return near !== null
    ? `'${first}' is not a command or a file; did you mean 'pith ${near}'?`
    : `'${first}' is not a command or a file (pith help lists the commands)`;
}

function pathExists(path: string): Promise<boolean> {
  return new Promise((resolve) => stat(path, (err) => resolve(err === null || err.code !== 'ENOENT')));
}

function requestExit(code: number): void {
  if (code !== 0) throw new CommanderError(code, EXIT_REQUEST, '');
}

/** The only clock read in pith: the default for --now. */
function currentTime(): string {
  return new Date().toISOString();
}

interface ExtractCliOptions extends BatchCliOptions {
  format?: OutputFormat;
  inputType: InputType | 'auto';
  now?: string;
  explain?: boolean;
  blocks?: boolean;
  links?: boolean;
  images?: boolean;
  rules?: string;
  url?: string;
  pageType?: PageType;
  only?: PageType[];
}

/** One input's outcome, ready to print. */
interface InputRun {
  name: string | null;
  label: string;
  result?: ExtractResult;
  error?: { code: string; message: string };
}

async function runExtract(program: Command, io: CliIO, args: string[], opts: ExtractCliOptions): Promise<number> {
  const report = await createReporter(io);
  const notCommand = await mistypedCommand(program, args[0]);
  if (notCommand !== null) {
    report.error(notCommand);
    return EXIT_ERROR;
  }
  const url = args.find((arg) => /^[a-z][a-z\d+.-]*:\/\//i.test(arg));
  if (url !== undefined && !(await pathExists(url))) {
    report.error(`${url}: pith reads files and stdin, not URLs; fetch the page first: curl -sL '${url}' | pith --url '${url}' -`);
    return EXIT_ERROR;
  }
  let inputs = args;
  const rules = await resolveCliRules(io, report, opts.rules);
  if (!rules.ok) return EXIT_ERROR;
  if (await wantsBatch(inputs, opts)) return runBatchMode(program, io, report, inputs, opts, rules);
  if (inputs.length === 0) {
    if (io.stdin.isTTY) {
      report.error('no input: name a file, or pipe a page into stdin');
      io.stderr(program.helpInformation());
      return EXIT_ERROR;
    }
    inputs = ['-'];
  }
  if (inputs.filter((i) => i === '-').length > 1) {
    report.error('stdin (-) can be named only once');
    return EXIT_ERROR;
  }
  // One shape whatever the number of inputs (`xargs -n 2 pith | jq` must not change with the
  // count): pretty JSON for a person at a terminal, one line per record for a pipe or a file.
  // --explain is for reading on a terminal unless a JSON format is asked for explicitly.
  const format: OutputFormat = opts.format ?? (opts.explain ? 'text' : io.stdoutIsTTY ? 'json' : 'jsonl');
  const now = opts.now ?? currentTime();
  const { extract } = await import('../pipeline.js');
  const explainer = opts.explain ? await import('../format/explain.js') : null;
  const outcomes: Outcome[] = [];

  // A user rule that keeps running out of time is switched off for the rest of the run.
  const health = new RuleHealth();
  // Sequential on purpose: records come out in input order, and memory holds one input.
  for (const [i, input] of inputs.entries()) {
    const run = await extractOne(io, extract, input, {
      inputType: opts.inputType,
      now,
      explain: Boolean(opts.explain),
      url: opts.url,
      userRules: health.active(rules.rules),
      pageType: opts.pageType,
      only: opts.only,
      maxBytes: opts.maxBytes,
      links: opts.links,
      images: opts.images,
    });
    for (const warning of health.note(run.result?.userRuleTimeouts)) report.warn(warning);
    outcomes.push(reportRun(report, run));
    const record = explainer ? renderExplain(explainer, io, run, format, inputs.length > 1) : renderRecord(run, format, opts);
    // Text and Markdown of several inputs: each under its name, as `head` does.
    const named = record !== null && inputs.length > 1 && !explainer && (format === 'text' || format === 'markdown') ? `==> ${run.label} <==\n\n${record}` : record;
    if (named !== null) io.stdout((i > 0 ? recordSeparator(format) : '') + named + '\n');
  }
  return exitCodeFor(outcomes);
}

async function extractOne(
  io: CliIO,
  extract: typeof import('../pipeline.js').extract,
  input: string,
  options: Pick<ExtractOptions, 'inputType' | 'now' | 'explain' | 'url' | 'userRules' | 'pageType' | 'only' | 'maxBytes' | 'links' | 'images'>,
): Promise<InputRun> {
  const name = input === '-' ? null : input;
  const label = name ?? 'stdin';
  try {
    const bytes = input === '-' ? await readStream(io.stdin, options.maxBytes) : await readInputBytes(input, options.maxBytes);
    return { name, label, result: extract(bytes, { ...options, inputName: name ?? undefined }) };
  } catch (err) {
    if (isInputError(err)) return { name, label, error: { code: err.code, message: err.message } };
    // A bug on one input must not lose the others' records; it still fails the run (exit 2).
    const message = err instanceof Error ? err.message : String(err);
    return { name, label, error: { code: 'internal', message: `internal error: ${message}` } };
  }
}

function reportRun(report: Reporter, run: InputRun): Outcome {
  for (const warning of run.result?.warnings ?? []) report.warn(`${run.label}: ${warning}`);
  if (run.error) {
    report.error(`${run.label}: ${run.error.message}`);
    return 'input-error';
  }
  if (run.result && !run.result.ok) {
    report.warn(`${run.label}: ${run.result.message} (${run.result.reason})`);
    return 'no-article';
  }
  return 'article';
}

function renderRecord(run: InputRun, format: OutputFormat, opts: { url?: string; blocks?: boolean }): string | null {
  const sourceUrl = opts.url;
  if (run.result?.ok) return formatArticle(run.result.article, format, { structure: run.result.bodyBlocks, withBlocks: opts.blocks });
  const error = run.error ?? { code: run.result?.reason ?? 'no-content', message: run.result?.message ?? 'no article' };
  const fields = run.result && !run.result.ok ? run.result.fields : { sourceUrl: sourceUrl ?? null };
  return formatNoArticle(run.name, error.code, error.message, format, fields);
}

/** --explain replaces the article: JSON formats print the decisions, others the terminal view. */
function renderExplain(explainer: typeof import('../format/explain.js'), io: CliIO, run: InputRun, format: OutputFormat, several: boolean): string | null {
  const { explainView, formatExplainText, formatFieldLines, formatPageTypeLine } = explainer;
  if (!run.result) return run.error ? formatNoArticle(run.name, run.error.code, run.error.message, format) : null;
  const trace = run.result.trace ?? [];
  const { pageType, origins } = run.result;
  if (format === 'json') return toJson(explainView(trace, pageType, origins));
  if (format === 'jsonl') return toJsonLine(explainView(trace, pageType, origins));
  const blocks = formatExplainText(trace, { color: colorAllowed(io, io.stdoutIsTTY), width: io.columns });
  const head = [...(pageType ? [formatPageTypeLine(pageType, io.columns)] : []), ...formatFieldLines(origins ?? {}, io.columns)];
  const view = [...head, blocks].join('\n');
  return several ? `==> ${run.label} <==\n${view}` : view;
}

/** Batch mode: JSON records to stdout (Markdown and text only as files), and --explain, a per-page view, is refused there. */
async function runBatchMode(
  program: Command,
  io: CliIO,
  report: Reporter,
  args: string[],
  opts: ExtractCliOptions,
  rules: Extract<CliRules, { ok: true }>,
): Promise<number> {
  // Markdown and text are one file a page: they need --output-dir (stdout takes JSON records).
  const prose = opts.format === 'markdown' || opts.format === 'text';
  if (prose && opts.outputDir === undefined) {
    report.error(`batch mode writes JSON records to stdout: --format ${opts.format} needs --output-dir (one .${opts.format === 'markdown' ? 'md' : 'txt'} a page)`);
    return EXIT_ERROR;
  }
  // The same shape as a single-page run: pretty JSON for a person at a terminal, lines otherwise.
  const format = opts.format ?? (io.stdoutIsTTY && opts.outputDir === undefined ? 'json' : 'jsonl');
  if (opts.explain) {
    report.error('--explain works on single pages, not in batch mode');
    return EXIT_ERROR;
  }
  if (opts.url !== undefined) {
    report.error('--url names one page; in batch mode each page takes its url from its dump (WARC, JSONL)');
    return EXIT_ERROR;
  }
  let inputs = args;
  if (inputs.length === 0 && opts.fromList === undefined) {
    if (io.stdin.isTTY) {
      report.error('no input: name files, directories or dumps, or pipe a page into stdin');
      io.stderr(program.helpInformation());
      return EXIT_ERROR;
    }
    inputs = ['-'];
  }
  const { runBatchCommand } = await import('./batch-command.js');
  return runBatchCommand(io, report, inputs, {
    ...opts,
    now: opts.now ?? currentTime(),
    userRules: rules.rules,
    rulesPath: rules.path,
    render: { format, blocks: opts.blocks, links: opts.links, images: opts.images },
    formatGiven: opts.format !== undefined,
  });
}
