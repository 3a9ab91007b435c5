/**
 * Text from pages and expected files goes to terminals and XML: its control characters (an
 * ESC would restyle the terminal, a BEL ring it, a newline break the one-line layout) are
 * shown as `\uXXXX` escapes instead, so the report stays intact and the difference visible.
 */

/** C0 controls (tab and newline included), DEL and C1 controls. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

export function showControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
