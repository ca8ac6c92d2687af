import { summaryLine } from "./summary.js";
import type { Reporter } from "./types.js";

/** One line per finding: `file:line:col: severity message [rule]`, as compilers print. */
export const compact: Reporter = (results) => {
  // one string grown line by line: a site can have tens of thousands of
  // findings, and an array of lines joined at the end took twice the time
  let out = "";
  for (const result of results) {
    for (const f of result.findings) out += `${result.path}:${f.line}:${f.column}: ${f.severity} ${f.message} [${f.ruleId}]\n`;
  }
  return out + summaryLine(results) + "\n";
};
