import { lazy, lazyRequire } from "../lazy-require.js";
import { CodePointClass } from "./code-points.js";
import { memoByText } from "./memo.js";

// Latin script is not always English: a French or German quotation inside an
// English article must not get English rules (French puts a space before
// "?" and ":", which space-before-punctuation would "fix"). Script counting
// cannot tell them apart; franc can, on enough text. franc is unreliable on
// short English (it calls headlines Scots, Dutch or French), so it is asked
// only about paragraphs of eight words and more that have almost none of
// English's function words, and restricted to the languages plausible in a
// news page; it must clearly prefer another language.

type FrancAll = (text: string, options: { only: string[]; minLength: number }) => [string, number][];

const CANDIDATES = ["eng", "fra", "deu", "spa", "por", "ita", "nld", "ind", "vie", "tur", "pol", "swe"];
const FUNCTION_WORDS = "the of and to in a an is are was were for on with by at from that this it as be has have had not or but will would its their his her they he she we you i our which who".split(" ");
const MIN_WORDS = 8;
/** shorter texts are too short for franc anyway; most headlines and captions skip the counting */
const MIN_CHARS = 40;
/** English prose has about one function word in three; other languages share few of them */
const MAX_FUNCTION_RATIO = 0.12;
/** franc's normalised score for English (the best language scores 1) below which the text is not English */
const MAX_ENGLISH_SCORE = 0.75;

const franc = lazy((): FrancAll | undefined => {
  try {
    return lazyRequire<{ francAll: FrancAll }>("franc")().francAll;
  } catch {
    return undefined; // Node without require(esm) (before 20.19): every Latin paragraph stays English
  }
});

/** True when a Latin-script text is clearly another language than English. */
export const isOtherLatinLanguage = (text: string): boolean => leftToFranc(text) && notEnglishByFranc(text);

/** Whether a text is long enough, and has few enough English function words, for franc to be asked about it. */
export function leftToFranc(text: string): boolean {
  if (text.length < MIN_CHARS) return false;
  const { words, functionWords } = countLatinWords(text, true);
  return words >= MIN_WORDS && functionWords / words < MAX_FUNCTION_RATIO;
}

// Pairing the paragraphs of an interleaved document asks about every English
// paragraph, and fix asks again at each pass: franc's answer is kept per text.
const notEnglishByFranc = memoByText((text: string): boolean => {
  const scores = franc()?.(text, { only: CANDIDATES, minLength: 10 });
  if (!scores?.length || scores[0]![0] === "eng") return false;
  const english = scores.find(([language]) => language === "eng")?.[1] ?? 0;
  return english < MAX_ENGLISH_SCORE;
});

// Counting words runs over every English paragraph, so it is a loop over char
// codes, equal to counting the matches of /\p{Script=Latin}+/gu and those
// whose lower case is a function word, without making a string per word.
// Function words are ASCII and at most five letters: such a word is packed
// into a number (five bits a letter) and looked up among theirs.

/** 1 for an ASCII letter, 2 for another ASCII char: the common case, without a call */
const asciiClass = new Uint8Array(128);
for (let code = 0; code < 128; code++) asciiClass[code] = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 2;
/** The width (1 or 2 code units) of the Latin-script code point at i, or 0 when it is not one. */
const LATIN_CHAR = new CodePointClass(/^\p{Script=Latin}$/u);
const latinAt = (text: string, i: number): number => LATIN_CHAR.widthAt(text, i);

const MAX_PACKED = 5;
const pack = (word: string): number => {
  let packed = 0;
  for (let i = 0; i < word.length; i++) packed = packed * 32 + (word.charCodeAt(i) - 96);
  return packed;
};
const PACKED_FUNCTION_WORDS = new Set(FUNCTION_WORDS.map(pack));

/**
 * The Latin-script words of a text (runs of Latin letters), and how many of
 * them are English function words. With `untilEnglish`, the count may stop
 * early, once the text has MIN_WORDS words and so many function words that
 * even if every char left began a word (at most one in two can) their share
 * would stay at MAX_FUNCTION_RATIO or above: the counts returned then say so
 * too. Most paragraphs asked about are English, and stop about halfway.
 */
export function countLatinWords(text: string, untilEnglish = false): { words: number; functionWords: number } {
  let words = 0;
  let functionWords = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    // most chars are ASCII: letters start a word, others are skipped without a call
    const width = code < 128 ? (asciiClass[code] === 1 ? 1 : 0) : latinAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    words++;
    // the word's lower-case ASCII letters packed, while it is short and ASCII (-1 once it is not)
    let packed = 0;
    let letters = 0;
    for (let w = width; w !== 0; ) {
      if (packed !== -1) {
        const letter = text.charCodeAt(i);
        if (w === 1 && letter < 128 && letters < MAX_PACKED) {
          packed = packed * 32 + ((letter | 0x20) - 96);
          letters++;
        } else packed = -1;
      }
      i += w;
      if (i >= length) break;
      const next = text.charCodeAt(i);
      w = next < 128 ? (asciiClass[next] === 1 ? 1 : 0) : latinAt(text, i);
    }
    if (packed > 0 && PACKED_FUNCTION_WORDS.has(packed)) {
      functionWords++;
      // text[i] ends the word: the words left start at i + 1, i + 3... at the most
      if (untilEnglish && words >= MIN_WORDS && functionWords / (words + ((length - i) >> 1)) >= MAX_FUNCTION_RATIO) break;
    }
  }
  return { words, functionWords };
}
