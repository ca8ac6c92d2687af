// Line breaks as files have them: \n (Unix), \r\n (Windows) and a lone \r
// (classic Mac OS, and some exports from old Chinese CMSs). Every part of
// mtclean that splits lines uses these, so a CR-only file is split into lines
// and paragraphs like any other, and a mixed file keeps each break as it was.

export interface LineBreak {
  /** where the break starts */
  index: number;
  /** where the next line starts (index + 1, or + 2 for \r\n) */
  end: number;
}

/** The first line break at or after `from`, or undefined. */
export function nextLineBreak(text: string, from: number): LineBreak | undefined {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return { index: i, end: i + 1 };
    if (code === 13) return { index: i, end: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return undefined;
}

/** The offset where the line holding `offset` starts. */
export function lineStartBefore(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i + 1;
  }
  return 0;
}

/** Offsets where each line starts (0 first). */
export function lineStarts(text: string): number[] {
  const starts: number[] = [];
  forEachLine(text, (start) => starts.push(start));
  return starts;
}

/**
 * nextLineBreak() for calls with `from` never decreasing, over one text: the
 * breaks are found with indexOf, which runs far faster than a loop over the
 * chars of a long line, each searched for again only once passed.
 */
export function lineBreakCursor(text: string): (from: number) => LineBreak | undefined {
  // -2: not searched yet; -1: none left
  let lf = -2;
  let cr = -2;
  return (from) => {
    if (lf !== -1 && lf < from) lf = text.indexOf("\n", from);
    if (cr !== -1 && cr < from) cr = text.indexOf("\r", from);
    const index = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    if (index === -1) return undefined;
    return { index, end: index === cr && text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1 };
  };
}

/**
 * Calls back with [start, end) of each line of `text` (without its break),
 * as following nextLineBreak from 0 gives them, the last line included even
 * when empty.
 */
export function forEachLine(text: string, line: (start: number, end: number) => void): void {
  const next = lineBreakCursor(text);
  let start = 0;
  for (let lineBreak = next(0); lineBreak; lineBreak = next(start)) {
    line(start, lineBreak.index);
    start = lineBreak.end;
  }
  line(start, text.length);
}

/**
 * The whole lines source[start, end) stands on, with the last one's line
 * break, when the rest of them is blank (before `start`, what `lead`
 * allows: a quote's ">" markers); undefined when something else shares them.
 */
export function wholeLines(source: string, start: number, end: number, lead = /^[ \t]*$/): [number, number] | undefined {
  const from = lineStartBefore(source, start);
  const lineBreak = nextLineBreak(source, end);
  const to = lineBreak ? lineBreak.index : source.length;
  if (!lead.test(source.slice(from, start)) || source.slice(end, to).trim() !== "") return undefined;
  return [from, lineBreak ? lineBreak.end : to];
}
