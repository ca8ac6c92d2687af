import { addTotals, summaryLine, type Totals } from "./summary.js";
import { wholeReport, type StreamReporter } from "./types.js";

/** One line per finding: `file:line:col: severity message [rule]`, as compilers print. */
export const compactStream: StreamReporter = () => {
  const t: Totals = { files: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, suggestions: 0 };
  return {
    start: () => "",
    file(result) {
      addTotals(t, result);
      // a file's lines joined into one flat string: grown with +=, it was a
      // tree of some ten string pieces per finding, which every garbage
      // collection copied as the report grew (about 40 ms of 500 files)
      const lines: string[] = [];
      for (const f of result.findings) lines.push(`${result.path}:${f.line}:${f.column}: ${f.severity} ${f.message} [${f.ruleId}]\n`);
      return lines.join("");
    },
    end: () => summaryLine(t) + "\n",
  };
};

export const compact = wholeReport(compactStream);
