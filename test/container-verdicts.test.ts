/** Container verdicts are kept on the hints array the blocks of an element share (containers.ts). */
import { describe, expect, it } from 'vitest';
import { containerVerdict } from '../src/rules/html/containers.js';

describe('container verdicts on a frozen hints array', () => {
  it('are worked out without keeping them on the array', () => {
    const hints = Object.freeze(['p', 'nav.site-menu', 'body']);
    expect(containerVerdict(hints)?.kind).toBe('boilerplate');
    expect(containerVerdict(hints)?.kind).toBe('boilerplate');
  });
});

describe('container verdicts kept on a shared hints array', () => {
  it('answer alike on every asking, and keep nothing a copy of the array would show', () => {
    const hints = ['p', 'footer.site-footer', 'body'];
    const first = containerVerdict(hints);
    expect(containerVerdict(hints)).toBe(first);
    expect(first?.kind).toBe('boilerplate');
    expect(JSON.stringify(hints)).toBe('["p","footer.site-footer","body"]');
    expect([...hints]).toEqual(['p', 'footer.site-footer', 'body']);
  });
});
