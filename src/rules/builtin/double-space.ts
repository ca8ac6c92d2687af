import type { Rule } from "../../types.js";

// Two or more spaces between words inside a line; indentation at a line start
// and spaces before a line break are left alone (they are layout, not prose).
const RUN = /(?<=[^\s]) {2,}(?=[^\s])/gu;

export const doubleSpace: Rule = {
  meta: {
    id: "double-space",
    category: "spacing",
    severity: "warning",
    safety: "safe",
    description: "Runs of spaces between words become one space.",
    languages: ["en"],
    ownIdOnly: true,
  },
  check({ segment, report }) {
    if (!segment.text.includes("  ")) return;
    for (const match of segment.text.matchAll(RUN)) {
      report({ start: match.index, end: match.index + match[0].length, message: "Several spaces between words: use one.", replacements: [" "], safety: "safe" });
    }
  },
};
