import type { Finding } from "../types.js";
import type { FileResult } from "./types.js";

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** findings with a safe fix (applied by `fix`) */
  fixable: number;
  /** findings with a suggested fix (applied by `fix --unsafe`) */
  suggestions: number;
}

export function totals(results: FileResult[]): Totals {
  const all: Finding[] = results.flatMap((result) => result.findings);
  return {
    files: results.length,
    errors: all.filter((f) => f.severity === "error").length,
    warnings: all.filter((f) => f.severity === "warning").length,
    infos: all.filter((f) => f.severity === "info").length,
    fixable: all.filter((f) => f.fix?.safety === "safe").length,
    suggestions: all.filter((f) => f.fix?.safety === "suggestion").length,
  };
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

/** "3 files: 2 errors, 5 warnings, 1 info; 4 fixable by `mtclean fix`, 3 more with --unsafe" */
export function summaryLine(results: FileResult[]): string {
  const t = totals(results);
  const problems = `${plural(t.files, "file")}: ${plural(t.errors, "error")}, ${plural(t.warnings, "warning")}, ${t.infos} info`;
  return `${problems}; ${t.fixable} fixable by \`mtclean fix\`, ${t.suggestions} more with --unsafe`;
}
