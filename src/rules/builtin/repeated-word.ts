import type { Rule } from "../../types.js";
import { scanTokens, tokenKey } from "../matcher/tokenize.js";

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
    ownIdOnly: true,
  },
  check({ segment, report }) {
    const { text } = segment;
    const tokens = scanTokens(text);
    const { starts, ends, plain, hashes } = tokens;
    for (let i = 1; i < tokens.count; i++) {
      // a line break or punctuation between them is deliberate more often than not
      if (!onlySpacesOrTabs(text, ends[i - 1]!, starts[i]!)) continue;
      // plain tokens with different hashes have different keys: no need to make them
      if (plain[i] && plain[i - 1] && hashes[i] !== hashes[i - 1]) continue;
      const key = tokenKey(tokens, i);
      if (key !== tokenKey(tokens, i - 1) || !/^\p{L}+$/u.test(key)) continue;
      const current = { start: starts[i]!, end: ends[i]!, key };
      const previous = { end: ends[i - 1]! };
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

/** True when text[from, to) is one or more spaces or tabs. */
function onlySpacesOrTabs(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}
