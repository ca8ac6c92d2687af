// TermIndex.find against the scan it replaced (a table by first character,
// every term of that character tried at each offset): the same matches, the
// same entries, on the parallel corpus with the CC-CEDICT glossary and on
// generated terms and texts (single characters, pairs, surrogate pairs,
// Traditional forms, a term shared by two entries).
import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../src/glossary/load.js";
import { TermIndex } from "../../src/glossary/term-index.js";
import type { GlossaryEntry } from "../../src/glossary/types.js";
import { toSimplified } from "../../src/language/simplified.js";
import { wordBoundaries } from "../../src/language/words.js";

const CEDICT = "../shared/corpus/glossary/cc-cedict_political_education_subset.tsv";
const CORPUS = "../shared/corpus/parallel/ntrex128_newstest2019_zh-en.tsv";

/** The former find: terms by first character, longest first, the first entry of a term kept. */
function oracle(entries: readonly GlossaryEntry[]): (text: string) => string {
  const table = new Map<string, { text: string; entry: GlossaryEntry }[]>();
  for (const entry of entries) {
    for (const form of new Set(entry.zh.flatMap((zh) => [zh, toSimplified(zh)]))) {
      const terms = table.get(form[0]!) ?? [];
      if (!terms.some((term) => term.text === form)) terms.push({ text: form, entry });
      table.set(form[0]!, terms);
    }
  }
  for (const terms of table.values()) terms.sort((a, b) => b.text.length - a.text.length);
  return (text) => {
    const candidates: { entry: GlossaryEntry; term: string; start: number; end: number }[] = [];
    for (let i = 0; i < text.length; i++) {
      for (const term of table.get(text[i]!) ?? []) if (text.startsWith(term.text, i)) candidates.push({ entry: term.entry, term: term.text, start: i, end: i + term.text.length });
    }
    if (!candidates.length) return "[]";
    const boundaries = wordBoundaries(text, candidates.map((c) => [c.start, c.end] as const));
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: typeof candidates = [];
    for (const candidate of candidates) {
      if (!boundaries.has(candidate.start) || !boundaries.has(candidate.end)) continue;
      if (taken.some((t) => t.start < candidate.end && candidate.start < t.end)) continue;
      taken.push(candidate);
    }
    return shown(taken.sort((a, b) => a.start - b.start));
  };
}

const shown = (matches: { entry: GlossaryEntry; term: string; start: number; end: number }[]): string => JSON.stringify(matches.map(({ entry, term, start, end }) => [entry.id, term, start, end]));

const entry = (id: string, zh: string[]): GlossaryEntry => ({ id, zh, en: [id], avoid: [], where: { file: "t.tsv", line: 1 }, origin: "glossary" });

describe("TermIndex.find", () => {
  it.runIf(existsSync(CEDICT) && existsSync(CORPUS))("finds what the scan by first character found, on the parallel corpus", () => {
    const { entries } = loadGlossary(CEDICT);
    const index = new TermIndex(entries);
    const expected = oracle(entries);
    const texts = readFileSync(CORPUS, "utf8").split("\n").slice(1).map((line) => line.split("\t")[2]).filter((text): text is string => !!text).map(toSimplified);
    let found = 0;
    for (const text of texts) {
      const matches = index.find(text);
      found += matches.length;
      expect(shown(matches), text).toBe(expected(text));
    }
    expect(found).toBeGreaterThan(100);
  });

  it("finds what the scan by first character found, on generated glossaries and texts", () => {
    const chars = ["国", "務", "务", "院", "人", "大", "代", "表", "一", "带", "路", "𠀀", "a", "，"];
    const word = fc.array(fc.constantFrom(...chars), { minLength: 0, maxLength: 4 }).map((parts) => parts.join(""));
    const arbitrary = fc.record({
      glossary: fc.array(fc.array(word, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
      text: fc.array(fc.oneof(word, fc.constantFrom(...chars)), { maxLength: 12 }).map((parts) => parts.join("")),
    });
    fc.assert(
      fc.property(arbitrary, ({ glossary, text }) => {
        const entries = glossary.map((zh, k) => entry(`e${k}`, zh));
        const index = new TermIndex(entries);
        const simplified = toSimplified(text);
        return shown(index.find(simplified)) === oracle(entries)(simplified);
      }),
      // each new glossary term reloads the segmenter's index of its whole dictionary (run from the sources): a few hundred runs
      { numRuns: 400, seed: 6 },
    );
  });
});
