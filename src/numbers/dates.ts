import { parseChineseNumeral } from "./chinese-numerals.js";

// Chinese dates in English form: 2023年10月18日 → "October 18, 2023",
// 10月18日 → "October 18", 2023年10月 → "October 2023"; the numerals may be
// digits or Chinese (二〇二三年十月十八日).

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const N = "(\\d{1,4}|[〇零一二三四五六七八九十]{1,4})";
/** A Chinese date with at least a month, or a year and a month. */
export const CHINESE_DATE = new RegExp(`(?<!\\d)(?:${N}\\s*年\\s*)?${N}\\s*月(?:\\s*${N}\\s*[日号])?`, "gu");

const number = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);

/** The English form of a date CHINESE_DATE matched, or undefined when it is not a real date. */
export function englishDate(match: RegExpMatchArray): string | undefined {
  const year = number(match[1]);
  const month = number(match[2]);
  const day = number(match[3]);
  if (month === undefined || month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  if (year !== undefined && (year < 1000 || year > 2999)) return undefined;
  const name = MONTHS[month - 1]!;
  if (day !== undefined) return year !== undefined ? `${name} ${day}, ${year}` : `${name} ${day}`;
  return year !== undefined ? `${name} ${year}` : name;
}
