// Interleaved documents (a Chinese paragraph, then its English rendering):
// English segments are paired with the Chinese before them without --source,
// and fix never changes a byte of the Chinese.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/language/detect.js";
import { Linter } from "../../src/linter.js";
import type { Rule } from "../../src/types.js";

const FIXTURE = new URL("../../fixtures/bilingual/interleaved.txt", import.meta.url).pathname;
const BIN = new URL("../../bin/mtclean.js", import.meta.url).pathname;
const text = readFileSync(FIXTURE, "utf8");
const linter = new Linter();
/** the lines mtclean takes for Chinese (a line with more Latin words than Han characters is English to it, and may be fixed) */
const hanLines = (value: string) => value.split("\n").filter((line) => detectLanguage(line) === "zh");

function sourcesOf(document: string): (string | undefined)[][] {
  const seen: (string | undefined)[][] = [];
  const spy: Rule = {
    meta: { id: "spy", category: "test", severity: "info", description: "records the sources", languages: ["en"] },
    check: ({ segment }) => void seen.push([segment.text.slice(0, 20), segment.source?.text.slice(0, 8), segment.source?.label]),
  };
  new Linter({ builtin: false, builtinRules: false, customRules: [spy] }).check(document);
  return seen;
}

describe("interleaved documents", () => {
  it("give each English paragraph (and line) the Chinese before it as its source", () => {
    expect(sourcesOf(text)).toEqual([
      ["Beijing Institute of", "北京理工大学召开", "line 1"],
      ["On the morning of Se", "9月1日上午，北", "line 4"],
      ["At the meeting, Long", "会上，龙腾总结了", "line 8"],
      ["Zhang Jun stressed t", "张军强调，新学期", "line 12"],
    ]);
  });
  it("are not found in an English article with one paragraph left in Chinese", () => {
    const english = [
      "On the morning of September 1, Beijing Institute of Technology held the work deployment meeting for the autumn semester at the Liangxiang campus.",
      "张军要求，各单位要扎实做好新学期各项准备工作。",
      "At the meeting, Long Teng summarized the progress of the school's work in the last semester, and pointed out that the school had added 12 national first-class undergraduate majors.",
      "Zhang Jun stressed that in the new semester, we must adhere to the student-centered approach and deepen the reform of education and teaching.",
      "The meeting also made special arrangements for welcoming new students, campus safety and laboratory management.",
    ].join("\n\n");
    expect(sourcesOf(english).map(([, source]) => source)).toEqual([undefined, undefined, undefined, undefined]);
  });
  it("fix cleans the English and leaves every Chinese line byte-identical", () => {
    const { output } = linter.fix(text, { unsafe: true });
    expect(output).not.toBe(text);
    expect(output).not.toContain("connotative development");
    expect(output).not.toContain("campus。");
    expect(hanLines(output)).toEqual(hanLines(text));
  });
  it("the CLI's fix does the same", () => {
    const result = spawnSync(process.execPath, [BIN, "fix", "--unsafe", FIXTURE], { encoding: "utf8" });
    expect(hanLines(result.stdout)).toEqual(hanLines(text));
    expect(result.stdout).toContain("quality-oriented development");
  });

  const CORPUS = new URL("../../../shared/corpus/parallel/ntrex128_newstest2019_zh-en.tsv", import.meta.url).pathname;
  it.skipIf(!existsSync(CORPUS))("real news interleaved, with MT punctuation in the English: every English line is paired, no Chinese byte changes", () => {
    const rows = readFileSync(CORPUS, "utf8").trim().split("\n").slice(1).map((line) => line.split("\t") as [string, string, string, string]);
    const documents = new Map<string, string[]>();
    for (const [id, , zh, en] of rows) {
      // the English as a machine translation leaves it: full-width stops and commas
      documents.set(id, [...(documents.get(id) ?? []), zh, en.replace(/\. (?=[A-Z])/gu, "。").replace(/, /gu, "，")]);
    }
    let paired = 0;
    let english = 0;
    for (const paragraphs of documents.values()) {
      const document = paragraphs.join("\n\n") + "\n";
      const sources = sourcesOf(document);
      english += sources.length;
      paired += sources.filter(([, source]) => source !== undefined).length;
      expect(hanLines(linter.fix(document, { unsafe: true }).output)).toEqual(hanLines(document));
    }
    // measured: 1,992 of 1,999 English segments paired (the rest: lines whose language detection goes the other way)
    expect(paired / english).toBeGreaterThan(0.98);
  });
});
