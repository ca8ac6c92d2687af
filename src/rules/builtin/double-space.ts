import type { Rule } from "../../types.js";

// Two or more spaces between words inside a line; indentation at a line start
// and spaces before a line break are left alone (they are layout, not prose).
const RUN = /(?<=[^\s]) {2,}(?=[^\s])/gu;
// A sentence's end (. ! ? and any closing quotes or brackets after it) and the
// start of the next one (a capital or digit, perhaps after an opening quote).
const SENTENCE_END = /[.!?]["'”’)\]]*$/u;
const SENTENCE_START = /^["'“‘(\[]*[\p{Lu}\p{N}]/u;
const WORD = /\S*/uy;

interface Gap {
  start: number;
  end: number;
  line: number;
  /** columns in its line: where the gap starts, where the word after it starts and ends */
  columns: [number, number, number];
}

/**
 * The gaps that align columns: a gap whose start, or the start or end of the
 * word after it, sits at the same column as the same edge of a gap on another
 * line of the paragraph (a table typed with spaces). One space would break
 * the table; MT's stray double spaces do not line up from line to line. Two
 * lines' gaps at exactly the same columns may be chance in wrapped prose, so
 * they count only when the padding differs (the text before them is not as
 * long) or a third line lines up too.
 */
function alignedGaps(gaps: Gap[]): Set<Gap> {
  const byEdge = new Map<string, Gap[]>();
  for (const gap of gaps) {
    gap.columns.forEach((column, edge) => {
      const key = `${edge}:${column}`;
      const list = byEdge.get(key);
      if (list) list.push(gap);
      else byEdge.set(key, [gap]);
    });
  }
  const aligned = new Set<Gap>();
  for (const list of byEdge.values()) {
    const lines = new Set(list.map((gap) => gap.line)).size;
    const spans = new Set(list.map((gap) => `${gap.columns[0]}:${gap.columns[1]}`)).size;
    if (lines >= 3 || (lines === 2 && spans === 2)) for (const gap of list) aligned.add(gap);
  }
  return aligned;
}

export const doubleSpace: Rule = {
  meta: {
    id: "double-space",
    category: "spacing",
    severity: "warning",
    safety: "mixed",
    description: "Runs of spaces between words become one space.",
    languages: ["en"],
    ownIdOnly: true,
  },
  check({ segment, report }) {
    const { text } = segment;
    if (!text.includes("  ")) return;
    const gaps: Gap[] = [];
    // line starts found walking forward with the matches (one pass, however long the line)
    let lineStart = 0;
    let nextBreak = text.indexOf("\n");
    for (const match of text.matchAll(RUN)) {
      const start = match.index;
      const end = start + match[0].length;
      while (nextBreak !== -1 && nextBreak < start) {
        lineStart = nextBreak + 1;
        nextBreak = text.indexOf("\n", lineStart);
      }
      WORD.lastIndex = end;
      const wordEnd = end + WORD.exec(text)![0].length;
      gaps.push({ start, end, line: lineStart, columns: [start - lineStart, end - lineStart, wordEnd - lineStart] });
    }
    const aligned = alignedGaps(gaps);
    for (const gap of gaps) {
      if (aligned.has(gap)) continue;
      const afterSentence = SENTENCE_END.test(text.slice(Math.max(0, gap.start - 8), gap.start)) && SENTENCE_START.test(text.slice(gap.end, gap.end + 8));
      // Two spaces after a full stop is a typing style, not a mistake; a
      // longer run there may still be one, but the writer decides.
      if (afterSentence && gap.end - gap.start === 2) continue;
      report({ start: gap.start, end: gap.end, message: "Several spaces between words: use one.", replacements: [" "], safety: afterSentence ? "suggestion" : "safe" });
    }
  },
};
