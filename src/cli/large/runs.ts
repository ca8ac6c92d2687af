import { RUN_CHARS, type Linter } from "../../linter.js";
import { Locator, located } from "../../locate.js";
import { streamBlocks, type StreamBlock, type TextTape } from "../../markup/text-stream.js";
import { blockRuns } from "../../markup/text.js";
import type { Finding } from "../../types.js";

// A text on a tape, checked as Linter.inRuns checks a whole string: the same
// runs of paragraph segments (blockRuns), the same rules; each run's
// findings get their lines and columns from the paragraphs they are in.

export interface CheckedRun {
  findings: Finding[];
  /** where the run's last paragraph ends: no finding of a later run starts before it, nor does its fix */
  end: number;
}

/** The findings of the text on the tape, run by run, as check() would find them in the whole text. */
export function* checkedRuns(linter: Linter, tape: TextTape): Generator<CheckedRun, void> {
  const pending: StreamBlock[] = [];
  function* recorded(): Generator<StreamBlock, void> {
    for (const block of streamBlocks(tape)) {
      pending.push(block);
      yield block;
    }
  }
  for (const run of blockRuns(recorded(), RUN_CHARS)) {
    // a run's segments are its paragraphs in order; the one after them has been read already
    const blocks = pending.splice(0, run.length);
    yield { findings: locateInRun(linter.checkRun(run), blocks), end: blocks[blocks.length - 1]!.end };
  }
}

/** Lines and columns from the paragraph holding each finding (findings come by position, each inside its segment). */
function locateInRun(raw: ReturnType<Linter["checkRun"]>, blocks: StreamBlock[]): Finding[] {
  const findings: Finding[] = [];
  let index = 0;
  let locator: Locator | undefined;
  for (const finding of raw) {
    const [start, end] = finding.range;
    while (index < blocks.length - 1 && start > blocks[index]!.end) {
      index++;
      locator = undefined;
    }
    const block = blocks[index]!;
    if (start < block.start || end > block.end) throw new Error(`finding ${finding.ruleId} at [${start}, ${end}) is outside its paragraph [${block.start}, ${block.end})`);
    locator ??= new Locator(block.text);
    const at = (offset: number): { line: number; column: number } => {
      const { line, column } = locator!.at(offset - block.start);
      return line === 1 ? { line: block.line, column: offset - block.lineStart + 1 } : { line: block.line + line - 1, column };
    };
    findings.push(located(finding, at(start), at(end)));
  }
  return findings;
}
