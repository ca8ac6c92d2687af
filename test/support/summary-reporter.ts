// Prints the plain closing line CI reads: "N passed, N failed, N skipped".
// Only tests skipped on purpose (it.skip, it.skipIf, it.todo, ctx.skip())
// count as skipped. A test that never ran because a beforeAll hook of its
// suite or file threw is vitest's "skipped" too, but here it is a failure; so
// is a file that fails to load, and a suite whose afterAll throws after its
// tests passed: a broken setup cannot pass as "0 failed".
import type { Reporter, TestCase, TestModule, TestSuite } from "vitest/node";

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export default class SummaryReporter implements Reporter {
  /** Tests that started (their beforeEach hooks ran); a ctx.skip() inside one is a skip on purpose. */
  private readonly started = new Set<string>();

  onTestCaseReady(test: TestCase): void {
    this.started.add(test.id);
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const counts: Counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const module of modules) this.countSuite(module, counts);
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }

  /** Adds the suite's tests to the counts; a suite (or file) with its own errors and no failed test inside counts one failure. */
  private countSuite(suite: TestSuite | TestModule, counts: Counts): void {
    const failedBefore = counts.failed;
    for (const child of suite.children) {
      if (child.type === "suite") this.countSuite(child, counts);
      else counts[this.outcome(child)]++;
    }
    const broken = suite.errors().length > 0 || (suite.type === "module" && suite.state() === "failed");
    if (broken && counts.failed === failedBefore) counts.failed++;
  }

  private outcome(test: TestCase): keyof Counts {
    const { state } = test.result();
    if (state === "passed") return "passed";
    if (state === "failed") return "failed";
    const meantToRun = test.options.mode === "run" || test.options.mode === "only";
    return meantToRun && !this.started.has(test.id) && setupFailed(test) ? "failed" : "skipped";
  }
}

/** Whether a suite or file around the test reported an error of its own (a hook that threw, a failed import). */
function setupFailed(test: TestCase): boolean {
  for (let parent: TestSuite | TestModule = test.parent; ; parent = parent.parent) {
    if (parent.errors().length > 0) return true;
    if (parent.type === "module") return false;
  }
}
