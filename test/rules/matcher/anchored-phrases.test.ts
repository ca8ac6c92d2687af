// Phrases found around their anchors' hits (TokenTrie.matchesAround) must be
// exactly those of walking every token (TokenTrie.matches): differential
// tests over fixtures, dictionary examples and generated text, on the
// built-in phrases and on random phrase sets; and the linter's findings
// with the anchored walk and without it.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Linter } from "../../../src/linter.js";
import { forEachLine, lineStarts, nextLineBreak } from "../../../src/markup/line-breaks.js";
import { anchorOf, forEachPiece, TokenTrie, type Phrase } from "../../../src/rules/matcher/token-trie.js";
import { readPrebuiltMatchers, writePrebuiltMatchers, type StoredTrie } from "../../../src/rules/matcher/prebuilt.js";
import { phraseKeys, scanTokens, TokenReader } from "../../../src/rules/matcher/tokenize.js";
import { exampleInputs, fixtureInputs, generatedText } from "../../support/differential.js";

const linter = new Linter();
const phraseEntries = linter.entries.filter((entry) => !entry.regex && !entry.line);
const builtin = new TokenTrie<string>();
for (const entry of phraseEntries) for (const phrase of entry.phrases) builtin.add(phrase, entry.id, entry.caseSensitive);
const phrases = phraseEntries.flatMap((entry) => entry.phrases);

/**
 * Every occurrence of each anchor piece between non-letters, non-digits (as
 * the rule passes them), found by a /iu regex, which folds K and ſ as the
 * scanner does; the space of a two-word anchor stands for any run of
 * phrase white space.
 */
function hitsOf(trie: TokenTrie<unknown>, text: string): Float64Array {
  const hits: number[] = [];
  for (const [piece, before] of trie.anchors) {
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])${piece.replace(" ", "[ \\t\\n\\r\\u00a0\\u3000]+")}(?![\\p{L}\\p{N}])`, "giu");
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      hits.push(match.index * 64 + before);
      regex.lastIndex = match.index + 1;
    }
  }
  return Float64Array.from(hits).sort();
}

function expectSame<T>(trie: TokenTrie<T>, text: string): void {
  const around = trie.matchesAround(text, hitsOf(trie, text));
  // undefined only for a hit after a run of over 1024 chars without white space
  if (around) expect(around, JSON.stringify(text.slice(0, 200))).toEqual([...trie.matches(text)]);
}

describe("anchors", () => {
  it("every built-in phrase has one", () => expect(builtin.anchored).toBe(true));

  it("are a run of letters and digits of one key, uncommon and long first", () => {
    expect(anchorOf(phraseKeys("the double-circulation"))).toEqual({ piece: "circulation", before: 1 });
    expect(anchorOf(phraseKeys("China's"))).toEqual({ piece: "china", before: 0 });
    expect(anchorOf(phraseKeys("中国"))).toBeUndefined();
  });

  it("...joined to the piece next to it across white space when there is one, the more telling of two", () => {
    expect(anchorOf(phraseKeys("carry out the work of"))).toEqual({ piece: "carry out", before: 0 });
    expect(anchorOf(phraseKeys("the grand masses"))).toEqual({ piece: "grand masses", before: 1 });
    expect(anchorOf(phraseKeys("the double-circulation pattern"))).toEqual({ piece: "circulation pattern", before: 1 });
    expect(anchorOf(phraseKeys("people's livelihood"))).toEqual({ piece: "s livelihood", before: 0 });
    // a piece inside its key, or a neighbour that is no piece, stays alone
    expect(anchorOf(phraseKeys("new double-circulation-x pattern"))).toEqual({ piece: "circulation", before: 1 });
    expect(anchorOf(phraseKeys("“ circulation ,"))).toEqual({ piece: "circulation", before: 1 });
  });

  it("prefer a word particular to one entry over one many entries share", () => {
    const trie = new TokenTrie<number>();
    ["federal-budgetxq", "federal-housezv", "federal-givenqz", "federal-reserve"].forEach((phrase, i) => trie.add(phrase, i));
    expect([...trie.anchors.keys()].sort()).toEqual(["budgetxq", "givenqz", "housezv", "reserve"]);
    // the variants of one entry share their words without making them common
    const variants = new TokenTrie<string>();
    ["federal-budget", "federal-budgets"].forEach((phrase) => variants.add(phrase, "one entry"));
    expect(variants.anchors).toEqual(new Map([["federal", 0]]));
  });
});

// The anchor choice as it was first written, with a regex split, kept as the
// oracle of the char loops that replaced it (see forEachPiece).
const COMMON_WORDS = new Set(
  "the of and to in a an is are was were be been for on with by at from as that this these those it its or but not no will would can could should has have had do does did he she they we you i his her their our your which who what all more most new one two three first also into than other some such there up out about over after make made way work".split(" "),
);
const oraclePieces = (keys: readonly string[]): string[] => keys.flatMap((key) => key.toLowerCase().split(/['-]/)).filter((piece) => /^[a-z0-9]+$/.test(piece));

function oracleAnchors(added: { keys: string[]; value: unknown }[]): { anchors: Map<string, number>; anchored: boolean } {
  const valuesOf = new Map<string, Set<unknown>>();
  for (const { keys, value } of added) for (const piece of oraclePieces(keys)) valuesOf.set(piece, (valuesOf.get(piece) ?? new Set()).add(value));
  const anchors = new Map<string, number>();
  let anchored = true;
  for (const { keys } of added) {
    let best: { piece: string; before: number; score: number } | undefined;
    keys.forEach((key, before) => {
      if (before > 63) return;
      for (const piece of oraclePieces([key])) {
        const score = (COMMON_WORDS.has(piece) ? 0 : 1000) + piece.length - before - ((valuesOf.get(piece)?.size ?? 1) - 1) / 2;
        if (!best || score > best.score) best = { piece, before, score };
      }
    });
    if (best) {
      const anchor = joined(keys, best);
      anchors.set(anchor.piece, Math.max(anchor.before, anchors.get(anchor.piece) ?? 0));
    } else anchored = false;
  }
  return { anchors, anchored };
}

/** The piece joined to its neighbour across white space (see anchorOf), by regex splits. */
function joined(keys: readonly string[], { piece, before }: { piece: string; before: number }): { piece: string; before: number } {
  const runs = (key: string): string[] => key.toLowerCase().split(/['-]/);
  const asPiece = (run: string | undefined): string | undefined => (run !== undefined && /^[a-z0-9]+$/.test(run) ? run : undefined);
  const score = (word: string): number => (COMMON_WORDS.has(word) ? 0 : 1000) + word.length;
  const own = runs(keys[before]!);
  const previous = before > 0 && own[0] === piece ? asPiece(runs(keys[before - 1]!).at(-1)) : undefined;
  const next = before + 1 < keys.length && own.at(-1) === piece ? asPiece(runs(keys[before + 1]!)[0]) : undefined;
  if (previous && (!next || score(previous) > score(next))) return { piece: `${previous} ${piece}`, before: before - 1 };
  return next ? { piece: `${piece} ${next}`, before } : { piece, before };
}

describe("the anchor choice agrees with its regex form", () => {
  const piecesOf = (key: string): string[] => {
    const pieces: string[] = [];
    forEachPiece(key, (piece) => pieces.push(piece));
    return pieces;
  };

  it("on the pieces of random keys", () => {
    const char = fc.constantFrom("a", "z", "Q", "0", "9", "'", "-", "’", "é", "İ", "K", "ſ", "中", " ", ".");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }).map((chars) => chars.join("")), (key) => {
        expect(piecesOf(key)).toEqual(oraclePieces([key]));
      }),
      { numRuns: 2000 },
    );
  });

  it("on the built-in phrases", () => {
    const added = phraseEntries.flatMap((entry) => entry.phrases.map((phrase) => ({ keys: phraseKeys(phrase, entry.caseSensitive), value: entry.id }))).filter(({ keys }) => keys.length > 0);
    expect(added.length).toBeGreaterThan(1000);
    const { anchors, anchored } = oracleAnchors(added);
    expect(builtin.anchored).toBe(anchored);
    expect([...builtin.anchors].sort()).toEqual([...anchors].sort());
  });

  it("on random phrase sets", () => {
    const word = fc.constantFrom("a", "of", "the", "key", "K", "kéy", "state", "co-op", "it's", "x1", "中", "İt", "budget", "budgets", "federal");
    const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(fc.array(fc.tuple(phrase, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 10 }), (set) => {
        const trie = new TokenTrie<number>();
        for (const [p, value] of set) trie.add(p, value);
        const { anchors, anchored } = oracleAnchors(set.map(([p, value]) => ({ keys: phraseKeys(p), value })).filter(({ keys }) => keys.length > 0));
        expect(trie.anchored).toBe(anchored);
        expect([...trie.anchors].sort()).toEqual([...anchors].sort());
      }),
      { numRuns: 500 },
    );
  });
});

describe("tries stored at build time", () => {
  // the built-in phrases as TokenTrie.of takes them, with their entries as values
  const builtinPhrases = phraseEntries.flatMap((entry) => entry.phrases.map((phrase): Phrase<string> => ({ phrase, value: entry.id, caseSensitive: entry.caseSensitive })));

  /** A trie of these phrases built, and the same read back from a file written as the build writes it. */
  function builtAndRestored<T>(set: Phrase<T>[]): [TokenTrie<T>, TokenTrie<T>, ReadonlyMap<string, StoredTrie>] {
    const built = TokenTrie.of(set, new Map());
    const file = join(mkdtempSync(join(tmpdir(), "mtclean-trie-")), "matchers.bin");
    writePrebuiltMatchers([], [built.stored()], file);
    const { tries } = readPrebuiltMatchers(file);
    const restored = TokenTrie.of(set, tries);
    expect(built.restored).toBe(false);
    expect(restored.restored).toBe(true);
    return [built, restored, tries];
  }

  function expectSameTries<T>(built: TokenTrie<T>, restored: TokenTrie<T>, text: string): void {
    const name = JSON.stringify(text.slice(0, 200));
    expect([...restored.matches(text)], name).toEqual([...built.matches(text)]);
    const hits = hitsOf(built, text);
    expect(restored.matchesAround(text, hits), name).toEqual(built.matchesAround(text, hits));
  }

  const [built, restored, tries] = builtAndRestored(builtinPhrases);

  it("are read back with the same anchors and size", () => {
    expect(restored.anchored).toBe(built.anchored);
    expect(restored.anchors).toEqual(built.anchors);
    expect(restored.size).toBe(built.size);
    expect(built.size).toBeGreaterThan(1000);
  });

  it("are written with a header in ASCII (a start reads it as a one-byte string), their phrases beyond ASCII read back the same", () => {
    const file = join(mkdtempSync(join(tmpdir(), "mtclean-trie-")), "matchers.bin");
    writePrebuiltMatchers([], [built.stored()], file);
    const data = readFileSync(file);
    expect(data.subarray(0, data.indexOf(0x0a)).every((byte) => byte < 0x80)).toBe(true);
    expect(built.stored().phrases).toMatch(/[^\x00-\x7f]/);
    expect([...tries.keys()]).toEqual([built.stored().phrases]);
  });

  it("find what the built trie finds on every fixture and dictionary example", () => {
    for (const { text } of [...fixtureInputs(), ...exampleInputs(linter.entries)]) expectSameTries(built, restored, text);
  });

  it("...and on generated text", () => {
    fc.assert(fc.property(generatedText(phrases), (text) => expectSameTries(built, restored, text)), { numRuns: 300 });
  });

  it("...with random phrases, case-sensitive ones and values shared by several too, over a small alphabet", () => {
    const word = fc.constantFrom("a", "of", "the", "key", "K", "kéy", "ſtate", "state", "co-op", "it's", "it’s", "x1", ",", "“", "中", "İt");
    const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));
    const text = fc.array(fc.oneof(word, fc.constantFrom(" ", "  ", "\n", "-", "‐", "’", "\u00a0", "")), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(fc.record({ phrase, value: fc.integer({ min: 0, max: 3 }), caseSensitive: fc.boolean() }), { minLength: 1, maxLength: 8 }), fc.array(text, { minLength: 1, maxLength: 5 }), (set, texts) => {
        const [builtSet, restoredSet] = builtAndRestored(set);
        for (const t of texts) expectSameTries(builtSet, restoredSet, t);
      }),
      { numRuns: 500 },
    );
  });

  it("are used for exactly the phrase set they were built from", () => {
    const isStored = (set: Phrase<string>[]): boolean => TokenTrie.of(set, tries).restored;
    expect(isStored(builtinPhrases)).toBe(true);
    // another value for one phrase, one phrase less, one phrase other, a phrase case-sensitive
    expect(isStored(builtinPhrases.map((phrase, i) => (i === 5 ? { ...phrase, value: "other" } : phrase)))).toBe(false);
    expect(isStored(builtinPhrases.slice(1))).toBe(false);
    expect(isStored(builtinPhrases.map((phrase, i) => (i === 5 ? { ...phrase, phrase: `${phrase.phrase}s` } : phrase)))).toBe(false);
    expect(isStored(builtinPhrases.map((phrase, i) => (i === 5 ? { ...phrase, caseSensitive: !phrase.caseSensitive } : phrase)))).toBe(false);
    // which value a phrase has does not matter, only which phrases share one
    expect(isStored(builtinPhrases.map((phrase) => ({ ...phrase, value: `${phrase.value}!` })))).toBe(true);
  });

  it("take no more phrases", () => expect(() => restored.add("carry out", "x")).toThrow());
});

describe("matching around anchors", () => {
  it("finds what the full walk finds on every fixture and dictionary example", () => {
    for (const { text } of [...fixtureInputs(), ...exampleInputs(linter.entries)]) expectSame(builtin, text);
  });

  it("...and on generated text", () => {
    fc.assert(fc.property(generatedText(phrases), (text) => expectSame(builtin, text)), { numRuns: 400 });
  });

  it("...with random phrases, case-sensitive ones too, over a small alphabet", () => {
    const word = fc.constantFrom("a", "of", "the", "key", "K", "kéy", "ſtate", "state", "co-op", "it's", "it’s", "x1", ",", "“", "中", "İt");
    const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));
    const text = fc.array(fc.oneof(word, fc.constantFrom(" ", "  ", "\n", "\r\n", "-", "‐", "’", "\u00a0", "\u2003", "")), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(fc.tuple(phrase, fc.boolean()), { minLength: 1, maxLength: 8 }), fc.array(text, { minLength: 1, maxLength: 5 }), (set, texts) => {
        const trie = new TokenTrie<number>();
        set.forEach(([p, caseSensitive], i) => trie.add(p, i, caseSensitive));
        if (!trie.anchored) return;
        for (const t of texts) expectSame(trie, t);
      }),
      { numRuns: 1500 },
    );
  });

  it("gives up (for the full walk) on a hit after a long run without white space", () => {
    const text = "x".repeat(3000) + "-carry out";
    expect(builtin.matchesAround(text, hitsOf(builtin, text))).toBeUndefined();
  });
});

describe("the linter with anchored phrases", () => {
  afterEach(() => vi.restoreAllMocks());
  const inputs = () => [...fixtureInputs(), ...exampleInputs(linter.entries)];

  it("finds what it finds walking every token", () => {
    const anchored = inputs().map(({ text, format }) => linter.check(text, { format }));
    vi.spyOn(TokenTrie.prototype, "matchesAround").mockReturnValue(undefined);
    const walked = inputs().map(({ text, format }) => linter.check(text, { format }));
    expect(anchored).toEqual(walked);
    expect(anchored.flat().length).toBeGreaterThan(500);
  });

  it("...on generated text, the words of its phrases apart by any phrase white space (hits of two-word anchors)", () => {
    const spaced = generatedText(phrases).chain((text) => fc.constantFrom("\u00a0", "\u3000", " \r\n ", "\t", "\u2003").map((space) => text.replace(/ (?=\p{L})/gu, space)));
    const texts = fc.sample(spaced, { numRuns: 150, seed: 7 });
    const anchored = texts.map((text) => linter.check(text));
    vi.spyOn(TokenTrie.prototype, "matchesAround").mockReturnValue(undefined);
    const walked = texts.map((text) => linter.check(text));
    expect(anchored).toEqual(walked);
    expect(anchored.flat().length).toBeGreaterThan(100);
  });
});

describe("TokenReader", () => {
  const chars = ["a", "B", "K", " ", "\n", "\r", "'", "’", "-", "‐", ",", "é", "中", "\u00a0", "\u2003", "\ud835\udc00", "\ud800", "٣"];
  it("reads from 0, from white space or from a token's bounds the tokens scanTokens gives", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((c) => c.join("")), (text) => {
        const list = scanTokens(text);
        const all = Array.from({ length: list.count }, (_, i) => [list.starts[i], list.ends[i], list.plain[i], list.plain[i] ? list.hashes[i] : 0]);
        const reader = new TokenReader();
        const froms = [0, ...all.flatMap(([start, end]) => [start!, end!]), ...[...text].map((_, i) => i).filter((i) => i > 0 && /\s/u.test(text[i - 1]!))];
        for (const from of froms) {
          const read: number[][] = [];
          for (let at = from; reader.read(text, at); at = reader.end) read.push([reader.start, reader.end, reader.plain, reader.plain ? reader.hash : 0]);
          expect(read).toEqual(all.filter(([start]) => start! >= from));
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe("forEachLine", () => {
  it("gives the lines following nextLineBreak gives (and lineStarts their starts)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", " ", "\n", "\r", "\r\n", "\n\r", "é"), { maxLength: 30 }).map((c) => c.join("")), (text) => {
        const expected: [number, number][] = [];
        for (let start = 0; ; ) {
          const lineBreak = nextLineBreak(text, start);
          expected.push([start, lineBreak ? lineBreak.index : text.length]);
          if (!lineBreak) break;
          start = lineBreak.end;
        }
        const lines: [number, number][] = [];
        forEachLine(text, (start, end) => lines.push([start, end]));
        expect(lines).toEqual(expected);
        expect(lineStarts(text)).toEqual(expected.map(([start]) => start));
      }),
      { numRuns: 2000 },
    );
  });
});
