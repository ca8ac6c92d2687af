import type { Finding, Severity } from "../types.js";

/** What a run found in one file. Reporters get everything they print from here. */
export interface FileResult {
  /** the name shown to the user (a path, or <stdin>) */
  path: string;
  source: string;
  findings: Finding[];
  /** the text as `fix` leaves it, for reports that show the corrected article (html); absent: the safe fixes applied once */
  fixed?: string;
}

/** What a report may say about a rule or dictionary entry (SARIF lists them in tool.driver.rules). */
export interface ReportRule {
  id: string;
  category: string;
  severity: Severity;
  description: string;
}

export interface ReportOptions {
  /** ANSI colours (stylish); absent: none */
  color?: boolean;
  /** descriptions of the rules and entries, for formats that list rules; absent: derived from the findings */
  rules?: readonly ReportRule[];
}

/** A reporter is a pure function: results in, text out. It reads and prints nothing. Options left out: no colours, rules derived from the findings. */
export type Reporter = (results: FileResult[], options?: ReportOptions) => string;

/**
 * A report made a file at a time: `check` formats each file as soon as it is
 * checked and drops its text and findings (cli/commands/check.ts). The
 * whole-report Reporter of such a format is wholeReport() of it, so both give
 * the same text from one implementation. A stream is made per run (it may
 * count files and findings for its end).
 */
export interface ReportStream {
  start(): string;
  file(result: FileResult): string;
  end(): string;
}
export type StreamReporter = (options: ReportOptions) => ReportStream;

/** The Reporter of a streamed format: start, every file, end. */
export function wholeReport(stream: StreamReporter): Reporter {
  return (results, options = {}) => {
    const report = stream(options);
    let out = report.start();
    for (const result of results) out += report.file(result);
    return out + report.end();
  };
}
