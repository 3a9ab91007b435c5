/**
 * Marks as the stages read them (apply.ts): one shape whatever fields a rule gave, so the reads
 * of every mark's verdict, rule and field stay on V8's fast path. Spread from each rule's own
 * marks they took a dozen shapes and those reads went megamorphic.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { marked } from '../src/rules/apply.js';

describe('marked', () => {
  it('keeps what the rule said, and names the rule', () => {
    expect(marked({ index: 3, verdict: 'boilerplate', reason: 'dateline', field: 'date', value: '2025-01-02' }, 'drop-datelines')).toEqual({
      index: 3,
      verdict: 'boilerplate',
      reason: 'dateline',
      field: 'date',
      value: '2025-01-02',
      rule: 'drop-datelines',
    });
    const bare = marked({ index: 1, verdict: 'content' }, 'keep-x');
    expect(bare).toMatchObject({ index: 1, verdict: 'content', rule: 'keep-x' });
    expect(bare.reason).toBeUndefined();
    expect(bare.field).toBeUndefined();
  });

  const built = fileURLToPath(new URL('../dist/rules/apply.js', import.meta.url));
  it.skipIf(!existsSync(built))('gives marks with and without a reason, field or value one hidden class', () => {
    // Hidden classes are only visible to V8's own natives: asked in a child process, of the built module.
    const script = `const { marked } = await import(${JSON.stringify(built)});
      const a = marked({ index: 0, verdict: 'boilerplate' }, 'r1');
      const b = marked({ index: 1, verdict: 'boilerplate', reason: 'x', field: 'date', value: 'v' }, 'r2');
      const c = marked({ reason: 'y', verdict: 'content', index: 2 }, 'r3');
      console.log(JSON.stringify([%HaveSameMap(a, b), %HaveSameMap(a, c)]));`;
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([true, true]);
  });
});
