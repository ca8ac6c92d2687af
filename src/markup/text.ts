import type { Segment } from "../types.js";
import { lineBreakCursor } from "./line-breaks.js";

// Plain text: a paragraph is a run of non-blank lines. Each paragraph knows
// the source range that deleting it removes (itself and the blank lines that
// separate it from the next one), so removing a whole paragraph leaves the
// spacing between its neighbours as it was.

export interface Block {
  start: number;
  end: number;
}

const BOM = "\uFEFF";

/** Offsets of non-blank line runs; line breaks (\n, \r\n, a lone \r) are not part of a block. */
export function paragraphBlocks(source: string): Block[] {
  return [...blocksOf(source)];
}

/** paragraphBlocks(), one block at a time. */
function* blocksOf(source: string): Generator<Block, void> {
  let open: Block | undefined;
  let lineStart = source.startsWith(BOM) ? 1 : 0;
  const nextLineBreak = lineBreakCursor(source);
  while (lineStart <= source.length) {
    const lineBreak = nextLineBreak(lineStart);
    const contentEnd = lineBreak ? lineBreak.index : source.length;
    const blank = source.slice(lineStart, contentEnd).trim() === "";
    if (blank) {
      if (open) yield open;
      open = undefined;
    } else if (open) {
      open.end = contentEnd;
    } else {
      open = { start: lineStart, end: contentEnd };
    }
    if (!lineBreak) break;
    lineStart = lineBreak.end;
  }
  if (open) yield open;
}

export function textSegments(source: string): Segment[] {
  // without a limit every paragraph is in the one run
  return textSegmentRuns(source, Infinity).next().value ?? [];
}

/** A paragraph with its text. */
export interface TextBlock extends Block {
  text: string;
}

/**
 * The segments of textSegments(source), made as they are asked for, in runs
 * of whole paragraphs of about `runChars` characters: a huge file is then
 * checked a run at a time, and never holds the segments of all its
 * paragraphs at once. Each block needs only its neighbours.
 */
export function textSegmentRuns(source: string, runChars: number): Generator<Segment[], void> {
  return blockRuns(withText(source, blocksOf(source)), runChars);
}

function* withText(source: string, blocks: Iterable<Block>): Generator<TextBlock, void> {
  // fields named, not spread: a spread copies through a slow generic path, and a site has thousands of paragraphs
  for (const { start, end } of blocks) yield { start, end, text: source.slice(start, end) };
}

/**
 * Paragraph segments in runs, from paragraphs however they are found: in a
 * string (textSegmentRuns) or in a file read a chunk at a time
 * (text-stream.ts), with the same segments and the same runs.
 */
export function* blockRuns(paragraphs: Iterable<TextBlock>, runChars: number): Generator<Segment[], void> {
  const blocks = paragraphs[Symbol.iterator]();
  let previous: Block | undefined;
  let block = blocks.next().value ?? undefined;
  let run: Segment[] = [];
  let runStart = block?.start ?? 0;
  while (block) {
    const next = blocks.next().value ?? undefined;
    const removal: [number, number] = next
      ? [block.start, next.start]
      : previous
        ? [previous.end, block.end]
        : [block.start, block.end];
    run.push({ text: block.text, start: block.start, removal, kind: "paragraph", lang: "none" });
    if (next && block.end - runStart >= runChars) {
      yield run;
      run = [];
      runStart = next.start;
    }
    previous = block;
    block = next;
  }
  if (run.length) yield run;
}
