import { hasHanProse } from "../language/detect.js";
import type { Rule } from "../types.js";

// A paragraph whose English is missing: the target is still Chinese, or is
// the source copied unchanged. A target identical to a source without Han
// characters (a name, a number, a URL) is a correct translation and passes.

const normalise = (text: string): string => text.normalize("NFKC").replace(/\s+/g, " ").trim();
/**
 * Text of these characters (ASCII, Latin-1, Latin Extended-A and -B, General
 * Punctuation) has no Han character once normalised, while a source with Han
 * keeps it (every Han character normalises to Han): such an English paragraph
 * cannot be its source copied, and neither side need be normalised. Both facts
 * are checked character by character in test/bilingual/untranslated.test.ts.
 */
export const NEVER_HAN = /^[\u0000-\u024f\u2000-\u206f]*$/;

export const untranslatedParagraph: Rule = {
  meta: {
    id: "untranslated-paragraph",
    category: "untranslated",
    severity: "error",
    description: "A paragraph left in Chinese, or identical to its Chinese source (needs the source).",
    ownIdOnly: true,
    languages: ["en", "zh", "none"],
  },
  check({ segment, report }) {
    if (!segment.source || !hasHanProse(segment.source.text)) return;
    const end = segment.text.trimEnd().length;
    if (!NEVER_HAN.test(segment.text) && normalise(segment.text) === normalise(segment.source.text)) {
      report({ start: 0, end, message: `This paragraph is its source (${segment.source.label}) copied unchanged: it is not translated.` });
    } else if (segment.lang === "zh") {
      report({ start: 0, end, message: `This paragraph is still in Chinese: its source is ${segment.source.label}.` });
    }
  },
};
