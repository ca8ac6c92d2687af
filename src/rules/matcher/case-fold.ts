import { atomsOf } from "./regex-shape.js";

// Almost every dictionary regex has the flags "iu" and \p{L}/\p{N} classes.
// Under /iu, V8 closes every class and char over Unicode case folding (ICU)
// as it compiles the regex, which is costly for \p{L}: the same regex written
// without the i flag, each letter as a class of its case variants ("a" as
// [aA]), compiles 2.5-4 times faster, and most of a run's warm-up is
// compiling regexes. foldCase() makes that rewrite where it can prove the two
// match the same (/iu compares chars by simple case folding, ECMAScript's
// Canonicalize), and gives the regex back unchanged otherwise. The tables
// below were found by brute force over every code point; the tests
// recompute them.

/** The case variants of ASCII letters under /iu beyond the other ASCII case: KELVIN SIGN and LONG S. */
const BEYOND_ASCII: Record<number, number> = { 0x6b: 0x212a, 0x73: 0x17f };

// Under /iu, \w, \W, \b and \B count those two as word chars too (ECMAScript's
// WordCharacters); \b and \B become look-arounds, which match built-in
// regexes over the English corpus as fast as \b did
const WORD = "[\\w\\u{17f}\\u{212a}]";
const WORD_ESCAPES: Record<string, string> = {
  "\\w": WORD,
  "\\W": "[^\\w\\u{17f}\\u{212a}]",
  "\\b": `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`,
  "\\B": `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`,
};

/** What a \p{…} escape matches under /iu beyond what it matches under /u; a property not listed is not folded. */
export const PROPERTY_CLOSURE: ReadonlyMap<string, string> = new Map([
  ["\\p{L}", "\u0345"],
  ["\\p{N}", ""],
  ["\\p{M}", "\u0399\u03b9\u1fbe"],
  ["\\p{Script=Han}", ""],
]);

/**
 * Ranges of non-ASCII code points with no case variant (each matches itself
 * alone under /iu): the punctuation, symbols and Chinese that dictionary
 * regexes hold. A char beyond them makes a regex be left as it is.
 */
export const CASELESS: readonly (readonly [number, number])[] = [
  [0x80, 0xb4], // Latin-1 punctuation and symbols, not MICRO SIGN (a variant of Greek mu)
  [0xb6, 0xbf],
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x2000, 0x206f], // general punctuation
  [0x20a0, 0x20cf], // currency signs
  [0x2190, 0x23ff], // arrows, mathematical operators, technical symbols
  [0x2500, 0x27bf], // box drawing, shapes, symbols, dingbats
  [0x3000, 0x30ff], // CJK punctuation, kana
  [0x3400, 0x4dbf], // CJK ideographs
  [0x4e00, 0x9fff],
  [0xff00, 0xff20], // full-width punctuation and digits, not full-width letters
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
];

const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/**
 * Adds to `out` the case variants /iu matches for the chars lo..hi beyond
 * them; false when some has variants not known here.
 */
function addVariants(lo: number, hi: number, out: Set<number>): boolean {
  for (let code = lo; code <= Math.min(hi, 0x7f); code++) {
    if (!isAsciiLetter(code)) continue; // ASCII but letters is caseless
    out.add(code ^ 0x20);
    const beyond = BEYOND_ASCII[code | 0x20];
    if (beyond !== undefined) out.add(beyond);
  }
  return hi < 0x80 || CASELESS.some(([from, to]) => from <= Math.max(lo, 0x80) && hi <= to);
}

/** The code point a char or escape (outside \p, \d… classes) stands for; null for one not known. */
function codeOf(text: string, inClass: boolean): number | null {
  if (text[0] !== "\\") return text.codePointAt(0)!;
  const char = text[1]!;
  const simple = "tnvfr0".indexOf(char);
  if (simple >= 0) return [9, 10, 11, 12, 13, 0][simple]!;
  if (char === "b" && inClass) return 8;
  if (char === "c") return text.charCodeAt(2) % 32;
  if (char === "x" || char === "u") return parseInt(text.slice(2).replace(/[{}]/g, ""), 16);
  // in unicode mode, the other escapes of one char are syntax chars standing for themselves
  return text.length === 2 && /[\^$\\.*+?()[\]{}|/-]/.test(char) ? char.charCodeAt(0) : null;
}

/** How a set of code points is written in a class: ASCII letters as they are, others escaped, runs as ranges. */
function render(codes: Set<number>): string {
  const sorted = [...codes].sort((a, b) => a - b);
  const write = (code: number): string => (isAsciiLetter(code) ? String.fromCharCode(code) : `\\u{${code.toString(16)}}`);
  let out = "";
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out += j - i >= 2 ? `${write(sorted[i]!)}-${write(sorted[j]!)}` : sorted.slice(i, j + 1).map(write).join("");
    i = j + 1;
  }
  return out;
}

/** An escape's length at `at` in a class body ("\u{1F600}", "\p{L}", "\x41"…). */
function escapeLength(body: string, at: number): number {
  const char = body[at + 1];
  if ((char === "u" || char === "p" || char === "P") && body[at + 2] === "{") return body.indexOf("}", at) + 1 - at;
  return char === "u" ? 6 : char === "x" ? 4 : char === "c" ? 3 : 2;
}

/** A class ("[…]") matching under /u what it matches under /iu; null when not known. */
function foldClass(atom: string): string | null {
  const negated = atom[1] === "^";
  const body = atom.slice(negated ? 2 : 1, -1);
  const items: { text: string; lo: number; hi: number }[] = [];
  const added = new Set<number>();
  for (let at = 0; at < body.length; ) {
    const length = body[at] === "\\" ? escapeLength(body, at) : body.codePointAt(at)! > 0xffff ? 2 : 1;
    const text = body.slice(at, (at += length));
    if (/^\\[dDsSw]$/.test(text)) {
      // caseless sets, but \w, which /iu widens (\W in a class would need its complement written out: not folded)
      if (text === "\\w") [0x17f, 0x212a].forEach((code) => added.add(code));
      items.push({ text, lo: -1, hi: -1 });
      continue;
    }
    if (/^\\[pP]/.test(text)) {
      const closure = PROPERTY_CLOSURE.get(text);
      if (closure === undefined) return null;
      for (const char of closure) added.add(char.codePointAt(0)!);
      items.push({ text, lo: -1, hi: -1 });
      continue;
    }
    let lo = codeOf(text, true);
    if (lo === null) return null;
    let hi = lo;
    let item = text;
    if (body[at] === "-" && at + 1 < body.length) {
      // a range: its end is a char too (a class escape there is a syntax error in unicode mode)
      const end = body[at + 1] === "\\" ? escapeLength(body, at + 1) : body.codePointAt(at + 1)! > 0xffff ? 2 : 1;
      const endText = body.slice(at + 1, at + 1 + end);
      const code = codeOf(endText, true);
      if (code === null) return null;
      [hi, item] = [code, `${text}-${endText}`];
      at += 1 + end;
    } else if (text === "-") item = "\\-"; // written escaped, so that nothing added after it makes a range of it
    if (!addVariants(lo, hi, added)) return null;
    items.push({ text: item, lo, hi });
  }
  // a negated class matches a char none of whose variants is in the set (ECMAScript's CharacterSetMatcher): the closed set, negated
  const listed = (code: number): boolean => items.some(({ lo, hi }) => lo <= code && code <= hi);
  const missing = new Set([...added].filter((code) => !listed(code)));
  return `[${negated ? "^" : ""}${items.map((item) => item.text).join("")}${render(missing)}]`;
}

/** An ASCII char as foldAtom() writes it (a letter as a class of its variants), by code: most atoms are one, worth a table. */
const ASCII_FOLDED = Array.from({ length: 128 }, (_, code) => {
  const variants = new Set<number>();
  addVariants(code, code, variants);
  const char = String.fromCharCode(code);
  return variants.size === 0 ? char : `[${char}${render(variants)}]`;
});

/** An atom (outside classes) matching under /u what it matches under /iu; null when not known. */
function foldAtom(atom: string): string | null {
  if (atom.length === 1 && atom.charCodeAt(0) < 128) return ASCII_FOLDED[atom.charCodeAt(0)]!;
  if (atom === "." || /^\\[dDsS]$/.test(atom)) return atom;
  if (WORD_ESCAPES[atom] !== undefined) return WORD_ESCAPES[atom];
  if (atom[0] === "[") return foldClass(atom);
  if (/^\\[pP]/.test(atom)) {
    const closure = PROPERTY_CLOSURE.get(atom);
    return closure === undefined ? null : closure === "" ? atom : `[${atom}${render(new Set([...closure].map((char) => char.codePointAt(0)!)))}]`;
  }
  const code = codeOf(atom, false);
  const variants = new Set<number>();
  if (code === null || !addVariants(code, code, variants)) return null;
  return variants.size === 0 ? atom : `[${atom}${render(variants)}]`;
}

export interface FoldedRegex {
  source: string;
  flags: string;
}

/** what foldCase() gave or was told, or a function that tells it when first asked (see rememberFold) */
const known = new Map<string, FoldedRegex | (() => string | null)>();

/**
 * The regex (source and flags) without the i flag, matching exactly what the
 * given one matches (same places, same groups), when it has the flags i and
 * u and every part of it is understood; the regex as it is otherwise.
 */
export function foldCase(source: string, flags: string): FoldedRegex {
  const key = `${flags}/${source}`;
  const remembered = known.get(key);
  if (typeof remembered === "object") return remembered;
  const folded = remembered ? told(source, flags, remembered()) : fold(source, flags);
  known.set(key, folded);
  return folded;
}

/**
 * Records what foldCase() gives, as foldedSourceOf() tells it (computed at
 * build time for the built-in entries), or a function that tells it, called
 * only if the regex is compiled.
 */
export function rememberFold(source: string, flags: string, folded: string | null | (() => string | null)): void {
  known.set(`${flags}/${source}`, typeof folded === "function" ? folded : told(source, flags, folded));
}

const told = (source: string, flags: string, folded: string | null): FoldedRegex => (folded === null ? { source, flags } : { source: folded, flags: flags.replace("i", "") });

/** The source foldCase() gives, null when it keeps the regex as it is: what the build cache stores. */
export function foldedSourceOf(source: string, flags: string): string | null {
  const folded = foldCase(source, flags);
  return folded.flags === flags ? null : folded.source;
}

function fold(source: string, flags: string): FoldedRegex {
  // not with v: its classes nest and have their own closure rules
  if (!flags.includes("i") || !flags.includes("u") || flags.includes("v")) return { source, flags };
  const atoms = atomsOf(source, flags);
  if (!atoms) return { source, flags };
  let out = "";
  let from = 0;
  for (const atom of atoms) {
    const folded = foldAtom(atom.source);
    if (folded === null) return { source, flags };
    out += source.slice(from, atom.at) + folded;
    from = atom.at + atom.source.length;
  }
  return { source: out + source.slice(from), flags: flags.replace("i", "") };
}
