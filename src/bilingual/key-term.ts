import type { TermIndex } from "../glossary/term-index.js";
import { termOrigin, type GlossaryEntry } from "../glossary/types.js";
import type { Rule } from "../types.js";
import { containsPhrase, phraseOccurrences } from "./english-phrase.js";
import { termsOfSource } from "./source-terms.js";

// Key terms: when the Chinese original of a paragraph has a glossary term,
// the English should carry its preferred rendering or an accepted variant.
// Where a known wrong rendering stands, it is replaced by the preferred one
// (the source confirms the term); otherwise the paragraph is reported with
// the expected rendering. Wrong renderings from terminology dictionaries are
// left to the dictionary entry, which reports them already.

function matchCase(replacement: string, original: string): string {
  return /^\p{Lu}/u.test(original) && !/^\p{Lu}{2}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

export function keyTermRule(index: TermIndex, dictionaryPhrases: ReadonlySet<string>): Rule {
  return {
    meta: {
      id: "key-term",
      category: "terminology",
      severity: "warning",
      safety: "safe",
      description: "The Chinese source has a glossary term and the English lacks its rendering (needs the source and a glossary or terminology entry).",
      ownIdOnly: true,
      languages: ["en"],
    },
    check({ segment, report }) {
      if (!segment.source || !index.size) return;
      const { text } = segment;
      const seen = new Set<GlossaryEntry>();
      const matches = termsOfSource(index, segment.source);
      // a term inside a longer term of the same paragraph takes the longer one's sense there
      // (美国国务院 is the State Department, and so is 国务院 a sentence later)
      const longer = (term: string): boolean => matches.some((m) => m.term.length > term.length && m.term.includes(term));
      for (const match of matches) {
        const entry = match.entry;
        if (seen.has(entry) || longer(match.term)) continue;
        seen.add(entry);
        if (entry.en.some((rendering) => containsPhrase(text, rendering))) continue;
        const preferred = entry.en[0]!;
        let wrong = false;
        for (const avoided of entry.avoid) {
          const occurrences = phraseOccurrences(text, avoided);
          if (occurrences.length) wrong = true;
          if (entry.origin === "dictionary" || dictionaryPhrases.has(avoided.toLowerCase())) continue;
          for (const occurrence of occurrences) {
            report({
              start: occurrence.start,
              end: occurrence.end,
              message: `“${occurrence.text}” renders “${match.term}” in the source (${segment.source.label}): the glossary has “${preferred}” (${termOrigin(entry)}).`,
              replacements: [matchCase(preferred, occurrence.text)],
            });
          }
        }
        if (wrong) continue;
        const accepted = entry.en.length > 1 ? ` (or ${entry.en.slice(1).map((e) => `“${e}”`).join(", ")})` : "";
        report({
          start: 0,
          end: text.trimEnd().length,
          message: `The source (${segment.source.label}) has “${match.term}”: expected “${preferred}”${accepted} in the English (${termOrigin(entry)}).`,
        });
      }
    },
  };
}
