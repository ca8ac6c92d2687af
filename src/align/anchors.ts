// What a paragraph and its translation share whatever the wording: numbers
// (Arabic digits, with 万/亿 and million/billion scaled, English month names
// as their numbers) and Latin names written inside the Chinese text. The
// aligner counts the anchors that a pairing leaves unmatched.

const NUMBER = /\d+(?:[.,]\d+)*/gu;
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_WORD = new RegExp(`\\b(?:${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b\\.?`, "giu");
const CHINESE_SCALE: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const ENGLISH_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}\d]+/gu;
const HAN = /\p{Script=Han}/u;
// punctuation that translation keeps: questions, exclamations, brackets (after NFKC, full-width is ASCII)
const KEPT_PUNCTUATION = /[?!(]/gu;

/** Number anchors of a text, normalised so that 3.5万, 35,000 and 35 thousand agree. */
export function numberAnchors(text: string): string[] {
  const normal = text.normalize("NFKC");
  const anchors: string[] = [];
  for (const match of normal.matchAll(NUMBER)) {
    // a comma between groups of three is a thousands separator; any other is punctuation between numbers
    const parts = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(match[0]) ? [match[0].replaceAll(",", "")] : match[0].split(",");
    for (const [index, part] of parts.entries()) {
      let value = Number(part);
      if (!Number.isFinite(value)) continue;
      if (index === parts.length - 1) value *= scaleAfter(normal, match.index + match[0].length);
      anchors.push(String(Math.round(value * 1000) / 1000));
    }
  }
  for (const match of normal.matchAll(MONTH_WORD)) {
    const word = match[0].toLowerCase().replace(/\.$/, "");
    // "may" is a month only before a day number ("May 5"), otherwise a verb
    if (word === "may" && !/^\s+\d/.test(normal.slice(match.index + match[0].length))) continue;
    anchors.push(String(MONTHS.findIndex((month) => month.startsWith(word.slice(0, 3))) + 1));
  }
  return anchors;
}

function scaleAfter(text: string, end: number): number {
  const next = text[end];
  if (next && CHINESE_SCALE[next]) return CHINESE_SCALE[next];
  const word = /^\s*(thousand|million|billion)\b/iu.exec(text.slice(end));
  return word ? ENGLISH_SCALE[word[1]!.toLowerCase()]! : 1;
}

/** Punctuation a translation usually keeps, one anchor per mark; a quotation counts once (“ or a pair of "). */
export function punctuationAnchors(text: string): string[] {
  const normal = text.normalize("NFKC");
  const marks = [...normal.matchAll(KEPT_PUNCTUATION)].map((match) => match[0]);
  const quotations = (normal.match(/“/gu)?.length ?? 0) + Math.floor((normal.match(/"/gu)?.length ?? 0) / 2);
  return [...marks, ...Array<string>(quotations).fill('"')];
}

/** Latin words of two or more letters inside Chinese text (names such as "Stanford", "BIT"), lower-cased. */
export function latinNames(text: string): string[] {
  if (!HAN.test(text)) return [];
  return [...text.matchAll(LATIN_WORD)].map((match) => match[0].toLowerCase());
}

/** Every Latin word of a text, lower-cased: where the names of the Chinese side are looked for. */
export function latinWords(text: string): Set<string> {
  return new Set([...text.matchAll(LATIN_WORD)].map((match) => match[0].toLowerCase()));
}

/** Pairs of neighbouring Han characters: how a paragraph left in Chinese is recognised as its source's copy. */
export function hanBigrams(text: string): Set<string> {
  const han = [...text].filter((char) => HAN.test(char));
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) bigrams.add(han[i]! + han[i + 1]!);
  return bigrams;
}

/** How many items of `a` find a partner in `b` (multisets). */
export function sharedCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const item of b) counts.set(item, (counts.get(item) ?? 0) + 1);
  let shared = 0;
  for (const item of a) {
    const left = counts.get(item) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(item, left - 1);
    }
  }
  return shared;
}
