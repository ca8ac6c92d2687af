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

export function containsPhrase(text: string, phrase: string): boolean {
  return phraseRegex(phrase, true).test(text);
}

/** Every occurrence of a phrase (as written, no inflection): for replacing avoided renderings. */
export function phraseOccurrences(text: string, phrase: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(phraseRegex(phrase, false))].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}
