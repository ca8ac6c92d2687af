import type { Language, Segment } from "../types.js";
import { isOtherLatinLanguage } from "./latin.js";
import { nextLineBreak } from "../markup/line-breaks.js";

// The language of a paragraph from its script: Han characters against Latin
// words. A paragraph is Chinese when it has at least as many Han characters as
// Latin words: a Chinese word is one or two characters, so this leans towards
// "Chinese" on a mixed paragraph, the side where no English rule can do harm.
// Latin names in Chinese text ("与Stanford University合作") count as few
// words, not as many letters. File names and URLs are neither language.

const NOT_PROSE = /https?:\/\/\S+|[^\s/\\]*\.(?:jpe?g|png|gif|webp|bmp|tiff?|pdf|docx?|xlsx?)\b/giu;
const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;

// Quick tests that let most English paragraphs skip the counting. Every
// match of NOT_PROSE contains a match of MAY_HAVE_NOT_PROSE; every Han
// character is at U+2E80 or above (astral ones are surrogate pairs, above too).
const MAY_HAVE_NOT_PROSE = /https?:\/\/|\.(?:jpe?g|png|gif|webp|bmp|tiff?|pdf|docx?|xlsx?)\b/iu;
const MAY_HAVE_HAN = /[^\u0000-\u2e7f]/;
const LATIN = /\p{Script=Latin}/u;

/** False when the text certainly holds no Han character. */
export const mayHaveHan = (text: string): boolean => MAY_HAVE_HAN.test(text);

const proseOf = (text: string): string => (MAY_HAVE_NOT_PROSE.test(text) ? text.replace(NOT_PROSE, " ") : text);

export function countScripts(text: string): { han: number; latinWords: number } {
  const prose = proseOf(text);
  return { han: prose.match(HAN)?.length ?? 0, latinWords: prose.match(LATIN_WORD)?.length ?? 0 };
}

/** Chinese, English, or neither: a paragraph in another Latin-script language (see latin.ts) is "none". */
export function detectLanguage(text: string): Language {
  // no Han character: English when a Latin word is left outside URLs and file names,
  // unless it is clearly another Latin-script language
  if (!MAY_HAVE_HAN.test(text)) {
    const prose = proseOf(text);
    if (!LATIN.test(prose)) return "none";
    return isOtherLatinLanguage(prose) ? "none" : "en";
  }
  const { han, latinWords } = countScripts(text);
  if (han === 0 && latinWords === 0) return "none";
  return han >= latinWords ? "zh" : "en";
}

/**
 * Gives each segment its language. A paragraph whose lines are in different
 * languages (a Chinese line followed by its English rendering) is split into
 * one segment per line, so that the Chinese lines stay untouched.
 */
export function assignLanguages(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    // without Han characters every line is English or neither: nothing to split
    const lines = segment.map || !MAY_HAVE_HAN.test(segment.text) ? [] : splitLines(segment);
    const languages = new Set(lines.map((line) => line.lang).filter((lang) => lang !== "none"));
    if (languages.size > 1) out.push(...lines);
    else out.push({ ...segment, lang: detectLanguage(segment.text) });
  }
  return out;
}

function splitLines(segment: Segment): Segment[] {
  const lines: Segment[] = [];
  const { text, start } = segment;
  let from = 0;
  while (from <= text.length) {
    const lineBreak = nextLineBreak(text, from);
    const contentEnd = lineBreak ? lineBreak.index : text.length;
    const lineText = text.slice(from, contentEnd);
    if (lineText.trim()) {
      const removalEnd = lineBreak ? lineBreak.end : contentEnd;
      lines.push({ text: lineText, start: start + from, removal: [start + from, start + removalEnd], kind: "line", lang: detectLanguage(lineText), ...(segment.escape && { escape: segment.escape }) });
    }
    if (!lineBreak) break;
    from = lineBreak.end;
  }
  return lines;
}
