import type { Reporter } from "./types.js";

/** Machine-readable: one object per file, findings with ranges, positions and fixes. */
export const json: Reporter = (results) =>
  JSON.stringify(
    results.map((result) => ({
      path: result.path,
      findings: result.findings.map((f) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        message: f.message,
        range: f.range,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        ...(f.fix ? { fix: { range: f.fix.range, replacements: f.fix.replacements, safety: f.fix.safety } } : {}),
      })),
    })),
    null,
    2,
  ) + "\n";
