import { lazy, lazyRequire } from "../lazy-require.js";

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
const FUNCTION_WORDS = new Set(
  "the of and to in a an is are was were for on with by at from that this it as be has have had not or but will would its their his her they he she we you i our which who".split(" "),
);
const MIN_WORDS = 8;
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
export function isOtherLatinLanguage(words: readonly string[], text: string): boolean {
  if (words.length < MIN_WORDS) return false;
  const functionWords = words.filter((word) => FUNCTION_WORDS.has(word.toLowerCase())).length;
  if (functionWords / words.length >= MAX_FUNCTION_RATIO) return false;
  const scores = franc()?.(text, { only: CANDIDATES, minLength: 10 });
  if (!scores?.length || scores[0]![0] === "eng") return false;
  const english = scores.find(([language]) => language === "eng")?.[1] ?? 0;
  return english < MAX_ENGLISH_SCORE;
}
