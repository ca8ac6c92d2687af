import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import type { Ignore } from "ignore";
import { lazyRequire } from "../lazy-require.js";

// loaded when a folder or glob is expanded, not for files named one by one
const loadIgnore = lazyRequire<typeof import("ignore")>("ignore");

/** The ignore files read in every folder, in order: a later file can re-include what an earlier one ignores. */
export const IGNORE_FILE_NAMES = [".gitignore", ".mtcleanignore"] as const;

/**
 * `.gitignore` and `.mtcleanignore` as git reads them: each file's patterns
 * are relative to its folder, a deeper file overrides a shallower one, and
 * nothing inside an ignored folder comes back. Files are looked up from the
 * repository root (the closest folder with `.git`) or, outside a repository,
 * from the working folder down; each folder is read once per run.
 */
export class IgnoreFiles {
  private readonly rules = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, string>();
  private readonly verdicts = new Map<string, boolean>();

  constructor(private readonly cwd: string) {}

  /** True when an ignore file excludes this absolute path, or a folder above it. */
  excludes(absolute: string, isDirectory = false): boolean {
    const key = `${absolute}\0${isDirectory}`;
    const known = this.verdicts.get(key);
    if (known !== undefined) return known;
    const parent = dirname(absolute);
    const root = this.rootOf(parent);
    let excluded = false;
    if (parent !== absolute && isInside(root, parent) && parent !== root) excluded = this.excludes(parent, true);
    if (!excluded) excluded = this.ownVerdict(absolute, isDirectory, root);
    this.verdicts.set(key, excluded);
    return excluded;
  }

  /** The verdict of the ignore files from the root down to the path's folder, the deepest that speaks winning. */
  private ownVerdict(absolute: string, isDirectory: boolean, root: string): boolean {
    const folders: string[] = [];
    for (let folder = dirname(absolute); isInside(root, folder); folder = dirname(folder)) {
      folders.unshift(folder);
      if (folder === root) break;
    }
    let ignored = false;
    for (const folder of folders) {
      const rules = this.rulesIn(folder);
      if (!rules) continue;
      const path = relative(folder, absolute).split(sep).join("/") + (isDirectory ? "/" : "");
      const result = rules.test(path);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private rulesIn(folder: string): Ignore | null {
    let rules = this.rules.get(folder);
    if (rules === undefined) {
      const texts = IGNORE_FILE_NAMES.map((name) => join(folder, name)).filter((file) => existsSync(file)).map((file) => readFileSync(file, "utf8"));
      rules = texts.length ? loadIgnore()().add(texts.join("\n")) : null;
      this.rules.set(folder, rules);
    }
    return rules;
  }

  /** Where ignore files start to count: the repository root, else the working folder, else the folder itself. */
  private rootOf(folder: string): string {
    let root = this.roots.get(folder);
    if (root === undefined) {
      root = folder;
      for (let at = folder; ; at = dirname(at)) {
        if (existsSync(join(at, ".git"))) {
          root = at;
          break;
        }
        if (dirname(at) === at) {
          root = isInside(this.cwd, folder) ? this.cwd : folder;
          break;
        }
      }
      this.roots.set(folder, root);
    }
    return root;
  }
}

function isInside(base: string, path: string): boolean {
  const rel = relative(base, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
