// Golden files (Ruff snapshots, prh fixtures): every fixtures/**/input.txt has
// expected.txt (safe fixes), expected-unsafe.txt (suggestions too) and
// report.txt (the compact report). They are rewritten only with UPDATE=1;
// a missing or different golden file fails the test.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Linter } from "../src/linter.js";
import { compact } from "../src/reporters/compact.js";

const ROOT = new URL("../fixtures/", import.meta.url).pathname;
const UPDATE = process.env.UPDATE === "1";
const linter = new Linter();

function caseDirs(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (existsSync(join(path, "input.txt"))) found.push(path);
    else found.push(...caseDirs(path));
  }
  return found.sort();
}

function golden(path: string, actual: string): void {
  if (UPDATE) writeFileSync(path, actual);
  expect(existsSync(path), `${path} is missing: run UPDATE=1 npm test and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

for (const dir of caseDirs(ROOT)) {
  describe(`fixture ${dir.slice(ROOT.length)}`, () => {
    const input = readFileSync(join(dir, "input.txt"), "utf8");
    const safe = linter.fix(input);
    const unsafe = linter.fix(input, { unsafe: true });
    it("expected.txt: safe fixes", () => golden(join(dir, "expected.txt"), safe.output));
    it("expected-unsafe.txt: suggestions applied too", () => golden(join(dir, "expected-unsafe.txt"), unsafe.output));
    it("report.txt: the compact report", () => {
      golden(join(dir, "report.txt"), compact([{ path: "input.txt", source: input, findings: linter.check(input) }], { color: false }));
    });
    it("fixing converges and is idempotent", () => {
      expect(safe.converged).toBe(true);
      expect(unsafe.converged).toBe(true);
      expect(linter.fix(safe.output).output).toBe(safe.output);
      expect(linter.fix(unsafe.output, { unsafe: true }).output).toBe(unsafe.output);
    });
    it("safe fixes leave no full-width punctuation and no leftovers", () => {
      const remaining = linter.fix(safe.output).remaining;
      expect(remaining.filter((f) => f.category === "punctuation" || f.category === "artifact").map((f) => f.message)).toEqual([]);
    });
  });
}

const CLEAN = join(ROOT, "clean");
describe.skipIf(!existsSync(CLEAN))("clean articles come out unchanged", () => {
  for (const name of existsSync(CLEAN) ? readdirSync(CLEAN).filter((n) => n.endsWith(".txt")) : []) {
    it(name, () => {
      const text = readFileSync(join(CLEAN, name), "utf8");
      expect(linter.check(text).map((f) => `${f.ruleId}: ${text.slice(f.range[0], f.range[1])}`)).toEqual([]);
      expect(linter.fix(text, { unsafe: true }).output === text).toBe(true);
    });
  }
});
