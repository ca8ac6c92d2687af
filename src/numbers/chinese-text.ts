import { NUMERAL_CHARS, isDigitChar, isUnitChar, parseChineseNumeral } from "./chinese-numerals.js";
import { FRACTIONS, type NumberMention, type NumberProfile } from "./types.js";

// The numbers of a Chinese text. Digits count always (3.5万 is 35,000, 12%
// is 12); Chinese numerals count as "strong" only when they cannot be part of
// a word: ten and more, well formed (十九大 → 19, 两千 → 2000), or a year
// written digit by digit (二〇二三年). 一 alone is an article as often as a
// number (一个, 统一), so single characters only excuse English numbers.

const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const ARABIC = /(?<![\p{Script=Latin}\d.])(\d+(?:[,，]\d{3})*(?:\.\d+)?)([½¼¾])?(?![\p{Script=Latin}\d.])(\s*[多余]?\s*(?:万亿|亿|万|千|百)(?!分之))?(\s*[%％])?/gu;
const NUMERALS = new RegExp(`(百分之)?([${NUMERAL_CHARS}]+)`, "gu");
const OTHER_VALUES: [RegExp, number][] = [[/半/u, 0.5], [/[双俩]/u, 2], [/首/u, 1], [/百分之百/u, 100]];
const RELATIVE_YEAR = /[今去明前当同次]年|本年度|上一年|下一年|[本上]世纪/u;

export function chineseNumbers(input: string): NumberProfile {
  const text = input.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, ".");
  const strong: NumberMention[] = [];
  const values: number[] = [];

  for (const match of text.matchAll(ARABIC)) {
    const base = Number(match[1]!.replace(/[,，]/g, "")) + (match[2] ? FRACTIONS[match[2]]! : 0);
    const multiplier = match[3] ? MULTIPLIERS[match[3].replace(/[\s多余]/g, "")]! : 1;
    const value = roundTo(base * multiplier);
    values.push(base, value);
    strong.push({ value, text: match[0].trim(), start: match.index, end: match.index + match[0].trimEnd().length });
  }

  for (const match of text.matchAll(NUMERALS)) {
    const chars = match[2]!;
    const value = parseChineseNumeral(chars);
    const start = match.index + (match[1]?.length ?? 0);
    const after = text[start + chars.length];
    // a numeral right after digits is their multiplier (3.5万), already counted
    if (/\d/.test(text[start - 1] ?? "")) continue;
    for (const char of chars) if (isDigitChar(char)) values.push(parseChineseNumeral(char)!);
    if (value === undefined) {
      // not one number, perhaps several or a name (十四五 is the 14th five-year plan): its parts excuse
      for (let from = 0; from < chars.length; from++) {
        for (let to = from + 2; to <= Math.min(chars.length, from + 6); to++) {
          const part = parseChineseNumeral(chars.slice(from, to));
          if (part !== undefined) values.push(part);
        }
      }
      continue;
    }
    values.push(value);
    const isYear = after === "年" && [...chars].length === 4 && [...chars].every(isDigitChar);
    const isNumber = [...chars].length >= 2 && [...chars].some(isUnitChar) && [...chars].some(isDigitChar);
    if (value >= 10 && (isYear || isNumber)) {
      strong.push({ value, text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  for (const [pattern, value] of OTHER_VALUES) if (pattern.test(text)) values.push(value);
  return { strong, values, relativeYear: RELATIVE_YEAR.test(text) };
}

function roundTo(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
