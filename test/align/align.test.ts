// Paragraph alignment: the moves on hand-made documents, the one finding of a
// failed alignment, and how often it is right on real news (the parallel
// corpus in ../shared, one line a paragraph).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { alignParagraphs, type AlignUnit } from "../../src/align/align.js";
import { numberAnchors } from "../../src/align/anchors.js";
import { splitSource } from "../../src/align/split.js";
import { detectLanguage } from "../../src/language/detect.js";
import { Linter } from "../../src/linter.js";

const unit = (text: string): AlignUnit => ({ text, lang: detectLanguage(text) });
const pairs = (source: string[], target: string[]) =>
  alignParagraphs(source.map(unit), target.map(unit)).beads.map((bead) => [bead.source, bead.target]);

const ZH = [
  "9月1日上午，北京理工大学在良乡校区召开2023年秋季学期工作部署会。校党委书记张军出席会议并讲话，校长龙腾主持会议。",
  "会上，龙腾总结了上学期学校各项工作进展情况。他指出，学校新增国家级一流本科专业建设点12个，科研经费到账总额突破35亿元。",
  "张军强调，新学期要坚持以学生为中心，深化教育教学改革，推动学校内涵式发展，为建设世界一流大学提供坚实保障。",
  "图为会议现场",
  "会议还对迎新工作、校园安全和实验室管理等工作进行了专门部署，要求各单位于9月15日前完成自查。",
];
const EN = [
  "On the morning of September 1, Beijing Institute of Technology held the work deployment meeting for the autumn semester of 2023 at the Liangxiang campus. Zhang Jun, secretary of the Party Committee, attended and spoke; president Long Teng presided.",
  "At the meeting, Long Teng summarized the progress of the school's work in the last semester. He pointed out that the school had added 12 national first-class undergraduate majors, and research funding exceeded 3.5 billion yuan.",
  "Zhang Jun stressed that in the new semester we must put students at the center, deepen the reform of education and teaching, and promote the quality-oriented development of the school, laying a solid foundation for a world-class university.",
  "The picture shows the meeting.",
  "The meeting also made arrangements for welcoming new students, campus safety and laboratory management, and required all units to complete self-inspection before September 15.",
];

describe("alignParagraphs", () => {
  it("pairs one to one when nothing moved", () => {
    expect(pairs(ZH, EN)).toEqual(ZH.map((_, i) => [[i], [i]]));
  });
  it("pairs two source paragraphs merged into one English paragraph (2-1)", () => {
    const merged = [EN[0]!, `${EN[1]} ${EN[2]}`, EN[3]!, EN[4]!];
    expect(pairs(ZH, merged)).toEqual([[[0], [0]], [[1, 2], [1]], [[3], [2]], [[4], [3]]]);
  });
  it("pairs one source paragraph split into two English ones (1-2)", () => {
    const [first, second] = [EN[1]!.slice(0, EN[1]!.indexOf(" He pointed")), EN[1]!.slice(EN[1]!.indexOf("He pointed"))];
    const split = [EN[0]!, first, second, EN[2]!, EN[3]!, EN[4]!];
    expect(pairs(ZH, split)).toEqual([[[0], [0]], [[1], [1, 2]], [[2], [3]], [[3], [4]], [[4], [5]]]);
  });
  it("lets a dropped caption go (1-0) without pulling its neighbours out of line", () => {
    const dropped = [EN[0]!, EN[1]!, EN[2]!, EN[4]!];
    expect(pairs(ZH, dropped)).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3], []], [[4], [3]]]);
  });
  it("finds a missing paragraph in the middle (1-0) and an extra one (0-1)", () => {
    expect(pairs(ZH, [EN[0]!, EN[2]!, EN[3]!, EN[4]!])).toEqual([[[0], [0]], [[1], []], [[2], [1]], [[3], [2]], [[4], [3]]]);
    const extra = "Beijing Institute of Technology is a public research university affiliated with the Ministry of Industry and Information Technology.";
    expect(pairs(ZH, [...EN, extra])).toEqual([...ZH.map((_, i) => [[i], [i]]), [[], [5]]]);
  });
  it("pairs a paragraph left in Chinese with its source", () => {
    expect(pairs(ZH, [EN[0]!, ZH[1]!, EN[2]!, EN[3]!, EN[4]!])).toEqual(ZH.map((_, i) => [[i], [i]]));
  });
  it("fails on a text that is not the translation, and says why", () => {
    const other = [
      "The Welsh assembly is considering changing its name to the Welsh Parliament, and some members worry about their new title.",
      "A suggestion that AMs become MWPs (Members of the Welsh Parliament) caused consternation in 2018 among 60 members.",
      "The assembly commission said it would bring forward legislation on 12 March to introduce the change.",
    ];
    const alignment = alignParagraphs(ZH.map(unit), other.map(unit));
    expect(alignment.failure).toMatch(/pairs up|lengths disagree|find no partner/);
  });
});

describe("anchors and splitting", () => {
  it.each([
    ["3.5万平方米", ["35000"]],
    ["35,000 square meters", ["35000"]],
    ["35亿元", ["3500000000"]],
    ["3.5 billion yuan", ["3500000000"]],
    ["2023年8月30日", ["2023", "8", "30"]],
    ["August 30, 2023", ["30", "2023", "8"]],
    ["3, 4 and 5", ["3", "4", "5"]],
    ["It may rain; May 5", ["5", "5"]],
  ])("numberAnchors(%s)", (text, anchors) => expect(numberAnchors(text).sort()).toEqual([...anchors].sort()));
  it("cuts a split paragraph's source between the sentences that fit each English part", () => {
    const source = "学校新增国家级一流本科专业建设点12个。良乡校区文化博物馆中心主体结构顺利封顶，建筑面积达3.5万平方米，将于2024年投入使用。";
    const parts = splitSource(source, ["The school added 12 first-class majors.", "The main structure of the Cultural Museum Center was capped; its floor area is 35,000 square meters and it opens in 2024."]);
    expect(parts).toEqual(["学校新增国家级一流本科专业建设点12个。", "良乡校区文化博物馆中心主体结构顺利封顶，建筑面积达3.5万平方米，将于2024年投入使用。"]);
  });
});

describe("alignment findings in check()", () => {
  const linter = new Linter({ builtin: false, builtinRules: true });
  const english = EN.join("\n\n") + "\n";
  const chinese = ZH.join("\n\n") + "\n";
  const bilingual = (findings: { category: string; ruleId: string }[]) =>
    findings.filter((finding) => finding.category === "bilingual" || finding.ruleId === "untranslated-paragraph").map((finding) => finding.ruleId);

  it("reports nothing when every paragraph pairs", () => {
    expect(bilingual(linter.check(english, { source: { text: chinese, label: "zh.txt" } }))).toEqual([]);
  });
  it("a failed alignment is one finding, not a cascade", () => {
    const unrelated = readFileSync(new URL("../../fixtures/seed/input.txt", import.meta.url), "utf8");
    const findings = linter.check(unrelated, { source: { text: chinese, label: "zh.txt" } });
    expect(bilingual(findings)).toEqual(["alignment-failed"]);
    expect(findings.find((finding) => finding.ruleId === "alignment-failed")!.message).toMatch(/could not be aligned with its source zh\.txt: .+\. The checks against the source were skipped\./);
  });
  it("sets each English segment's source, and reports a missing paragraph where it would be", () => {
    const seen: { text: string; source?: string; label?: string }[] = [];
    const spy = new Linter({
      builtin: false,
      builtinRules: false,
      customRules: [{ meta: { id: "spy", category: "test", severity: "info", description: "records sources", languages: ["en"] }, check: ({ segment }) => void seen.push({ text: segment.text, source: segment.source?.text, label: segment.source?.label }) }],
    });
    const withoutSecond = [EN[0]!, EN[2]!, EN[3]!, EN[4]!].join("\n\n") + "\n";
    const findings = spy.check(withoutSecond, { source: { text: chinese, label: "zh.txt" } });
    expect(seen.map((entry) => entry.source)).toEqual([ZH[0], ZH[2], ZH[3], ZH[4]]);
    expect(seen.map((entry) => entry.label)).toEqual(["zh.txt:1", "zh.txt:5", "zh.txt:7", "zh.txt:9"]);
    const missing = findings.filter((finding) => finding.ruleId === "missing-paragraph");
    expect(missing.map((finding) => [finding.line, finding.column, finding.severity])).toEqual([[3, 1, "warning"]]);
    expect(missing[0]!.message).toContain("zh.txt:3");
  });
  it("an extra paragraph and a dropped caption: the caption is only noted (info)", () => {
    const extra = "Beijing Institute of Technology is a public research university affiliated with the Ministry of Industry and Information Technology.";
    const text = [EN[0]!, EN[1]!, EN[2]!, EN[4]!, extra].join("\n\n") + "\n";
    const findings = linter.check(text, { source: { text: chinese, label: "zh.txt" } });
    expect(findings.filter((f) => f.category === "bilingual").map((f) => [f.ruleId, f.line, f.severity])).toEqual([
      ["missing-paragraph", 7, "info"],
      ["extra-paragraph", 9, "warning"],
    ]);
  });
  it("--rule settings apply to alignment findings", () => {
    const quiet = new Linter({ builtin: false, rules: { bilingual: "off" } });
    const unrelated = readFileSync(new URL("../../fixtures/seed/input.txt", import.meta.url), "utf8");
    expect(bilingual(quiet.check(unrelated, { source: { text: chinese } }))).toEqual([]);
  });
});

const CORPUS = new URL("../../../shared/corpus/parallel/ntrex128_newstest2019_zh-en.tsv", import.meta.url).pathname;
describe.skipIf(!existsSync(CORPUS))("on real news (NTREX-128, one line a paragraph)", () => {
  const documents = new Map<string, { zh: string; en: string }[]>();
  if (existsSync(CORPUS)) {
    for (const line of readFileSync(CORPUS, "utf8").trim().split("\n").slice(1)) {
      const [id, , zh, en] = line.split("\t") as [string, string, string, string];
      documents.set(id, [...(documents.get(id) ?? []), { zh, en }]);
    }
  }
  const docs = [...documents.values()].filter((doc) => doc.length >= 6);
  const share = (results: boolean[]) => results.filter(Boolean).length / results.length;
  const exact = (source: string[], target: string[], expected: number[][][]) => {
    const alignment = alignParagraphs(source.map(unit), target.map(unit));
    return !alignment.failure && JSON.stringify(alignment.beads.map((bead) => [bead.source, bead.target])) === JSON.stringify(expected);
  };

  it("aligns whole documents exactly (measured: 117 of 118)", () => {
    expect(share(docs.map((doc) => exact(doc.map((p) => p.zh), doc.map((p) => p.en), doc.map((_, i) => [[i], [i]]))))).toBeGreaterThan(0.95);
  });
  it("recovers a merge of two paragraphs (measured: 110 of 118)", () => {
    const results = docs.map((doc) => {
      const target = doc.map((p) => p.en);
      target.splice(2, 2, `${target[2]} ${target[3]}`);
      const expected = doc.flatMap((_, i) => (i === 3 ? [] : i === 2 ? [[[2, 3], [2]]] : [[[i], [i < 2 ? i : i - 1]]]));
      return exact(doc.map((p) => p.zh), target, expected);
    });
    expect(share(results)).toBeGreaterThan(0.88);
  });
  it("places a missing sentence-long paragraph exactly in most documents (measured: 96 of 118)", () => {
    const results = docs.map((doc) => {
      const target = doc.map((p) => p.en);
      target.splice(3, 1);
      const expected = doc.map((_, i) => (i < 3 ? [[i], [i]] : i === 3 ? [[3], []] : [[i], [i - 1]]));
      return exact(doc.map((p) => p.zh), target, expected);
    });
    expect(share(results)).toBeGreaterThan(0.75);
  });
  it("refuses to align a document with another one's translation (measured: 101 of 118)", () => {
    const results = docs.map((doc, k) => {
      const other = docs[(k + 7) % docs.length]!;
      return alignParagraphs(doc.map((p) => unit(p.zh)), other.map((p) => unit(p.en))).failure !== undefined;
    });
    expect(share(results)).toBeGreaterThan(0.8);
  });
});
