import type { Rule } from "../../types.js";

// "word , word" and "campus ." — English puts no space before , . ; : ! ?
// The mark must be followed by a space or the end of the line, which leaves
// ellipses (" ..."), decimals (" .5") and file names (" .jpg") alone, and a
// spaced ellipsis (". . .") is not a stray full stop. A suggestion, not a safe
// fix: edited text has it too, where a writer set a mark apart on purpose.
// The leading look-ahead only restates what the rest requires (spaces, then a
// mark); tested first, it spares the look-behind at nearly every position.
const SPACE_BEFORE = /(?= +[,.;:!?])(?<=[\p{L}\p{N})’”"]) +(?=[,.;:!?](?:[ \t]|\r?\n|$))(?! ?\. \.)/gu;
const MAY_MATCH = / [,.;:!?]/;

export const spaceBeforePunctuation: Rule = {
  meta: {
    id: "space-before-punctuation",
    category: "spacing",
    severity: "warning",
    safety: "suggestion",
    description: "Removes the space before , . ; : ! ? in English text.",
    languages: ["en"],
    ownIdOnly: true,
  },
  check({ segment, report }) {
    if (!MAY_MATCH.test(segment.text)) return;
    for (const match of segment.text.matchAll(SPACE_BEFORE)) {
      const mark = segment.text[match.index + match[0].length];
      report({ start: match.index, end: match.index + match[0].length, message: `Space before “${mark}”: English puts none.`, replacements: [""], safety: "suggestion" });
    }
  },
};
