/**
 * Comparing a line with a vocabulary of labels: "Comments (12)", "SHARE:" and "Related »" all
 * reduce to the bare label, so one vocabulary entry covers its decorated forms.
 */

/** Lower-case, without counts, arrows, bullets and trailing punctuation. */
export function labelKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[\s\p{P}\p{S}\d]+/u, '')
    .replace(/[\s\p{P}\p{S}\d]+$/u, '')
    .replace(/\s*\(\d[\d,.]*\)$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A lookup set of label keys built from vocabulary lists. */
export function labelSet(...lists: readonly (readonly string[])[]): ReadonlySet<string> {
  return new Set(lists.flat().map(labelKey));
}

/** Escapes a vocabulary entry for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation RegExp source from vocabulary entries, longest first so phrases win. */
export function alternation(entries: readonly string[]): string {
  return [...entries].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
