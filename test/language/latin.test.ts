import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/language/detect.js";
import { Linter } from "../../src/linter.js";

describe("Latin-script paragraphs in other languages (franc)", () => {
  it.each([
    ["fr", "Le président a visité le campus lundi dernier avec sa délégation et les étudiants."],
    ["de", "Der Präsident besuchte am Montag den Campus mit seiner Delegation und den Studenten."],
    ["es", "El presidente visitó el campus el lunes pasado con su delegación y los estudiantes."],
  ])("a %s paragraph is neither English nor Chinese", (_language, text) => {
    expect(detectLanguage(text)).toBe("none");
  });

  it.each([
    "Welsh AMs worried about 'looking like muppets'", // franc alone calls this Dutch
    "North Korea says nuclear disarmament won't come unless it can trust US", // ...and this French
    "Europe take 10-6 lead into Ryder Cup final day",
    "Rangers' Graham Dorrans optimistic ahead of Rapid Vienna clash",
    "Wechat photo _20230831112846.jpg",
    "Le président a visité le campus.", // too short to judge: stays English
  ])("short or English text stays English: %j", (text) => {
    expect(detectLanguage(text)).toBe("en");
  });

  it("English rules leave a French quotation alone (French spacing before ? and :)", () => {
    const text = "The minister answered in French.\n\nPourquoi le président n'est-il pas venu ? Nous voulons une réponse : maintenant.\n";
    expect(new Linter().check(text)).toEqual([]);
  });
});
