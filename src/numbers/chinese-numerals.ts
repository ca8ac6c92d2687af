// Chinese numerals: 三十五 → 35, 两千 → 2000, 一亿二千万 → 120000000, and the
// digit-by-digit form of years, 二〇二三 → 2023.

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿";

export function isDigitChar(char: string): boolean {
  return char in DIGITS;
}

export function isUnitChar(char: string): boolean {
  return char in SMALL_UNITS || char === "万" || char === "亿";
}

/**
 * The value of a numeral, or undefined when the characters do not form one
 * (十四五 is a plan's name, 万一 means "in case", 三三两两 "in twos and threes").
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (!text) return undefined;
  const chars = [...text];
  if (chars.every(isDigitChar)) return Number(chars.map((c) => DIGITS[c]).join(""));
  if (!(isDigitChar(chars[0]!) || chars[0] === "十")) return undefined;
  let result = 0;
  let section = 0;
  let number: number | undefined;
  let previousWasDigit = false;
  for (const char of chars) {
    if (isDigitChar(char)) {
      // two digits in a row only after 零 (一百零五): otherwise not a numeral
      if (previousWasDigit && number !== 0) return undefined;
      number = DIGITS[char]!;
      previousWasDigit = true;
      continue;
    }
    previousWasDigit = false;
    const unit = SMALL_UNITS[char];
    if (unit) {
      section += (number ?? (char === "十" ? 1 : 0)) * unit;
      if (number === undefined && char !== "十") return undefined;
    } else if (char === "万") {
      result += (section + (number ?? 0)) * 1e4;
      section = 0;
    } else if (char === "亿") {
      result = (result + section + (number ?? 0)) * 1e8;
      section = 0;
    } else {
      return undefined;
    }
    number = undefined;
  }
  return result + section + (number ?? 0);
}
