// What each CI format promises beyond its golden file: GitHub's escaping,
// SARIF validity against the published 2.1.0 schema, rdjson's UTF-8 columns,
// and XML that parses back to the original messages.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { Linter } from "../../src/linter.js";
import { checkstyle } from "../../src/reporters/checkstyle.js";
import { escapeData, escapeProperty, github } from "../../src/reporters/github.js";
import type { FileResult } from "../../src/reporters/index.js";
import { junit } from "../../src/reporters/junit.js";
import { rdjson } from "../../src/reporters/rdjson.js";
import { sarif } from "../../src/reporters/sarif.js";
import type { Finding } from "../../src/types.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const linter = new Linter({ dictionaries: [`${ROOT}fixtures/reports/escaping.yml`] });
const options = { color: false, rules: linter.listRules() };
const resultOf = (path: string, source: string): FileResult => ({ path, source, findings: linter.check(source) });
const TRICKY = "Write “100%”: digits, not words, for a percentage <of> \"all\" & 'none'.\nSee the style guide, section 4: numbers.";
const tricky = resultOf("docs/a,b:c.txt", "The plan is one hundred percent ready。\n");
const seed = resultOf("fixtures/seed/input.txt", readFileSync(`${ROOT}fixtures/seed/input.txt`, "utf8"));

function finding(overrides: Partial<Finding>): Finding {
  return { ruleId: "r", category: "c", severity: "error", message: "m", range: [0, 1], line: 1, column: 1, endLine: 1, endColumn: 2, ...overrides };
}

describe("github", () => {
  it("escapes % CR LF in the message, and : , too in properties, as @actions/core does", () => {
    expect(escapeData("100%\r\nnext: a, b")).toBe("100%25%0D%0Anext: a, b");
    expect(escapeProperty("a,b:c%\n")).toBe("a%2Cb%3Ac%25%0A");
    const lines = github([tricky], options).trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    const line = lines.find((l) => l.startsWith("::warning "))!;
    expect(line).toContain("file=docs/a%2Cb%3Ac.txt,line=1,col=13,endLine=1,endColumn=32,title=mtclean percent-escape-test::");
    const message = line.slice(line.indexOf("::", 2) + 2);
    expect(message).not.toMatch(/[\r\n]/);
    // undoing the escapes gives the message back
    expect(decodeURIComponent(message).startsWith(TRICKY)).toBe(true);
  });
  it("maps info to notice and leaves columns out of a finding that spans lines", () => {
    const out = github([{ path: "a.txt", source: "ab\ncd", findings: [finding({ severity: "info", endLine: 2, endColumn: 2, range: [0, 4] })] }], options);
    expect(out).toBe("::notice file=a.txt,line=1,endLine=2,title=mtclean r::m\n");
  });
  it("prints nothing for clean files", () => expect(github([resultOf("a.txt", "Clean text.\n")], options)).toBe(""));
});

describe("sarif", () => {
  const schema = JSON.parse(readFileSync(`${ROOT}test/schemas/sarif-2.1.0-rtm.5.json`, "utf8"));
  // draft-04 names its identifier `id`; ajv 8 reads `$id` (see test/schemas/README.md)
  const { id, $schema: _draft, ...rest } = schema;
  // unicodeRegExp: false because rtm.5's `language` pattern has a stray "]" that only a non-Unicode RegExp accepts
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat("uri", (value: string) => URL.canParse(value));
  ajv.addFormat("uri-reference", (value: string) => URL.canParse(value, "file:///base/"));
  ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)));
  const validate = ajv.compile({ ...rest, $id: id });

  it("is valid SARIF 2.1.0 for the seed article, a tricky message and a clean file", () => {
    for (const results of [[seed], [tricky, resultOf("clean.txt", "Clean text.\n")], []]) {
      const log = JSON.parse(sarif(results, options));
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });
  it("the schema check can fail: a result without a message is rejected", () => {
    const log = JSON.parse(sarif([seed], options));
    delete log.runs[0].results[0].message;
    expect(validate(log)).toBe(false);
  });
  it("regions and fixes point at the finding's text; only safe fixes become `fixes`", () => {
    const log = JSON.parse(sarif([tricky], options));
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(["percent-escape-test", "fullwidth-punctuation"]);
    const [suggestion, safe] = run.results;
    expect(suggestion.message.text).toBe(TRICKY);
    expect(suggestion.fixes).toBeUndefined();
    const region = safe.locations[0].physicalLocation.region;
    expect(tricky.source.substr(region.charOffset, region.charLength)).toBe("。");
    const replacement = safe.fixes[0].artifactChanges[0].replacements[0];
    expect(replacement).toEqual({ deletedRegion: { charOffset: region.charOffset, charLength: 1 }, insertedContent: { text: "." } });
    expect(safe.locations[0].physicalLocation.artifactLocation.uri).toBe("docs/a%2Cb%3Ac.txt");
  });
});

describe("rdjson", () => {
  it("counts columns in UTF-8 bytes and carries every replacement as a suggestion", () => {
    const out = JSON.parse(rdjson([resultOf("a.txt", "中文 The plan is one hundred percent ready.\n")], options));
    const diagnostic = out.diagnostics.find((d: { code: { value: string } }) => d.code.value === "percent-escape-test");
    // "中文 " is 7 bytes in UTF-8 (3 + 3 + 1), so the match starts at byte column 8 + 12
    expect(diagnostic.location.range.start).toEqual({ line: 1, column: 20 });
    expect(diagnostic.location.range.end).toEqual({ line: 1, column: 39 });
    expect(diagnostic.suggestions.map((s: { text: string }) => s.text)).toEqual(["100%, fully", "100%"]);
    expect(diagnostic).toMatchObject({ severity: "WARNING", code: { value: "percent-escape-test" }, message: TRICKY });
  });
});

describe("checkstyle and junit", () => {
  const results = [tricky, resultOf("clean.txt", "Clean text.\n")];
  it("checkstyle parses back to the original messages, with the clean file listed", () => {
    const doc = parseDocument(checkstyle(results, options), { xmlMode: true });
    const files = DomUtils.getElementsByTagName("file", doc);
    expect(files.map((file) => file.attribs.name)).toEqual(["docs/a,b:c.txt", "clean.txt"]);
    const errors = DomUtils.getElementsByTagName("error", doc);
    expect(errors.map((error) => error.attribs.message)).toEqual([TRICKY, tricky.findings[1]!.message]);
    expect(errors[0]!.attribs).toMatchObject({ line: "1", column: "13", severity: "warning", source: "mtclean.percent-escape-test" });
  });
  it("junit has one suite per file, a failing case per finding and a passing case per clean file", () => {
    const doc = parseDocument(junit(results, options), { xmlMode: true });
    const suites = DomUtils.getElementsByTagName("testsuite", doc);
    expect(suites.map((suite) => [suite.attribs.name, suite.attribs.tests, suite.attribs.failures])).toEqual([
      ["docs/a,b:c.txt", "2", "2"],
      ["clean.txt", "1", "0"],
    ]);
    const failures = DomUtils.getElementsByTagName("failure", doc);
    expect(failures.map((failure) => failure.attribs.message)).toEqual([TRICKY, tricky.findings[1]!.message]);
    expect(DomUtils.getElementsByTagName("testcase", suites[1]!)).toHaveLength(1);
    expect(DomUtils.getElementsByTagName("testsuites", doc)[0]!.attribs).toMatchObject({ tests: "3", failures: "2" });
  });
  it("replaces characters XML 1.0 forbids instead of writing an unreadable report", () => {
    const out = checkstyle([{ path: "a.txt", source: "x", findings: [finding({ message: "bad \u0001 byte" })] }], options);
    expect(out).toContain('message="bad \uFFFD byte"');
  });
});
