// Golden reports: every registered reporter on the seed article, the website
// fixture (fixtures/site, HTML) and a small multi-file set (one clean file, one message with % newline : , < > & " ').
// The files under fixtures/reports/golden/ are rewritten only with UPDATE=1.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Linter } from "../../src/linter.js";
import { formatOfPath } from "../../src/markup/index.js";
import { reporters, type FileResult } from "../../src/reporters/index.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const GOLDEN = join(ROOT, "fixtures/reports/golden");
const UPDATE = process.env.UPDATE === "1";
const EXTENSION: Record<string, string> = { stylish: "txt", compact: "txt", github: "txt", json: "json", sarif: "sarif", rdjson: "json", checkstyle: "xml", junit: "xml", html: "html" };

const linter = new Linter({ dictionaries: [join(ROOT, "fixtures/reports/escaping.yml")] });
const rules = linter.listRules();

function resultsFor(paths: string[]): FileResult[] {
  return paths.map((path) => {
    const source = readFileSync(join(ROOT, path), "utf8");
    return { path, source, findings: linter.check(source, { format: formatOfPath(path) }) };
  });
}

const sets: Record<string, FileResult[]> = {
  seed: resultsFor(["fixtures/seed/input.txt"]),
  multi: resultsFor(readdirSync(join(ROOT, "fixtures/reports/multi")).sort().map((name) => `fixtures/reports/multi/${name}`)),
  // the website: HTML pages, one of them clean
  site: resultsFor(
    readdirSync(join(ROOT, "fixtures/site"), { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".html"))
      .sort()
      .map((name) => `fixtures/site/${name}`),
  ),
};

function golden(path: string, actual: string): void {
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `${path} is missing: run UPDATE=1 npm test and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe("golden reports", () => {
  it("every registered reporter has a golden extension", () => {
    expect(Object.keys(reporters).sort()).toEqual(Object.keys(EXTENSION).sort());
  });
  for (const [setName, results] of Object.entries(sets)) {
    for (const [name, reporter] of Object.entries(reporters)) {
      it(`${setName}.${name}`, () => {
        golden(join(GOLDEN, `${setName}.${name}.${EXTENSION[name]}`), reporter(results, { color: false, rules }));
      });
    }
  }
  it("the multi-file set holds a clean file and the message that needs escaping", () => {
    const multi = sets.multi!;
    expect(multi.some((result) => result.findings.length === 0)).toBe(true);
    expect(multi.flatMap((result) => result.findings).some((f) => /%/.test(f.message) && /\n/.test(f.message) && /:/.test(f.message) && /,/.test(f.message))).toBe(true);
  });
});
