// segmentit with the faster word lookup and choice of split (withFastSplits,
// src/language/segmentit-chunks.ts), and with that and its dictionary loaded
// a part at a time (src/language/segmentit-dictionary.ts), against segmentit
// as published: the same words, parts of speech and order for every text
// (word boundaries decide which glossary terms match, so any difference
// would change findings).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestSplit, dictionaryWords, indexWord, indexWords, type ChunkContext, type WordInfo } from "../../src/language/segmentit-chunks.js";
import { segmentitCodeOf, WordList, wordListOf } from "../../src/language/segmentit-dictionary.js";
import { withFastSplits, withoutDictionary, type Segmenter, type SegmentitModule } from "../../src/language/words.js";

const require = createRequire(import.meta.url);
const segmentit = require("segmentit") as SegmentitModule;
const CORPUS = "../shared/corpus/parallel/ntrex128_newstest2019_zh-en.tsv";
/** glossary terms, loaded as src/language/words.ts loads them (they change the splits around them) */
const TERMS = ["立德树人", "国务院", "美国国务院", "人大", "一带一路", "全国人民代表大会", "改革开放", "白宫", "欧盟", "最高法院"];

/** the list the build writes */
const wordList = wordListOf(segmentit.useDefault(new segmentit.Segment()).getDict("TABLE"));

/** the build's copy of segmentit's code without its dictionaries, as the CLI requires it with the list (segmentit itself before a build) */
const BUILT_CODE = "dist/language/segmentit-code.cjs";
const code = (existsSync(BUILT_CODE) ? require(`${process.cwd()}/${BUILT_CODE}`) : segmentit) as SegmentitModule;

/** segmentit as published, then the faster ones: with the whole dictionary, and with the word list (and the build's code) */
function segmenters(): [Segmenter, Segmenter, Segmenter] {
  const plain = segmentit.useDefault(new segmentit.Segment());
  const fast = withFastSplits(segmentit, segmentit.useDefault(new segmentit.Segment()));
  const partial = withFastSplits(code, withoutDictionary(code), new WordList(wordList));
  return [plain, fast, partial];
}

function loadTerms(segment: Segmenter, terms: readonly string[]): void {
  segment.loadDict(terms.map((term) => `${term}|0x100000|20000`).join("\n"));
}

/** Full results (word, part of speech), not only the words: the split and its tags must agree. */
const segment = (segmenter: Segmenter, text: string): string => JSON.stringify((segmenter.doSegment as (text: string, options: object) => unknown)(text, {}));

function fixtureTexts(): string[] {
  const texts = readdirSync("fixtures/bilingual")
    .filter((name) => /\.(txt|tsv|xlf|xliff)$/.test(name))
    .flatMap((name) => readFileSync(`fixtures/bilingual/${name}`, "utf8").split("\n"));
  return texts.filter((line) => /\p{Script=Han}/u.test(line));
}

describe("segmentit with fast splits", () => {
  const [plain, fast, partial] = segmenters();
  loadTerms(plain, TERMS);
  loadTerms(fast, TERMS);
  loadTerms(partial, TERMS);

  it("splits the bilingual fixtures as segmentit does", () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      expect(segment(fast, text), text).toBe(segment(plain, text));
      expect(segment(partial, text), text).toBe(segment(plain, text));
    }
  });

  it.runIf(existsSync(CORPUS))("splits the Chinese side of the parallel corpus as segmentit does", () => {
    const lines = readFileSync(CORPUS, "utf8").split("\n").slice(1);
    const texts = lines.map((line) => line.split("\t")[2]).filter((text): text is string => !!text);
    for (const text of texts) {
      expect(segment(fast, text), text).toBe(segment(plain, text));
      expect(segment(partial, text), text).toBe(segment(plain, text));
    }
  });

  it("splits generated text as segmentit does: dictionary words, terms, single characters, punctuation, Latin and digits", () => {
    // words that make splits ambiguous: prefixes and suffixes of each other, numbers and units, surnames
    const pieces = [...TERMS, "人民", "代表", "大会", "代表大会", "国务", "务院", "美国", "国家", "家长", "长春", "市长", "长春市", "春药", "药店",
      "的", "之", "了", "和", "是", "在", "三", "十五", "点", "五", "分之", "年", "月", "日", "号", "个", "张", "王", "欧阳", "司马", "明", "华",
      "研究", "生命", "起源", "研究生", "命", "发展", "中国", "中华", "人民共和国", "改革", "开放", "都", "很", "红", "色", "好", "快", "走"];
    const separators = ["，", "。", "、", "“", "”", " ", "\n", "A", "AM", "2019", "3.5", "%", "（", "）", "toString", "constructor"];
    const text = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.constantFrom(...separators) }), { maxLength: 14 }).map((parts) => parts.join(""));
    fc.assert(fc.property(text, (generated) => segment(fast, generated) === segment(plain, generated) && segment(partial, generated) === segment(plain, generated)), { numRuns: 1500, seed: 6 });
  });

  it("sees words loaded after its first use (glossary terms of a later glossary)", () => {
    const [plainLater, ...fasterLater] = segmenters();
    const text = "坚持立德树人的要求和新时代教育方针";
    // 坚持 and 教育 are dictionary words: a term loaded later replaces them, and the list's words do not replace a term
    const load = (terms: string[]) => [plainLater, ...fasterLater].forEach((segmenter) => loadTerms(segmenter, terms));
    const expectSame = (sample: string) => fasterLater.forEach((segmenter) => expect(segment(segmenter, sample), sample).toBe(segment(plainLater, sample)));
    expectSame(text);
    load(["新时代教育方针", "坚持立德", "坚持", "教育"]);
    expectSame(text);
    expectSame("教育坚持");
    for (const segmenter of fasterLater) expect(segmenter.doSegment(text, { simple: true })).toContain("新时代教育方针");
    // a term of 31 characters and more (its length is past the index's bits)
    const long = "中华人民共和国全国人民代表大会常务委员会关于修改中华人民共和国教育法的决定";
    load([long]);
    for (const sample of [`根据${long}`, long]) expectSame(sample);
    for (const segmenter of fasterLater) expect(segmenter.doSegment(`根据${long}`, { simple: true })).toContain(long);
  });
});

describe("the word list", () => {
  it("loads, from a list of any shape, the words of one character and those that begin with a pair of characters of a text", () => {
    const chars = ["的", "人", "大", "国", "𠀀", "a"];
    const word = fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(""));
    const arbitrary = fc.record({ words: fc.uniqueArray(word, { maxLength: 20 }), texts: fc.array(fc.array(fc.constantFrom(...chars), { maxLength: 6 }).map((parts) => parts.join("")), { maxLength: 4 }) });
    fc.assert(
      fc.property(arbitrary, ({ words, texts }) => {
        const TABLE: ChunkContext["TABLE"] = Object.fromEntries(words.map((w, k) => [w, { p: k, f: 1000 * k + 7 }]));
        const tables: Pick<ChunkContext, "TABLE" | "TABLE2"> = { TABLE: {}, TABLE2: {} };
        const list = new WordList(wordListOf(TABLE));
        const added: string[] = [];
        for (const text of texts) list.load(text, tables, (w) => added.push(w));
        const pairs = new Set(texts.flatMap((text) => Array.from({ length: text.length - 1 }, (_, i) => text.slice(i, i + 2))));
        // the words of one character come with the first text
        const expected = words.filter((w) => (w.length === 1 && texts.length > 0) || pairs.has(w.slice(0, 2)));
        const TABLE2: ChunkContext["TABLE2"] = {};
        for (const w of expected) (TABLE2[w.length] ??= {})[w] = TABLE[w]!;
        return isDeepStrictEqual(tables, { TABLE: Object.fromEntries(expected.map((w) => [w, TABLE[w]])), TABLE2 }) && added.length === expected.length;
      }),
      { numRuns: 2000, seed: 6 },
    );
  });

  it("gives every word of the dictionary its part of speech and frequency, loaded by any text that has it", () => {
    const TABLE = segmentit.useDefault(new segmentit.Segment()).getDict("TABLE");
    const partial = withoutDictionary(segmentit);
    const tables = { TABLE: partial.getDict("TABLE"), TABLE2: partial.getDict("TABLE2") };
    const list = new WordList(wordList);
    for (const word of Object.keys(TABLE)) list.load(`的${word}`, tables, () => {});
    expect(tables.TABLE).toEqual(TABLE);
    expect(Object.keys(tables.TABLE).length).toBe(Object.keys(TABLE).length);
    expect(tables.TABLE2).toEqual(segmentit.useDefault(new segmentit.Segment()).getDict("TABLE2"));
  });

  const built = "dist/language/segmentit-words.utf16";
  it.runIf(existsSync(built))("the build's list is the list of the installed segmentit", () => {
    expect(readFileSync(built, "utf16le") === wordList).toBe(true);
  });

  it.runIf(existsSync(BUILT_CODE))("the build's copy of segmentit's code is the installed segmentit's, its dictionaries emptied", () => {
    const source = readFileSync(require.resolve("segmentit/dist/cjs/segmentit.js"), "utf8");
    expect(readFileSync(BUILT_CODE, "utf8") === segmentitCodeOf(source, segmentit as unknown as Record<string, unknown>)).toBe(true);
    expect(Object.keys(code)).toEqual(Object.keys(segmentit));
    expect((code as unknown as { dicts: string[] }).dicts).toEqual(["", "", "", "", ""]);
  });
});

describe("the choice of split alone, on made-up dictionaries where splits tie", () => {
  // segmentit's filterWord, run on a stand-in segmenter whose table is the made-up one
  const POSTAG = (segmentit as unknown as { POSTAG: Record<string, number> }).POSTAG;
  const original = (segmentit.DictTokenizer.prototype as unknown as { filterWord(this: object, words: WordInfo[], preword: WordInfo | undefined, text: string): WordInfo[] }).filterWord;
  const tags = [0, POSTAG.D_A!, POSTAG.D_C!, POSTAG.D_F!, POSTAG.A_M!, POSTAG.A_Q!, POSTAG.D_MQ!, POSTAG.D_N!, POSTAG.A_NS!, POSTAG.A_NT!, POSTAG.D_U!, POSTAG.D_V!, POSTAG.A_NR!, 1];
  const surnames = segmentit.CHS_NAMES;
  // characters that are also surnames, time units and particles, so that every scoring rule fires
  const alphabet = ["张", "王", "年", "月", "的", "之", "人", "大", "会", "点"];
  const arbitrary = fc.record({
    text: fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 9 }).map((chars) => chars.join("")),
    entries: fc.array(fc.record({ start: fc.nat(8), length: fc.integer({ min: 1, max: 4 }), p: fc.constantFrom(...tags), f: fc.constantFrom(0, 0, 0, 1, 2) }), { maxLength: 14 }),
    preword: fc.option(fc.record({ w: fc.constantFrom(...alphabet, "，", "A"), p: fc.option(fc.constantFrom(...tags), { nil: undefined }) }), { nil: undefined }),
  });
  it("picks the same split as segmentit's filterWord", () => {
    fc.assert(
      fc.property(arbitrary, ({ text, entries, preword }) => {
        const TABLE: ChunkContext["TABLE"] = {};
        for (const { start, length, p, f } of entries) if (start + length <= text.length) TABLE[text.substr(start, length)] = { p, f };
        // matchWord's list: every table word at every offset, shortest first
        const words = (): WordInfo[] => {
          const found: WordInfo[] = [];
          for (let c = 0; c < text.length; c++) for (let n = 1; n <= 4; n++) if (c + n <= text.length && text.substr(c, n) in TABLE) found.push({ w: text.substr(c, n), c, f: TABLE[text.substr(c, n)]!.f });
          return found;
        };
        const before = preword && { ...preword, c: 0, f: 0 };
        const expected = original.call({ segment: { POSTAG, getDict: () => TABLE } }, words(), before && { ...before }, text);
        const actual = bestSplit(words(), before && { ...before }, text, { TABLE, TABLE2: {}, POSTAG, ...surnames });
        return JSON.stringify(actual?.map(({ w, c }) => [w, c])) === JSON.stringify(expected.map(({ w, c }) => [w, c]));
      }),
      { numRuns: 4000, seed: 6 },
    );
  });
});

describe("the list of dictionary words, on made-up dictionaries", () => {
  // segmentit's matchWord before its filterWord: every length of TABLE2 looked up at every offset
  const original = (segmentit.DictTokenizer.prototype as unknown as { matchWord(this: object, text: string, cur: number): WordInfo[] }).matchWord;
  const alphabet = ["张", "王", "年", "月", "的", "人", "大", "𠀀"];
  const han = (minLength: number, maxLength: number) => fc.array(fc.constantFrom(...alphabet), { minLength, maxLength }).map((chars) => chars.join(""));
  // short words, and long ones (30 code units and more: past the index's bits); texts made of them and of single characters
  const words = fc.array(fc.oneof({ weight: 5, arbitrary: han(1, 5) }, { weight: 1, arbitrary: han(30, 33) }), { minLength: 1, maxLength: 30 });
  const arbitrary = words.chain((words) =>
    fc.record({
      words: fc.constant(words),
      text: fc.array(fc.oneof(fc.constantFrom(...words), han(1, 3)), { maxLength: 8 }).map((parts) => parts.join("")),
      later: fc.array(fc.oneof(han(1, 5), fc.constantFrom(...words).map((word) => word + "大")), { maxLength: 5 }),
    }),
  );
  it("finds the words segmentit's matchWord finds, in its order, with words added to the index later", () => {
    fc.assert(
      fc.property(arbitrary, ({ text, words, later }) => {
        const TABLE2: ChunkContext["TABLE2"] = {};
        const put = (word: string) => ((TABLE2[word.length] ??= {})[word] = { p: 0, f: word.length });
        words.forEach(put);
        const index = indexWords(TABLE2);
        for (const word of later) {
          put(word);
          indexWord(index, word);
        }
        const expected = original.call({ segment: { getDict: () => TABLE2 }, filterWord: (found: WordInfo[]) => found }, text, 0);
        return JSON.stringify(dictionaryWords(text, TABLE2, index)) === JSON.stringify(expected);
      }),
      { numRuns: 3000, seed: 6 },
    );
  });
});
