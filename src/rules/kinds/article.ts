// A replacement can change the sound that starts a noun phrase: "a
// production-study-research base" becomes "an industry-university-research
// base". When the word before a match is the indefinite article, the fix
// takes the article with it and writes the one each replacement needs.

/** Whether an English word or phrase starts with a vowel sound (a/an). */
export function startsWithVowelSound(text: string): boolean {
  const word = /^[\p{L}\p{N}]+/u.exec(text.trimStart())?.[0] ?? "";
  if (!word) return false;
  // Initialisms are read letter by letter: "an SOE", "a CPC".
  if (word.length > 1 && word === word.toUpperCase() && /^\p{Lu}+$/u.test(word)) return /^[AEFHILMNORSX]/.test(word);
  const lower = word.toLowerCase();
  if (/^(?:one|once|eu|ewe|uni|use|usu|uti|ura|uro|uk)/.test(lower)) return false;
  if (/^(?:hour|honest|honou?r|heir)/.test(lower)) return true;
  return /^[aeiou]/.test(lower);
}

export interface ArticleAdjusted {
  start: number;
  replacements: string[];
}

/**
 * If `a`/`an` stands just before `start` and some replacement needs the other
 * article, extends the range over the article and prefixes every replacement
 * with the article it needs. Otherwise returns the input unchanged.
 */
export function adjustArticle(text: string, start: number, replacements: string[]): ArticleAdjusted {
  const before = /(?:^|[^\p{L}\p{N}'’-])([Aa]n?)(\s+)$/u.exec(text.slice(Math.max(0, start - 4), start));
  if (!before || replacements.length === 0) return { start, replacements };
  const [, article, space] = before as unknown as [string, string, string];
  const needs = (replacement: string): string => {
    const an = startsWithVowelSound(replacement);
    const word = an ? "an" : "a";
    return article[0] === "A" ? word[0]!.toUpperCase() + word.slice(1) : word;
  };
  const differs = replacements.some((r) => r !== "" && needs(r).toLowerCase() !== article.toLowerCase());
  if (!differs) return { start, replacements };
  const articleStart = start - article.length - space.length;
  return {
    start: articleStart,
    replacements: replacements.map((r) => (r === "" ? article + space : needs(r) + space + r)),
  };
}
