import { wholeReport, type StreamReporter } from "./types.js";

/**
 * Machine-readable: one object per file, findings with ranges, positions and
 * fixes. The text is JSON.stringify(array, null, 2) of the files, written a
 * file at a time: each file's object is indented one level deeper (JSON
 * strings hold no raw line break, so every line break is one of the layout).
 */
export const jsonStream: StreamReporter = () => {
  let files = 0;
  return {
    start: () => "[",
    file: (result) =>
      (files++ ? ",\n  " : "\n  ") +
      JSON.stringify(
        {
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
        },
        null,
        2,
      ).replace(/\n/g, "\n  "),
    end: () => (files ? "\n]\n" : "]\n"),
  };
};

export const json = wholeReport(jsonStream);
