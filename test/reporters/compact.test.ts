// The compact report and the summary counts are built in one pass over the
// findings (a site can have tens of thousands); the straightforward forms they
// replaced stay here as the oracles, over random findings.
import { describe, expect, it } from "vitest";
import { compact } from "../../src/reporters/compact.js";
import type { FileResult } from "../../src/reporters/index.js";
import { totals } from "../../src/reporters/summary.js";
import type { Finding, Severity } from "../../src/types.js";

function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function results(seed: number): FileResult[] {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: Math.floor(next() * 6) }, (_, file) => ({
    path: `dir/file-${file}.txt`,
    source: "",
    findings: Array.from({ length: Math.floor(next() * 8) }, (_, i): Finding => {
      const safety = pick([undefined, "safe", "suggestion"] as const);
      return {
        ruleId: `rule-${i}`,
        category: "c",
        severity: pick<Severity>(["error", "warning", "info"]),
        message: pick(["Say it.", "Use “this”: [x]", ""]),
        range: [i, i + 1],
        line: 1 + Math.floor(next() * 40),
        column: 1 + Math.floor(next() * 80),
        endLine: 1,
        endColumn: 2,
        ...(safety && { fix: { range: [i, i + 1] as [number, number], text: "x", safety } }),
      };
    }),
  }));
}

describe("compact and the summary counts", () => {
  it("give what joining the lines and filtering the findings gave", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const run = results(seed);
      const all = run.flatMap((result) => result.findings);
      expect(totals(run)).toEqual({
        files: run.length,
        errors: all.filter((f) => f.severity === "error").length,
        warnings: all.filter((f) => f.severity === "warning").length,
        infos: all.filter((f) => f.severity === "info").length,
        fixable: all.filter((f) => f.fix?.safety === "safe").length,
        suggestions: all.filter((f) => f.fix?.safety === "suggestion").length,
      });
      const report = compact(run, { color: false, rules: [] });
      const lines = run.flatMap((result) => result.findings.map((f) => `${result.path}:${f.line}:${f.column}: ${f.severity} ${f.message} [${f.ruleId}]`));
      const summary = report.trimEnd().split("\n").pop()!;
      expect(report).toBe([...lines, summary].join("\n") + "\n");
    }
  });
});
