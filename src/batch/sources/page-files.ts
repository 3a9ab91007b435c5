/**
 * The files a directory walk takes by default: pages and dumps, each optionally gzipped. Kept
 * apart from the glob matcher (file-filter.ts) so the CLI can name them in --help without
 * loading it.
 */
export const PAGE_FILE_EXTENSIONS = ['html', 'htm', 'xhtml', 'shtml', 'txt', 'warc', 'jsonl', 'ndjson'] as const;

const PAGE_FILE = new RegExp(`\\.(?:${PAGE_FILE_EXTENSIONS.join('|')})(?:\\.gz)?$`, 'i');

/** True for a name with a page-file extension (`a.html`, `dump.warc.gz`, `PAGE.HTM`). */
export function isPageFileName(name: string): boolean {
  return PAGE_FILE.test(name);
}
