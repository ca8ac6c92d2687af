import { FRACTIONS, type NumberMention, type NumberProfile } from "./types.js";

// The numbers of an English text. Digits count ("35,000", "£3.5bn", "19th",
// "12%", "the 1980s"), except inside names and codes (G20, COVID-19, 5G) and
// clock times, whose hours depend on the convention. Number words, ordinals,
// month names and every digit run ("247sports") only excuse the source's
// numbers: words are too often idiom ("one of", "second to none").

const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12, k: 1e3 };
/** single letters are scales only after a currency sign (£125m, but 100m is a distance) */
const CURRENCY_ONLY = new Set(["m", "k"]);
const DIGITS = /(?<!\p{Lu}-?|[\p{Ll}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([½¼¾])?(?:(st|nd|rd|th|s)|\s?(thousand|million|billion|trillion|mn|bn|tn|m|k))?%?(?![\p{L}\p{N}]|:\d|\.\d)/gu;
const CLOCK = /(?<![\d.])(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?m\b\.?|o'clock|(?<=\d:\d\d))/giu;
const CURRENCY = /[£$€¥]\s?$/u;
const ANY_DIGITS = /\d+(?:\.\d+)?/g;

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
  a: 1, an: 1, once: 1, single: 1, twice: 2, both: 2, double: 2, pair: 2, couple: 2, dual: 2, bilateral: 2, twin: 2, thrice: 3, triple: 3,
  dozen: 12, dozens: 12, half: 0.5, quarter: 0.25, hundreds: 100, thousands: 1000, millions: 1e6, none: 0, no: 0,
};
const WORD_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, decade: 10, decades: 10, hundredth: 100, thousandth: 1000 };
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/**
 * Each month's name and every beginning of it of three letters or more → its
 * index. No two months share a beginning that long, so a word is a month when
 * it is in here and is the whole name or capitalised (an abbreviation: Sept,
 * Dec), as a search through the names would find; one lookup per word.
 */
const MONTH_STARTS = new Map<string, number>(MONTHS.flatMap((name, index) => [...name.slice(2)].map((_, k) => [name.slice(0, k + 3), index] as const)));
// Number words are looked up in maps: a word just cut from the text is a
// string an object lookup would first have to intern. The objects also answer
// for the names Object.prototype has ("constructor"…); the maps send those
// names back to them, so every word keeps the value it always had.
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
const WORD_VALUES = new Map(Object.entries(WORDS));
const SCALE_VALUES = new Map(Object.entries(WORD_SCALES));
const lookUp = (values: ReadonlyMap<string, number>, object: Record<string, number>, word: string): number | undefined => (INHERITED.has(word) ? object[word] : values.get(word));
const WORD = /\p{L}+/gu;
const RELATIVE_YEAR = /\b(?:this|last|next|that|the same|the following|the previous|a) year\b|\bannual|\bcentury\b/i;

/** The month (0–11) a word names, as lower-cased `word` and as `written`; -1 for none. */
export function monthIndex(word: string, written: string): number {
  const start = MONTH_STARTS.get(word);
  return start !== undefined && (MONTHS[start] === word || /^[A-Z]/.test(written)) ? start : -1;
}

export function englishNumbers(text: string): NumberProfile {
  const strong: NumberMention[] = [];
  const values: number[] = [];
  const clock = new Set<number>();
  for (const match of text.matchAll(CLOCK)) {
    if (!match[2] && !match[3] && !/o'clock/i.test(match[0])) continue;
    const hours = Number(match[1]);
    values.push(hours, hours % 12, hours + 12);
    if (match[2]) values.push(Number(match[2]), Number(`${hours}.${match[2]}`));
    for (let i = match.index; i < match.index + match[0].length; i++) clock.add(i);
  }
  for (const match of text.matchAll(ANY_DIGITS)) values.push(Number(match[0]));
  for (const match of text.matchAll(DIGITS)) {
    if (clock.has(match.index)) continue;
    const base = Number(match[1]!.replace(/,/g, "") + (match[2] ?? "")) + (match[3] ? FRACTIONS[match[3]]! : 0);
    const scaleWord = match[5]?.toLowerCase();
    values.push(base);
    if (scaleWord && CURRENCY_ONLY.has(scaleWord) && !CURRENCY.test(text.slice(0, match.index))) continue;
    const value = scaleWord ? Math.round(base * SCALES[scaleWord]! * 1e6) / 1e6 : base;
    values.push(value);
    const mention: NumberMention = { value, text: match[0], start: match.index, end: match.index + match[0].length };
    if (match[4] === "s" && value >= 1000 && value % 10 === 0) {
      // a decade: the 1930s are the thirties of the twentieth century
      mention.alternatives = [value % 100, Math.floor(value / 100) + 1];
      values.push(...mention.alternatives);
    }
    strong.push(mention);
  }
  let current = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const month = monthIndex(word, match[0]);
    if (month >= 0) values.push(month + 1);
    const small = lookUp(WORD_VALUES, WORDS, word);
    const scale = lookUp(SCALE_VALUES, WORD_SCALES, word);
    if (small !== undefined) {
      values.push(small);
      current += small;
      values.push(current);
    } else if (scale !== undefined) {
      current = (current || 1) * scale;
      values.push(current);
    } else if (word !== "and") {
      current = 0;
    }
  }
  return { strong, values, relativeYear: RELATIVE_YEAR.test(text) };
}
