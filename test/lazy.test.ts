import { describe, expect, it } from 'vitest';
import { lazy } from '../src/lazy.js';
import { MONTHS, WEEKDAYS } from '../src/metadata/date/months.js';

describe('lazy', () => {
  it('makes nothing until asked, then makes the value once and keeps it', () => {
    let made = 0;
    const pattern = lazy(() => {
      made++;
      return new RegExp('\\p{Lu}\\p{Ll}+', 'u');
    });
    expect(made).toBe(0);
    const first = pattern();
    expect(first.test('Jane')).toBe(true);
    expect(pattern()).toBe(first);
    expect(made).toBe(1);
  });

  it('keeps a value that is falsy', () => {
    let made = 0;
    const none = lazy(() => {
      made++;
      return null;
    });
    expect(none()).toBeNull();
    expect(none()).toBeNull();
    expect(made).toBe(1);
  });
});

describe('month and weekday tables', () => {
  it('hold each spelling, its accent-free form and both with a dot; an ASCII spelling once', () => {
    expect(MONTHS.get('février')).toBe(2);
    expect(MONTHS.get('fevrier')).toBe(2);
    expect(MONTHS.get('févr.')).toBe(2);
    expect(MONTHS.get('fevr.')).toBe(2);
    expect(MONTHS.get('october')).toBe(10);
    expect(MONTHS.get('oct.')).toBe(10);
    expect(WEEKDAYS.has('środa')).toBe(true);
    expect(WEEKDAYS.has('sroda.')).toBe(true);
  });
});
