import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodePointClass, countCodePoints } from "../../src/language/code-points.js";
import { countScripts, hasHanProse } from "../../src/language/detect.js";

// The char-code loops stand for regexes: these compare both on texts with
// Han, Latin, spaces, astral characters (Han of the extensions, Latin of
// U+1DF00) and lone surrogates.
const pieces = fc.constantFrom("字", "中文", "𠀀", "𪜶", "the", "é", "𝼀", " ", "\u3000", "\u00a0", "\ufeff", "\n", "\ud840", "\udc00", "1", "，", "a.jpg", "图.png", "http://例子.cn/x ", "ǅ");
const texts = fc.array(fc.oneof(pieces, fc.string({ unit: "binary" })), { maxLength: 20 }).map((parts) => parts.join(""));
const regexCount = (text: string, regex: RegExp): number => text.match(regex)?.length ?? 0;

describe("countCodePoints", () => {
  const han = new CodePointClass(/^\p{Script=Han}$/u);
  const space = new CodePointClass(/^\s$/u);
  it.each(["", "中文 and 𠀀𪜶", "\ud840字\udc00", "\ud840\udc00", "a\u3000b\ufeff"])("agrees with the regexes on %j", (text) => {
    expect(countCodePoints(text, han)).toBe(regexCount(text, /\p{Script=Han}/gu));
    expect(countCodePoints(text, space)).toBe(regexCount(text, /\s/gu));
  });

  it("agrees with the regexes on any text", () => {
    fc.assert(fc.property(texts, (text) => {
      expect(countCodePoints(text, han)).toBe(regexCount(text, /\p{Script=Han}/gu));
      expect(text.length - countCodePoints(text, space)).toBe(text.replace(/\s/gu, "").length);
    }), { numRuns: 3000 });
  });
});

describe("countScripts and hasHanProse", () => {
  // the definition: both counts over the text with URLs and file names blanked out
  const NOT_PROSE = /https?:\/\/\S+|[^\s/\\]*\.(?:jpe?g|png|gif|webp|bmp|tiff?|pdf|docx?|xlsx?)\b/giu;
  const byRegex = (text: string) => {
    const prose = text.replace(NOT_PROSE, " ");
    return { han: regexCount(prose, /\p{Script=Han}/gu), latinWords: regexCount(prose, /\p{Script=Latin}+/gu) };
  };
  it("count as the regexes do, and hasHanProse is han > 0", () => {
    fc.assert(fc.property(texts, (text) => {
      const counts = countScripts(text);
      expect(counts).toEqual(byRegex(text));
      expect(hasHanProse(text)).toBe(counts.han > 0);
    }), { numRuns: 3000 });
  });
});
