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

/** Counted in one pass over the findings, without copying them into one list (a site can have tens of thousands). */
export function totals(results: FileResult[]): Totals {
  const t: Totals = { files: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, suggestions: 0 };
  for (const result of results) addTotals(t, result);
  return t;
}

/** Adds one file to the totals (a streamed report counts as the files go by). */
export function addTotals(t: Totals, result: FileResult): void {
  t.files++;
  for (const f of result.findings) {
    if (f.severity === "error") t.errors++;
    else if (f.severity === "warning") t.warnings++;
    else if (f.severity === "info") t.infos++;
    if (f.fix?.safety === "safe") t.fixable++;
    else if (f.fix?.safety === "suggestion") t.suggestions++;
  }
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

/** "3 files: 2 errors, 5 warnings, 1 info; 4 fixable by `mtclean fix`, 3 more with --unsafe" */
export function summaryLine(of: FileResult[] | Totals): string {
  const t = Array.isArray(of) ? totals(of) : of;
  const problems = `${plural(t.files, "file")}: ${plural(t.errors, "error")}, ${plural(t.warnings, "warning")}, ${t.infos} info`;
  return `${problems}; ${t.fixable} fixable by \`mtclean fix\`, ${t.suggestions} more with --unsafe`;
}
