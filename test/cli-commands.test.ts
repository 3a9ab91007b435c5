/**
 * Subcommands as a shell user meets them, on the built command: a mistyped one is a usage
 * error with the nearest command offered (never a run over the other arguments), `pith help
 * <command>`, and `pith completion bash|zsh|fish`. The README's usage sections, `--help` and
 * the completion scripts must list the same options: the last test compares them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandSpecs } from '../src/cli/completion.js';
import { editDistance, nearestCommand } from '../src/cli/did-you-mean.js';
import { createProgram } from '../src/cli/program.js';

const BUILT = existsSync('dist/bin/main.cjs');

function pith(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [`${process.cwd()}/bin/pith.js`, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function has(shell: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
}

/** Long options per command, as the program declares them ('' is the root). */
function declared(): Map<string, string[]> {
  const program = createProgram({ stdout: () => {}, stderr: () => {}, stdin: process.stdin, stderrIsTTY: false, env: {} });
  return new Map(commandSpecs(program).map((c) => [c.name, c.options.map((o) => o.long).sort()]));
}

describe('nearest command', () => {
  it('offers a command one or two edits away, never a far one', () => {
    const commands = ['eval', 'check', 'completion', 'help'];
    expect(nearestCommand('chek', commands)).toBe('check');
    expect(nearestCommand('cehck', commands)).toBe('check'); // a swap is one edit
    expect(nearestCommand('evel', commands)).toBe('eval');
    expect(nearestCommand('completoin', commands)).toBe('completion');
    expect(nearestCommand('hepl', commands)).toBe('help');
    expect(nearestCommand('article', commands)).toBeNull();
    expect(nearestCommand('ab', commands)).toBeNull();
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe.skipIf(!BUILT)('pith subcommands', { timeout: 30_000 }, () => {
  it('a mistyped command is a usage error naming the nearest one, and nothing is extracted', () => {
    const r = pith(['chek', 'fixtures/']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe("pith: 'chek' is not a command or a file; did you mean 'pith check'?\n");
    const far = pith(['frobnicate', 'fixtures/cli/short-news.txt']);
    expect(far.code).toBe(2);
    expect(far.out).toBe('');
    expect(far.err).toMatch(/^pith: 'frobnicate' is not a command or a file \(pith help lists the commands\)\n$/);
  });

  it('a bare word that names a file is still an input', () => {
    const r = pith(['LICENSE']);
    expect(r.err).not.toMatch(/not a command/);
  });

  it('pith help <command> prints that command\'s help; pith help, the root\'s', () => {
    const check = pith(['help', 'check']);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(/^Usage: pith check /);
    expect(check.out).toMatch(/expected\.json lists only what is checked/);
    const root = pith(['help']);
    expect(root.code).toBe(0);
    expect(root.out).toMatch(/^Usage: pith \[options\] \[inputs\.\.\.\]/);
    expect(root.out).toMatch(/\nExamples:\n/);
    expect(root.out).toMatch(/\nBatch options \(directories, globs, WARC and JSONL dumps\):\n/);
    expect(pith(['eval', '--help']).out).toMatch(/--gold <path> +ground-truth JSON or corpus directory \(required\)/);
    // An unknown command: one line with the nearest one, not the whole help on stderr.
    const typo = pith(['help', 'chek']);
    expect(typo.code).toBe(2);
    expect(typo.err).toBe("pith: no command 'chek'; did you mean 'pith help check'? (commands: eval, check, completion)\n");
  });

  it('pith completion refuses a shell it does not know', () => {
    const r = pith(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^pith: .*'tcsh' is invalid.*bash, zsh, fish/);
  });

  it.skipIf(!has('bash'))('the bash script completes commands, options, choices and files', () => {
    const script = pith(['completion', 'bash']).out;
    const complete = (...words: string[]) => {
      const r = spawnSync('bash', ['-c', `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _pith; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8', cwd: 'fixtures' });
      return r.stdout.trim().split('\n').filter(Boolean);
    };
    expect(complete('pith', 'ch')).toEqual(['check']);
    expect(complete('pith', 'cl')).toEqual(['cli']); // a directory of fixtures/
    expect(complete('pith', '--for')).toEqual(['--format']);
    expect(complete('pith', '--format', 'm')).toEqual(['markdown']);
    expect(complete('pith', '--page-type', 'fo')).toEqual(['forum']);
    expect(complete('pith', 'check', '--up')).toEqual(['--update']);
    expect(complete('pith', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(complete('pith', 'help', 'ev')).toEqual(['eval']);
  });

  it.skipIf(!has('zsh'))('the zsh script parses and registers _pith for pith', () => {
    const script = pith(['completion', 'zsh']).out;
    const r = spawnSync('zsh', ['-f', '-c', `autoload -U compinit && compinit -u -D\n${script}\nprint -r -- $_comps[pith]`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('_pith');
  });

  it.skipIf(!has('fish'))('the fish script completes commands, options and choices', () => {
    const script = pith(['completion', 'fish']).out;
    const complete = (line: string) => {
      const r = spawnSync('fish', ['--no-config', '-c', `${script}\ncomplete -C${JSON.stringify(line)}`], { encoding: 'utf8', cwd: 'fixtures' });
      return r.stdout.trim().split('\n').map((l) => l.split('\t')[0]);
    };
    expect(complete('pith ch')).toContain('check');
    expect(complete('pith --form')).toEqual(['--format']);
    expect(complete('pith --format mark')).toEqual(['markdown']);
    expect(complete('pith check --upd')).toEqual(['--update']);
    expect(complete('pith completion ')).toEqual(['bash', 'fish', 'zsh']);
  });
});

describe.skipIf(!BUILT)('the built command, as a shell user meets it', { timeout: 30_000 }, () => {
  const NEWS = 'fixtures/cli/short-news.txt';
  const NEWS2 = 'fixtures/cli/second-news.txt';

  it('prints one JSON line per input into a pipe, whatever the number of inputs', () => {
    for (const inputs of [[NEWS], [NEWS, NEWS2]]) {
      const lines = pith(['--now', '2025-06-01', ...inputs]).out.trimEnd().split('\n');
      expect(lines.map((l) => JSON.parse(l).input)).toEqual(inputs);
    }
  });

  it('says why each block went, and where, in the --explain terminal view', () => {
    const out = pith(['--now', '2025-06-01', '--explain', 'fixtures/cli/page.html']).out;
    expect(out).toMatch(/Related stories\n +<h2> · inside aside\.related\n/);
    expect(pith(['--now', '2025-06-01', '--explain', NEWS]).out).toMatch(/ Home\n +line 1 · navigation control\n/);
  });

  it('answers a URL argument with how to fetch it, and refuses a --url that is no address', () => {
    const url = pith(['https://example.com/a']);
    expect(url.code).toBe(2);
    expect(url.err).toMatch(/curl -sL 'https:\/\/example\.com\/a' \| pith --url 'https:\/\/example\.com\/a' -/);
    expect(pith(['--url', 'example.com', NEWS]).code).toBe(2);
  });

  it('colours a diagnostic into a pipe with FORCE_COLOR, and not without', () => {
    const run = (env: Record<string, string>) => spawnSync(process.execPath, ['bin/pith.js', 'no-such-file.txt'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } });
    expect(run({ FORCE_COLOR: '1' }).stderr).toMatch(/\x1b\[/);
    const plain = { ...process.env };
    delete plain.FORCE_COLOR;
    expect(spawnSync(process.execPath, ['bin/pith.js', 'no-such-file.txt'], { encoding: 'utf8', env: plain }).stderr).not.toMatch(/\x1b\[/);
  });

  it('ships a LICENSE, as package.json says', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(readFileSync('LICENSE', 'utf8')).toMatch(new RegExp(`^${pkg.license} License`));
  });
});

describe.skipIf(!BUILT)('options', { timeout: 30_000 }, () => {
  it('--help, the completion scripts and the README list the options the program declares', () => {
    const options = declared();
    const scripts = ['bash', 'zsh', 'fish'].map((shell) => pith(['completion', shell]).out);
    for (const [name, longs] of options) {
      const help = pith(name === '' ? ['--help'] : [name, '--help']).out;
      const inHelp = [...help.matchAll(/^ {2}(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((m) => m[1]).sort();
      expect(inHelp, `pith ${name} --help`).toEqual(longs);
      for (const [k, script] of scripts.entries()) {
        for (const long of longs) expect(script, `${['bash', 'zsh', 'fish'][k]}: ${long}`).toMatch(new RegExp(`(?:^|[\\s'|",{])${k === 2 ? `-l ${long.slice(2)}` : long}(?=[\\s'|"\\[)},]|$)`, 'm'));
      }
    }
    // The README's usage sections (Usage, Batch mode, Using pith in CI) name every option, and no other.
    const readme = readFileSync('README.md', 'utf8');
    const section = (from: string, to: string) => readme.slice(readme.indexOf(from), readme.indexOf(to, readme.indexOf(from)));
    const usage = section('\n## Usage', '\n## Output') + section('\n## Batch mode', '\n## User rules');
    const inReadme = new Set([...usage.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]));
    const all = new Set([...options.values()].flat());
    expect([...all].filter((o) => !inReadme.has(o)), 'options the README does not name').toEqual([]);
    expect([...inReadme].filter((o) => !all.has(o)), 'README options pith does not have').toEqual([]);
    for (const command of options.keys()) if (command !== '') expect(usage, `pith ${command}`).toContain(`pith ${command}`);
  });
});
