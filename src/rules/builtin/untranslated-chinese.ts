import { TermIndex } from "../../glossary/term-index.js";
import { termOrigin } from "../../glossary/types.js";
import { toSimplified } from "../../language/simplified.js";
import { CHINESE_DATE, englishDate } from "../../numbers/dates.js";
import type { Rule, RuleReport } from "../../types.js";

// Chinese characters left inside an English paragraph: the translation is
// missing. One finding per fragment. A date (2023年10月18日) gets its English
// form as a suggestion, and so does a fragment that is exactly a glossary or
// terminology term; a fragment that contains terms names their renderings.
const FRAGMENT = /\p{Script=Han}(?:[\p{Script=Han}\s，。、：；！？（）《》“”0-9０-９]*\p{Script=Han})?/gu;

export function createUntranslatedChinese(index: TermIndex): Rule {
  return {
    meta: {
      id: "untranslated-chinese",
      category: "untranslated",
      severity: "error",
      safety: "suggestion",
      description: "Chinese text left inside an English paragraph; dates and glossary terms get their translation as a suggestion.",
      languages: ["en"],
      ownIdOnly: true,
    },
    check({ segment, report }) {
      const { text } = segment;
      if (!/\p{Script=Han}/u.test(text)) return;
      const dates: [number, number][] = [];
      for (const match of text.matchAll(CHINESE_DATE)) {
        const english = englishDate(match);
        if (!english) continue;
        const end = match.index + match[0].length;
        dates.push([match.index, end]);
        report({ start: match.index, end, message: `Untranslated Chinese date “${match[0]}”: “${english}”.`, replacements: [english] });
      }
      for (const match of text.matchAll(FRAGMENT)) {
        const start = match.index;
        const end = start + match[0].length;
        if (dates.some(([from, to]) => from <= start && end <= to)) continue;
        report(fragmentReport(index, match[0], start, end));
      }
    },
  };
}

function fragmentReport(index: TermIndex, fragment: string, start: number, end: number): RuleReport {
  const message = `Untranslated Chinese “${fragment}” in English text.`;
  if (!index.size) return { start, end, message };
  const exact = index.lookup(fragment);
  if (exact) {
    return { start, end, message: `Untranslated Chinese “${fragment}”: the glossary has “${exact.en[0]}” (${termOrigin(exact)}).`, replacements: [exact.en[0]!] };
  }
  const known = index.find(toSimplified(fragment));
  if (!known.length) return { start, end, message };
  const terms = known.map((m) => `${m.term} = “${m.entry.en[0]}”`).join("; ");
  return { start, end, message: `${message} Glossary: ${terms}.` };
}

/** The rule without a glossary (dates only); the Linter builds one with its glossary and terminology. */
export const untranslatedChinese: Rule = createUntranslatedChinese(new TermIndex([]));
