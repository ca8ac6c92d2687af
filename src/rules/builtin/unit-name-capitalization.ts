import type { Rule } from "../../types.js";

// "the international Department", "logistics infrastructure Office": MT
// capitalises the head noun of an office's name (部, 处, 中心) but not the words
// before it. The name is either a proper name (capitalise it all) or a plain
// description (lower-case it all); which one is the writer's call, so both are
// offered as suggestions, the proper name first since these are names of units.

const UNIT = "Department|Office|Center|Centre|Bureau|Division|Section";
// A run of lower-case words right before the capitalised unit noun.
// Not after a capitalised word: "Cabinet level Department" is a name already.
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?<!\\p{Lu}\\p{L}*\\s+)((?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3})(${UNIT})(?![\\p{L}\\p{N}])`, "gu");
const UNIT_AT = new RegExp(`(?:${UNIT})`, "g");
const PATTERN_HERE = new RegExp(PATTERN.source, "uy");
const IN_WORDS = /[\p{Ll}\s-]/u;

/** Chars that can stand between a match's start and its unit noun (a superset: any surrogate counts). */
function inWords(code: number, char: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || code === 45 || code === 32 || (code >= 9 && code <= 13);
  return (code >= 0xd800 && code <= 0xdfff) || IN_WORDS.test(char);
}

/**
 * The matches of PATTERN in text, exactly as text.matchAll(PATTERN) gives
 * them, without trying the pattern at every position (its look-behinds made
 * it the slowest rule). A match is lower-case words and spaces followed by a
 * unit noun, and a unit noun starts with a capital: so a match starts inside
 * the run of such chars that ends at some unit noun, and only those few
 * positions are tried, in order, with a sticky copy of the pattern.
 */
function* unitMatches(text: string): Generator<RegExpExecArray> {
  let from = 0;
  const unitAt = new RegExp(UNIT_AT);
  for (let unit = unitAt.exec(text); unit; unit = unitAt.exec(text)) {
    const at = unit.index;
    let start = at;
    while (start > from && inWords(text.charCodeAt(start - 1), text[start - 1]!)) start--;
    for (let position = start; position < at; position++) {
      PATTERN_HERE.lastIndex = position;
      const match = PATTERN_HERE.exec(text);
      if (!match) continue;
      from = match.index + match[0].length;
      yield match;
      break;
    }
    unitAt.lastIndex = Math.max(at + 1, from);
  }
}

// Words that are not part of a name: articles, prepositions, common adjectives.
const NOT_NAME = new Set([
  "the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "at", "by", "from", "with", "into", "as", "our", "its", "their", "his", "her",
  "this", "that", "these", "those", "each", "every", "new", "old", "main", "whole", "same", "other", "former", "current", "relevant",
  "respective", "entire", "said", "whose", "which", "was", "is", "are", "were", "be", "been", "has", "have", "had", "will", "would",
  "not", "no", "any", "all", "both", "either", "neither", "such", "own", "first", "second", "third", "last", "next", "then",
  "single", "separate", "my", "your", "level", "special", "big", "small", "large", "great", "good", "best", "only", "federal",
  "previous", "one", "another", "proposed", "present", "existing",
]);

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** exported for the test that checks unitMatches against it */
export { PATTERN as UNIT_NAME_PATTERN, unitMatches };

export const unitNameCapitalization: Rule = {
  meta: {
    id: "unit-name-capitalization",
    category: "capitalization",
    severity: "warning",
    safety: "suggestion",
    description: "A unit name capitalised only on its last word (the international Department): capitalise the whole name, or none of it.",
    languages: ["en"],
    ownIdOnly: true,
  },
  check({ segment, report }) {
    const { text } = segment;
    for (const match of unitMatches(text)) {
      const words = [...match[1]!.matchAll(/\S+/gu)];
      // the name is the trailing run of words that can belong to a name
      let first = words.length;
      // hyphenated words are left out: they are mostly adjectives (well-integrated)
      while (first > 0 && !NOT_NAME.has(words[first - 1]![0]) && !words[first - 1]![0].includes("-")) first--;
      if (first === words.length) continue;
      const start = match.index + words[first]!.index;
      const end = match.index + match[0].length;
      const original = text.slice(start, end);
      const unit = match[2]!;
      const description = original.slice(0, original.length - unit.length);
      const proper = description.replace(/\p{Ll}[\p{Ll}-]*/gu, (word) => word.split("-").map(capitalize).join("-")) + unit;
      report({
        start,
        end,
        message: `“${original}” is capitalised only on its last word: write the unit's name in capitals throughout, or in lower case as a description.`,
        replacements: [proper, description + unit.toLowerCase()],
        safety: "suggestion",
      });
    }
  },
};
