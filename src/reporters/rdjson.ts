import { Locator } from "../locate.js";
import type { Finding, Severity } from "../types.js";
import { wholeReport, type StreamReporter } from "./types.js";

const SEVERITY: Record<Severity, string> = { error: "ERROR", warning: "WARNING", info: "INFO" };

interface Position {
  line: number;
  column: number;
}

/**
 * reviewdog's Diagnostic Format (rdjson): `reviewdog -f=rdjson` posts the
 * findings as review comments, and fixes (safe ones and suggestions) as
 * GitHub suggested changes. rdjson counts columns in UTF-8 bytes, not UTF-16
 * code units, so positions are recomputed from the source.
 */
export const rdjsonStream: StreamReporter = () => {
  // the text is JSON.stringify({ source, diagnostics }, null, 2), written a
  // file at a time: each diagnostic is indented two levels deeper (JSON
  // strings hold no raw line break, so every line break is one of the layout)
  let diagnostics = 0;
  return {
    start: () => '{\n  "source": {\n    "name": "mtclean"\n  },\n  "diagnostics": [',
    file(result) {
      const position = utf8Positions(result.source);
      const range = ([start, end]: [number, number]) => ({ start: position(start), end: position(end) });
      const parts = result.findings.map((finding: Finding) => {
        const diagnostic = {
          message: finding.message,
          location: { path: result.path, range: range(finding.range) },
          severity: SEVERITY[finding.severity],
          code: { value: finding.ruleId },
          ...(finding.fix ? { suggestions: finding.fix.replacements.map((text) => ({ range: range(finding.fix!.range), text })) } : {}),
        };
        return (diagnostics++ ? ",\n    " : "\n    ") + JSON.stringify(diagnostic, null, 2).replace(/\n/g, "\n    ");
      });
      return parts.join("");
    },
    end: () => (diagnostics ? "\n  ]\n}\n" : "]\n}\n"),
  };
};

export const rdjson = wholeReport(rdjsonStream);

/** offset (UTF-16) -> 1-based line and UTF-8 byte column */
function utf8Positions(source: string): (offset: number) => Position {
  const locator = new Locator(source);
  return (offset) => {
    const { line, column } = locator.at(offset);
    return { line, column: Buffer.byteLength(source.slice(offset - column + 1, offset)) + 1 };
  };
}
