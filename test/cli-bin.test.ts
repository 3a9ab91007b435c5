/**
 * The installed command end to end: a real `node bin/pith.js` process over the built dist/.
 * Skipped when dist/ has not been built (`npm test` builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeHostile } from './hostile/generate.mjs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_KEYS } from '../src/format/json.js';

const BUILT = existsSync('dist/bin/main.cjs');
const NEWS = 'fixtures/cli/short-news.txt';

function pith(args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, ['bin/pith.js', '--now', '2025-06-01', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const noStackTrace = (err: string) => expect(err).not.toMatch(/^\s+at /m);

describe.skipIf(!BUILT)('bin/pith.js', () => {
  it('prints the package version for --version and -V, as the option parser does when other options come with it', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const args of [['--version'], ['-V']]) {
      const r = spawnSync(process.execPath, ['bin/pith.js', ...args], { encoding: 'utf8' });
      expect([r.status, r.stdout, r.stderr]).toEqual([0, `${version}\n`, '']);
    }
    // Not alone: commander answers, the same way.
    expect(pith(['--version']).out).toBe(`${version}\n`);
  });

  it('prints the article JSON for a file and exits 0', () => {
    const r = pith([NEWS]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const article = JSON.parse(r.out);
    expect(Object.keys(article)).toEqual([...ARTICLE_KEYS]);
    expect(article.input).toBe(NEWS);
  });

  it('a gzip bomb in a single-page run: one too-large line, exit 2, memory never spent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-bomb-'));
    try {
      const bomb = join(dir, 'bomb.txt.gz');
      writeFileSync(bomb, makeHostile('gzip-bomb', 300_000_000).input);
      const r = pith([bomb]);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toEqual([`pith: ${bomb}: decompressed page exceeds the limit of 33554432 bytes (--max-bytes)`]);
      expect(JSON.parse(r.out).error.code).toBe('too-large');
      const piped = pith([], readFileSync(bomb));
      expect(piped.code).toBe(2);
      expect(piped.err).toMatch(/^pith: stdin: decompressed page exceeds the limit/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('reads stdin when it is a pipe', () => {
    const r = pith([], readFileSync(NEWS));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).input).toBeNull();
  });

  it('exits 2 with one line and no stack trace for a missing file', () => {
    const r = pith(['fixtures/cli/does-not-exist.txt']);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toEqual(['pith: fixtures/cli/does-not-exist.txt: no such file']);
    noStackTrace(r.err);
  });

  it('exits 2 on a usage error', () => {
    const r = pith(['--format', 'yaml', NEWS]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    noStackTrace(r.err);
  });

  it('stops quietly when the reader closes stdout early', async () => {
    const child = spawn(process.execPath, ['bin/pith.js', '--now', '2025-06-01', NEWS, NEWS, NEWS], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy(); // like `pith ... | head -c0`
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(err).toBe('');
  });
});
