import { mayHaveHan } from "../../language/detect.js";

// What decides whether a text read a piece at a time can be checked run by
// run with check()'s findings (Linter.checksInRuns), gathered piece by piece:
// its length, whether a char may be Han (a BOM at its start aside), whether
// it holds an inline directive, and whether it is well-formed UTF-16 (a lone
// surrogate would not survive being written out and read back).

const MARKER = "mtclean-";
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export class TextFacts {
  length = 0;
  mayHaveHan = false;
  /** "mtclean-" somewhere: parseDirectives may find a directive */
  directive = false;
  loneSurrogate = false;
  private tail = "";

  /** Takes the next piece; a surrogate pair may not be split between two. */
  add(piece: string): void {
    if (piece === "") return;
    const text = this.length === 0 && piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece;
    this.length += piece.length;
    if (!this.mayHaveHan && mayHaveHan(text)) this.mayHaveHan = true;
    if (!this.loneSurrogate && LONE_SURROGATE.test(piece)) this.loneSurrogate = true;
    // the marker may straddle two pieces
    if (!this.directive && (this.tail + piece.slice(0, MARKER.length - 1)).includes(MARKER)) this.directive = true;
    if (!this.directive && piece.includes(MARKER)) this.directive = true;
    this.tail = (this.tail + piece).slice(-(MARKER.length - 1));
  }
}
