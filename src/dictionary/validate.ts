import { SEVERITIES, type Safety, type Severity } from "../types.js";
import type { CompiledWhen, DictionaryEntry, RawDictionary, RawEntry, RawWhen, Where } from "./types.js";
import { BUILTIN_DICTIONARY_DIR } from "./builtin.js";
import { backtrackingRisk } from "./regex-safety.js";

/** Reports a problem; `key` names the field so the loader can point at its line. */
export type Fail = (reason: string, key?: string) => never;

const ENTRY_KEYS = new Set([
  "id", "category", "severity", "match", "regex", "line", "caseSensitive", "replace", "safety",
  "message", "zh", "note", "when", "examples", "keep",
]);
const WHEN_KEYS = ["precededBy", "notPrecededBy", "followedBy", "notFollowedBy"] as const;
const SAFETIES: readonly Safety[] = ["safe", "suggestion"];
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

export function validateDictionaryHeader(raw: RawDictionary, fail: Fail): void {
  for (const key of Object.keys(raw)) {
    if (!["category", "defaults", "entries", "$schema"].includes(key)) fail(`unknown field "${key}"`, key);
  }
  if (raw.category !== undefined && !isText(raw.category)) fail("`category` must be a word such as phrasing", "category");
  if (raw.defaults !== undefined) {
    if (!isObject(raw.defaults)) fail("`defaults` must be a mapping", "defaults");
    const { severity, safety } = raw.defaults;
    if (severity !== undefined && !SEVERITIES.includes(severity)) fail(`defaults.severity must be one of ${SEVERITIES.join(", ")}`, "defaults");
    if (safety !== undefined && !SAFETIES.includes(safety)) fail(`defaults.safety must be safe or suggestion`, "defaults");
  }
  if (!Array.isArray(raw.entries)) fail("a dictionary needs an `entries` list", "entries");
}

function stringList(value: unknown, key: string, fail: Fail, allowEmptyStrings = false): string[] {
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.some((item) => typeof item !== "string" || (!allowEmptyStrings && item.trim() === ""))) {
    fail(`\`${key}\` must be a text or a list of texts`, key);
  }
  return list as string[];
}

/**
 * Compiles a dictionary regex. A user's regex that can backtrack
 * catastrophically is refused here, so no paragraph can hang a run; the
 * built-in dictionaries are checked once by their tests instead of at every
 * start (the analysis costs milliseconds per expression).
 */
function compileRegex(source: string, flags: string, key: string, fail: Fail, checkSafety: boolean): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    return fail(`\`${key}\` is not a valid regular expression: ${(error as Error).message}`, key);
  }
  const risk = checkSafety ? backtrackingRisk(source, flags) : undefined;
  if (risk) fail(`\`${key}\` is refused: ${risk.reason}`, key);
  return regex;
}

function compileWhen(raw: unknown, entryFlags: string, fail: Fail, checkSafety: boolean): CompiledWhen {
  let flags = entryFlags;
  if (raw === undefined) return {};
  if (!isObject(raw)) fail("`when` must be a mapping of precededBy / notPrecededBy / followedBy / notFollowedBy", "when");
  const when: CompiledWhen = {};
  for (const key of Object.keys(raw)) {
    if (key !== "caseSensitive" && !(WHEN_KEYS as readonly string[]).includes(key)) fail(`unknown condition "when.${key}" (use ${WHEN_KEYS.join(", ")}, caseSensitive)`, "when");
  }
  const { caseSensitive } = raw as RawWhen;
  if (caseSensitive !== undefined && typeof caseSensitive !== "boolean") fail("`when.caseSensitive` must be true or false", "when");
  // Conditions follow the entry's case rule unless they ask for capitals themselves
  // (\p{Lu} only means "a capital" in a case-sensitive expression).
  if (caseSensitive) flags = flags.replace("i", "");
  for (const key of WHEN_KEYS) {
    const source = (raw as RawWhen)[key];
    if (source === undefined) continue;
    if (!isText(source)) fail(`\`when.${key}\` must be a regular expression`, "when");
    // Preceding context is anchored at its end, following context at its start.
    const anchored = key.endsWith("PrecededBy") || key === "precededBy" ? `(?:${source})$` : `^(?:${source})`;
    when[key] = compileRegex(anchored, flags, "when", fail, checkSafety);
  }
  return when;
}

/** Turns a raw YAML entry into a compiled one, or fails naming what is wrong. */
export function validateEntry(raw: RawEntry, dictionary: RawDictionary, where: Where, fail: Fail): DictionaryEntry {
  if (!isObject(raw)) fail("each entry must be a mapping with at least id, match or regex, message, examples and keep");
  for (const key of Object.keys(raw)) {
    if (!ENTRY_KEYS.has(key)) fail(`unknown field "${key}"`, key);
  }
  if (typeof raw.id !== "string" || !ID_PATTERN.test(raw.id)) {
    fail("`id` must be lowercase words joined by hyphens, such as his-party-delegation", "id");
  }
  const category = raw.category ?? dictionary.category;
  if (!isText(category)) fail("no `category` (give one on the entry or at the top of the file)", "category");

  const severity: Severity = raw.severity ?? dictionary.defaults?.severity ?? "warning";
  if (!SEVERITIES.includes(severity)) fail(`\`severity\` must be one of ${SEVERITIES.join(", ")}`, "severity");
  const safety: Safety = raw.safety ?? dictionary.defaults?.safety ?? "suggestion";
  if (!SAFETIES.includes(safety)) fail("`safety` must be safe or suggestion", "safety");
  if (!isText(raw.message)) fail("`message` is required: tell the translator why", "message");

  if ((raw.match === undefined) === (raw.regex === undefined)) fail("give exactly one of `match` (phrases) or `regex`", "match");
  if (raw.caseSensitive !== undefined && typeof raw.caseSensitive !== "boolean") fail("`caseSensitive` must be true or false", "caseSensitive");
  const flags = raw.caseSensitive ? "u" : "iu";
  const checkSafety = !where.file.startsWith(BUILTIN_DICTIONARY_DIR);
  const phrases = raw.match === undefined ? [] : stringList(raw.match, "match", fail);
  const regex = raw.regex === undefined ? undefined : compileRegex(isText(raw.regex) ? raw.regex : fail("`regex` must be a non-empty text", "regex"), flags, "regex", fail, checkSafety);
  if (regex && regex.test("")) fail("`regex` matches the empty text; it would fire everywhere", "regex");
  if (raw.line !== undefined && typeof raw.line !== "boolean") fail("`line` must be true or false", "line");
  if (raw.line && !regex) fail("`line: true` needs a `regex`", "line");

  const replacements = raw.replace === undefined ? [] : stringList(raw.replace, "replace", fail, true);
  if (raw.line && replacements.some((text) => text !== "")) fail("a `line` entry deletes its line: leave `replace` out", "replace");
  if (safety === "safe" && replacements.length === 0 && !raw.line) fail("a safe entry needs a `replace`", "safety");

  const examples = raw.examples;
  if (!Array.isArray(examples) || examples.length === 0) fail("add at least one example: {before: ..., after: ...}", "examples");
  for (const example of examples) {
    if (!isObject(example) || typeof example.before !== "string" || typeof example.after !== "string") {
      fail("each example needs `before` and `after` texts", "examples");
    }
    if (example.before === example.after) fail("an example whose `after` equals its `before` belongs in `keep`", "examples");
  }
  const keep = stringList(raw.keep, "keep", fail);
  if (keep.length === 0) fail("add at least one `keep` text the entry must not change", "keep");

  return {
    id: raw.id,
    category,
    severity,
    safety,
    message: raw.message.trim(),
    replacements,
    phrases,
    regex,
    line: raw.line ?? false,
    caseSensitive: raw.caseSensitive ?? false,
    zh: raw.zh === undefined ? [] : stringList(raw.zh, "zh", fail),
    note: raw.note,
    when: compileWhen(raw.when, flags, fail, checkSafety),
    examples,
    keep,
    where,
  };
}
