/**
 * List markers that text renderers put before items (w3m draws nested levels with different
 * glyphs), so that an item's text can be compared and scored without its bullet.
 */

const BULLET = /^(?:[•●○◦□■☆★▪▫‣⁃∙·◆◇►▶]|[-*+](?=\s))\s*/u;

/** The line without its bullet, and whether it had one. */
export function stripBullet(line: string): { text: string; bullet: boolean } {
  const match = BULLET.exec(line);
  if (!match) return { text: line, bullet: false };
  return { text: line.slice(match[0].length), bullet: true };
}
