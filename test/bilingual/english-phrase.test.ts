// containsPhrase and phraseOccurrences rule a phrase out by a lower-cased
// substring test before running its pattern. Differential: the answers must
// be the pattern's own, for phrases and texts built to reach every case
// (abbreviations, hyphens, plurals, ſ and the Kelvin sign, non-ASCII words).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsPhrase, phraseOccurrences, phraseRegex } from "../../src/bilingual/english-phrase.js";

const PHRASES = ["Belt and Road", "AI", "FBI agent", "people's congress", "e-mail", "to be open (to the public)", "naïve", "state", "Strasse", "kilo", "one-China policy", "Mr. Smith", "C++", "a.m.", "ski", "quality-oriented education", "Σigma", "İstanbul", "US", "k"];
const PIECES = [...PHRASES, "belt", "and", "road", "BELT AND ROAD", "belt-and-road", "Belt  and\nRoad", "roads", "Road's", "A.I.", "a.i.", "ai", "F.B.I.", "agents", "ſtate", "ſtates", "Kilo", "KILO", "kilo", "ſki", "ſKI", "e‐mail", "E-MAIL", "Email", "mail", "NAÏVE", "naive", "σigma", "ΣIGMA", "istanbul", "İSTANBUL", "i̇stanbul", "us", "U.S.", "c++", "A.M.", " ", " ", "-", ".", ",", "(", ")", "'", "the", "public", "to", "open", "Smith", "mr.", "x"];

const viaPattern = (text: string, phrase: string) => phraseRegex(phrase, true).test(text);
const occurrencesViaPattern = (text: string, phrase: string) => [...text.matchAll(phraseRegex(phrase, false))].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

describe("a glossary rendering in English: the substring test before the pattern", () => {
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(" "));
  const phrase = fc.oneof(fc.constantFrom(...PHRASES), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(" ")));

  it("finds a phrase exactly where its pattern does", () => {
    fc.assert(fc.property(text, fc.array(phrase, { minLength: 1, maxLength: 4 }), (sample, phrases) => phrases.every((p) => containsPhrase(sample, p) === viaPattern(sample, p))), { numRuns: 1500, seed: 6 });
  });

  it("lists the occurrences its pattern lists", () => {
    fc.assert(fc.property(text, phrase, (sample, p) => JSON.stringify(phraseOccurrences(sample, p)) === JSON.stringify(occurrencesViaPattern(sample, p))), { numRuns: 1000, seed: 6 });
  });

  it("keeps the cases the pattern finds through Unicode case folding", () => {
    expect(containsPhrase("The ſtate is here.", "state")).toBe(true);
    expect(containsPhrase("Ten \u212Ailo of it.", "kilo")).toBe(true);
    expect(containsPhrase("The A.I. lab", "AI")).toBe(true);
    expect(containsPhrase("a belt-and-road project", "Belt and Road")).toBe(true);
    expect(containsPhrase("a belt project", "Belt and Road")).toBe(false);
  });
});
