import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { regexSources } from "../../support/random-regex.js";
import { Linter } from "../../../src/linter.js";
import { requiredLiterals } from "../../../src/rules/matcher/literal-gate.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LiteralIndex, LiteralScanner, restoredScanner } from "../../../src/rules/matcher/literal-scanner.js";
import { readPrebuiltMatchers, writePrebuiltMatchers } from "../../../src/rules/matcher/prebuilt.js";

// The gate may only skip a regex that cannot match: whenever it says "skip",
// the regex must find nothing in that text.
function gateAllows(source: string, text: string): boolean {
  const sets = requiredLiterals(source);
  if (!sets) return true;
  const index = new LiteralIndex();
  const ids = sets.map((set) => set.map((literal) => index.scanner.add(literal)));
  index.load(text);
  return ids.every((set) => set.some((id) => index.has(id)));
}

const builtinRegexes = new Linter().entries.filter((entry) => entry.regex && !entry.line);

describe("requiredLiterals", () => {
  it.each([
    ["(?<![\\p{L}\\p{N}])cadre(s?)(?![\\p{L}\\p{N}])", [["cadre", "cadres"]]],
    ["(?:the\\s+)?important\\s+(speech(?:es)?|instructions?)\\s+spirit", [["important"], ["spirit"], ["speech", "speeches", "instruction", "instructions"]]],
    ["[Cc]onduct(s|ed)?", [["conduct", "conducts", "conducted"]]],
    ["a|bcd", null],
    ["\\d{8,}\\.jpg", [[".jpg"]]],
    ["(?=abc)x", null],
    ["(abc)?def", [["def", "abcdef"]]],
    ["x(?<name>abc)\\k<name>", [["xabc"], ["abc"]]],
  ])("%s needs %j", (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it("finds required words in nearly every built-in regex entry", () => {
    const without = builtinRegexes.filter((entry) => !requiredLiterals(entry.regex!.source));
    expect(without.length).toBeLessThan(builtinRegexes.length / 4);
  });
});

describe("the gate never skips a regex that matches", () => {
  it("on every example and keep text of the built-in regex entries", () => {
    for (const entry of builtinRegexes) {
      const regex = new RegExp(entry.regex!.source, entry.regex!.flags);
      for (const text of [...entry.examples.map((e) => e.before), ...entry.keep]) {
        if (regex.test(text)) expect(gateAllows(entry.regex!.source, text), `${entry.id}: ${text}`).toBe(true);
      }
    }
  });

  it("on those texts changed in case, with ſ and K (which fold to s and k) and noise around them", () => {
    const texts = builtinRegexes.flatMap((entry) => entry.examples.map((e) => e.before));
    const variant = fc.tuple(fc.constantFrom(...texts), fc.integer({ min: 0, max: 3 }), fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })).map(([text, how, before, after]) => {
      const changed = [text.toUpperCase(), text.replace(/s/g, "ſ"), text.replace(/k/gi, "\u212a"), text][how]!;
      return before + changed + after;
    });
    fc.assert(
      fc.property(variant, fc.constantFrom(...builtinRegexes), (text, entry) => {
        const regex = new RegExp(entry.regex!.source, entry.regex!.flags);
        if (regex.test(text)) expect(gateAllows(entry.regex!.source, text)).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  it("on random sources and texts over a small alphabet", () => {
    const source = regexSources(["ab", "c", "(?:de|fg)", "h?", "[Ii]", "\\s+", "x*", "(yz)+", "\\.", "k{2}", "(?<=a)", "(?!b)", "|", ".", "\\b"]);
    const text = fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h", "i", "I", "x", "y", "z", "k", "K", "\u212a", ".", " ", "ab", "cde", "hI"), { maxLength: 20 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(source, text, (src, txt) => {
        if (new RegExp(src, "iu").test(txt)) expect(gateAllows(src, txt)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("LiteralIndex", () => {
  it("finds every occurrence, overlapping ones too, case-folded, and forgets the previous text", () => {
    const index = new LiteralIndex();
    const [he, she, hers, his] = ["he", "she", "hers", "his"].map((literal) => index.scanner.add(literal)) as [number, number, number, number];
    index.load("uSHERS ſhe his");
    expect([he, she, hers, his].map((id) => [...index.positions(id)])).toEqual([[2, 8], [1, 7], [2], [11]]);
    expect(index.within(she, 1, 4)).toBe(true);
    expect(index.within(she, 2, 9)).toBe(false);
    index.load("nothing here");
    expect([index.has(she), index.has(he), [...index.positions(he)]]).toEqual([false, true, [8]]);
  });
  it("gives each literal's positions and count as a search of the loaded text does, text after text", () => {
    // positions are sorted per text over the literals found only: what an
    // earlier text left in the index must never show through
    const literal = fc.constantFrom("a", "ab", "b", "ba", "bab", "k", "kab");
    const text = fc.string({ unit: fc.constantFrom("a", "b", "k", "K", "A", " ", "."), maxLength: 25 });
    fc.assert(
      fc.property(fc.uniqueArray(literal, { minLength: 1, maxLength: 7 }), fc.array(text, { minLength: 1, maxLength: 5 }), (literals, texts) => {
        const index = new LiteralIndex();
        const ids = literals.map((l) => index.scanner.add(l));
        for (const t of texts) {
          index.load(t);
          literals.forEach((l, k) => {
            const id = ids[k]!;
            const expected: number[] = [];
            for (let at = t.toLowerCase().indexOf(l); at !== -1; at = t.toLowerCase().indexOf(l, at + 1)) expected.push(at);
            expect([index.has(id), [...index.positions(id)], index.count(id)], JSON.stringify({ l, t })).toEqual([expected.length > 0, expected, expected.length]);
            const copied = new Int32Array(expected.length + 1);
            expect(index.copyPositions(id, copied, 1)).toBe(expected.length + 1);
            expect([...copied.subarray(1)]).toEqual(expected);
            for (let from = 0; from <= t.length; from += 3) expect(index.within(id, from, from + 4)).toBe(expected.some((at) => at >= from && at + l.length <= from + 4));
          });
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe("LiteralScanner literals of several words", () => {
  it("finds them across any run of phrase white space, reported at their last word, as a regex search does", () => {
    const word = fc.constantFrom("a", "ab", "b", "k", "ba");
    const literal = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));
    const text = fc.array(fc.constantFrom("a", "b", "ab", "K", "ſ", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u3000", "\u2003", "-", "."), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.uniqueArray(literal, { minLength: 1, maxLength: 6 }), fc.array(text, { minLength: 1, maxLength: 4 }), (literals, texts) => {
        const scanner = new LiteralScanner();
        const ids = literals.map((l) => scanner.add(l));
        for (const t of texts) {
          const scanned = scanner.scan(t);
          const found = Array.from({ length: scanned.count }, (_, k) => `${scanned.ids[k]}@${scanned.starts[k]}`).sort();
          const expected: string[] = [];
          literals.forEach((l, k) => {
            const regex = new RegExp(l.replace(/ /g, "[ \\t\\n\\r\\u00a0\\u3000]+"), "iuy");
            for (let at = 0; at < t.length; at++) {
              regex.lastIndex = at;
              const match = regex.exec(t);
              if (match) expected.push(`${ids[k]}@${match.index + match[0].length - scanner.lengthOf(ids[k]!)}`);
            }
          });
          expect(found, JSON.stringify({ literals, t })).toEqual(expected.sort());
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("LiteralScanner marks", () => {
  it("notes every marked char, in order, whatever the literals found around it", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", "ab", ".", ",", "\n", "(", "é", "K", " ", "😀"), maxLength: 80 }), (text) => {
        const scanner = new LiteralScanner();
        scanner.add("ab");
        scanner.add("b.a");
        scanner.mark(".,\n(");
        const scanned = scanner.scan(text);
        const expected = Array.from({ length: text.length }, (_, i) => i).flatMap((i) => (".,\n(".includes(text[i]!) ? [[i, text.charCodeAt(i)]] : []));
        const marks = [...scanned.markPositions.subarray(0, scanned.markCount)].map((position, k) => [position, scanned.markCodes[k]]);
        expect(marks).toEqual(expected);
      }),
    );
  });
});

describe("a stored automaton", () => {
  it("finds, read back from its file, what the automaton it was stored from finds", () => {
    const literals = [...new Set(builtinRegexes.flatMap((entry) => (requiredLiterals(entry.regex!.source) ?? []).flat()))];
    const built = new LiteralScanner();
    for (const literal of literals) built.add(literal);
    const small = new LiteralScanner();
    small.add("he");
    const file = join(mkdtempSync(join(tmpdir(), "mtclean-automata-")), "automata.bin");
    writePrebuiltMatchers([small.stored(), built.stored()], [], file);
    const stored = readPrebuiltMatchers(file).automata;
    expect([...stored.keys()]).toEqual(["he", literals.join("\n")]);
    const restored = restoredScanner(stored.get(literals.join("\n"))!);
    const texts = builtinRegexes.flatMap((entry) => entry.examples.map((example) => example.before));
    for (const text of texts) {
      const a = built.scan(text);
      const expected = { ids: [...a.ids.subarray(0, a.count)], starts: [...a.starts.subarray(0, a.count)] };
      const b = restored.scan(text);
      expect({ ids: [...b.ids.subarray(0, b.count)], starts: [...b.starts.subarray(0, b.count)] }).toEqual(expected);
    }
  });
});
