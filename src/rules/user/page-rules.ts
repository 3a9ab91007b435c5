/**
 * A rules file applied to one page: the rules whose site matches, turned into ordinary prune
 * rules (one per user rule, so --explain names it `user:<id>`). Keep rules come first: the
 * first mark on a block wins, so a kept block can be dropped by no rule after them.
 */
import type { Document, Element } from 'domhandler';
import type { Block } from '../../types.js';
import type { Rule, RuleMark } from '../types.js';
import { runWithin, stepLimit, testAll, type Budget } from './guard.js';
import { lineKey } from './types.js';
import type { UserRule, UserRules } from './types.js';

/** The prefix that sets user rules apart from pith's own in traces. */
export const USER_RULE_PREFIX = 'user:';

/** The host a page's url names, lower-case and without `www.`; null when there is none. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The rules that apply on `host`: unscoped ones everywhere, scoped ones on their host and its subdomains. */
export function rulesForHost(user: UserRules, host: string | null): UserRule[] {
  const applies = (rule: UserRule) =>
    rule.sites === null || (host !== null && rule.sites.some((site) => {
      const bare = site.replace(/^www\./, '');
      return host === bare || host.endsWith(`.${bare}`);
    }));
  const active = user.rules.filter(applies);
  return [...active.filter((r) => r.action === 'keep'), ...active.filter((r) => r.action === 'drop')];
}

/** What a page's user rules ran out of time on: said once each, and the ids for the run to count. */
export interface RuleTrouble {
  warnings: string[];
  timedOut: string[];
}

/**
 * A rule that ran out of its own time is counted against it; one skipped because the page's
 * budget was already spent by others is not (it never ran).
 */
function outOfTime(trouble: RuleTrouble, rule: UserRule, what: 'regex' | 'selector', budget: Budget): void {
  if (budget.left() <= 0 && !trouble.timedOut.includes(rule.id)) {
    trouble.warnings.push(`user rule "${rule.id}": skipped, the page's time budget for user rules was spent`);
    return;
  }
  trouble.warnings.push(`user rule "${rule.id}": its ${what} ran out of time on this page and was skipped`);
  if (!trouble.timedOut.includes(rule.id)) trouble.timedOut.push(rule.id);
}

/**
 * Elements the active rules' selectors match, with the ids of the rules that matched each.
 * Each rule's selectors run within what is left of the page's budget; one that runs out is
 * skipped for this page.
 */
export function selectedElements(user: UserRules, active: readonly UserRule[], doc: Document, budget: Budget, trouble: RuleTrouble): Map<Element, string[]> {
  const selected = new Map<Element, string[]>();
  const select = user.select;
  if (!select) return selected;
  for (const rule of active) {
    if (rule.selectors.length === 0) continue;
    const limit = stepLimit(budget);
    const found = runWithin(() => rule.selectors.flatMap((selector) => select(doc, selector)), limit);
    if (!found.ok) {
      outOfTime(trouble, rule, 'selector', budget);
      continue;
    }
    for (const el of found.value) {
      const ids = selected.get(el);
      if (!ids) selected.set(el, [rule.id]);
      else if (!ids.includes(rule.id)) ids.push(rule.id);
    }
  }
  return selected;
}

/** The active rules as prune rules over this page's blocks (patterns run within what is left of the page's budget). */
export function pageRules(active: readonly UserRule[], blocks: readonly Block[], budget: Budget, trouble: RuleTrouble): Rule[] {
  const regexHits = matchPatterns(active, blocks, budget, trouble);
  const rules = active.map((rule): Rule => ({
    id: USER_RULE_PREFIX + rule.id,
    stage: 'prune',
    description: rule.description ?? `${rule.action === 'keep' ? 'Keeps' : 'Drops'} what the user rule "${rule.id}" matches.`,
    apply() {
      const marks: RuleMark[] = [];
      const hits = regexHits.get(rule);
      for (const block of blocks) {
        const how = rule.lines.has(lineKey(block.text)) ? 'line'
          : hits?.[block.index] ? 'regex'
          : block.selectedBy?.includes(rule.id) ? 'selector'
          : null;
        if (!how) continue;
        const reason = rule.description ?? `matched the rule's ${how}`;
        marks.push({ index: block.index, verdict: rule.action === 'keep' ? 'content' : 'boilerplate', reason });
      }
      return marks;
    },
  }));
  return rules;
}

/**
 * For each rule with patterns, which blocks any of its patterns match. All patterns run in one
 * guarded pass; when that runs out of time, each rule runs alone so only the slow ones are lost.
 * Every step is held to what is left of the page's budget, so a page never takes more than it
 * whatever the number of slow rules (200 of them took 51 s a page under a limit per rule alone).
 */
function matchPatterns(active: readonly UserRule[], blocks: readonly Block[], budget: Budget, trouble: RuleTrouble): Map<UserRule, boolean[]> {
  const withPatterns = active.filter((r) => r.patterns.length > 0);
  const hits = new Map<UserRule, boolean[]>();
  if (withPatterns.length === 0) return hits;
  const texts = blocks.map((b) => b.text);
  const anyOf = (rows: boolean[][]) => texts.map((_, i) => rows.some((row) => row[i]));
  const all = testAll(withPatterns.flatMap((r) => r.patterns), texts, stepLimit(budget));
  if (all.ok) {
    let at = 0;
    for (const rule of withPatterns) {
      hits.set(rule, anyOf(all.matches.slice(at, at + rule.patterns.length)));
      at += rule.patterns.length;
    }
    return hits;
  }
  for (const rule of withPatterns) {
    const alone = testAll(rule.patterns, texts, stepLimit(budget));
    if (alone.ok) hits.set(rule, anyOf(alone.matches));
    else outOfTime(trouble, rule, 'regex', budget);
  }
  return hits;
}
