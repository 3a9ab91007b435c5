/** The decision about every block, for --explain: verdict, the rule that made it, why. */
import type { Block, Decision, MetadataField } from '../types.js';
import type { Marked } from '../rules/apply.js';

export function traceOf(
  blocks: readonly Block[],
  marks: ReadonlyMap<number, Marked>,
  taken: ReadonlyMap<number, MetadataField>,
  keep: (i: number) => boolean,
  inRun: (i: number) => boolean,
  quality: readonly string[],
  /** The step that chose the main content: `pick-main-run` (articles) or `pick-main-region`. */
  picker = 'pick-main-run',
): Decision[] {
  const where = picker === 'pick-main-run' ? 'run' : 'region';
  return blocks.map((b): Decision => withElement(b, decide(b)));

  function decide(b: Block): Decision {
    const field = taken.get(b.index);
    const mark = marks.get(b.index);
    if (field && !mark) {
      return { index: b.index, text: b.text, verdict: 'boilerplate', rule: `metadata-${field}`, reason: `taken as the ${field}`, field };
    }
    // A kept block (a user keep rule) is still left out when it lies outside the article.
    if (mark?.verdict === 'content' && !keep(b.index)) {
      return { index: b.index, text: b.text, verdict: 'boilerplate', rule: picker, reason: `kept by ${mark.rule}, but outside the main ${where}` };
    }
    if (mark) return { index: b.index, text: b.text, verdict: mark.verdict, rule: mark.rule, reason: mark.reason, field };
    if (keep(b.index)) return { index: b.index, text: b.text, verdict: 'content', rule: picker, reason: `${quality[b.index]} block inside the main ${where}` };
    const reason = inRun(b.index) ? `${quality[b.index]} block` : `${quality[b.index]} block outside the main ${where}`;
    return { index: b.index, text: b.text, verdict: 'boilerplate', rule: picker, reason };
  }
}

/** HTML blocks name the element that holds them, and a dump's blocks their line, so --explain can point at them. */
function withElement(block: Block, decision: Decision): Decision {
  if (block.hints.length > 0) return { ...decision, element: block.hints[0] };
  return block.line !== undefined ? { ...decision, line: block.line } : decision;
}
