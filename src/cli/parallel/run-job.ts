import { Linter, type LinterOptions } from "../../linter.js";
import type { LintJob, LintOutcome, LintTask } from "./types.js";

/** Lints one file as the task says: the same code in the main thread and in workers, so both give the same results. */
export function runJob(linter: Linter, job: LintJob, task: LintTask): LintOutcome {
  if (task.kind === "fix") return linter.fix(job.text, { ...job.check, unsafe: task.unsafe });
  const findings = linter.check(job.text, job.check);
  return task.alsoFix ? { findings, fixed: linter.fix(job.text, job.check).output } : { findings };
}

/** Linters built on first use, one per options entry of the run. */
export function linterTable(options: LinterOptions[]): (index: number) => Linter {
  const built = new Map<number, Linter>();
  return (index) => {
    let linter = built.get(index);
    if (!linter) built.set(index, (linter = new Linter(options[index])));
    return linter;
  };
}
