import type { Rule } from "../../types.js";

// "campus.In the" — a sentence glued to the next one, as happens when 。 is
// converted by hand. Off by default: text whose paragraphs were joined by a
// conversion ("peace.We will") shows the same pattern, and that is not ours to
// change unasked; the strict preset turns it on. Only fires where it cannot be an abbreviation, a number,
// a domain or a file name: a lower-case word of three or more letters, the
// mark, then a capitalised word; or a comma or semicolon between two words.
const GLUED = /(?<![\p{L}\p{N}.@/:_\-])(\p{L}*\p{Ll}{3})([.!?])(\p{Lu}\p{Ll}+)|(?<![\p{L}\p{N}.@/:_\-])(\p{L}{2,})([,;])(\p{L}{2,})(?![\p{L}\p{N}]*[./@:=&?#])/gu;

export const missingSpaceAfterPunctuation: Rule = {
  meta: {
    id: "missing-space-after-punctuation",
    category: "spacing",
    severity: "warning",
    safety: "suggestion",
    defaultOff: true,
    description: "Adds the missing space after a sentence end or a comma between two words (campus.In → campus. In).",
    languages: ["en"],
    ownIdOnly: true,
  },
  check({ segment, report }) {
    for (const match of segment.text.matchAll(GLUED)) {
      const word = match[1] ?? match[4]!;
      const mark = match[2] ?? match[5]!;
      const at = match.index + word.length;
      report({ start: at, end: at + 1, message: `No space after “${mark}”: add one.`, replacements: [`${mark} `], safety: "suggestion" });
    }
  },
};
