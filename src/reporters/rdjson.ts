import { Locator } from "../locate.js";
import type { Finding, Severity } from "../types.js";
import type { Reporter } from "./types.js";

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
export const rdjson: Reporter = (results) => {
  const diagnostics = results.flatMap((result) => {
    const position = utf8Positions(result.source);
    const range = ([start, end]: [number, number]) => ({ start: position(start), end: position(end) });
    return result.findings.map((finding: Finding) => ({
      message: finding.message,
      location: { path: result.path, range: range(finding.range) },
      severity: SEVERITY[finding.severity],
      code: { value: finding.ruleId },
      ...(finding.fix ? { suggestions: finding.fix.replacements.map((text) => ({ range: range(finding.fix!.range), text })) } : {}),
    }));
  });
  return JSON.stringify({ source: { name: "mtclean" }, diagnostics }, null, 2) + "\n";
};

/** offset (UTF-16) -> 1-based line and UTF-8 byte column */
function utf8Positions(source: string): (offset: number) => Position {
  const locator = new Locator(source);
  return (offset) => {
    const { line, column } = locator.at(offset);
    return { line, column: Buffer.byteLength(source.slice(offset - column + 1, offset)) + 1 };
  };
}
