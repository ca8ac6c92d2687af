import type { Finding } from "../types.js";
import { lineStartBefore, nextLineBreak } from "../markup/line-breaks.js";

const WIDTH = 96;

/** A finding's source line cut to a readable window: the text before the flagged range, the range, and after. */
export interface LineWindow {
  /** "…" when the window starts after the line's start */
  prefix: string;
  before: string;
  flagged: string;
  after: string;
  /** "…" when the window ends before the line's end */
  suffix: string;
}

/**
 * The window of a finding's source line around it. Long paragraphs are one
 * line in MT output, so the window matters more than in code.
 */
export function lineWindow(source: string, finding: Pick<Finding, "range">): LineWindow {
  const lineStart = lineStartBefore(source, finding.range[0]);
  const lineEnd = nextLineBreak(source, finding.range[0])?.index ?? source.length;
  const line = source.slice(lineStart, lineEnd).replace(/\t/g, " ");
  const from = finding.range[0] - lineStart;
  const to = Math.max(from + 1, Math.min(finding.range[1] - lineStart, line.length));
  const windowStart = Math.max(0, Math.min(from - 30, line.length - WIDTH));
  const windowEnd = Math.min(line.length, Math.max(windowStart + WIDTH, to + 10));
  return {
    prefix: windowStart > 0 ? "…" : "",
    before: line.slice(windowStart, from),
    flagged: line.slice(from, Math.min(to, windowEnd)),
    after: line.slice(Math.min(to, windowEnd), windowEnd),
    suffix: windowEnd < line.length ? "…" : "",
  };
}

/** The window of a finding's source line with a caret line under the flagged range. */
export function codeFrame(source: string, finding: Finding, mark: (text: string) => string = (text) => text): string {
  const { prefix, before, flagged, after, suffix } = lineWindow(source, finding);
  const gutter = String(finding.line);
  return [
    `  ${gutter} | ${prefix}${before}${flagged}${after}${suffix}`,
    `  ${" ".repeat(gutter.length)} | ${" ".repeat(prefix.length + before.length)}${mark("^".repeat(Math.max(1, flagged.length)))}`,
  ].join("\n");
}
