import { Chalk } from "chalk";
import { codeFrame } from "./code-frame.js";
import { describeFix } from "./fix-text.js";
import { summaryLine, totals } from "./summary.js";
import type { Reporter } from "./types.js";

/** The default terminal report: per file, each finding with its fix and a code frame. */
export const stylish: Reporter = (results, { color = false } = {}) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const severityLabel = { error: c.red("error"), warning: c.yellow("warning"), info: c.blue("info") };
  const out: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    out.push(c.underline(result.path));
    for (const finding of result.findings) {
      const label = severityLabel[finding.severity].padEnd(color ? 17 : 7 + 0);
      out.push(`  ${`${finding.line}:${finding.column}`.padEnd(8)} ${label}  ${finding.message}  ${c.dim(finding.ruleId)}`);
      const fix = describeFix(finding, result.source);
      if (fix) out.push(`  ${" ".repeat(8)} ${fix}`);
      out.push(codeFrame(result.source, finding, (text) => c.red(text)));
    }
    out.push("");
  }
  const t = totals(results);
  const line = summaryLine(results);
  out.push(t.errors ? c.red.bold(`✖ ${line}`) : t.warnings + t.infos ? c.yellow.bold(`⚠ ${line}`) : c.green(`✔ ${line}`));
  return out.join("\n") + "\n";
};
