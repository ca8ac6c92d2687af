import type { Finding } from "./types.js";
import { lineStarts } from "./markup/line-breaks.js";
import type { RawFinding } from "./rules/engine.js";

/** 1-based line and column of offsets, from a table of line starts built once. */
export class Locator {
  /** made on the first look-up: most texts checked have no finding to locate */
  private starts?: number[];

  constructor(private readonly text: string) {}

  at(offset: number): { line: number; column: number } {
    // \n, \r\n and a lone \r each end a line, as editors count them
    const starts = (this.starts ??= lineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }
}

export function locate(text: string, findings: RawFinding[]): Finding[] {
  const locator = new Locator(text);
  return findings.map((finding) => located(finding, locator.at(finding.range[0]), locator.at(finding.range[1])));
}

type Position = { line: number; column: number };

/** A raw finding with the positions of its start and end. */
export function located({ ruleId, category, severity, message, range, fix }: RawFinding, start: Position, end: Position): Finding {
  // the same keys in the same order as a spread of the raw finding gives (reports print them in this order)
  return fix === undefined
    ? { ruleId, category, severity, message, range, line: start.line, column: start.column, endLine: end.line, endColumn: end.column }
    : { ruleId, category, severity, message, range, fix, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
