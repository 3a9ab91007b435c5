/**
 * A run's memory of its user rules: a rule that runs out of time on page after page is
 * switched off for the rest of the run, with one warning, instead of costing its budget on
 * every page. The run keeps this state (the CLI over its inputs, each batch worker over its
 * pages); extract() stays pure and only reports which rules ran out of time on a page.
 */
import type { UserRules } from './types.js';

/** Pages a rule may run out of time on before the run switches it off. */
export const MAX_RULE_TIMEOUTS = 3;

export class RuleHealth {
  private readonly strikes = new Map<string, number>();
  private readonly off = new Set<string>();
  private current: UserRules | undefined;
  private source: UserRules | undefined;

  constructor(private readonly limit = MAX_RULE_TIMEOUTS) {}

  /** The rules still on (the same object until a rule is switched off). */
  active(rules: UserRules | undefined): UserRules | undefined {
    if (!rules || this.off.size === 0) return rules;
    if (this.source !== rules || !this.current) {
      this.source = rules;
      this.current = { ...rules, rules: rules.rules.filter((r) => !this.off.has(r.id)) };
    }
    return this.current;
  }

  /** Counts a page's timeouts; returns the warning for each rule switched off now. */
  note(timedOut: readonly string[] | undefined): string[] {
    const said: string[] = [];
    for (const id of timedOut ?? []) {
      const n = (this.strikes.get(id) ?? 0) + 1;
      this.strikes.set(id, n);
      if (n >= this.limit && !this.off.has(id)) {
        this.off.add(id);
        this.current = undefined;
        said.push(`user rule "${id}" ran out of time on ${n} pages: switched off for the rest of the run`);
      }
    }
    return said;
  }
}
