import { TermIndex } from "../../glossary/term-index.js";
import { termOrigin } from "../../glossary/types.js";
import { toSimplified } from "../../language/simplified.js";
import { CHINESE_DATE, englishDate } from "../../numbers/dates.js";
import type { Rule, RuleReport } from "../../types.js";

// Chinese characters left inside an English paragraph: the translation is
// missing. One finding per fragment. A date (2023年10月18日) gets its English
// form as a suggestion, and so does a fragment that is exactly a glossary or
// terminology term; a fragment that contains terms names their renderings.
// A fragment in parentheses right after a Latin word, "Wang Yi (王毅)", is a
// gloss an editor wrote on purpose (news and academic English give names and
// terms so): it is reported as information only, with no replacement, as an
// English rendering there would repeat the words before it.
const FRAGMENT = /\p{Script=Han}(?:[\p{Script=Han}\s，。、：；！？（）《》“”0-9０-９]*\p{Script=Han})?/gu;

export function createUntranslatedChinese(index: TermIndex): Rule {
  return {
    meta: {
      id: "untranslated-chinese",
      category: "untranslated",
      severity: "error",
      safety: "suggestion",
      description: "Chinese text left inside an English paragraph; dates and glossary terms get their translation as a suggestion; a gloss in parentheses after the English (Wang Yi (王毅)) is only info.",
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
        report(isGloss(text, start, end) ? glossReport(match[0], start, end) : fragmentReport(index, match[0], start, end));
      }
    },
  };
}

// a Latin letter or digit, an optional space, an opening parenthesis; then the closing one
const BEFORE_GLOSS = /[\p{Script=Latin}\p{N}.'’]\s?[(（]$/u;
const GLOSS_CLOSE = /^[)）]/;

function isGloss(text: string, start: number, end: number): boolean {
  return GLOSS_CLOSE.test(text.slice(end, end + 1)) && BEFORE_GLOSS.test(text.slice(Math.max(0, start - 3), start));
}

function glossReport(fragment: string, start: number, end: number): RuleReport {
  return { start, end, severity: "info", message: `Chinese “${fragment}” given in parentheses after the English: keep it only if readers need the original.` };
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
