import type { Finding } from "../types.js";

/** What a run found in one file. Reporters get everything they print from here. */
export interface FileResult {
  /** the name shown to the user (a path, or <stdin>) */
  path: string;
  source: string;
  findings: Finding[];
}

export interface ReportOptions {
  color: boolean;
}

/** A reporter is a pure function: results in, text out. It reads and prints nothing. */
export type Reporter = (results: FileResult[], options: ReportOptions) => string;
