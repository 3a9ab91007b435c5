/**
 * Which files a batch run takes when it finds them itself (walking a directory, matching a
 * glob). A directory of scraped pages also holds expected outputs, scripts, images and notes:
 * `pith fixtures/` made "articles" out of JSON files and a script. So a walk takes page files
 * and dumps only, by extension, unless `--include` says otherwise; `--exclude` leaves files out
 * of walks and globs alike. A file named on the command line (or in --from-list) is always read:
 * the user chose it.
 *
 * Patterns are globs (picomatch): one without a `/` is matched against the file's name, one
 * with a `/` against its path below the directory argument (for a glob argument, the path as
 * matched).
 */
import picomatch from 'picomatch';
import { isPageFileName } from './page-files.js';

export interface FileFilterOptions {
  /** Globs a found file must match; replaces the page-file extensions. */
  include?: readonly string[];
  /** Globs that leave a found file out, whatever else matches. */
  exclude?: readonly string[];
}

/** How a file was found: a walk applies the page-file default, a glob already chose its files. */
export type FoundBy = 'walk' | 'glob';

/** True when a found file is read; `path` is below the directory walked (or as the glob matched it). */
export type FileFilter = (path: string, foundBy: FoundBy) => boolean;

export function createFileFilter(opts: FileFilterOptions = {}): FileFilter {
  const include = opts.include?.length ? matcher(opts.include) : null;
  const exclude = opts.exclude?.length ? matcher(opts.exclude) : null;
  return (path, foundBy) => {
    if (exclude?.(path)) return false;
    if (include) return include(path);
    return foundBy === 'glob' || isPageFileName(path);
  };
}

/** True when the user changed what is taken (the summary then names the flags, not the default). */
export function filterIsCustom(opts: FileFilterOptions): boolean {
  return Boolean(opts.include?.length || opts.exclude?.length);
}

function matcher(globs: readonly string[]): (path: string) => boolean {
  // dot: a walk never yields hidden names, so a pattern need not spell them out to match
  // below a dotted directory given as the argument.
  const options = { dot: true, windows: false };
  const names = globs.filter((g) => !g.includes('/'));
  const paths = globs.filter((g) => g.includes('/'));
  const byName = names.length ? picomatch(names, options) : null;
  const byPath = paths.length ? picomatch(paths, options) : null;
  return (path) => Boolean(byName?.(path.slice(path.lastIndexOf('/') + 1)) || byPath?.(path));
}
