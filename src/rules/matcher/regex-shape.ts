// Two facts about a regular expression, read from its source, that let the
// dictionary run it on less text with the same result:
// - the longest text it can match (a line entry longer than that cannot match);
// - the "barrier" chars it can never match, in any part, look-arounds
//   included, and with no ^ or $ in it: such a regex never matches across a
//   barrier, and what it matches between two barriers does not depend on the
//   text beyond them (an assertion sees a barrier as it sees the edge of the
//   text: neither a word char nor anything the regex could match), so it may
//   run on the stretch of text between two barriers alone.
// Unknown syntax makes both answers the safe ones (no limit, no barriers).

type Item =
  | { kind: "atom"; source: string; width: number; at: number } // at: where it starts in the source
  | { kind: "group"; alternatives: Quantified[][]; lookaround: boolean }
  | { kind: "assertion"; source: string; at: number } // \b \B
  | { kind: "anchor" } // ^ $
  | { kind: "backreference" };

interface Quantified {
  item: Item;
  min: number;
  max: number;
  /** where the item and its quantifier end in the source */
  end: number;
}

class Parser {
  position = 0;
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  alternatives(): Quantified[][] {
    const alternatives = [this.sequence()];
    while (this.source[this.position] === "|") {
      this.position++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Quantified[] {
    const items: Quantified[] = [];
    while (this.position < this.source.length && this.source[this.position] !== "|" && this.source[this.position] !== ")") {
      const item = this.item();
      items.push({ item, ...this.quantifier(), end: this.position });
    }
    return items;
  }

  private quantifier(): { min: number; max: number } {
    const char = this.source[this.position];
    let min = 1;
    let max = 1;
    if (char === "?") min = 0;
    else if (char === "*") [min, max] = [0, Infinity];
    else if (char === "+") max = Infinity;
    else if (char === "{") {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.position));
      if (!match) return { min, max }; // a literal brace (outside unicode mode)
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
      this.position += match[0].length - 1;
    } else return { min, max };
    this.position++;
    if (this.source[this.position] === "?") this.position++;
    return { min, max };
  }

  private item(): Item {
    const start = this.position;
    const char = this.source[this.position++]!;
    const wide = this.unicode ? 2 : 1; // a class or escape may match an astral char: two code units
    switch (char) {
      case "(":
        return this.group();
      case "[": {
        for (;;) {
          const c = this.source[this.position++];
          if (c === undefined) throw new Error("unclosed class");
          if (c === "\\") this.position++;
          else if (c === "]") break;
        }
        return { kind: "atom", source: this.source.slice(start, this.position), width: wide, at: start };
      }
      case "\\":
        return this.escape(start, wide);
      case "^":
      case "$":
        return { kind: "anchor" };
      case ".":
        return { kind: "atom", source: ".", width: wide, at: start };
      default: {
        const code = char.charCodeAt(0);
        if (code >= 0xd800 && code <= 0xdbff && this.position < this.source.length) this.position++;
        const literal = this.source.slice(start, this.position);
        return { kind: "atom", source: literal, width: literal.length, at: start };
      }
    }
  }

  private escape(start: number, wide: number): Item {
    const char = this.source[this.position++];
    if (char === undefined) throw new Error("dangling escape");
    if (char === "b" || char === "B") return { kind: "assertion", source: `\\${char}`, at: start };
    if (char === "k") {
      this.position = this.source.indexOf(">", this.position) + 1;
      if (this.position === 0) throw new Error("bad group name");
      return { kind: "backreference" };
    }
    if (/[1-9]/.test(char)) {
      while (/[0-9]/.test(this.source[this.position] ?? "")) this.position++;
      return { kind: "backreference" };
    }
    if ((char === "p" || char === "P" || char === "u") && this.source[this.position] === "{") {
      const close = this.source.indexOf("}", this.position);
      if (close === -1) throw new Error("unclosed escape");
      this.position = close + 1;
    } else if (char === "u") this.position += 4;
    else if (char === "x") this.position += 2;
    else if (char === "c") this.position += 1;
    return { kind: "atom", source: this.source.slice(start, this.position), width: /[pPdDwWsS.]/.test(char) || char === "u" ? wide : 1, at: start };
  }

  private group(): Item {
    let lookaround = false;
    if (this.source[this.position] === "?") {
      const rest = this.source.slice(this.position);
      if (rest.startsWith("?:")) this.position += 2;
      else if (/^\?<?[=!]/.test(rest)) {
        lookaround = true;
        this.position += rest[1] === "<" ? 3 : 2;
      } else if (rest.startsWith("?<")) {
        this.position = this.source.indexOf(">", this.position) + 1;
        if (this.position === 0) throw new Error("bad group name");
      } else throw new Error("unknown group");
    }
    const alternatives = this.alternatives();
    if (this.source[this.position++] !== ")") throw new Error("unclosed group");
    return { kind: "group", alternatives, lookaround };
  }
}

function parse(source: string, flags: string): Quantified[][] | null {
  if (flags.includes("v")) return null;
  try {
    const parser = new Parser(source, flags.includes("u"));
    const tree = parser.alternatives();
    return parser.position === source.length ? tree : null;
  } catch {
    return null;
  }
}

/**
 * The atoms of a regex (chars, escapes, classes, ".") and its \b and \B, in
 * source order, each with where it starts in the source; null when the regex
 * is not understood or holds a back-reference.
 */
export function atomsOf(source: string, flags: string): { source: string; at: number }[] | null {
  const tree = parse(source, flags);
  const atoms: { source: string; at: number }[] = [];
  const walk = (alternatives: Quantified[][]): boolean =>
    alternatives.every((sequence) =>
      sequence.every(({ item }) => {
        if (item.kind === "atom" || item.kind === "assertion") atoms.push(item);
        return item.kind === "group" ? walk(item.alternatives) : item.kind !== "backreference";
      }),
    );
  return tree && walk(tree) ? atoms : null;
}

function longest(alternatives: Quantified[][]): number {
  let max = 0;
  for (const sequence of alternatives) {
    let sum = 0;
    for (const { item, max: times } of sequence) {
      const one = item.kind === "atom" ? item.width : item.kind === "group" ? (item.lookaround ? 0 : longest(item.alternatives)) : item.kind === "backreference" ? Infinity : 0;
      if (one > 0) sum += one * times;
    }
    max = Math.max(max, sum);
  }
  return max;
}

// results by flags and source: filled by the build cache of the built-in dictionaries, and as regexes are analysed
const knownLongest = new Map<string, number>();
const knownBarriers = new Map<string, string>();
const knownConsumedBarriers = new Map<string, string>();

/** Records what maxMatchLength(), barriersOf() and consumedBarriersOf() give (computed at build time), so a run need not analyse the regex again. */
export function rememberShape(source: string, flags: string, longest: number, barriers: string, consumedBarriers: string): void {
  knownLongest.set(`${flags}/${source}`, longest);
  knownBarriers.set(`${flags}/${source}`, barriers);
  knownConsumedBarriers.set(`${flags}/${source}`, consumedBarriers);
}

/** The most UTF-16 code units a match of the regex can span; Infinity when unbounded or unknown. */
export function maxMatchLength(source: string, flags: string): number {
  const key = `${flags}/${source}`;
  let max = knownLongest.get(key);
  if (max === undefined) {
    const tree = parse(source, flags);
    knownLongest.set(key, (max = tree ? longest(tree) : Infinity));
  }
  return max;
}

/** The chars that may serve as barriers, when a regex cannot match them: common in prose, never word chars. */
export const BARRIER_CANDIDATES = "\n\r.,;:!?\"()";

/**
 * The atoms of a regex, false when its barriers cannot be known. With
 * `consumedOnly`, those a match may consume: look-arounds and anchors left
 * out, and no answer when a back-reference could repeat what a look-around
 * captured.
 */
function collect(alternatives: Quantified[][], atoms: string[], consumedOnly: boolean): boolean {
  for (const sequence of alternatives) {
    for (const { item } of sequence) {
      if (item.kind === "anchor" && !consumedOnly) return false;
      if (item.kind === "backreference" && consumedOnly) return false;
      if (item.kind === "atom") atoms.push(item.source);
      else if (item.kind === "group" && !(consumedOnly && item.lookaround) && !collect(item.alternatives, atoms, consumedOnly)) return false;
    }
  }
  return true;
}

/** The chars of BARRIER_CANDIDATES that no part of the regex can match ("" when it has ^ or $, or is not understood). */
export function barriersOf(source: string, flags: string): string {
  const key = `${flags}/${source}`;
  let barriers = knownBarriers.get(key);
  if (barriers === undefined) knownBarriers.set(key, (barriers = analyseBarriers(source, flags)));
  return barriers;
}

/**
 * The chars of BARRIER_CANDIDATES that no char a match consumes can be
 * (those of barriersOf() and those only its look-arounds may see): a match
 * lies between two of them, though a look-around may look past them.
 */
export function consumedBarriersOf(source: string, flags: string): string {
  const key = `${flags}/${source}`;
  let barriers = knownConsumedBarriers.get(key);
  if (barriers === undefined) knownConsumedBarriers.set(key, (barriers = analyseBarriers(source, flags, true)));
  return barriers;
}

function analyseBarriers(source: string, flags: string, consumedOnly = false): string {
  const tree = parse(source, flags);
  const atoms: string[] = [];
  if (!tree || !collect(tree, atoms, consumedOnly)) return "";
  try {
    // one expression for all the atoms: a regex of hundreds would otherwise make hundreds
    const anyAtom = new RegExp(`^(?:${[...new Set(atoms)].join("|")})$`, flags.replace(/[gy]/g, ""));
    return [...BARRIER_CANDIDATES].filter((char) => !anyAtom.test(char)).join("");
  } catch {
    return "";
  }
}

/**
 * The body of a positive look-ahead the regex begins with ("X" of "(?=X)…"),
 * or null. Whatever the regex matches, the text from there also matches X
 * (not so in "(?=X)a|b", whose look-ahead guards its first alternative only).
 */
export function leadingLookahead(source: string): string | null {
  return splitLeadingLookahead(source)?.ahead ?? null;
}

/**
 * What follows a leading look-ahead ("Y" of "(?=X)Y"), or null: a regex
 * that matches a text whole only where Y alone does, so a whole-line test
 * of Y is a cheaper first test (the look-ahead of a line entry, such as
 * "(?=.*\bpage\b)", reads to the end of every line it is tried on, Y most
 * often fails at its first word). Null too when back-references could tie Y
 * to groups of X.
 */
export function afterLeadingLookahead(source: string): string | null {
  if (/\\(?:[1-9]|k<)/.test(source)) return null;
  return splitLeadingLookahead(source)?.rest ?? null;
}

function splitLeadingLookahead(source: string): { ahead: string; rest: string } | null {
  if (!source.startsWith("(?=") || topLevelAlternatives(source).length > 1) return null;
  let split: { ahead: string; rest: string } | null = null;
  scanStructure(source, (char, index, depth) => {
    if (char !== ")" || depth !== 0) return false;
    split = { ahead: source.slice(3, index), rest: source.slice(index + 1) };
    return true;
  });
  return split;
}

/**
 * Visits the structural characters of a regex source ( "(", ")", "|" and the
 * rest outside escapes and character classes) with the group depth outside
 * them: a "(" at depth 0 opens a top-level group, a ")" at depth 0 closes one.
 * Stops when `visit` returns true.
 */
function scanStructure(source: string, visit: (char: string, index: number, depth: number) => boolean): void {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === "\\") {
      i++;
      continue;
    }
    if (char === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
      continue;
    }
    if (char === ")") depth--;
    if (visit(char, i, depth)) return;
    if (char === "(") depth++;
  }
}

function firsts(alternatives: Quantified[][]): { atoms: string[]; empty: boolean } | null {
  const atoms: string[] = [];
  let empty = false;
  for (const sequence of alternatives) {
    let sequenceEmpty = true;
    for (const { item, min } of sequence) {
      let first: { atoms: string[]; empty: boolean } | null;
      if (item.kind === "atom") first = { atoms: [item.source], empty: false };
      else if (item.kind === "group") first = item.lookaround ? { atoms: [], empty: true } : firsts(item.alternatives);
      else if (item.kind === "backreference") first = null;
      else first = { atoms: [], empty: true }; // assertions and anchors consume nothing
      if (!first) return null;
      atoms.push(...first.atoms);
      if (!first.empty && min > 0) {
        sequenceEmpty = false;
        break;
      }
    }
    if (sequenceEmpty) empty = true;
  }
  return { atoms, empty };
}

const knownFirsts = new Map<string, string | null>();

/**
 * A regex source matching (at its start) the first char of any non-empty
 * match of the regex: an alternation of the atoms that can match first;
 * null when not known. A line whose first char it does not match cannot
 * be matched whole.
 */
export function firstCharSource(source: string, flags: string): string | null {
  const key = `${flags}/${source}`;
  let first = knownFirsts.get(key);
  if (first === undefined) {
    const tree = parse(source, flags);
    const found = tree && firsts(tree);
    knownFirsts.set(key, (first = found && found.atoms.length ? `(?:${[...new Set(found.atoms)].join("|")})` : null));
  }
  return first;
}

const knownFirstAscii = new Map<string, string>();

/**
 * Which ASCII chars the first-char test of a line entry passes (`first`
 * builds it: ^ and firstCharSource, with the regex's flags), as 128 "0"s and
 * "1"s by char code; worked out at build time for the built-in entries, so
 * that a run neither compiles the test nor tries it on 128 chars.
 */
export function firstAsciiOf(source: string, flags: string, first: () => RegExp): string {
  const key = `${flags}/${source}`;
  let known = knownFirstAscii.get(key);
  if (known === undefined) {
    const test = first();
    known = "";
    for (let code = 0; code < 128; code++) known += test.test(String.fromCharCode(code)) ? "1" : "0";
    knownFirstAscii.set(key, known);
  }
  return known;
}

/** Records what firstAsciiOf() gives (computed at build time). */
export function rememberFirstAscii(source: string, flags: string, firstAscii: string): void {
  knownFirstAscii.set(`${flags}/${source}`, firstAscii);
}

/** Records what firstCharSource() gives (computed at build time). */
export function rememberFirstChar(source: string, flags: string, first: string | null): void {
  knownFirsts.set(`${flags}/${source}`, first);
}

const knownLeads = new Map<string, string | null>();

/**
 * The source of a leading part of a regex that every line the regex matches
 * whole begins with: its top-level items up to the first holding a \p{…}
 * class (the costliest part to compile: V8 looks each one up in ICU), when
 * that leaves some out and the part cannot match the empty string; null
 * otherwise. A line whose start it does not match is not matched whole, and
 * a big line entry is then not compiled for it (whatever matches A B C from
 * the start of a text has a part matching A B there).
 */
export function leadSource(source: string, flags: string): string | null {
  const key = `${flags}/${source}`;
  let lead = knownLeads.get(key);
  if (lead === undefined) knownLeads.set(key, (lead = findLead(source, flags)));
  return lead;
}

/** Records what leadSource() gives (computed at build time). */
export function rememberLead(source: string, flags: string, lead: string | null): void {
  knownLeads.set(`${flags}/${source}`, lead);
}

function findLead(source: string, flags: string): string | null {
  // not with ^ matching after line breaks, nor back-references to groups the lead leaves out
  if (flags.includes("m") || /\\(?:[1-9]|k<)/.test(source)) return null;
  const tree = parse(source, flags);
  if (!tree || tree.length !== 1) return null;
  const items: Quantified[] = [];
  let end = 0;
  for (const quantified of tree[0]!) {
    if (/\\[pP]\{/.test(source.slice(end, quantified.end))) break;
    items.push(quantified);
    end = quantified.end;
  }
  if (end === source.length || firsts([items])?.empty !== false) return null;
  return source.slice(0, end);
}

const knownWordStarts = new Map<string, boolean>();
// (?<![\p{L}\p{N}…]) at the start
const WORD_START = /^\(\?<!\[\\p\{L\}\\p\{N\}/;

/**
 * Whether every match of a regex starts where a word does: each of its
 * top-level alternatives begins with (?<![\p{L}\p{N}…]) (in "(?<!…)a|b"
 * the look-behind guards a only).
 */
export function startsAtWordStart(source: string): boolean {
  let known = knownWordStarts.get(source);
  if (known === undefined) knownWordStarts.set(source, (known = topLevelAlternatives(source).every((alternative) => WORD_START.test(alternative))));
  return known;
}

/** Records what startsAtWordStart() gives (computed at build time). */
export function rememberWordStart(source: string, wordStart: boolean): void {
  knownWordStarts.set(source, wordStart);
}

/** The top-level alternatives of a regex source ("a|(b|c)" gives "a" and "(b|c)"). */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let from = 0;
  scanStructure(source, (char, index, depth) => {
    if (char === "|" && depth === 0) {
      alternatives.push(source.slice(from, index));
      from = index + 1;
    }
    return false;
  });
  alternatives.push(source.slice(from));
  return alternatives;
}
