import type { Rule } from "../../types.js";

// Chinese characters left inside an English paragraph: the translation is
// missing. Reported as one finding per fragment, with no automatic fix (the
// bilingual glossary look-up offers translations where it knows them).
const FRAGMENT = /\p{Script=Han}(?:[\p{Script=Han}\s，。、：；！？（）《》“”0-9０-９]*\p{Script=Han})?/gu;

export const untranslatedChinese: Rule = {
  meta: {
    id: "untranslated-chinese",
    category: "untranslated",
    severity: "error",
    description: "Chinese text left inside an English paragraph.",
    languages: ["en"],
  },
  check({ segment, report }) {
    for (const match of segment.text.matchAll(FRAGMENT)) {
      report({ start: match.index, end: match.index + match[0].length, message: `Untranslated Chinese “${match[0]}” in English text.` });
    }
  },
};
