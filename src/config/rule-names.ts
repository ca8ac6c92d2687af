import { UNUSED_DIRECTIVE_RULE } from "../directives/apply.js";
import { ConfigError, UsageError } from "../errors.js";
import type { LoadedConfig } from "./types.js";

/** Categories the documentation names, known even while no loaded rule uses them. */
const DOCUMENTED_CATEGORIES = ["artifact", "capitalization", "phrasing", "punctuation", "repetition", "spacing", "terminology", "untranslated"];

/** The ids and categories of the linter a file gets: what `rules` and `categories` may name. */
export interface KnownNames {
  ids: Iterable<string>;
  categories: Iterable<string>;
}

const LISTED = "`mtclean rules` lists them";

/**
 * A rule name or category in a configuration that no rule, entry or category
 * carries is a typo that would silently do nothing (an unknown category even
 * turns every check off), so it is an error with its line.
 */
export function checkRuleNames(config: LoadedConfig, known: KnownNames, appliesTo: (overrideIndex: number) => boolean): void {
  const { names, categories } = namesOf(known);
  const check = (settings: { rules?: Record<string, unknown>; categories?: string[] } | undefined, at: (string | number)[]): void => {
    for (const name of Object.keys(settings?.rules ?? {})) {
      if (!names.has(name)) {
        throw new ConfigError(config.path, config.lineOf([...at, "rules", name]), `unknown rule, entry or category "${name}" (${LISTED})${hintFor(name, names)}`);
      }
    }
    settings?.categories?.forEach((name, index) => {
      if (!categories.has(name)) throw new ConfigError(config.path, config.lineOf([...at, "categories", index]), `unknown category "${name}" (${listOf(categories)})${didYouMean(name, categories)}`);
    });
  };
  check(config.data, []);
  config.data.overrides?.forEach((override, index) => {
    if (appliesTo(index)) check(override, ["overrides", index]);
  });
}

/** The same check for the command line: `--rule ID=…` and `--category NAME` are usage errors. */
export function checkFlagNames(flags: { ruleIds: Iterable<string>; categories?: string[] }, known: KnownNames): void {
  const { names, categories } = namesOf(known);
  for (const id of flags.ruleIds) {
    if (!names.has(id)) throw new UsageError(`--rule: no rule, dictionary entry or category is called "${id}" (${LISTED})${hintFor(id, names) || "."}`);
  }
  for (const name of flags.categories ?? []) {
    if (!categories.has(name)) throw new UsageError(`--category: there is no category "${name}" (${listOf(categories)})${didYouMean(name, categories) || "."}`);
  }
}

const listOf = (categories: Set<string>): string => `the categories are ${[...categories].sort().join(", ")}`;

function namesOf(known: KnownNames): { names: Set<string>; categories: Set<string> } {
  const categories = new Set([...known.categories, ...DOCUMENTED_CATEGORIES]);
  return { names: new Set([...known.ids, ...categories]), categories };
}

// The id of the unused-disable-directive warnings looks like a rule's, and
// users try to set it as one: say what turns those warnings on instead.
const NOT_A_RULE = `; it is not a rule: the --report-unused-disable-directives option turns those warnings on.`;
const hintFor = (name: string, names: Set<string>): string => (name === UNUSED_DIRECTIVE_RULE ? NOT_A_RULE : didYouMean(name, names));

/** `; did you mean "x"?` for the known name nearest to a typo, or nothing when none is near. */
function didYouMean(name: string, known: Iterable<string>): string {
  const near = nearest(name, known);
  return near === undefined ? "" : `; did you mean "${near}"?`;
}

/**
 * The known name fewest edits (insertions, deletions, substitutions) away,
 * when it is at most a third of the name's length away (at least 1): a
 * farther one would be a guess, not a typo.
 */
export function nearest(name: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
