import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TokenTrie } from "../../../src/rules/matcher/token-trie.js";
import { TOKEN, foldsTo, keyHash, normalizeToken, scanTokens, tokenize } from "../../../src/rules/matcher/tokenize.js";

// The scanner and the trie's hash skip are speed-ups: they must give exactly
// what the regular expression and a plain look-up of every token give.

const ALPHABET = [
  "a", "B", "z", "0", "9", " ", " ", "\t", "\n", "\r", "'", "’", "-", "‐", ",", ".", "“", "”", "é", "É", "ß", "İ", "Σ", "K",
  "\u00a0", "\u3000", "\u2028", "\ufeff", "中", "文", "，", "。", "\u0301", "\ud835\udc00", "\ud83d\ude00", "\ud800", "\udc00", "٣", "_", "@",
];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((chars) => chars.join(""));

function reference(source: string, caseSensitive = false): { start: number; end: number; key: string }[] {
  return [...source.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: normalizeToken(m[0], caseSensitive) }));
}

describe("scanTokens", () => {
  it("agrees with the TOKEN expression on tokens and keys", () => {
    fc.assert(
      fc.property(text, fc.boolean(), (source, caseSensitive) => {
        expect(tokenize(source, caseSensitive)).toEqual(reference(source, caseSensitive));
      }),
      { numRuns: 3000 },
    );
  });

  it("marks a token plain exactly when its chars are ASCII, ’ or ‐, and then hashes it like its key", () => {
    fc.assert(
      fc.property(text, fc.boolean(), (source, caseSensitive) => {
        const list = scanTokens(source);
        for (let i = 0; i < list.count; i++) {
          const raw = source.slice(list.starts[i], list.ends[i]);
          expect(list.plain[i] === 1).toBe(/^[\x00-\x7f’‐]*$/.test(raw));
          if (list.plain[i]) {
            const key = normalizeToken(raw, caseSensitive);
            expect(keyHash(source, list.starts[i]!, list.ends[i]!, caseSensitive)).toBe(keyHash(key, 0, key.length, caseSensitive));
            expect(foldsTo(source, list.starts[i]!, list.ends[i]!, key, caseSensitive)).toBe(true);
            if (!caseSensitive) expect(list.hashes[i]).toBe(keyHash(key, 0, key.length, false));
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("handles long texts past its first capacity", () => {
    const source = "word, ".repeat(5000);
    expect(scanTokens(source).count).toBe(10000);
    expect(tokenize(source)).toEqual(reference(source));
  });
});

describe("TokenTrie", () => {
  const phrase = fc.array(fc.constantFrom("a", "b", "ab", "’s", "a-b", "K", "é", ",", "0"), { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));

  /** Every phrase match by brute force: consecutive tokens with equal keys, only spaces between them. */
  function bruteForce(source: string, phrases: { phrase: string; caseSensitive: boolean }[]): string[] {
    const out: string[] = [];
    for (const caseSensitive of [false, true]) {
      const tokens = reference(source, caseSensitive);
      for (let i = 0; i < tokens.length; i++) {
        const here: string[] = [];
        phrases.forEach(({ phrase: p, caseSensitive: cs }, index) => {
          if (cs !== caseSensitive) return;
          const keys = reference(p, cs).map((t) => t.key);
          const run = tokens.slice(i, i + keys.length);
          if (run.length !== keys.length || run.some((t, k) => t.key !== keys[k])) return;
          if (run.some((t, k) => k > 0 && !/^[ \t\n\r\u00a0\u3000]*$/.test(source.slice(run[k - 1]!.end, t.start)))) return;
          here.push(`${tokens[i]!.start}-${run[run.length - 1]!.end}:${index}`);
        });
        // longest first, insertion order within one length
        here.sort((x, y) => Number(y.split(/[-:]/)[1]) - Number(x.split(/[-:]/)[1]) || Number(x.split(":")[1]) - Number(y.split(":")[1]));
        out.push(...here);
      }
    }
    // both walks merged in text order, longest first at each start (a stable sort keeps case-insensitive matches first)
    const at = (entry: string): [number, number] => entry.split(/[-:]/).map(Number) as [number, number];
    return out.sort((x, y) => at(x)[0] - at(y)[0] || at(y)[1] - at(x)[1]);
  }

  it("finds what a brute-force comparison of every token finds, in the same order", () => {
    fc.assert(
      fc.property(text, fc.array(fc.record({ phrase, caseSensitive: fc.boolean() }), { maxLength: 6 }), (source, phrases) => {
        const trie = new TokenTrie<number>();
        phrases.forEach(({ phrase: p, caseSensitive }, index) => trie.add(p, index, caseSensitive));
        const found = [...trie.matches(source)].flatMap((m) => m.values.map((v) => `${m.start}-${m.end}:${v}`));
        expect(found).toEqual(bruteForce(source, phrases));
      }),
      { numRuns: 2000 },
    );
  });
});
