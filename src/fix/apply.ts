import type { Finding } from "../types.js";

export interface ApplyResult {
  output: string;
  applied: Finding[];
  /** fixes that overlapped an earlier one: they wait for the next pass */
  deferred: Finding[];
}

/** Which fixes a run applies: safe ones, and suggestions too when `unsafe` is set. */
export function isApplicable(finding: Finding, unsafe: boolean): boolean {
  return finding.fix !== undefined && (finding.fix.safety === "safe" || unsafe);
}

/**
 * Applies fixes in one forward pass over the original text. Fixes are sorted
 * by position; one that overlaps (or inserts at the same point as) an earlier
 * one is deferred, so every applied edit sees exactly the text it was computed
 * on, and everything between edits is copied byte for byte.
 */
export function applyFixes(text: string, findings: Finding[], unsafe = false): ApplyResult {
  const fixable = findings
    .filter((finding) => isApplicable(finding, unsafe))
    .sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const applied: Finding[] = [];
  const deferred: Finding[] = [];
  let output = "";
  let position = 0;
  let lastEnd = -1;
  let lastWasInsertion = false;
  for (const finding of fixable) {
    const { range, replacements } = finding.fix!;
    const [start, end] = range;
    const insertion = start === end;
    if (start < lastEnd || (start === lastEnd && insertion && lastWasInsertion)) {
      deferred.push(finding);
      continue;
    }
    output += text.slice(position, start) + replacements[0]!;
    position = end;
    lastEnd = end;
    lastWasInsertion = insertion;
    applied.push(finding);
  }
  return { output: output + text.slice(position), applied, deferred };
}
