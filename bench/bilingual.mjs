// Timings of the bilingual checks (npm run bench:bilingual).
// Not a test: numbers to watch, printed one per line.
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { Linter } from "../dist/index.js";
import { assignLanguages } from "../dist/language/detect.js";
import { segmentsOf } from "../dist/markup/index.js";
import { runRules } from "../dist/rules/engine.js";
import { chineseWords } from "../dist/language/words.js";
import { toSimplified } from "../dist/language/simplified.js";

const CORPUS = new URL("../../shared/corpus/parallel/ntrex128_newstest2019_zh-en.tsv", import.meta.url);
const time = (label, run) => {
  const start = performance.now();
  const result = run();
  console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
};

const linter = time("Linter with the fixture glossaries", () => new Linter({ glossaries: ["fixtures/bilingual/glossary.tsv", "fixtures/bilingual/news-glossary.tsv"] }));
time("check an English article (no Han: nothing Chinese loads)", () => linter.check(readFileSync("fixtures/seed/expected.txt", "utf8")));
if (!existsSync(CORPUS)) {
  console.log("(the parallel corpus is not beside the repository: skipping the rest)");
  process.exit(0);
}
const pairs = readFileSync(CORPUS, "utf8").trimEnd().split("\n").slice(1).map((line) => line.split("\t")).map(([, , zh, en]) => ({ zh, en: en.replace(/\s+/g, " ").trim() }));
const zh = pairs.map((pair) => pair.zh).join("\n");
time("opencc-js: load and convert the corpus's Chinese side", () => toSimplified(zh));
time("segmentit: load", () => chineseWords("加载"));
const bytes = Buffer.byteLength(zh);
const ms = time(`segmentit: segment the Chinese side (${(bytes / 1e6).toFixed(2)} MB)`, () => {
  const start = performance.now();
  for (const run of zh.match(/\p{Script=Han}+/gu)) chineseWords(run);
  return performance.now() - start;
});
console.log(`segmentit: ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
time(`key-term, number-mismatch, untranslated-paragraph over ${pairs.length} pairs`, () => {
  const text = pairs.map((pair) => pair.en).join("\n\n");
  const segments = assignLanguages(segmentsOf(text));
  segments.forEach((segment, index) => (segment.source = { text: pairs[index].zh, label: String(index + 1) }));
  const rules = linter.rules.filter((rule) => ["key-term", "number-mismatch", "untranslated-paragraph"].includes(rule.meta.id));
  return runRules(segments, rules).length;
});
