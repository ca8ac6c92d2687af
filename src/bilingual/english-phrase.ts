// Finding a glossary rendering in English: case-insensitive, whole words,
// any run of spaces or a hyphen between words ("quality-oriented" and
// "quality oriented" are the same rendering), and a plural or possessive
// ending on the last word when `inflected` (a term may be used in the plural).

const cache = new Map<string, RegExp>();

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An abbreviation in capitals also matches its dotted form: AI, A.I.; FBI, F.B.I. */
function wordPattern(word: string): string {
  if (/^\p{Lu}{2,6}$/u.test(word)) return [...word].map((letter) => `${letter}\\.?`).join("");
  return escapeRegex(word);
}

export function phraseRegex(phrase: string, inflected: boolean): RegExp {
  const key = `${inflected ? 1 : 0}${phrase}`;
  let regex = cache.get(key);
  if (!regex) {
    const words = phrase.trim().split(/[\s\-‐–]+/).filter(Boolean).map(wordPattern);
    const ending = inflected ? "(?:s|es|['’]s)?" : "";
    regex = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("[\\s\\-‐]+")}${ending}(?![\\p{L}\\p{N}])`, "giu");
    cache.set(key, regex);
  }
  regex.lastIndex = 0;
  return regex;
}

// Before the pattern, a cheaper test that can only rule a phrase out: the
// text, lower-cased, must contain each plain ASCII word of the phrase,
// lower-cased. Under the pattern's case-insensitive Unicode matching an ASCII
// letter matches only itself in either case, ſ (U+017F, as s) and the Kelvin
// sign (U+212A, as k); a text with either of those two skips the test. An
// abbreviation (which also matches dotted) and a word with other characters
// are left to the pattern.
const requiredCache = new Map<string, string[]>();
const PLAIN_ASCII = /^[\0-\x7f]+$/;
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

function requiredWords(phrase: string): string[] {
  let words = requiredCache.get(phrase);
  if (!words) {
    words = phrase.trim().split(/[\s\-‐–]+/).filter((word) => word && !/^\p{Lu}{2,6}$/u.test(word) && PLAIN_ASCII.test(word)).map((word) => word.toLowerCase());
    requiredCache.set(phrase, words);
  }
  return words;
}

// key-term asks about many phrases in one text in a row: its lower-cased form is kept for the next call
let lastText: string | undefined;
let lastLower: string | undefined;

function mayContain(text: string, phrase: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastLower = FOLDS_TO_ASCII.test(text) ? undefined : text.toLowerCase();
  }
  const lower = lastLower;
  return lower === undefined || requiredWords(phrase).every((word) => lower.includes(word));
}

export function containsPhrase(text: string, phrase: string): boolean {
  return mayContain(text, phrase) && phraseRegex(phrase, true).test(text);
}

/** Every occurrence of a phrase (as written, no inflection): for replacing avoided renderings. */
export function phraseOccurrences(text: string, phrase: string): { start: number; end: number; text: string }[] {
  if (!mayContain(text, phrase)) return [];
  return [...text.matchAll(phraseRegex(phrase, false))].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}
