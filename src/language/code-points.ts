// Tests of one code point of a text against a character class, without
// making a string per character: the loops that count scripts over every
// paragraph (megabytes of Chinese and English in a bilingual document) use
// them. The answer for each BMP code unit is asked of the regex once and kept
// in a table, read inline by the loops; astral code points (surrogate pairs)
// are kept in a map.

/** 1: matches, 2: does not, 0: not asked yet (and always 0 for a surrogate, which is looked at with the next unit) */
type Known = 0 | 1 | 2;

export class CodePointClass {
  readonly bmp = new Uint8Array(0x10000);
  private readonly astral = new Map<number, boolean>();

  /** `charClass`: a one-character regex with the u flag, e.g. /^\p{Script=Han}$/u */
  constructor(private readonly charClass: RegExp) {}

  /**
   * The width (1 or 2 code units) of the code point at `i` when it matches,
   * or 0 when it does not. A lone surrogate is tested on its own, as a regex
   * with the u flag reads it.
   */
  widthAt(text: string, i: number): number {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          const point = text.codePointAt(i)!;
          let matches = this.astral.get(point);
          if (matches === undefined) this.astral.set(point, (matches = this.charClass.test(String.fromCodePoint(point))));
          return matches ? 2 : 0;
        }
      }
      return this.charClass.test(String.fromCharCode(code)) ? 1 : 0;
    }
    let known = this.bmp[code] as Known;
    if (known === 0) this.bmp[code] = known = this.charClass.test(String.fromCharCode(code)) ? 1 : 2;
    return known === 1 ? 1 : 0;
  }
}

/** The number of code points of `text` in the class (the matches of the class as a regex with the g and u flags). */
export function countCodePoints(text: string, charClass: CodePointClass): number {
  const bmp = charClass.bmp;
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const known = bmp[text.charCodeAt(i)] as Known;
    if (known === 2) {
      i++;
    } else if (known === 1) {
      count++;
      i++;
    } else {
      const width = charClass.widthAt(text, i);
      if (width !== 0) count++;
      // a surrogate pair that does not match is stepped over whole, as a regex with the u flag does
      i += width || pairWidth(text, i);
    }
  }
  return count;
}

/** 2 at the start of a surrogate pair, else 1. */
function pairWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}
