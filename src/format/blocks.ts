/** `--blocks`: one body block as a record: kind, level (headings; null otherwise) and text, and a row's cells or a numbered item's mark. */
import type { BodyBlock } from '../types.js';

export function blockRecord(b: BodyBlock): Record<string, unknown> {
  return {
    kind: b.kind,
    level: b.level ?? null,
    text: b.text,
    ...(b.ordered && { ordered: true }),
    ...(b.cells && { cells: b.cells }),
    ...(b.links && { links: b.links }),
    ...(b.images && { images: b.images }),
  };
}
