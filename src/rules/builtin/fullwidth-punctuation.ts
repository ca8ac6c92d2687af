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

const CLOSER_OF: Record<string, string> = { "（": "）", "［": "］", "【": "】", "｛": "｝", "《": "》", "〈": "〉", "「": "」", "『": "』" };

/** For each mark, the index of the mark it pairs with (an opening bracket or quote and its closing one), if any. */
function pairs(marks: string[]): (number | undefined)[] {
  const partner: (number | undefined)[] = marks.map(() => undefined);
  const open: number[] = [];
  for (const [i, mark] of marks.entries()) {
    if (CLOSER_OF[mark]) {
      open.push(i);
      continue;
    }
    // the nearest unclosed opening mark of the same kind; any opened after it stay unpaired
    const depth = open.findLastIndex((j) => CLOSER_OF[marks[j]!] === mark);
    if (depth === -1) continue;
    const j = open[depth]!;
    partner[i] = j;
    partner[j] = i;
    open.length = depth;
  }
  return partner;
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
    const matches = [...text.matchAll(CANDIDATE)];
    // Punctuation touching Chinese characters belongs to a Chinese fragment:
    // the untranslated rule reports that fragment as a whole.
    const touchesHan = matches.map((match) => isHan(neighbour(text, match.index - 1, -1)) || isHan(neighbour(text, match.index + match[0].length, 1)));
    const partner = pairs(matches.map((match) => match[0]));
    for (const [i, match] of matches.entries()) {
      // A pair of brackets or quotes is converted both or neither: 王小明（Wang
      // Xiaoming） keeps both, not “（Wang Xiaoming)”.
      if (touchesHan[i] || touchesHan[partner[i] ?? i]) continue;
      const mark = match[0];
      const at = match.index;
      const after = at + mark.length;

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
