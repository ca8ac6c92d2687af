import type { Language, Segment } from "../types.js";
import { CodePointClass, countCodePoints } from "./code-points.js";
import { countLatinWords, isOtherLatinLanguage } from "./latin.js";
import { nextLineBreak } from "../markup/line-breaks.js";

// The language of a paragraph from its script: Han characters against Latin
// words. A paragraph is Chinese when it has at least as many Han characters as
// Latin words: a Chinese word is one or two characters, so this leans towards
// "Chinese" on a mixed paragraph, the side where no English rule can do harm.
// Latin names in Chinese text ("与Stanford University合作") count as few
// words, not as many letters. File names and URLs are neither language.

const NOT_PROSE = /https?:\/\/\S+|[^\s/\\]*\.(?:jpe?g|png|gif|webp|bmp|tiff?|pdf|docx?|xlsx?)\b/giu;
const HAN = /\p{Script=Han}/u;
const HAN_CHAR = new CodePointClass(/^\p{Script=Han}$/u);

// Quick tests that let most English paragraphs skip the counting. Every
// match of NOT_PROSE contains a match of MAY_HAVE_NOT_PROSE; every Han
// character is at U+2E80 or above (astral ones are surrogate pairs, above too).
const MAY_HAVE_NOT_PROSE = /https?:\/\/|\.(?:jpe?g|png|gif|webp|bmp|tiff?|pdf|docx?|xlsx?)\b/iu;
const MAY_HAVE_HAN = /[^\u0000-\u2e7f]/;
const LATIN = /\p{Script=Latin}/u;

/** False when the text certainly holds no Han character. */
export const mayHaveHan = (text: string): boolean => MAY_HAVE_HAN.test(text);

const proseOf = (text: string): string => (MAY_HAVE_NOT_PROSE.test(text) ? text.replace(NOT_PROSE, " ") : text);

/**
 * The Han characters of a text's prose (the matches of /\p{Script=Han}/gu) and
 * its Latin words (of /\p{Script=Latin}+/gu), counted without a string per
 * match: Chinese paragraphs have thousands of characters.
 */
export function countScripts(text: string): { han: number; latinWords: number } {
  const prose = proseOf(text);
  return { han: countCodePoints(prose, HAN_CHAR), latinWords: countLatinWords(prose).words };
}

/** Whether a text's prose (outside URLs and file names) has a Han character: countScripts(text).han > 0, stopping at the first. */
export const hasHanProse = (text: string): boolean => MAY_HAVE_HAN.test(text) && HAN.test(proseOf(text));

/** Chinese, English, or neither: a paragraph in another Latin-script language (see latin.ts) is "none". */
export function detectLanguage(text: string): Language {
  const latin = latinProse(text);
  if (latin !== undefined) return isOtherLatinLanguage(latin) ? "none" : "en";
  return scriptLanguage(text);
}

/**
 * The prose of a text with no Han character and a Latin word outside URLs and
 * file names: English unless it is clearly another Latin-script language
 * (that question is left to the caller). Undefined for any other text. A
 * char at U+2E80 or above that is not Han (a full-width 。 left in French)
 * does not make the text Chinese, nor keep the question from being asked.
 */
function latinProse(text: string, mayHaveHan = MAY_HAVE_HAN.test(text)): string | undefined {
  const prose = proseOf(text);
  if (mayHaveHan && HAN.test(prose)) return undefined;
  return LATIN.test(prose) ? prose : undefined;
}

/** The language of a text that is not Latin prose without Han (see latinProse). */
function scriptLanguage(text: string, mayHaveHan = MAY_HAVE_HAN.test(text)): Language {
  if (!mayHaveHan) return "none";
  const { han, latinWords } = countScripts(text);
  if (han === 0 && latinWords === 0) return "none";
  return han >= latinWords ? "zh" : "en";
}

// Telling English from another Latin-script language (isOtherLatinLanguage)
// counts the words of the whole paragraph, and it was most of the time spent
// on languages. The answer matters only where rules of one language and not
// the other report something; so a Latin paragraph without Han gets a `lang`
// that asks the question when first read, and the engine (see engine.ts)
// runs its rules without reading it, reading it only when a rule of one of
// the two languages has reported. The answer is the one asked at once would
// have given: same prose, same question. `lang` is a getter of the class, not
// of each object: an accessor defined on each object costs microseconds, as
// much as counting the words of a short paragraph.
class LatinSegment implements Segment {
  declare text: string;
  declare start: number;
  declare kind: Segment["kind"];
  #lang: Language | undefined;
  readonly #prose: string;

  constructor(segment: Segment, prose: string) {
    Object.assign(this, segment);
    // the assignment went through the setter with the segment's placeholder
    this.#lang = undefined;
    this.#prose = prose;
  }

  get lang(): Language {
    return (this.#lang ??= isOtherLatinLanguage(this.#prose) ? "none" : "en");
  }

  set lang(value: Language) {
    this.#lang = value;
  }

  get pending(): boolean {
    return this.#lang === undefined;
  }
}

/** True while a segment's language is "en" or "none" and not decided yet (reading `lang` decides it). */
export const languagePending = (segment: Segment): boolean => segment instanceof LatinSegment && segment.pending;

/** True when a segment is Chinese, without deciding a pending language (a pending one is never Chinese). */
export const isChinese = (segment: Segment): boolean => !languagePending(segment) && segment.lang === "zh";

function withLanguage(segment: Segment, mayHaveHan: boolean): Segment {
  const latin = latinProse(segment.text, mayHaveHan);
  if (latin === undefined) return { ...segment, lang: scriptLanguage(segment.text, mayHaveHan) };
  return new LatinSegment(segment, latin);
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
    const han = MAY_HAVE_HAN.test(segment.text);
    // a segment of one line is that line's language: only a text with a line break can split
    const lines = segment.map || !han || !nextLineBreak(segment.text, 0) ? undefined : splitLines(segment);
    if (lines && new Set(lines.map((line) => line.lang).filter((lang) => lang !== "none")).size > 1) out.push(...lines);
    else out.push(withLanguage(segment, han));
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
