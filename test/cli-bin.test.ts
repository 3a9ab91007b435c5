/**
 * The installed command end to end: a real `node bin/pith.js` process over the built dist/.
 * Skipped when dist/ has not been built (`npm test` builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_KEYS } from '../src/format/json.js';

const BUILT = existsSync('dist/cli/main.js');
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
  it('prints the article JSON for a file and exits 0', () => {
    const r = pith([NEWS]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const article = JSON.parse(r.out);
    expect(Object.keys(article)).toEqual([...ARTICLE_KEYS]);
    expect(article.input).toBe(NEWS);
  });

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
