import type { DictionaryEntry } from "../dictionary/types.js";
import { TermIndex } from "../glossary/term-index.js";
import type { Rule } from "../types.js";
import { keyTermRule } from "./key-term.js";
import { numbersRule } from "./numbers.js";
import { untranslatedParagraph } from "./untranslated-paragraph.js";

/** The rules that compare an English segment with its Chinese source (`segment.source`). */
export function bilingualRules(index: TermIndex, dictionaryEntries: readonly DictionaryEntry[]): Rule[] {
  // Only safe dictionary entries fix a rendering already; a glossary term whose
  // source confirms it is still worth its safe fix where the dictionary merely suggests.
  const safeEntries = dictionaryEntries.filter((entry) => entry.safety === "safe");
  const dictionaryPhrases = new Set(safeEntries.flatMap((entry) => entry.phrases.map((p) => p.toLowerCase())));
  return [keyTermRule(index, dictionaryPhrases), numbersRule, untranslatedParagraph];
}

/** For `mtclean rules`: the bilingual rules do not depend on the glossary for their description. */
export const bilingualRuleMetas = bilingualRules(new TermIndex([]), []).map((rule) => rule.meta);
