import type { RuleSetting } from "../rules/engine.js";
import { PRESETS } from "./presets.js";
import type { ConfigData, ConfigOverride, ConfigSettings } from "./types.js";

export type KeyPath = (string | number)[];
type Fail = (reason: string, keyPath: KeyPath) => never;

const SETTINGS = ["off", "info", "warning", "error"];
const SETTING_KEYS = ["rules", "categories", "dictionaries", "glossaries"] as const;
const TOP_KEYS = ["$schema", "extends", "ignore", "overrides", ...SETTING_KEYS];
const OVERRIDE_KEYS = ["files", ...SETTING_KEYS];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks a parsed configuration strictly: an unknown key is an error (a typo
 * such as `rule:` must not be silently ignored), and so is a value of the
 * wrong kind. `fail` throws, naming the key path so the caller can give a line.
 */
export function validateConfig(raw: unknown, fail: Fail): ConfigData {
  if (!isObject(raw)) fail("a configuration is a mapping of settings (extends, rules, categories, dictionaries, glossaries, ignore, overrides)", []);
  checkKeys(raw, TOP_KEYS, [], fail);
  const data: ConfigData = settingsOf(raw, [], fail);
  if (raw.extends !== undefined) {
    const presets = stringList(raw.extends, ["extends"], fail, true);
    presets.forEach((name, index) => {
      if (!(name in PRESETS)) fail(`unknown preset "${name}" in \`extends\` (choose ${Object.keys(PRESETS).join(" or ")})`, ["extends", ...(Array.isArray(raw.extends) ? [index] : [])]);
    });
    data.extends = presets;
  }
  if (raw.ignore !== undefined) data.ignore = stringList(raw.ignore, ["ignore"], fail);
  if (raw.overrides !== undefined) {
    if (!Array.isArray(raw.overrides)) fail("`overrides` is a list of {files, rules, ...} mappings", ["overrides"]);
    data.overrides = raw.overrides.map((item: unknown, index): ConfigOverride => {
      const at: KeyPath = ["overrides", index];
      if (!isObject(item)) fail("each override is a mapping with `files` and the settings for those files", at);
      checkKeys(item, OVERRIDE_KEYS, at, fail);
      if (item.files === undefined) fail("an override needs `files`: the globs it applies to", at);
      const files = stringList(item.files, [...at, "files"], fail);
      if (files.length === 0) fail("`files` of an override may not be empty", [...at, "files"]);
      return { files, ...settingsOf(item, at, fail) };
    });
  }
  return data;
}

function settingsOf(raw: Record<string, unknown>, at: KeyPath, fail: Fail): ConfigSettings {
  const settings: ConfigSettings = {};
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) fail("`rules` maps a rule id, entry id or category to off, info, warning or error", [...at, "rules"]);
    const rules: Record<string, RuleSetting> = {};
    for (const [id, value] of Object.entries(raw.rules)) {
      if (typeof value !== "string" || !SETTINGS.includes(value)) fail(`rule "${id}": the setting must be off, info, warning or error, not ${JSON.stringify(value)}`, [...at, "rules", id]);
      rules[id] = value as RuleSetting;
    }
    settings.rules = rules;
  }
  if (raw.categories !== undefined) settings.categories = stringList(raw.categories, [...at, "categories"], fail);
  if (raw.dictionaries !== undefined) settings.dictionaries = stringList(raw.dictionaries, [...at, "dictionaries"], fail);
  if (raw.glossaries !== undefined) settings.glossaries = stringList(raw.glossaries, [...at, "glossaries"], fail);
  return settings;
}

function checkKeys(raw: Record<string, unknown>, allowed: readonly string[], at: KeyPath, fail: Fail): void {
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) fail(`unknown setting "${key}" (allowed here: ${allowed.filter((k) => k !== "$schema").join(", ")})`, [...at, key]);
  }
}

/** A list of non-empty strings; `single` also accepts one string, as `extends: strict`. */
function stringList(value: unknown, at: KeyPath, fail: Fail, single = false): string[] {
  if (single && typeof value === "string") return [value];
  if (!Array.isArray(value)) fail(`\`${at[at.length - 1]}\` is a list of strings`, at);
  value.forEach((item, index) => {
    if (typeof item !== "string" || item === "") fail(`\`${at[at.length - 1]}\` holds strings only, not ${JSON.stringify(item)}`, [...at, index]);
  });
  return value as string[];
}
