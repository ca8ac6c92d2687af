import { Linter } from "../linter.js";
import type { Dictionary, DictionaryEntry } from "./types.js";

export interface SpecFailure {
  entry: DictionaryEntry;
  kind: "before" | "keep";
  text: string;
  expected: string;
  actual: string;
  reason: string;
}

/**
 * Runs an entry's own examples (prh's specs): each `before` must be reported
 * and fixed to `after` by this entry alone (suggestions applied, as with
 * --unsafe), and each `keep` text must draw no finding from it.
 */
export function runEntrySpecs(entry: DictionaryEntry, linter: Linter): SpecFailure[] {
  const failures: SpecFailure[] = [];
  for (const { before, after } of entry.examples) {
    const findings = linter.check(before);
    const actual = linter.fix(before, { unsafe: true }).output;
    if (findings.length === 0) {
      failures.push({ entry, kind: "before", text: before, expected: after, actual, reason: "the entry does not fire on its example" });
    } else if (actual !== after) {
      failures.push({ entry, kind: "before", text: before, expected: after, actual, reason: "the fixed example differs from `after`" });
    }
  }
  for (const text of entry.keep) {
    const findings = linter.check(text);
    if (findings.length > 0) {
      failures.push({ entry, kind: "keep", text, expected: text, actual: findings.map((f) => f.message).join("; "), reason: "the entry fires on a `keep` text" });
    }
  }
  return failures;
}

/** Runs the specs of every entry of the given dictionaries, each entry on its own. */
export function runDictionarySpecs(dictionaries: Dictionary[]): SpecFailure[] {
  const failures: SpecFailure[] = [];
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.entries) {
      const linter = new Linter({ builtin: false, builtinRules: false, dictionaryObjects: [{ file: dictionary.file, entries: [entry] }] });
      failures.push(...runEntrySpecs(entry, linter));
    }
  }
  return failures;
}
