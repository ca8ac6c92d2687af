import { countScripts } from "../language/detect.js";
import type { Rule } from "../types.js";

// A paragraph whose English is missing: the target is still Chinese, or is
// the source copied unchanged. A target identical to a source without Han
// characters (a name, a number, a URL) is a correct translation and passes.

const normalise = (text: string): string => text.normalize("NFKC").replace(/\s+/g, " ").trim();

export const untranslatedParagraph: Rule = {
  meta: {
    id: "untranslated-paragraph",
    category: "untranslated",
    severity: "error",
    description: "A paragraph left in Chinese, or identical to its Chinese source (needs the source).",
    languages: ["en", "zh", "none"],
  },
  check({ segment, report }) {
    if (!segment.source || countScripts(segment.source.text).han === 0) return;
    const end = segment.text.trimEnd().length;
    if (normalise(segment.text) === normalise(segment.source.text)) {
      report({ start: 0, end, message: `This paragraph is its source (${segment.source.label}) copied unchanged: it is not translated.` });
    } else if (segment.lang === "zh") {
      report({ start: 0, end, message: `This paragraph is still in Chinese: its source is ${segment.source.label}.` });
    }
  },
};
