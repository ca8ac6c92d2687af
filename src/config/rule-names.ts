import { ConfigError } from "../errors.js";
import type { LoadedConfig } from "./types.js";

/** Categories the documentation names, known even while no loaded rule uses them. */
const DOCUMENTED_CATEGORIES = ["artifact", "capitalization", "phrasing", "punctuation", "repetition", "spacing", "terminology", "untranslated"];

/**
 * A rule name in a configuration that no rule, entry or category carries is
 * a typo that would silently do nothing, so it is an error with its line.
 * `known` holds the ids and categories of the linter that file gets.
 */
export function checkRuleNames(config: LoadedConfig, known: { ids: Iterable<string>; categories: Iterable<string> }, appliesTo: (overrideIndex: number) => boolean): void {
  const names = new Set([...known.ids, ...known.categories, ...DOCUMENTED_CATEGORIES]);
  const check = (rules: Record<string, unknown> | undefined, at: (string | number)[]): void => {
    for (const name of Object.keys(rules ?? {})) {
      if (!names.has(name)) {
        throw new ConfigError(config.path, config.lineOf([...at, "rules", name]), `unknown rule, entry or category "${name}" (\`mtclean rules\` lists them)`);
      }
    }
  };
  check(config.data.rules, []);
  config.data.overrides?.forEach((override, index) => {
    if (appliesTo(index)) check(override.rules, ["overrides", index]);
  });
}
