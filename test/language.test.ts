import { describe, expect, it } from "vitest";
import { assignLanguages, detectLanguage } from "../src/language/detect.js";
import { textSegments } from "../src/markup/text.js";

describe("detectLanguage", () => {
  it.each([
    ["The school held a meeting on Monday.", "en"],
    ["学校召开会议。", "zh"],
    ["学校与Stanford University合作办学。", "zh"],
    ["The school follows the motto 立德树人 in all of its work with students.", "en"],
    ["微信图片_20240328101522.jpg", "none"],
    ["2023-08-30", "none"],
    ["Wechat picture _20230831112840_ Copy.jpg", "en"],
    // a full-width mark is not Han: the paragraph is still asked which Latin language it is
    ["Le conseil a voté la loi hier soir et le texte entre en vigueur demain matin。", "none"],
    ["Le conseil a voté la loi hier soir et le texte entre en vigueur demain matin.", "none"],
    ["The council passed the law last night and the text takes effect tomorrow。", "en"],
  ])("%s → %s", (text, language) => expect(detectLanguage(text)).toBe(language));
});

describe("assignLanguages", () => {
  it("splits a paragraph whose lines alternate Chinese and English", () => {
    const source = "学校召开会议。\nThe school held a meeting.\n";
    const segments = assignLanguages(textSegments(source));
    expect(segments.map((s) => [s.text, s.lang])).toEqual([
      ["学校召开会议。", "zh"],
      ["The school held a meeting.", "en"],
    ]);
  });
  it("keeps a one-language paragraph whole", () => {
    const segments = assignLanguages(textSegments("Line one of English\nand line two.\n"));
    expect(segments).toHaveLength(1);
    expect(segments[0]!.lang).toBe("en");
  });
});
