import { addTotals, summaryLine, type Totals } from "./summary.js";
import { wholeReport, type StreamReporter } from "./types.js";

/** One line per finding: `file:line:col: severity message [rule]`, as compilers print. */
export const compactStream: StreamReporter = () => {
  const t: Totals = { files: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, suggestions: 0 };
  return {
    start: () => "",
    file(result) {
      addTotals(t, result);
      // one string grown line by line: a site can have tens of thousands of
      // findings, and an array of lines joined at the end took twice the time
      let out = "";
      for (const f of result.findings) out += `${result.path}:${f.line}:${f.column}: ${f.severity} ${f.message} [${f.ruleId}]\n`;
      return out;
    },
    end: () => summaryLine(t) + "\n",
  };
};

export const compact = wholeReport(compactStream);
