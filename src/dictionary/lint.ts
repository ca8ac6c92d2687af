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
 * second is dead), and the same phrase with conflicting replacements.
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
  return problems;
}
