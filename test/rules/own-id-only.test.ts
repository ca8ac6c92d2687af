import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assignLanguages } from "../../src/language/detect.js";
import { Linter } from "../../src/linter.js";
import { segmentsOf } from "../../src/markup/index.js";
import { runRules } from "../../src/rules/engine.js";
import type { Rule, Segment } from "../../src/types.js";

// A rule whose meta says ownIdOnly is skipped by the engine when its own id
// or category is filtered out (--category, --rule off): that is right only
// if every report it makes is under its own id and category. Each such rule
// runs here, unflagged, over texts that make it report (the fixture
// articles; English paragraphs with Chinese sources for the bilingual rules).

const ROOT = new URL("../../", import.meta.url).pathname;
const linter = new Linter({ glossaries: [join(ROOT, "fixtures/bilingual/glossary.tsv")] });

const pairs = [
  { en: "The school follows the principle of morality first.", zh: "学校坚持立德树人。" },
  { en: "One Belt One Road projects grew; the State Council agrees.", zh: "一带一路项目增加，国务院同意。" },
  { en: "The plant made 5 million tons in 2023.", zh: "该厂2022年生产了300万吨。" },
  { en: "学校坚持立德树人。", zh: "学校坚持立德树人。" },
  { en: "The campus hosted 3 events.", zh: "校园举办了三场活动。" },
];

function pairSegments(): Segment[] {
  const segments = assignLanguages(segmentsOf(pairs.map((pair) => pair.en).join("\n\n")));
  segments.forEach((segment, index) => (segment.source = { text: pairs[index]!.zh, label: `zh:${index + 1}` }));
  return segments;
}

const odd = "The team met ＡＢＣ on day １２ , then left.Then the the team walked 5 Kilometers past 中文 signs. He visited the international Department of the high school.\n";
const articles = [odd, ...readdirSync(join(ROOT, "fixtures/articles")).map((name) => readFileSync(join(ROOT, "fixtures/articles", name, "input.txt"), "utf8"))];

describe("rules flagged ownIdOnly report under their own id and category only", () => {
  const flagged = linter.rules.filter((rule) => rule.meta.ownIdOnly);

  it("the bilingual rules are among them", () => {
    expect(flagged.map((rule) => rule.meta.id)).toEqual(expect.arrayContaining(["key-term", "number-mismatch", "untranslated-paragraph"]));
  });

  for (const rule of flagged) {
    it(rule.meta.id, () => {
      const unflagged: Rule = { ...rule, meta: { ...rule.meta, ownIdOnly: false } };
      const findings = [pairSegments(), ...articles.map((text) => assignLanguages(segmentsOf(text)))].flatMap((segments) =>
        // turned on, for the rules off by default
        runRules(segments, [unflagged], { rules: { [rule.meta.id]: rule.meta.severity } }),
      );
      // the texts make every rule flagged here report (a rule flagged later may need its own)
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) expect([finding.ruleId, finding.category]).toEqual([rule.meta.id, rule.meta.category]);
    });
  }
});
