/**
 * The shape of a rules file, checked with zod, and its errors turned into one line that names
 * the bad entry (`rules[2].regex[0]: invalid regular expression: ...`).
 */
import { z } from 'zod';
import { LABEL_GROUPS } from './types.js';

/** One string or a list of them: a rule with one pattern should not need brackets. */
const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

/** A JavaScript regular expression source; flags come from the rule's `flags`. */
const ALLOWED_FLAGS = /^[imsu]*$/;

const rule = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'an id is letters, digits, ".", "_" or "-", e.g. "promo-box"'),
    action: z.enum(['drop', 'keep']).default('drop'),
    description: z.string().optional(),
    lines: oneOrMany.optional(),
    regex: oneOrMany.optional(),
    flags: z.string().regex(ALLOWED_FLAGS, 'flags may be i, m, s and u (g and y would make matching stateful)').optional(),
    selector: oneOrMany.optional(),
    site: oneOrMany.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.lines && !value.regex && !value.selector) {
      ctx.addIssue({ code: 'custom', message: 'a rule needs "lines", "regex" or "selector"' });
    }
    value.regex?.forEach((source, i) => {
      try {
        new RegExp(source, value.flags ?? '');
      } catch (err) {
        ctx.addIssue({ code: 'custom', path: ['regex', i], message: `invalid regular expression: ${(err as Error).message}` });
      }
    });
    value.site?.forEach((site, i) => {
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(site)) {
        ctx.addIssue({ code: 'custom', path: ['site', i], message: `"${site}" is not a host name, e.g. "example.com"` });
      }
    });
  });

const labels = z.partialRecord(z.enum(LABEL_GROUPS), z.array(z.string().min(1))).optional();

export const rulesFile = z
  .object({
    $schema: z.string().optional(),
    rules: z.array(rule).default([]),
    labels,
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate id "${r.id}"` });
      seen.add(r.id);
    });
  });

export type RulesFile = z.output<typeof rulesFile>;

/** The first problem as `path: message`, e.g. `rules[1].action: ...`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  const hint = path === 'labels' && issue.code === 'unrecognized_keys' ? ` (label groups: ${LABEL_GROUPS.join(', ')})` : '';
  return `${path || 'file'}: ${issue.message}${hint}${more}`;
}
