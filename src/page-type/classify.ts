/**
 * Adding up the evidence: every signal source names what it saw and which type that speaks
 * for; the type with the most evidence wins when it has enough. Pages that show nothing
 * decisive are articles, the commonest kind, only when their text reads like one.
 */
import { PAGE_TYPES, type PageType } from '../types.js';
import { declaredSignals } from './declared.js';
import type { PageTypeDecision, PageTypeInput, PageTypeSignal } from './types.js';

/** Evidence a type needs before pith names it. */
const MIN_EVIDENCE = 1;

export function classifyPage(input: PageTypeInput): PageTypeDecision {
  const signals: PageTypeSignal[] = [];
  try {
    if (input.doc) signals.push(...declaredSignals(input.doc));
  } catch {
    // A page whose declarations cannot be read declares nothing.
  }
  const scores = Object.fromEntries(PAGE_TYPES.map((t) => [t, 0])) as Record<PageType, number>;
  for (const s of signals) scores[s.type] += s.weight;
  let type: PageType | null = null;
  for (const t of PAGE_TYPES) if (scores[t] >= MIN_EVIDENCE && (type === null || scores[t] > scores[type])) type = t;
  return { type, scores, signals: [...signals].sort((a, b) => b.weight - a.weight) };
}
