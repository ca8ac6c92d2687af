import { stringify } from "yaml";
import type { DictionaryEntry } from "./types.js";

// Interoperability: the phrase entries as other tools' dictionaries. Only what
// those formats can say is exported: entries with a replacement, without
// context conditions (neither prh nor Vale substitution has them).

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const phraseRegex = (phrase: string): string => phrase.trim().split(/\s+/).map(escapeRegex).join("\\s+");
const exportable = (entry: DictionaryEntry): boolean =>
  !entry.line && entry.replacements.length > 0 && entry.replacements[0] !== "" && Object.keys(entry.when).length === 0;

/** A prh (textlint-rule-prh) dictionary: `rules` with regex patterns, `expected` and `specs`. */
export function toPrh(entries: DictionaryEntry[]): string {
  const rules = entries.filter(exportable).map((entry) => {
    const source = entry.regex ? entry.regex.source : `\\b(?:${entry.phrases.map(phraseRegex).join("|")})\\b`;
    return {
      expected: entry.replacements[0],
      // a regex entry keeps its own flags: \p{L} and lookbehinds need the u flag
      pattern: `/${source}/${entry.regex ? entry.regex.flags.replace(/[gy]/g, "") : entry.caseSensitive ? "" : "i"}`,
      prh: entry.message,
      specs: entry.examples.map(({ before, after }) => ({ from: before, to: after })),
    };
  });
  return stringify({ version: 1, rules }, { lineWidth: 0 });
}

/** A Vale `substitution` rule: every phrase swapped for its first replacement. */
export function toVale(entries: DictionaryEntry[]): string {
  const swap: Record<string, string> = {};
  for (const entry of entries.filter((e) => exportable(e) && !e.regex)) {
    for (const phrase of entry.phrases) swap[phrase.toLowerCase()] = entry.replacements[0]!;
  }
  return stringify({ extends: "substitution", message: "Use '%s' instead of '%s'.", level: "warning", ignorecase: true, swap }, { lineWidth: 0 });
}
