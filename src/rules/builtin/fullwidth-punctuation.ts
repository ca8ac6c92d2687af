import type { Rule } from "../../types.js";
import { isHan, isHorizontalSpace } from "../chars.js";

// Chinese (full-width) punctuation left in an English paragraph, converted to
// its English counterpart with English spacing: nothing before a closing mark,
// one space after it unless a line end, a space or another closing mark
// follows; the mirror image for opening marks.

type Role = "open" | "close" | "plain";
interface Mapping {
  english: string;
  role: Role;
}

const MARKS: Record<string, Mapping> = {
  "。": { english: ".", role: "close" },
  "，": { english: ",", role: "close" },
  "、": { english: ",", role: "close" },
  "：": { english: ":", role: "close" },
  "；": { english: ";", role: "close" },
  "！": { english: "!", role: "close" },
  "？": { english: "?", role: "close" },
  "．": { english: ".", role: "close" },
  "（": { english: "(", role: "open" },
  "）": { english: ")", role: "close" },
  "［": { english: "[", role: "open" },
  "］": { english: "]", role: "close" },
  "【": { english: "[", role: "open" },
  "】": { english: "]", role: "close" },
  "｛": { english: "{", role: "open" },
  "｝": { english: "}", role: "close" },
  // A title in 《》 becomes a quoted title, the form that survives plain text.
  "《": { english: "“", role: "open" },
  "》": { english: "”", role: "close" },
  "〈": { english: "“", role: "open" },
  "〉": { english: "”", role: "close" },
  "「": { english: "“", role: "open" },
  "」": { english: "”", role: "close" },
  "『": { english: "‘", role: "open" },
  "』": { english: "’", role: "close" },
  "＂": { english: '"', role: "plain" },
  "＇": { english: "'", role: "plain" },
  "……": { english: "...", role: "close" },
  "～": { english: "~", role: "plain" },
};

// "——" is left alone: English typesetting uses a doubled em dash too.
const CANDIDATE = /……|[。，、：；！？．（）［］【】｛｝《》〈〉「」『』＂＇～]/gu;
const CLOSING_AFTER = new Set([..."．.,;:!?)]}”’\"'»…"]);
const OPENING = new Set([..."([{“‘«"]);
const DIGIT = /\p{Nd}/u;

function englishOf(char: string | undefined): string | undefined {
  if (char === undefined) return undefined;
  return MARKS[char]?.english ?? char;
}

/** The nearest non-space character before / after a position. */
function neighbour(text: string, index: number, step: -1 | 1): string | undefined {
  for (let i = index; i >= 0 && i < text.length; i += step) {
    if (!isHorizontalSpace(text[i]!)) return text[i];
  }
  return undefined;
}

export const fullwidthPunctuation: Rule = {
  meta: {
    id: "fullwidth-punctuation",
    category: "punctuation",
    severity: "error",
    safety: "safe",
    description: "Chinese full-width punctuation (。，：；！？（）、《》【】「」……～) in English text becomes English punctuation with English spacing.",
    languages: ["en"],
    ownIdOnly: true,
  },
  check({ segment, report }) {
    const { text } = segment;
    for (const match of text.matchAll(CANDIDATE)) {
      const mark = match[0];
      const at = match.index;
      const after = at + mark.length;
      // Punctuation touching Chinese characters belongs to a Chinese fragment:
      // the untranslated rule reports that fragment as a whole.
      if (isHan(neighbour(text, at - 1, -1)) || isHan(neighbour(text, after, 1))) continue;

      const mapping = MARKS[mark]!;
      let english = mapping.english;
      if (mark === "～" && DIGIT.test(text[at - 1] ?? "") && DIGIT.test(text[after] ?? "")) english = "-";

      let start = at;
      let end = after;
      let prefix = "";
      let suffix = "";
      if (mapping.role === "close") {
        while (start > 0 && isHorizontalSpace(text[start - 1]!) && text[start - 2] !== undefined && text[start - 2] !== "\n") start--;
        const next = text[after];
        const nextEnglish = englishOf(next);
        const betweenDigits = (english === "," || english === ":") && DIGIT.test(text[at - 1] ?? "") && DIGIT.test(next ?? "");
        if (next !== undefined && nextEnglish !== undefined && !/\s/u.test(next) && !CLOSING_AFTER.has(nextEnglish) && !betweenDigits) {
          suffix = " ";
        }
      } else if (mapping.role === "open") {
        const previous = text[at - 1];
        const previousEnglish = englishOf(previous);
        if (previous !== undefined && previousEnglish !== undefined && !/\s/u.test(previous) && !OPENING.has(previousEnglish)) prefix = " ";
        while (end < text.length && isHorizontalSpace(text[end]!)) end++;
      }
      const replacement = prefix + english + suffix;
      report({
        start,
        end,
        message: `Full-width “${mark}” in English text: use “${english}”${mapping.role === "plain" ? "" : " with English spacing"}.`,
        replacements: [replacement],
        safety: "safe",
      });
    }
  },
};
