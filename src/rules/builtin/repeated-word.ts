import type { Rule } from "../../types.js";
import { tokenize } from "../matcher/tokenize.js";

// "the the". A repeated function word is a plain error, but deleting one copy
// can still be the wrong repair ("to to the" may have lost a word between
// them), so every fix is a suggestion; repeats that can be grammatical ("had
// had", "that that") or names ("Walla Walla") are not reported at all.
const ALWAYS_WRONG = new Set(["the", "a", "an", "of", "to", "for", "and", "with", "at", "from", "into", "or", "its", "their", "our", "this", "these", "those"]);
const GRAMMATICAL = new Set(["had", "that", "is", "in", "as", "plus", "do", "very", "so", "bye", "no", "yes", "ha", "knock", "tut", "night", "many", "more", "far", "again", "over", "round", "on", "out", "up", "down", "away", "hear", "well", "now", "there", "step", "year", "day", "little", "by"]);

export const repeatedWord: Rule = {
  meta: {
    id: "repeated-word",
    category: "repetition",
    severity: "warning",
    safety: "suggestion",
    description: "A word written twice in a row (the the): a suggestion to delete one.",
    languages: ["en"],
  },
  check({ segment, report }) {
    const { text } = segment;
    const tokens = tokenize(text);
    for (let i = 1; i < tokens.length; i++) {
      const previous = tokens[i - 1]!;
      const current = tokens[i]!;
      if (current.key !== previous.key || !/^\p{L}+$/u.test(current.key)) continue;
      const gap = text.slice(previous.end, current.start);
      if (!/^[ \t]+$/.test(gap)) continue; // a line break or punctuation between them is deliberate more often than not
      const wrong = ALWAYS_WRONG.has(current.key);
      if (!wrong && (GRAMMATICAL.has(current.key) || /^\p{Lu}/u.test(text[current.start]!))) continue;
      report({
        start: previous.end,
        end: current.end,
        message: `“${text.slice(current.start, current.end)}” is written twice.`,
        replacements: [""],
        safety: "suggestion",
        severity: wrong ? "warning" : "info",
      });
    }
  },
};
