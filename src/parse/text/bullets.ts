/**
 * List markers that text renderers put before items (w3m draws nested levels with different
 * glyphs), so that an item's text can be compared and scored without its bullet.
 */

const BULLET = /^(?:[•●○◦□■☆★▪▫‣⁃∙·◆◇►▶]|[-*+](?=\s))\s*/u;

/** Whether a line opening with this character code may open with a bullet: a dash, star or plus in ASCII, any character beyond it. */
function mayBeBullet(code: number): boolean {
  return code === 0x2d || code === 0x2a || code === 0x2b || code >= 0x80;
}

/** The line without its bullet, and whether it had one. */
export function stripBullet(line: string): { text: string; bullet: boolean } {
  // Most lines open with a letter: their first character says no before the pattern is asked.
  const match = mayBeBullet(line.charCodeAt(0)) ? BULLET.exec(line) : null;
  if (!match) return { text: line, bullet: false };
  return { text: line.slice(match[0].length), bullet: true };
}
