import type { Finding } from "../types.js";
import { isApplicable } from "./apply.js";

/** ESLint's limit: fixes that keep producing new fixes stop here. */
export const MAX_FIX_PASSES = 10;

/** One pass over a document: its findings, the fixes it applied, and the document they make. */
export interface Pass<D> {
  findings: Finding[];
  applied: Finding[];
  /** undefined when the new document cannot be checked this way: the caller fixes it another way */
  output: D | undefined;
  /** tells the output apart from every other document of the run (the text itself, or a digest of it) */
  outputKey: string;
}

/** How the passes reach one kind of document: a string in memory, or a file streamed pass to pass. */
export interface PassDriver<D> {
  pass(document: D, number: number): Pass<D>;
  check(document: D): Finding[];
  /** the key of the first document: asked after the first pass, which may compute it while reading */
  firstKey(): string;
}

export interface PassesResult<D> {
  output: D;
  /** the findings of the original text whose fixes were applied in the first pass */
  fixed: Finding[];
  /** the findings that remain in the output */
  remaining: Finding[];
  passes: number;
  /** false when fixing did not settle within the pass limit */
  converged: boolean;
}

/**
 * The passes of `fix`, for every kind of document: a pass with nothing
 * applicable ends the run (converged); a pass that gives back a document seen
 * before ends it too (fixes that undo each other: the text stays as it is);
 * otherwise the next pass checks the output, up to MAX_FIX_PASSES.
 * Undefined when a pass's output cannot be carried on (see Pass.output).
 */
export function runPasses<D>(first: D, unsafe: boolean, driver: PassDriver<D>): PassesResult<D> | undefined {
  const seen = new Set<string>();
  let current = first;
  let fixed: Finding[] = [];
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    const { findings, applied, output, outputKey } = driver.pass(current, pass);
    if (pass === 1) seen.add(driver.firstKey());
    if (!findings.some((finding) => isApplicable(finding, unsafe))) {
      return { output: current, fixed, remaining: findings, passes: pass - 1, converged: true };
    }
    if (pass === 1) fixed = applied;
    if (output === undefined) return undefined;
    if (seen.has(outputKey)) {
      return { output, fixed, remaining: driver.check(output), passes: pass, converged: false };
    }
    seen.add(outputKey);
    current = output;
  }
  const remaining = driver.check(current);
  return { output: current, fixed, remaining, passes: MAX_FIX_PASSES, converged: !remaining.some((finding) => isApplicable(finding, unsafe)) };
}
