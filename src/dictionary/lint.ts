import { Linter } from "../linter.js";
import { phraseKeys } from "../rules/matcher/tokenize.js";
import type { Dictionary, DictionaryEntry } from "./types.js";

export interface DictionaryProblem {
  file: string;
  line: number;
  entryId: string;
  message: string;
}

const hasConditions = (entry: DictionaryEntry): boolean => Object.keys(entry.when).length > 0;
const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Problems that load-time validation cannot see because they involve more than
 * one entry: a phrase two entries match (the first one always wins, so the
 * second is dead), the same phrase with conflicting replacements, keep texts
 * that some entry would change, and fixes that do not settle. (Regexes that
 * could backtrack catastrophically are refused when a file is loaded.)
 */
export function lintDictionaries(dictionaries: Dictionary[]): DictionaryProblem[] {
  const problems: DictionaryProblem[] = [];
  const byPhrase = new Map<string, { entry: DictionaryEntry; phrase: string }>();
  for (const entry of dictionaries.flatMap((dictionary) => dictionary.entries)) {
    const problem = (message: string): void => void problems.push({ file: entry.where.file, line: entry.where.line, entryId: entry.id, message });
    const ownKeys = new Set<string>();
    for (const phrase of entry.phrases) {
      const key = phraseKeys(phrase, entry.caseSensitive).join(" ");
      if (ownKeys.has(key)) problem(`lists the phrase “${phrase}” twice`);
      ownKeys.add(key);
      const earlier = byPhrase.get(key);
      if (!earlier) {
        byPhrase.set(key, { entry, phrase });
        continue;
      }
      const other = earlier.entry;
      const where = `${other.id} (${other.where.file}:${other.where.line})`;
      if (!sameList(other.replacements, entry.replacements)) {
        problem(`matches “${phrase}” like ${where}, with other replacements (${entry.replacements.join(" | ") || "none"} vs ${other.replacements.join(" | ") || "none"})`);
      } else if (!hasConditions(other)) {
        problem(`is shadowed: ${where} already matches “${earlier.phrase}” without conditions, so this entry never fires for it`);
      }
    }
  }
  problems.push(...exampleProblems(dictionaries));
  return problems;
}

/**
 * Runs every keep text and every fixed example against all the dictionaries
 * together. A keep text is correct English that must not change, so a
 * finding on it from any entry (its own or another) is a problem; a fixed
 * example that the same entry flags again means `fix` would never settle
 * (the fix already replaced every match of the entry). Another entry
 * flagging a fixed example is a chain of two improvements and is fine.
 */
function exampleProblems(dictionaries: Dictionary[]): DictionaryProblem[] {
  const linter = new Linter({ builtin: false, builtinRules: false, dictionaryObjects: dictionaries });
  const problems: DictionaryProblem[] = [];
  for (const entry of dictionaries.flatMap((dictionary) => dictionary.entries)) {
    const problem = (message: string): void => void problems.push({ file: entry.where.file, line: entry.where.line, entryId: entry.id, message });
    for (const text of entry.keep) {
      const by = [...new Set(linter.check(text).map((finding) => finding.ruleId))];
      if (by.includes(entry.id)) problem(`fires on its own keep text “${text}”`);
      const others = by.filter((id) => id !== entry.id);
      if (others.length) problem(`its keep text “${text}” is flagged by ${others.join(", ")}`);
    }
    for (const { after } of entry.examples) {
      if (linter.check(after).some((finding) => finding.ruleId === entry.id)) problem(`its fix does not settle: it flags its own fixed example “${after}” again`);
    }
  }
  return problems;
}
