import { lazy } from "../lazy-require.js";
import { chineseNumbers } from "../numbers/chinese-text.js";
import { englishNumbers } from "../numbers/english-text.js";
import { covered, hasValue, type NumberMention } from "../numbers/types.js";
import type { Rule } from "../types.js";
import { memoByText } from "../language/memo.js";
import { simplifiedSource } from "./simplified-source.js";

// Numbers and dates on both sides of a pair: a number of the source that the
// English lacks, and a number of the English that the source lacks. Values
// are compared, not strings (3.5万 is 35,000 and "35 thousand"; 2023年8月30日
// is "August 30, 2023"); only "strong" numbers are reported, and anything the
// other side could be saying in words excuses them (see numbers/).

const YEAR = (value: number): boolean => Number.isInteger(value) && value >= 1900 && value <= 2100;
// value.toLocaleString("en-US", { maximumFractionDigits: 6 }) is specified as this formatter's format, which it builds anew at each call
// (made on first use: most runs print no number)
const formatter = lazy(() => new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 }));
export const formatNumber = (value: number): string => formatter().format(value);

// Traditional numerals (萬, 億, 兩) read as their Simplified forms, so both scripts give the same findings
const sourceProfile = memoByText((text) => chineseNumbers(simplifiedSource(text)));

export const numbersRule: Rule = {
  meta: {
    id: "number-mismatch",
    category: "accuracy",
    severity: "warning",
    description: "A number or date of the Chinese source is missing from the English, or the English has one the source lacks (needs the source).",
    ownIdOnly: true,
    languages: ["en"],
  },
  check({ segment, report }) {
    if (!segment.source) return;
    const source = sourceProfile(segment.source.text);
    // nothing to report without a strong number on either side, and the English has one only with a digit
    if (!source.strong.length && !/[0-9]/.test(segment.text)) return;
    const english = englishNumbers(segment.text);
    const missing = uniqueByValue(source.strong.filter((n) => !hasValue(english.values, n.value)));
    for (const number of missing) {
      const digits = number.text.replace(/[%％\s]/g, "");
      const shown = digits === formatNumber(number.value) || Number(digits) === number.value ? "" : ` (${formatNumber(number.value)})`;
      report({
        start: 0,
        end: segment.text.trimEnd().length,
        message: `The source (${segment.source.label}) has “${number.text}”${shown}, which is not in the English.`,
      });
    }
    for (const number of uniqueByValue(english.strong)) {
      if (covered(source.values, number)) continue;
      if (YEAR(number.value) && source.relativeYear) continue;
      report({ start: number.start, end: number.end, message: `“${number.text.trim()}” is not in the source (${segment.source.label}).` });
    }
  },
};

function uniqueByValue(numbers: NumberMention[]): NumberMention[] {
  const seen: number[] = [];
  return numbers.filter((n) => (hasValue(seen, n.value) ? false : (seen.push(n.value), true)));
}
