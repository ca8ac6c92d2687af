import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Linter } from "../../../src/linter.js";
import { CASELESS, foldCase, PROPERTY_CLOSURE } from "../../../src/rules/matcher/case-fold.js";
import { linePieces } from "../../../src/rules/matcher/regex-set.js";
import { regexSources } from "../../support/random-regex.js";

// foldCase() drops the i flag of a /iu regex by writing its letters as
// classes of their case variants. Its tables were found by brute force over
// every code point: recomputed here; and every built-in regex, folded, must
// match what it matches as written, on real and on case-tricky text.

const MAX = 0x10ffff;
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** The code points a one-char regex matches beyond what `flags` without i makes it match, and any it stops matching. */
function closureGain(atom: string): { gained: number[]; lost: number[] } {
  const folded = new RegExp(`^${atom}$`, "iu");
  const plain = new RegExp(`^${atom}$`, "u");
  const gained: number[] = [];
  const lost: number[] = [];
  for (let code = 0; code <= MAX; code++) {
    const char = String.fromCodePoint(code);
    const a = folded.test(char);
    const b = plain.test(char);
    if (a && !b) gained.push(code);
    if (b && !a) lost.push(code);
  }
  return { gained, lost };
}

// variants under /iu (ſ K, case, ͅ ι), and chars that look like variants but are not under simple case folding
const TRICKY = ["ſ", "\u212a", "ß", "ẞ", "İ", "ı", "µ", "μ", "ﬀ", "ǅ", "Σ", "σ", "ς", "\u0345", "ι", "\u1fbe", "Ａ", "ａ", "Ꭰ", "ꭰ", "ᏸ", "Ω", "\u2126", "Å", "\u212b", "𐐀", "𐐨", "図", "’", "：", " ", "\n"];

const codes = (chars: string): number[] => [...chars].map((char) => char.codePointAt(0)!);
const hex = (code: number): string => `\\u{${code.toString(16)}}`;

describe("the case-folding tables, recomputed by brute force", () => {
  it("each property escape folded matches under /iu exactly itself and the chars listed", () => {
    for (const [escape, closure] of PROPERTY_CLOSURE) expect(closureGain(escape), escape).toEqual({ gained: codes(closure), lost: [] });
  });

  it("ASCII letters have, beyond their other ASCII case, only KELVIN SIGN (k) and LONG S (s) as variants", () => {
    expect(closureGain("[a-zA-Z]")).toEqual({ gained: [0x17f, 0x212a], lost: [] });
    const letters = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "\u017f", "\u212a"];
    for (const letter of letters) {
      const variants = letters.filter((other) => new RegExp(`^${letter}$`, "iu").test(other));
      const base = letter === "\u017f" ? "s" : letter === "\u212a" ? "k" : letter.toLowerCase();
      const expected = [base, base.toUpperCase(), ...(base === "s" ? ["\u017f"] : base === "k" ? ["\u212a"] : [])];
      expect(variants.sort(), letter).toEqual(expected.sort());
    }
  });

  it("\\w, \\W, \\b and \\B see ASCII word chars, LONG S and KELVIN SIGN as word chars, and no others", () => {
    const word = /^[\w\u{17f}\u{212a}]$/u;
    const [w, W, b, B] = [/^\w$/iu, /^\W$/iu, /^\b/iu, /^\B/iu];
    for (let code = 0; code <= MAX; code++) {
      const char = String.fromCodePoint(code);
      const isWord = word.test(char);
      // at a text's start, \b holds before a word char and \B before any other
      if (w.test(char) !== isWord || W.test(char) === isWord || b.test(char) !== isWord || B.test(char) === isWord) expect(code.toString(16)).toBe("not a word char either way");
    }
  });

  it("the caseless chars (ASCII but letters, and the CASELESS ranges) have no case variant", () => {
    const ranges = `\\0-@\\[-\`{-\\x7f${CASELESS.map(([from, to]) => `${hex(from)}-${hex(to)}`).join("")}`;
    // no char outside the set is a variant of one inside it...
    expect(closureGain(`[${ranges}]`)).toEqual({ gained: [], lost: [] });
    // ...nor are two inside it variants of each other: each is its own case folding, and changes under no case mapping
    const changes = /[\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}]/u;
    const inside = new RegExp(`^[${ranges}]$`, "u");
    for (let code = 0; code <= MAX; code++) {
      if (isSurrogate(code) || !inside.test(String.fromCodePoint(code))) continue;
      expect(changes.test(String.fromCodePoint(code)), code.toString(16)).toBe(false);
    }
  });
});

describe("foldCase", () => {
  it("writes letters as classes of their variants, inside classes too, and keeps the rest", () => {
    expect(foldCase("(?<![\\p{L}\\p{N}])desk\\s+[a-c]{2}[^k-m’]\\p{L}", "iu")).toEqual({
      source: "(?<![\\p{L}\\p{N}\\u{345}])[dD][eE][sS\\u{17f}][kK\\u{212a}]\\s+[a-cA-C]{2}[^k-m’K-M\\u{212a}][\\p{L}\\u{345}]",
      flags: "u",
    });
    expect(foldCase("(?<name>图片|\\x41)[-a]", "giu")).toEqual({ source: "(?<name>图片|[\\x41a])[\\-aA]", flags: "gu" });
  });

  it("keeps a regex it cannot prove the same without i", () => {
    const kept = [
      "\\p{Lu}x", // a closure not verified (and large)
      "\\p{Ll}",
      "\\P{L}",
      "[\\W]", // the complement of /iu's word chars, in a class
      "(a)\\1", // back-references compare case-insensitively
      "(?<x>a)\\k<x>",
      "café", // a cased letter beyond ASCII
      "µ",
      "[à-é]",
      "\\u00e9",
      "\\ud801\\udc00", // DESERET CAPITAL LONG I, by its surrogates
      "ａ", // full-width letters have case
      "(unclosed",
    ];
    for (const source of kept) expect(foldCase(source, "iu"), source).toEqual({ source, flags: "iu" });
    expect(foldCase("abc", "u")).toEqual({ source: "abc", flags: "u" });
    expect(foldCase("abc", "i")).toEqual({ source: "abc", flags: "i" });
    expect(foldCase("abc", "iv")).toEqual({ source: "abc", flags: "iv" });
  });

  it("folds random regexes of letters, classes (negated too) and properties into ones that match the same in case-tricky text", () => {
    const atoms = ["\\b", "\\B", "(?<!\\bs)", "(?<=\\Ba)", "\\w", "\\W", "[\\w’]", "s", "k", "K", "a", "ß", "’", "图", ".", "\\s", "\\d", "[a-z]", "[^k-s]", "[^\\p{L}]", "[ks’]", "[^a\\-]", "\\p{L}", "\\p{M}", "[\\p{N}x]", "(?<![\\p{L}\\p{N}])", "(?=\\s)", "(s|k)", "+", "?", "{1,2}"];
    const text = fc.array(fc.constantFrom(...TRICKY, "s", "k", "a", "A", "S", "K", "x"), { maxLength: 20 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(regexSources(atoms), text, (source, txt) => {
        const folded = foldCase(source, "iu");
        expect(matchesOf(new RegExp(folded.source, folded.flags + "g"), txt), source).toBe(matchesOf(new RegExp(source, "giu"), txt));
      }),
      { numRuns: 3000 },
    );
  });
});

// every regex the matcher compiles for a built-in entry: the entry's, and a line entry's pieces as LineSet compiles them
const entries = new Linter().entries.filter((entry) => entry.regex);
const compiled = entries.flatMap(({ regex, line }) => {
  const { source, flags } = regex!;
  if (!line) return [{ source, flags, line }];
  const { first, lead, rest } = linePieces(source, flags);
  return [`^(?:${source})$`, first && `^${first}`, lead && `^(?:${lead})`, rest && `^(?:${rest})$`].flatMap((piece) => (piece ? [{ source: piece, flags, line }] : []));
});
const pairs = compiled
  .map((regex) => ({ regex, folded: foldCase(regex.source, regex.flags) }))
  .filter(({ regex, folded }) => folded.flags !== regex.flags)
  .map(({ regex, folded }) => ({ line: regex.line, original: new RegExp(regex.source, regex.flags + "g"), folded: new RegExp(folded.source, folded.flags + "g") }));

/** Each match (index, groups, named groups) of a global regex in a text, as one string. */
const matchesOf = (regex: RegExp, text: string): string => JSON.stringify([...text.matchAll(regex)].map((match) => [match.index, [...match], match.groups]));

/** Each regex folded finds what it finds as written in the texts; a line entry's (anchored at both ends, or at the start) in each line of them too. */
function sameMatches(texts: readonly string[]): void {
  const lines = texts.flatMap((text) => text.split("\n"));
  for (const { line, original, folded } of pairs) {
    for (const text of line ? [...texts, ...lines] : texts) {
      const expected = matchesOf(original, text);
      // a failing expect per regex and text only: thousands of passing ones would be slow
      if (matchesOf(folded, text) !== expected) expect(matchesOf(folded, text), `/${original.source}/ on ${JSON.stringify(text.slice(0, 200))}`).toBe(expected);
    }
  }
}

const CORPUS = new URL("../../../../shared/corpus/english/", import.meta.url);
const examples = entries.flatMap((entry) => [...entry.examples.flatMap((example) => [example.before, example.after]), ...entry.keep]);

describe("every built-in regex folded matches what it matches as written", () => {
  it("folds most of them", () => {
    expect(pairs.length).toBeGreaterThan(200);
  });

  it("in the English corpus", () => {
    sameMatches(["ntrex128_newstest2019_en.txt", "sotu_1945_2021.txt"].map((name) => readFileSync(new URL(name, CORPUS), "utf8")));
  });

  it("in the seed article and every dictionary example and kept text", () => {
    const seed = readFileSync(new URL("../../../fixtures/seed/input.txt", import.meta.url), "utf8");
    sameMatches([seed, ...examples]);
  });

  it("in examples whose letters are changed for case-tricky chars, and strings of those chars", () => {
    const swap: Record<string, string[]> = { s: ["ſ", "S"], k: ["\u212a", "K"], i: ["İ", "ı", "I"], a: ["Ａ", "ａ", "A"], e: ["E", "é"], o: ["O", "ο"] };
    const mutated = fc
      .tuple(fc.constantFrom(...examples), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...Object.keys(swap)), fc.nat(3)), { maxLength: 8 }))
      .map(([text, changes]) => {
        let out = [...text];
        // a char of the tricky ones in place of a space: before or after a word, where the regexes look for a letter or not
        if (changes.length % 2 === 1) out = out.map((char, k) => (char === " " && k % 3 === changes.length % 3 ? TRICKY[k % TRICKY.length]! : char));
        for (const [at, letter, pick] of changes) {
          const where = out.findIndex((char, k) => k >= at % Math.max(1, out.length) && char.toLowerCase() === letter);
          if (where >= 0) out[where] = swap[letter]![pick % swap[letter]!.length]!;
        }
        return out.join("");
      });
    const random = fc.array(fc.constantFrom(...TRICKY, "the ", "s", "k", "K", "S"), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(fc.oneof(mutated, random), { minLength: 20, maxLength: 20 }), (texts) => sameMatches(texts)),
      { numRuns: 30 },
    );
  });
});
