import type { TextBlock } from "./text.js";

// The paragraphs of a plain text that arrives a piece at a time (a large
// file decoded a chunk at a time), found exactly as paragraphBlocks() finds
// them in a whole string: the same line breaks (\n, \r\n, a lone \r), the
// same blank lines, a BOM at the start skipped. Only the text from the
// oldest offset still needed is kept.

const BOM = 0xfeff;

/** Decoded text held from some offset on, pulled from its pieces as it is asked for. */
export class TextTape {
  private buffer = "";
  private base = 0;
  private done = false;
  private readonly pieces: Iterator<string>;
  /** the lowest offset another reader of the tape (a fix being applied) still needs */
  floor: () => number = () => Infinity;

  constructor(pieces: Iterable<string>) {
    this.pieces = pieces[Symbol.iterator]();
  }

  /** The offset after the last character read so far. */
  get end(): number {
    return this.base + this.buffer.length;
  }

  get ended(): boolean {
    return this.done;
  }

  /** Reads one more piece, dropping what comes before `keep` (and before the floor); false at the end of the text. */
  more(keep: number): boolean {
    if (this.done) return false;
    const next = this.pieces.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    const from = Math.max(this.base, Math.min(keep, this.floor(), this.end));
    this.buffer = this.buffer.slice(from - this.base) + next.value;
    this.base = from;
    return true;
  }

  /** Reads until `offset` is inside the text read, or the text ends; false when it is past the end. */
  reach(offset: number, keep: number): boolean {
    while (offset >= this.end) if (!this.more(keep)) return false;
    return true;
  }

  charCodeAt(offset: number): number {
    return this.buffer.charCodeAt(offset - this.base);
  }

  /** Text from `start` to `end`, both at or after what was dropped, within what was read. */
  slice(start: number, end: number): string {
    if (start < this.base || end > this.end) throw new Error(`text [${start}, ${end}) is not held (held: [${this.base}, ${this.end}))`);
    return this.buffer.slice(start - this.base, end - this.base);
  }

  /** The first line break at or after `from` (see nextLineBreak), reading on as needed. */
  nextLineBreak(from: number, keep: number): { index: number; end: number } | undefined {
    const breaks = /[\n\r]/g;
    let at = from;
    for (;;) {
      breaks.lastIndex = at - this.base;
      const found = breaks.exec(this.buffer);
      if (found) {
        const index = this.base + found.index;
        if (found[0] === "\n") return { index, end: index + 1 };
        // a \r last in what was read may be the first half of a \r\n
        if (!this.reach(index + 1, keep)) return { index, end: index + 1 };
        return { index, end: this.charCodeAt(index + 1) === 10 ? index + 2 : index + 1 };
      }
      at = this.end;
      if (!this.more(keep)) return undefined;
    }
  }
}

/** A paragraph of a streamed text, with where its first line starts, for line and column numbers. */
export interface StreamBlock extends TextBlock {
  /** 1-based number of its first line */
  line: number;
  /** where its first line starts: its start, or before the BOM of the file */
  lineStart: number;
}

/** paragraphBlocks() of the whole text on the tape, one at a time. */
export function* streamBlocks(tape: TextTape): Generator<StreamBlock, void> {
  let open: StreamBlock | undefined;
  let line = 1;
  let lineBegin = 0;
  const bom = tape.reach(0, 0) && tape.charCodeAt(0) === BOM;
  let lineStart = bom ? 1 : 0;
  for (;;) {
    const lineBreak = tape.nextLineBreak(lineStart, open ? open.start : lineBegin);
    const contentEnd = lineBreak ? lineBreak.index : tape.end;
    const blank = tape.slice(lineStart, contentEnd).trim() === "";
    if (blank) {
      if (open) yield { ...open, text: tape.slice(open.start, open.end) };
      open = undefined;
    } else if (open) {
      open.end = contentEnd;
    } else {
      open = { start: lineStart, end: contentEnd, text: "", line, lineStart: lineBegin };
    }
    if (!lineBreak) break;
    lineStart = lineBegin = lineBreak.end;
    line++;
  }
  if (open) yield { ...open, text: tape.slice(open.start, open.end) };
}
