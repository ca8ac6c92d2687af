import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GlossaryError } from "../../src/errors.js";
import { loadGlossary } from "../../src/glossary/load.js";
import { parseGlossary } from "../../src/glossary/parse.js";
import { TermIndex } from "../../src/glossary/term-index.js";
import { toSimplified } from "../../src/language/simplified.js";

const CEDICT = "../shared/corpus/glossary/cc-cedict_political_education_subset.tsv";

function errorOf(source: string, file = "terms.tsv"): string {
  try {
    parseGlossary(source, file);
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryError);
    return (error as Error).message;
  }
  throw new Error("expected a GlossaryError");
}

describe("glossary files", () => {
  it("load the fixture: preferred rendering first, accepted variants, avoided renderings, notes; comments skipped", () => {
    const { entries } = loadGlossary("fixtures/bilingual/glossary.tsv");
    const term = entries.find((entry) => entry.zh[0] === "立德树人")!;
    expect(term).toMatchObject({
      id: "glossary:立德树人",
      en: ["fostering virtue through education", "moral education"],
      avoid: ["establishing morality and cultivating people", "cultivate people by virtue"],
      note: "the fundamental task of education in official usage",
      where: { file: "fixtures/bilingual/glossary.tsv", line: 2 },
      origin: "glossary",
    });
    expect(entries.some((entry) => entry.zh[0]!.startsWith("#"))).toBe(false);
    expect(entries.find((entry) => entry.zh[0] === "国务院")!.avoid).toEqual([]);
  });

  it("read CSV with quoted cells (commas, doubled quotes, line breaks), a BOM and CRLF", () => {
    const csv = '\uFEFFzh,en,avoid,note\r\n一带一路,"Belt and Road|Belt and Road Initiative","One Belt, One Road","said ""B&R"" in\r\nsome papers"\r\n双一流,Double First-Class,,\r\n';
    const { entries } = parseGlossary(csv, "terms.csv");
    expect(entries.map((entry) => [entry.zh, entry.en, entry.avoid, entry.where.line])).toEqual([
      [["一带一路"], ["Belt and Road", "Belt and Road Initiative"], ["One Belt, One Road"], 2],
      [["双一流"], ["Double First-Class"], [], 4],
    ]);
    expect(entries[0]!.note).toBe('said "B&R" in some papers');
  });

  it("take other column names spreadsheets use, and ignore unknown columns", () => {
    const { entries } = parseGlossary("Simplified\tTraditional\tpinyin\tEnglish\n国务院\t國務院\tGuo2 wu4 yuan4\tState Council\n", "t.tsv");
    expect(entries[0]).toMatchObject({ zh: ["国务院", "國務院"], en: ["State Council"] });
  });

  it("merge a term listed twice into one entry", () => {
    const { entries } = parseGlossary("zh\ten\n人大\tNPC\n人大\tRenmin University\n", "t.tsv");
    expect(entries).toHaveLength(1);
    expect(entries[0]!.en).toEqual(["NPC", "Renmin University"]);
  });

  it.each([
    ["", "terms.tsv:1: the glossary is empty: it needs a header row with zh and en columns"],
    ["zh\tnote\n国务院\tx\n", "terms.tsv:1: the header needs a zh and an en column (it has: zh, note)"],
    ["zh\ten\tzh\n", "terms.tsv:1: the header names the zh column twice"],
    ["zh\ten\n\n国务院\tState Council\n\tCouncil\n", "terms.tsv:4: the zh cell is empty"],
    ["zh\ten\nState\tState Council\n", "terms.tsv:2: the zh cell “State” has no Chinese characters"],
    ["zh\ten\n国务院\t\n", "terms.tsv:2: the en cell of “国务院” is empty"],
    ["zh\ten\n国务院\tState Council\textra\n", "terms.tsv:2: 3 cells, but the header has 2 columns"],
  ])("report a broken TSV with file and line: %j", (source, message) => {
    expect(errorOf(source)).toBe(message);
  });

  it.each([
    ['zh,en\n国务院,"State Council\n', "terms.csv:2: a quoted cell is never closed"],
    ['zh,en\n国务院,"State" Council\n', 'terms.csv:2: text after a closing quote: "Council"'],
  ])("report a broken CSV with file and line: %j", (source, message) => {
    expect(errorOf(source, "terms.csv")).toBe(message);
  });

  it("name a missing file", () => {
    expect(() => loadGlossary("no/such/glossary.tsv")).toThrow("no/such/glossary.tsv: cannot read the glossary: no such file");
  });
});

describe.runIf(existsSync(CEDICT))("the CC-CEDICT subset (1,736 terms with Traditional forms)", () => {
  it("loads with its own column names; the three terms listed twice are merged", () => {
    const { entries } = loadGlossary(CEDICT);
    expect(entries).toHaveLength(1733);
    const yidaiyilu = entries.find((entry) => entry.zh[0] === "一带一路")!;
    expect(yidaiyilu.zh).toEqual(["一带一路", "一帶一路"]);
    expect(yidaiyilu.en[0]).toMatch(/^Belt and Road Initiative/);
  });

  it("opencc turns the Traditional forms into the Simplified ones", () => {
    const rows = readFileSync(CEDICT, "utf8").trimEnd().split("\n").slice(1).map((line) => line.split("\t"));
    const differing = rows.filter(([simplified, traditional]) => toSimplified(traditional!) !== simplified).map(([s, t]) => `${t}→${toSimplified(t!)}≠${s}`);
    // character conversion cannot know the mainland's choice among variants of these few characters
    expect(differing.length).toBeLessThanOrEqual(3);
    expect(differing.length / rows.length).toBeLessThan(0.002);
  });

  it("finds a term in Traditional text through its Simplified form, and only at word boundaries", () => {
    const { entries } = loadGlossary(CEDICT);
    const index = new TermIndex(entries.filter((entry) => ["国务院", "人大", "一带一路"].includes(entry.zh[0]!)).map((entry) => ({ ...entry, zh: [entry.zh[0]!] })));
    const terms = (text: string): string[] => index.find(toSimplified(text)).map((match) => match.term);
    expect(terms("國務院發布「一帶一路」規劃")).toEqual(["国务院", "一带一路"]);
    expect(terms("他在人大工作")).toEqual(["人大"]);
    expect(terms("全国人大代表")).toEqual([]); // one word for segmentit: a deputy, not the congress
    expect(terms("这是个人大事")).toEqual([]);
  });
});
