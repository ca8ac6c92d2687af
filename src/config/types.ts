import type { RuleSetting } from "../rules/engine.js";

export const CONFIG_FILE_NAMES = ["mtclean.config.json", ".mtcleanrc.json", ".mtcleanrc.yaml", ".mtcleanrc.yml"] as const;

/** Settings that may apply to every file, or only to the files an override names. */
export interface ConfigSettings {
  /** rule id, dictionary entry id or category -> severity or off */
  rules?: Record<string, RuleSetting>;
  /** run only these categories */
  categories?: string[];
  /** extra dictionary files, resolved against the configuration file's folder */
  dictionaries?: string[];
  /** glossary files, resolved against the configuration file's folder, passed to the linter as `glossaries` */
  glossaries?: string[];
}

export interface ConfigOverride extends ConfigSettings {
  /** globs (.gitignore syntax) relative to the configuration file's folder */
  files: string[];
}

/** A configuration file as written, after validation. */
export interface ConfigData extends ConfigSettings {
  extends?: string[];
  /** globs (.gitignore syntax) of files not to check, relative to the configuration file's folder */
  ignore?: string[];
  overrides?: ConfigOverride[];
}

/** A validated configuration file, with the means to point at its lines. */
export interface LoadedConfig {
  /** absolute path of the file */
  path: string;
  data: ConfigData;
  /** the 1-based line of a value, by its key path (["rules", "repeated-word"]); undefined when unknown */
  lineOf(path: (string | number)[]): number | undefined;
}

/** What applies to one file: presets, the configuration file and its matching overrides, merged. */
export interface ResolvedConfig {
  /** the configuration file used, or null */
  configFile: string | null;
  extends: string[];
  rules: Record<string, RuleSetting>;
  categories?: string[];
  /** absolute paths */
  dictionaries: string[];
  /** absolute paths */
  glossaries: string[];
  /** the file matches an `ignore` glob */
  ignored: boolean;
  /** indexes of the overrides whose `files` match */
  overrides: number[];
}
