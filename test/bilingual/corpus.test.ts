// The key-term and number checks over 1,997 real Chinese–English news pairs
// (NTREX-128 newstest2019, ../shared/corpus/parallel): professional
// translations, so nearly every finding would be a false alarm. Those that
// remain are listed below with the reason each is right to be reported.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TermIndex } from "../../src/glossary/term-index.js";
import { toSimplified } from "../../src/language/simplified.js";
import { Linter } from "../../src/linter.js";
import { checkPairs, type Pair } from "../support/bilingual.js";

const CORPUS = "../shared/corpus/parallel/ntrex128_newstest2019_zh-en.tsv";
const GLOSSARIES = ["fixtures/bilingual/glossary.tsv", "fixtures/bilingual/news-glossary.tsv"];

/** doc_id:line → the findings expected there, with why they are right */
const EXPLAINED: Record<string, { findings: string[]; why: string }> = {
  "cbsnews.248387:268": {
    findings: ["number-mismatch: The source (cbsnews.248387:268) has “6.6”, which is not in the English.", "number-mismatch: “6” is not in the source (cbsnews.248387:268)."],
    why: "身高6.6英尺 (6.6 feet) against “6-foot-6” (6 feet 6 inches): the Chinese turned a height into a wrong decimal.",
  },
  "guardian.221718:919": {
    findings: ["number-mismatch: The source (guardian.221718:919) has “3”, which is not in the English."],
    why: "憨豆特工3 (Johnny English 3) against the film's English title “Johnny English Strikes Again”: the numbers differ.",
  },
  "independent.226346:1125": {
    findings: ["number-mismatch: The source (independent.226346:1125) has “206”, which is not in the English."],
    why: "The Chinese names the event 《Bellator 206》; the English leaves it out.",
  },
  "rt.com.91334:1270": {
    findings: ["number-mismatch: “99” is not in the source (rt.com.91334:1270)."],
    why: "“99 percent” a good guy: the Chinese (他绝对是一个“好人”) drops the number.",
  },
  "nytimes.184862:1455": {
    findings: ["number-mismatch: “60” is not in the source (nytimes.184862:1455)."],
    why: "“after 60 days” against 两个月 (two months): a different unit, worth a look.",
  },
  "newsweek.51300:1012": {
    findings: ["key-term: The source (newsweek.51300:1012) has “民主党”: expected “Democrat” (or “Democrats”, “Democratic”) in the English (fixtures/bilingual/news-glossary.tsv:6)."],
    why: "A real mistranslation: the English speaks of “our democracy”, the Chinese of 我们民主党 (our Democratic Party).",
  },
  "guardian.221756:1301": {
    findings: ["key-term: The source (guardian.221756:1301) has “白宫”: expected “White House” in the English (fixtures/bilingual/news-glossary.tsv:7)."],
    why: "The English sentence is passive (“a meeting … was announced”) and drops the White House the Chinese names.",
  },
  "dailymail.co.uk.298696:1659": {
    findings: ["key-term: The source (dailymail.co.uk.298696:1659) has “欧盟”: expected “European Union” (or “EU”) in the English (fixtures/bilingual/news-glossary.tsv:4)."],
    why: "The English says “Brussels” (metonymy) for 欧盟: a reviewer decides whether that suits the glossary.",
  },
  "dailymail.co.uk.298696:1666": {
    findings: ["key-term: The source (dailymail.co.uk.298696:1666) has “欧盟”: expected “European Union” (or “EU”) in the English (fixtures/bilingual/news-glossary.tsv:4)."],
    why: "“want to remain” leaves the EU implicit where the Chinese names it (留在欧盟).",
  },
  "telegraph.405413:1880": {
    findings: ["key-term: The source (telegraph.405413:1880) has “最高法院”: expected “Supreme Court” in the English (fixtures/bilingual/news-glossary.tsv:3)."],
    why: "“the highest court in the land”: a paraphrase of the glossary term.",
  },
  "cbsnews.248394:1913": {
    findings: ["key-term: The source (cbsnews.248394:1913) has “最高法院”: expected “Supreme Court” in the English (fixtures/bilingual/news-glossary.tsv:3)."],
    why: "“go to the court”: the English shortens the Supreme Court to “the court”.",
  },
};

function readPairs(): (Pair & { id: string })[] {
  const [header, ...lines] = readFileSync(CORPUS, "utf8").trimEnd().split("\n");
  expect(header!.split("\t")).toEqual(["doc_id", "line", "zh", "en"]);
  return lines.map((line) => {
    const [doc, number, zh, en] = line.split("\t");
    return { id: `${doc}:${number}`, zh: zh!, en: en!.replace(/\s+/g, " ").trim() };
  });
}

describe.runIf(existsSync(CORPUS))("bilingual checks on the parallel news corpus", () => {
  it("report only the explained findings", () => {
    const pairs = readPairs();
    expect(pairs).toHaveLength(1997);
    const linter = new Linter({ glossaries: GLOSSARIES });
    const found: Record<string, string[]> = {};
    for (const pair of pairs) {
      const findings = checkPairs(linter, [{ ...pair, label: pair.id }]).filter((f) => f.ruleId === "key-term" || f.ruleId === "number-mismatch");
      if (findings.length) found[pair.id] = findings.map((f) => `${f.ruleId}: ${f.message}`);
    }
    const expected = Object.fromEntries(Object.entries(EXPLAINED).map(([id, { findings }]) => [id, findings]));
    expect(found).toEqual(expected);
  });

  it("exercise the key-term check: glossary terms are found in many source sentences", () => {
    const index = new TermIndex(new Linter({ glossaries: GLOSSARIES }).terms);
    const withTerms = readPairs().filter((pair) => index.find(toSimplified(pair.zh)).length > 0);
    expect(withTerms.length).toBeGreaterThan(100);
  });
});
