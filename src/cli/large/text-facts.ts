import { mayHaveHan } from "../../language/detect.js";

// What decides whether a text read a piece at a time can be checked run by
// run with check()'s findings (Linter.checksInRuns), gathered piece by piece:
// its length, whether a char may be Han (a BOM at its start aside), and
// whether it holds an inline directive. A text without a char from U+2E80 on
// has no surrogate either, lone or paired, so such a text always comes back
// as it was written out (a lone surrogate would become U+FFFD in UTF-8).

const MARKER = "mtclean-";

export class TextFacts {
  length = 0;
  mayHaveHan = false;
  /** "mtclean-" somewhere: parseDirectives may find a directive */
  directive = false;
  private tail = "";

  /** Takes the next piece; a surrogate pair may not be split between two. */
  add(piece: string): void {
    if (piece === "") return;
    const text = this.length === 0 && piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece;
    this.length += piece.length;
    if (!this.mayHaveHan && mayHaveHan(text)) this.mayHaveHan = true;
    // the marker may straddle two pieces
    if (!this.directive && (this.tail + piece.slice(0, MARKER.length - 1)).includes(MARKER)) this.directive = true;
    if (!this.directive && piece.includes(MARKER)) this.directive = true;
    // (not (tail + piece).slice(): that would copy the whole piece to keep seven chars)
    const keep = MARKER.length - 1;
    this.tail = piece.length >= keep ? piece.slice(-keep) : (this.tail + piece).slice(-keep);
  }
}
