import { summaryLine } from "./summary.js";
import type { Reporter } from "./types.js";

/** One line per finding: `file:line:col: severity message [rule]`, as compilers print. */
export const compact: Reporter = (results) => {
  const lines = results.flatMap((result) =>
    result.findings.map((f) => `${result.path}:${f.line}:${f.column}: ${f.severity} ${f.message} [${f.ruleId}]`),
  );
  return [...lines, summaryLine(results)].join("\n") + "\n";
};
