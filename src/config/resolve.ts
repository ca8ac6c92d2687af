import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Ignore } from "ignore";
import type ignoreFactory from "ignore";
import { lazyRequire } from "../lazy-require.js";
import { CONFIG_FILE_NAMES, type ConfigSettings, type LoadedConfig, type ResolvedConfig } from "./types.js";
import { loadConfigFile } from "./load.js";
import { DEFAULT_PRESET, PRESETS } from "./presets.js";

// loaded only when a configuration has globs
const ignore = lazyRequire<typeof ignoreFactory>("ignore");

export interface ConfigResolverOptions {
  /** --config: this file for every input, no search */
  configFile?: string;
  /** false for --no-config: presets only */
  search?: boolean;
  cwd?: string;
}

/**
 * Finds and merges the configuration of each file. The closest configuration
 * file up from the file's folder wins (no cascading: one file says it all, as
 * with Prettier), or the one given with --config. Files and folders are looked
 * up once per run.
 */
export class ConfigResolver {
  private readonly cwd: string;
  private readonly explicit?: LoadedConfig;
  private readonly search: boolean;
  private readonly foundIn = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();
  private readonly matchers = new Map<string, Ignore>();
  /** each path's configuration, resolved once per run (selecting the files and giving each its linter both ask) */
  private readonly resolved = new Map<string, ResolvedConfig>();
  /**
   * By configuration file ("" for none): the one resolved configuration of
   * all its paths when it has no globs (no ignore, no overrides) to tell them
   * apart, so that a run over thousands of files works it out once and its
   * callers can key their own work on it.
   */
  private readonly globless = new Map<string, ResolvedConfig>();

  constructor(options: ConfigResolverOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.search = options.search !== false && options.configFile === undefined;
    if (options.configFile !== undefined) this.explicit = loadConfigFile(resolve(this.cwd, options.configFile));
  }

  /** The configuration file that applies to a path ("-" is standard input: searched from the working folder). */
  configFor(path: string): LoadedConfig | undefined {
    if (this.explicit) return this.explicit;
    if (!this.search) return undefined;
    const start = path === "-" ? this.cwd : dirname(resolve(this.cwd, path));
    const file = this.findUpward(start);
    if (!file) return undefined;
    let config = this.loaded.get(file);
    if (!config) this.loaded.set(file, (config = loadConfigFile(file)));
    return config;
  }

  /** The configuration of a path: read-only, since the paths of a configuration without globs share one object. */
  resolve(path: string): ResolvedConfig {
    let resolved = this.resolved.get(path);
    if (!resolved) this.resolved.set(path, (resolved = this.resolveAnew(path)));
    return resolved;
  }

  private resolveAnew(path: string): ResolvedConfig {
    const config = this.configFor(path);
    const data = config?.data ?? {};
    if (!data.ignore?.length && !data.overrides?.length) {
      const key = config?.path ?? "";
      let shared = this.globless.get(key);
      if (!shared) this.globless.set(key, (shared = this.resolveWith(path, config)));
      return shared;
    }
    return this.resolveWith(path, config);
  }

  private resolveWith(path: string, config: LoadedConfig | undefined): ResolvedConfig {
    const data = config?.data ?? {};
    const base = config ? dirname(config.path) : this.cwd;
    // the path relative to the configuration is worked out for a list of globs only: most runs have none, and a site thousands of files
    let relativePath: string | undefined | null = null;
    const matches = (globs: string[]): boolean => {
      if (globs.length === 0) return false;
      if (relativePath === null) relativePath = path === "-" ? undefined : relativeInside(base, resolve(this.cwd, path));
      return relativePath !== undefined && this.matcher(globs).ignores(relativePath);
    };
    const presets = data.extends ?? [DEFAULT_PRESET];
    const resolved: ResolvedConfig = {
      configFile: config?.path ?? null,
      extends: presets,
      rules: Object.assign({}, ...presets.map((name) => PRESETS[name])),
      dictionaries: [],
      glossaries: [],
      ignored: matches(data.ignore ?? []),
      overrides: [],
    };
    const apply = (settings: ConfigSettings): void => {
      Object.assign(resolved.rules, settings.rules);
      if (settings.categories) resolved.categories = settings.categories;
      resolved.dictionaries.push(...(settings.dictionaries ?? []).map((file) => resolve(base, file)));
      resolved.glossaries.push(...(settings.glossaries ?? []).map((file) => resolve(base, file)));
    };
    apply(data);
    (data.overrides ?? []).forEach((override, index) => {
      if (!matches(override.files)) return;
      resolved.overrides.push(index);
      apply(override);
    });
    return resolved;
  }

  /** glob lists compiled once per run: a site has thousands of files and few configurations */
  private matcher(globs: string[]): Ignore {
    const key = JSON.stringify(globs);
    let compiled = this.matchers.get(key);
    if (!compiled) this.matchers.set(key, (compiled = ignore()().add(globs)));
    return compiled;
  }

  private findUpward(directory: string): string | null {
    const cached = this.foundIn.get(directory);
    if (cached !== undefined) return cached;
    const here = CONFIG_FILE_NAMES.map((name) => join(directory, name)).find((file) => existsSync(file) && statSync(file).isFile());
    const parent = dirname(directory);
    // the filesystem root is its own parent: the search stops there
    const found = here ?? (parent === directory ? null : this.findUpward(parent));
    this.foundIn.set(directory, found);
    return found;
  }
}

/** The path relative to base in .gitignore form, or undefined when it lies outside base. */
function relativeInside(base: string, absolute: string): string | undefined {
  const path = relative(base, absolute);
  if (path === "" || path === ".." || path.startsWith(`..${sep}`) || isAbsolute(path)) return undefined;
  return path.split(sep).join("/");
}
