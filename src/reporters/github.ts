import type { Finding, Severity } from "../types.js";
import { describeFix } from "./fix-text.js";
import { wholeReport, type StreamReporter } from "./types.js";

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error file=a.md,line=3,col=5,endLine=3,endColumn=6,title=rule::message`.
 * GitHub turns them into annotations on the pull request's changed lines.
 */
export const githubStream: StreamReporter = () => ({
  start: () => "",
  // one flat string per file (see compact.ts)
  file: (result) => result.findings.map((finding) => annotation(result.path, finding, result.source) + "\n").join(""),
  end: () => "",
});

export const github = wholeReport(githubStream);

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

function annotation(path: string, finding: Finding, source: string): string {
  const properties: [string, string | number][] = [["file", path], ["line", finding.line]];
  // GitHub rejects a column range on an annotation that spans lines, so columns go only on one-line findings
  if (finding.endLine === finding.line) properties.push(["col", finding.column]);
  properties.push(["endLine", finding.endLine]);
  if (finding.endLine === finding.line) properties.push(["endColumn", finding.endColumn]);
  properties.push(["title", `mtclean ${finding.ruleId}`]);
  const fix = describeFix(finding, source);
  const message = fix ? `${finding.message} (${fix})` : finding.message;
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${COMMAND[finding.severity]} ${list}::${escapeData(message)}`;
}

/** As @actions/core's command.ts: the message may not hold a raw %, CR or LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Properties are also cut at ":" and ",", so those are escaped as well. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
