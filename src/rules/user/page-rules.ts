/**
 * A rules file applied to one page: the rules whose site matches, turned into ordinary prune
 * rules (one per user rule, so --explain names it `user:<id>`). Keep rules come first: the
 * first mark on a block wins, so a kept block can be dropped by no rule after them.
 */
import type { Document, Element } from 'domhandler';
import type { Block } from '../../types.js';
import type { Rule, RuleMark } from '../types.js';
import { testAll } from './guard.js';
import { lineKey } from './load.js';
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

/** Elements the active rules' selectors match, with the ids of the rules that matched each. */
export function selectedElements(user: UserRules, active: readonly UserRule[], doc: Document): Map<Element, string[]> {
  const selected = new Map<Element, string[]>();
  if (!user.select) return selected;
  for (const rule of active) {
    for (const selector of rule.selectors) {
      for (const el of user.select(doc, selector)) {
        const ids = selected.get(el);
        if (!ids) selected.set(el, [rule.id]);
        else if (!ids.includes(rule.id)) ids.push(rule.id);
      }
    }
  }
  return selected;
}

export interface PageRules {
  rules: Rule[];
  /** Problems worth telling the user about (a pattern that ran out of time). */
  warnings: string[];
}

/** The active rules as prune rules over this page's blocks. */
export function pageRules(active: readonly UserRule[], blocks: readonly Block[]): PageRules {
  const warnings: string[] = [];
  const regexHits = matchPatterns(active, blocks, warnings);
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
  return { rules, warnings };
}

/**
 * For each rule with patterns, which blocks any of its patterns match. All patterns run in one
 * guarded pass; when that runs out of time, each rule runs alone so only the slow one is lost.
 */
function matchPatterns(active: readonly UserRule[], blocks: readonly Block[], warnings: string[]): Map<UserRule, boolean[]> {
  const withPatterns = active.filter((r) => r.patterns.length > 0);
  const hits = new Map<UserRule, boolean[]>();
  if (withPatterns.length === 0) return hits;
  const texts = blocks.map((b) => b.text);
  const anyOf = (rows: boolean[][]) => texts.map((_, i) => rows.some((row) => row[i]));
  const all = testAll(withPatterns.flatMap((r) => r.patterns), texts);
  if (all.ok) {
    let at = 0;
    for (const rule of withPatterns) {
      hits.set(rule, anyOf(all.matches.slice(at, at + rule.patterns.length)));
      at += rule.patterns.length;
    }
    return hits;
  }
  for (const rule of withPatterns) {
    const alone = testAll(rule.patterns, texts);
    if (alone.ok) hits.set(rule, anyOf(alone.matches));
    else warnings.push(`user rule "${rule.id}": its regex ran out of time on this page and was skipped`);
  }
  return hits;
}
