import type { Rule } from "../../types.js";
import { doubleSpace } from "./double-space.js";
import { fullwidthAlphanumeric } from "./fullwidth-alphanumeric.js";
import { fullwidthPunctuation } from "./fullwidth-punctuation.js";
import { missingSpaceAfterPunctuation } from "./missing-space-after-punctuation.js";
import { repeatedWord } from "./repeated-word.js";
import { spaceBeforePunctuation } from "./space-before-punctuation.js";
import { unitNameCapitalization } from "./unit-name-capitalization.js";
import { untranslatedChinese } from "./untranslated-chinese.js";

/** Rules written in code; everything phrase-shaped lives in dictionaries/. */
export const builtinRules: readonly Rule[] = [
  fullwidthPunctuation,
  fullwidthAlphanumeric,
  doubleSpace,
  spaceBeforePunctuation,
  missingSpaceAfterPunctuation,
  repeatedWord,
  unitNameCapitalization,
  untranslatedChinese,
];
