import { readdirSync, statSync, type Dirent, type Stats } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { InputError, UsageError } from "../errors.js";
import { FORMATS } from "../markup/index.js";
import { IgnoreFiles } from "./ignore-files.js";
import { STDIN } from "./io.js";
import { lazyRequire } from "../lazy-require.js";

// the glob library loads only when a path is not a plain file or folder
const tinyglobby = lazyRequire<typeof import("tinyglobby")>("tinyglobby");

// From the paths on the command line to the files a run reads: a file named
// explicitly is always read; a folder is walked (recursively, in a fixed
// order) for files with the chosen extensions; a quoted glob is expanded by
// tinyglobby. Folders and globs skip what .gitignore and .mtcleanignore
// exclude, and .git and node_modules.

export interface ExpandOptions {
  /** extensions (".md") picked when walking folders */
  extensions: readonly string[];
  cwd?: string;
}

const ALWAYS_SKIPPED = new Set([".git", "node_modules"]);

/** Every extension a processor reads: the default for folders. */
export const DEFAULT_EXTENSIONS: readonly string[] = Object.values(FORMATS).flatMap((format) => format.extensions);

/** "--ext .md,html" -> [".md", ".html"] */
export function parseExtensions(value: string | undefined): readonly string[] {
  if (value === undefined) return DEFAULT_EXTENSIONS;
  const extensions = value.split(",").map((item) => item.trim()).filter(Boolean);
  const bad = extensions.find((item) => !/^\.?[\w-]+(\.[\w-]+)*$/.test(item));
  if (!extensions.length || bad !== undefined) throw new UsageError(`--ext expects extensions separated by commas (such as .md,.html), not "${value}".`);
  return extensions.map((item) => (item.startsWith(".") ? item : `.${item}`).toLowerCase());
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A file a run reads, with its size on disk when expanding the paths looked
 * at it (a path named on the command line is, to tell a file from a folder):
 * the run then does not look again to size it (see prestartWorkers and
 * surveyLarge), a stat per file less on a site named file by file.
 */
export interface ListedFile {
  path: string;
  size?: number;
}

/**
 * A listed file's size on disk, looked at once: the size found is kept in the
 * ListedFile for the next to ask. Undefined for standard input and for a file
 * that cannot be looked at (reading it says why).
 */
export function sizeOnDisk(file: ListedFile): number | undefined {
  if (file.size === undefined && file.path !== STDIN) {
    try {
      file.size = statSync(file.path).size;
    } catch {
      /* reading it fails, and says why */
    }
  }
  return file.size;
}

export function expandPaths(paths: string[], options: ExpandOptions): ListedFile[] {
  const cwd = options.cwd ?? process.cwd();
  const ignored = new IgnoreFiles(cwd);
  const seen = new Set<string>();
  const out: ListedFile[] = [];
  /** `absolute`: the path resolved against cwd, when the caller has it already (a site names thousands of files) */
  const add = (path: string, size?: number, absolute = path === STDIN ? STDIN : resolve(cwd, path)): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    out.push(size === undefined ? { path } : { path, size });
  };
  for (const path of paths) {
    if (path === STDIN) {
      add(path);
      continue;
    }
    const absolute = resolve(cwd, path);
    const stats = statOrUndefined(absolute);
    if (stats?.isDirectory()) {
      const files = walk(absolute, options.extensions, ignored).map((file) => join(path, relative(absolute, file)));
      if (!files.length) throw new InputError(`No files to check in "${path}" (extensions ${options.extensions.join(", ")}).`);
      for (const file of files) add(file);
    } else if (!stats && tinyglobby().isDynamicPattern(path)) {
      const files = expandGlob(path, cwd, ignored);
      if (!files.length) throw new InputError(`No files match "${path}".`);
      for (const file of files) add(file);
    } else {
      // a file named explicitly is read even when an ignore file lists it; a missing one fails when read
      add(path, stats?.isFile() ? stats.size : undefined, absolute);
    }
  }
  return out;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The files under a folder with one of the extensions, sorted, without ignored ones. */
function walk(root: string, extensions: readonly string[], ignored: IgnoreFiles): string[] {
  const files: string[] = [];
  const visit = (folder: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      throw new InputError(`Cannot read the folder "${folder}": ${(error as Error).message}.`);
    }
    for (const entry of entries.sort((a, b) => byCodeUnits(a.name, b.name))) {
      const path = join(folder, entry.name);
      // symbolic links are followed to files, not to folders (no cycles)
      const isFile = entry.isFile() || (entry.isSymbolicLink() && statOrUndefined(path)?.isFile() === true);
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED.has(entry.name) && !ignored.excludes(path, true)) visit(path);
      } else if (isFile && extensions.some((extension) => entry.name.toLowerCase().endsWith(extension)) && !ignored.excludes(path)) {
        files.push(path);
      }
    }
  };
  visit(root);
  return files;
}

function expandGlob(pattern: string, cwd: string, ignored: IgnoreFiles): string[] {
  const absolute = isAbsolute(pattern);
  const mentionsSkipped = [...ALWAYS_SKIPPED].some((name) => pattern.includes(name));
  return tinyglobby().globSync(pattern, { cwd, absolute, dot: false, onlyFiles: true, expandDirectories: false })
    .filter((path) => mentionsSkipped || !path.split(/[\\/]/).some((part) => ALWAYS_SKIPPED.has(part)))
    .filter((path) => !ignored.excludes(resolve(cwd, path)))
    .map((path) => (absolute ? path : path.split("/").join(sep)))
    .sort(byCodeUnits);
}
