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
 * The order fixes are tried in: by start; at the same start an insertion
 * first (it can go in before a replacement there), then a safe fix before a
 * suggestion (a safe fix is certain, so when the two overlap the suggestion
 * is the one deferred: after the safe fix it may no longer match, and that
 * loss is the right one), then the shorter first.
 */
function fixOrder(a: Finding, b: Finding): number {
  const [aStart, aEnd] = a.fix!.range;
  const [bStart, bEnd] = b.fix!.range;
  const insertionFirst = Number(bStart === bEnd) - Number(aStart === aEnd);
  const safeFirst = Number(b.fix!.safety === "safe") - Number(a.fix!.safety === "safe");
  return aStart - bStart || insertionFirst || safeFirst || aEnd - bEnd;
}

/**
 * Applies fixes in one forward pass over the original text. Fixes are sorted
 * by position (see fixOrder); one that overlaps (or inserts at the same point
 * as) an earlier one is deferred, so every applied edit sees exactly the text
 * it was computed on, and everything between edits is copied byte for byte.
 */
export function applyFixes(text: string, findings: Finding[], unsafe = false): ApplyResult {
  const fixable = findings.filter((finding) => isApplicable(finding, unsafe)).sort(fixOrder);
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
