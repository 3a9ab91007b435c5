/**
 * Loading the rules file that find.ts found. Every problem is a UserRulesError whose message
 * is one line naming the file and the bad entry. This module, zod and css-select load only
 * when a file exists, so runs without user rules pay nothing at start-up.
 */
import { readFile } from 'node:fs/promises';
import type { AnyNode, Document, Element } from 'domhandler';
import { labelKey } from '../label.js';
import { LABEL_GROUPS, lineKey, type UserLabels, type UserRule, type UserRules } from './types.js';

export { findRulesFile, RULES_ENV, RULES_FILE_NAME } from './find.js';

export class UserRulesError extends Error {}

export async function loadUserRules(path: string): Promise<UserRules> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserRulesError(`${path}: ${code === 'ENOENT' ? 'no such rules file' : `cannot read (${code ?? (err as Error).message})`}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UserRulesError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  return compileRules(json, path);
}

/** Validates a parsed rules file and compiles it; `source` names it in messages. */
export async function compileRules(json: unknown, source: string): Promise<UserRules> {
  const { rulesFile, describeIssue } = await import('./schema.js');
  const parsed = rulesFile.safeParse(json);
  if (!parsed.success) throw new UserRulesError(`${source}: ${describeIssue(parsed.error)}`);
  const rules: UserRule[] = parsed.data.rules.map((r) => ({
    id: r.id,
    action: r.action,
    description: r.description ?? null,
    lines: new Set((r.lines ?? []).map(lineKey)),
    patterns: (r.regex ?? []).map((source) => new RegExp(source, r.flags ?? '')),
    selectors: r.selector ?? [],
    sites: r.site ? r.site.map((s) => s.toLowerCase()) : null,
  }));
  const labels: UserLabels = {};
  for (const group of LABEL_GROUPS) {
    const added = parsed.data.labels?.[group];
    if (added?.length) labels[group] = new Set(added.map((label) => labelKey(label)));
  }
  const selectors = rules.flatMap((r) => r.selectors.map((selector, i) => ({ rule: r.id, selector, i })));
  const select = selectors.length > 0 ? await selectorEngine() : undefined;
  for (const { rule, selector, i } of selectors) {
    try {
      select!(EMPTY_DOC, selector);
    } catch (err) {
      const index = parsed.data.rules.findIndex((r) => r.id === rule);
      throw new UserRulesError(`${source}: rules[${index}].selector[${i}]: invalid CSS selector "${selector}" (${(err as Error).message})`);
    }
  }
  return { source, rules, labels, select };
}

let EMPTY_DOC: Document;

/**
 * css-select (cheerio's selector engine) straight over our htmlparser2 DOM, loaded on first
 * use: cheerio.load would re-parent the nodes of a document it is given.
 */
async function selectorEngine(): Promise<(doc: Document, selector: string) => Element[]> {
  const [{ selectAll }, { parseHtml }] = await Promise.all([import('css-select'), import('../../parse/html/dom.js')]);
  EMPTY_DOC ??= parseHtml('<p></p>');
  return (doc, selector) => selectAll<AnyNode, Element>(selector, doc);
}
