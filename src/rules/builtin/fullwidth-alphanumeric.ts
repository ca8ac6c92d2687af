import type { Rule } from "../../types.js";

// Full-width Latin letters and digits (Ａ-Ｚ, ０-９) and the ideographic space
// come from Chinese input methods; in English they are plain ASCII.

const FULLWIDTH_RUN = /[Ａ-Ｚａ-ｚ０-９]+|\u3000+/gu;
const FULLWIDTH_OFFSET = 0xfee0;

function toAscii(run: string): string {
  return [...run].map((char) => String.fromCharCode(char.charCodeAt(0) - FULLWIDTH_OFFSET)).join("");
}

export const fullwidthAlphanumeric: Rule = {
  meta: {
    id: "fullwidth-alphanumeric",
    category: "punctuation",
    severity: "error",
    safety: "safe",
    description: "Full-width letters and digits (Ａ１) become ASCII; ideographic spaces become one ordinary space, or nothing at a line start or end.",
    languages: ["en"],
    ownIdOnly: true,
  },
  check({ segment, report }) {
    const { text } = segment;
    for (const match of text.matchAll(FULLWIDTH_RUN)) {
      const run = match[0];
      const start = match.index;
      const end = start + run.length;
      if (run.startsWith("\u3000")) {
        const before = text[start - 1];
        const after = text[end];
        const atEdge = before === undefined || before === "\n" || after === undefined || after === "\n" || after === "\r" || /\s/u.test(before) || /\s/u.test(after);
        report({ start, end, message: "Ideographic (full-width) space in English text: use an ordinary space.", replacements: [atEdge ? "" : " "], safety: "safe" });
      } else {
        const ascii = toAscii(run);
        report({ start, end, message: `Full-width characters “${run}” in English text: use “${ascii}”.`, replacements: [ascii], safety: "safe" });
      }
    }
  },
};
