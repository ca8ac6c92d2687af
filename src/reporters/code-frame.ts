import type { Finding } from "../types.js";

const WIDTH = 96;

/**
 * The source line of a finding, cut to a readable window around it, with a
 * caret line under the flagged range. Long paragraphs are one line in MT
 * output, so the window matters more than in code.
 */
export function codeFrame(source: string, finding: Finding, mark: (text: string) => string = (text) => text): string {
  const lineStart = source.lastIndexOf("\n", finding.range[0] - 1) + 1;
  let lineEnd = source.indexOf("\n", finding.range[0]);
  if (lineEnd === -1) lineEnd = source.length;
  if (source[lineEnd - 1] === "\r") lineEnd--;
  const line = source.slice(lineStart, lineEnd).replace(/\t/g, " ");
  const from = finding.range[0] - lineStart;
  const to = Math.max(from + 1, Math.min(finding.range[1] - lineStart, line.length));
  const windowStart = Math.max(0, Math.min(from - 30, line.length - WIDTH));
  const windowEnd = Math.min(line.length, Math.max(windowStart + WIDTH, to + 10));
  const prefix = windowStart > 0 ? "…" : "";
  const suffix = windowEnd < line.length ? "…" : "";
  const shown = prefix + line.slice(windowStart, windowEnd) + suffix;
  const caretOffset = prefix.length + from - windowStart;
  const caretLength = Math.min(to, windowEnd) - from;
  const gutter = String(finding.line);
  return [
    `  ${gutter} | ${shown}`,
    `  ${" ".repeat(gutter.length)} | ${" ".repeat(caretOffset)}${mark("^".repeat(Math.max(1, caretLength)))}`,
  ].join("\n");
}
