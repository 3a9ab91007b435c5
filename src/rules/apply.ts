/**
 * Running the rules of one stage over the blocks. Rules only return marks; here the first
 * mark on a block wins and carries the id of the rule that made it.
 */
import { RULES } from './index.js';
import type { Rule, RuleContext, RuleMark } from './types.js';
import { profileFor } from '../assemble/profiles.js';
import { BlockSet } from './block-set.js';

/** A rule's mark, with the rule that made it. */
export interface Marked extends RuleMark {
  rule: string;
}

/**
 * A mark with the rule that made it, in one shape whatever fields the rule gave: stages read
 * every mark's verdict, rule and field, and V8 reads them fast only while the marks share a
 * shape (spread from each rule's own marks they took a dozen, and those reads went through
 * V8's slowest, megamorphic path).
 */
export function marked(mark: RuleMark, rule: string): Marked {
  return { index: mark.index, verdict: mark.verdict, reason: mark.reason, field: mark.field, value: mark.value, rule };
}

/** The blocks the marks drop, of a page of `blockCount` blocks. */
export function droppedSet(marks: ReadonlyMap<number, Marked>, blockCount: number): BlockSet {
  const dropped = new BlockSet(blockCount);
  for (const [i, mark] of marks) if (mark.verdict === 'boilerplate') dropped.add(i);
  return dropped;
}

/** Applies the rules of one stage; the first mark on a block wins. `before`: user rules, run first. */
export function applyStage(
  stage: 'prune' | 'region',
  ctx: Omit<RuleContext, 'dropped' | 'marks'>,
  marks: Map<number, Marked>,
  before: readonly Rule[] = [],
): void {
  const dropped = droppedSet(marks, ctx.blocks.length);
  const { keeps, keepsInHtml } = profileFor(ctx.pageType);
  const kept = (id: string) => keeps.has(id) || (ctx.inputType === 'html' && Boolean(keepsInHtml?.has(id)));
  // A rule sees what earlier rules dropped, not its own marks: they are added once it has
  // returned (rules are pure and keep nothing), so the live sets need no copy, and every rule
  // of the stage is handed the same context, in one shape.
  const page: RuleContext = {
    blocks: ctx.blocks,
    regions: ctx.regions,
    features: ctx.features,
    repeats: ctx.repeats,
    lowerTexts: ctx.lowerTexts,
    inputType: ctx.inputType,
    pageType: ctx.pageType,
    dates: ctx.dates,
    dropped,
    marks,
    userLabels: ctx.userLabels,
    run: ctx.run,
  };
  for (const rule of before.length > 0 ? [...before, ...RULES] : RULES) {
    if (rule.stage !== stage || kept(rule.id)) continue;
    for (const mark of rule.apply(page)) {
      if (marks.has(mark.index)) continue;
      marks.set(mark.index, marked(mark, rule.id));
      if (mark.verdict === 'boilerplate') dropped.add(mark.index);
    }
  }
}
