import type { Segment } from "../types.js";
import { nextLineBreak } from "./line-breaks.js";

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
  const blocks: Block[] = [];
  let open: Block | undefined;
  let lineStart = source.startsWith(BOM) ? 1 : 0;
  while (lineStart <= source.length) {
    const lineBreak = nextLineBreak(source, lineStart);
    const contentEnd = lineBreak ? lineBreak.index : source.length;
    const blank = source.slice(lineStart, contentEnd).trim() === "";
    if (blank) {
      if (open) blocks.push(open);
      open = undefined;
    } else if (open) {
      open.end = contentEnd;
    } else {
      open = { start: lineStart, end: contentEnd };
    }
    if (!lineBreak) break;
    lineStart = lineBreak.end;
  }
  if (open) blocks.push(open);
  return blocks;
}

export function textSegments(source: string): Segment[] {
  const blocks = paragraphBlocks(source);
  return blocks.map((block, index) => {
    const next = blocks[index + 1];
    const previous = blocks[index - 1];
    const removal: [number, number] = next
      ? [block.start, next.start]
      : previous
        ? [previous.end, block.end]
        : [block.start, block.end];
    return { text: source.slice(block.start, block.end), start: block.start, removal, kind: "paragraph", lang: "none" };
  });
}
