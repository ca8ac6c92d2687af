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
export function fixOrder(a: Finding, b: Finding): number {
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
  const edits = new EditSequence();
  let output = "";
  let position = 0;
  for (const finding of fixable) {
    const { range, replacements } = finding.fix!;
    if (!edits.accept(range)) {
      deferred.push(finding);
      continue;
    }
    output += text.slice(position, range[0]) + replacements[0]!;
    position = range[1];
    applied.push(finding);
  }
  return { output: output + text.slice(position), applied, deferred };
}

/**
 * Which of a sequence of fixes, taken in fixOrder, are applied: one that
 * overlaps an earlier applied one, or inserts at the same point as an
 * insertion just before it, waits for the next pass. Shared by applyFixes and
 * the fixing of a large file as it is read (cli/large).
 */
export class EditSequence {
  private lastEnd = -1;
  private lastWasInsertion = false;

  /** True when the fix of `range` is applied. */
  accept([start, end]: [number, number]): boolean {
    const insertion = start === end;
    if (start < this.lastEnd || (start === this.lastEnd && insertion && this.lastWasInsertion)) return false;
    this.lastEnd = end;
    this.lastWasInsertion = insertion;
    return true;
  }
}
