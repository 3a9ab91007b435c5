/**
 * Running the rules of one stage over the blocks. Rules only return marks; here the first
 * mark on a block wins and carries the id of the rule that made it.
 */
import { RULES } from './index.js';
import type { Rule, RuleContext, RuleMark } from './types.js';
import { profileFor } from '../assemble/profiles.js';

/** A rule's mark, with the rule that made it. */
export interface Marked extends RuleMark {
  rule: string;
}

export function droppedSet(marks: ReadonlyMap<number, Marked>): Set<number> {
  return new Set([...marks].filter(([, m]) => m.verdict === 'boilerplate').map(([i]) => i));
}

/** Applies the rules of one stage; the first mark on a block wins. `before`: user rules, run first. */
export function applyStage(
  stage: 'prune' | 'region',
  ctx: Omit<RuleContext, 'dropped' | 'marks'>,
  marks: Map<number, Marked>,
  before: readonly Rule[] = [],
): void {
  const dropped = droppedSet(marks);
  const { keeps, keepsInHtml } = profileFor(ctx.pageType);
  const kept = (id: string) => keeps.has(id) || (ctx.inputType === 'html' && Boolean(keepsInHtml?.has(id)));
  for (const rule of before.length > 0 ? [...before, ...RULES] : RULES) {
    if (rule.stage !== stage || kept(rule.id)) continue;
    // A rule sees what earlier rules dropped, not its own marks: they are added once it has
    // returned (rules are pure and keep nothing), so the live set needs no copy.
    for (const mark of rule.apply({ ...ctx, dropped, marks })) {
      if (marks.has(mark.index)) continue;
      marks.set(mark.index, { ...mark, rule: rule.id });
      if (mark.verdict === 'boilerplate') dropped.add(mark.index);
    }
  }
}
