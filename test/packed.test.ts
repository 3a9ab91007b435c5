import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packedMap } from '../src/packed.js';

describe('packedMap', () => {
  it('gives what Array.prototype.map gives, item and index alike', () => {
    const items = ['a', 'bb', 'ccc'];
    expect(packedMap(items, (s, i) => `${i}:${s.length}`)).toEqual(items.map((s, i) => `${i}:${s.length}`));
    expect(packedMap([], () => 1)).toEqual([]);
  });

  it('hands back a packed array, also from an input V8 holds as holey', () => {
    // The elements kind is only visible to V8's own natives: asked in a child process, of the built module.
    const packed = fileURLToPath(new URL('../dist/packed.js', import.meta.url));
    const script = `const { packedMap } = await import(${JSON.stringify(packed)});
      const holey = new Array(3); holey[0] = { a: 1 }; holey[1] = { a: 2 }; holey[2] = { a: 3 };
      console.log(JSON.stringify([%HasHoleyElements(holey), %HasHoleyElements(packedMap(holey, (x) => ({ b: x.a })))]));`;
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([true, false]);
  });
});
