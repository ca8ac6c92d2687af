// Dictionary regex entries would each run over every paragraph, so their cost
// would grow with their number. Most paragraphs cannot match most of them: a
// regex such as /(?<![\p{L}\p{N}])cadre(s?)(?!…)/ needs "cadre" somewhere in
// the text. requiredLiterals() reads such sets from a regex's source (any
// match contains one string of each set, compared case-insensitively), and
// requiredPrefixes() the strings every match starts with; LiteralScanner
// finds them all in one pass, and RegexSet runs a regex only where they are.
// The analysis is exact in that direction only (a regex may run and find
// nothing), so findings are the same as running every regex everywhere.

/** Chars a required string may hold; case-folded text chars are mapped to them. */
const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789'.-";
const SIZE = ALPHABET.length;
const NONE = -1;
// char code → alphabet index; letters of either case, and the two non-ASCII
// chars that case-fold to ASCII letters in /iu regexes: ſ (to s) and K (to k)
const CODE_INDEX = new Int8Array(128).fill(NONE);
for (let i = 0; i < SIZE; i++) {
  CODE_INDEX[ALPHABET.charCodeAt(i)] = i;
  const upper = ALPHABET[i]!.toUpperCase().charCodeAt(0);
  if (upper < 128) CODE_INDEX[upper] = i;
}
const LONG_S = 0x17f;
const KELVIN = 0x212a;

function indexOfCode(code: number): number {
  if (code < 128) return CODE_INDEX[code]!;
  if (code === LONG_S) return ALPHABET.indexOf("s");
  if (code === KELVIN) return ALPHABET.indexOf("k");
  return NONE;
}

export const ALPHABET_SIZE = SIZE;
/** The index in the alphabet of a (lower-case) literal char, -1 when it is not in it. */
export const alphabetIndex = (char: string): number => ALPHABET.indexOf(char);
/** The alphabet index a text char case-folds to (as /iu regexes fold it), ALPHABET_SIZE for any other char. */
export const foldedIndex = (code: number): number => {
  const index = code < 128 ? CODE_INDEX[code]! : indexOfCode(code);
  return index === NONE ? SIZE : index;
};

// What is known about the strings a piece of a regex matches:
// `exact`: all of them (lower case), when few and made of alphabet chars;
// `required`: sets of strings such that every match contains one string of each set.
interface Info {
  exact: string[] | null;
  required: string[][];
  /** strings one of which every non-empty match starts with ([""]: unknown) */
  prefix: string[];
  /** true when the piece may match nothing */
  optional: boolean;
}

const MAX_STRINGS = 64;
const MIN_USEFUL = 3;
const MAX_SETS = 4;
const EMPTY: Info = { exact: [""], required: [], prefix: [""], optional: true };
const UNKNOWN: Info = { exact: null, required: [], prefix: [""], optional: false };
const exactly = (strings: string[]): Info => ({ exact: strings, required: [], prefix: strings, optional: strings.includes("") });

/**
 * Sets of strings (lower case, 3 chars or more, from ALPHABET): every match
 * of the regex contains, case-insensitively, one string of each set; null
 * when the source says nothing usable (the regex then runs on every paragraph).
 */
export function requiredLiterals(source: string): string[][] | null {
  let sets = known.get(source);
  if (sets === undefined) known.set(source, (sets = analyse(source)));
  return sets;
}

// results by regex source: filled by the build cache of the built-in dictionaries, and as regexes are analysed
const known = new Map<string, string[][] | null>();

/** Records what requiredLiterals() and requiredPrefixes() give for a source (computed at build time), so a run need not analyse it again. */
export function rememberLiterals(source: string, sets: string[][] | null, prefixes: string[] | null): void {
  known.set(source, sets);
  knownPrefixes.set(source, prefixes);
}

function analyse(source: string): string[][] | null {
  try {
    const parser = new Parser(source);
    const info = parser.alternation();
    if (parser.position !== source.length) return null;
    const distinct = new Map(allRequirements(info).map((set) => [JSON.stringify([...set].sort()), set]));
    const sets = [...distinct.values()]
      .filter((set) => score(set) >= MIN_USEFUL)
      .sort((a, b) => score(b) - score(a) || a.length - b.length)
      .slice(0, MAX_SETS);
    return sets.length ? sets : null;
  } catch {
    return null;
  }
}

const score = (strings: string[]): number => Math.min(...strings.map((s) => s.length));
const usable = (strings: string[] | null): strings is string[] => strings !== null && strings.length > 0 && !strings.includes("");

function allRequirements(info: Info): string[][] {
  return usable(info.exact) ? [...info.required, info.exact] : info.required;
}

/** The most telling single set: the longest shortest string, then the fewest strings. */
function bestRequirement(info: Info): string[] | null {
  let best: string[] | null = null;
  for (const candidate of allRequirements(info)) {
    if (!best || score(candidate) > score(best) || (score(candidate) === score(best) && candidate.length < best.length)) best = candidate;
  }
  return best;
}

/** Strings one of which every non-empty match of items[from..] starts with ([""]: unknown). */
function prefixOf(items: Info[], from: number): string[] {
  const item = items[from];
  if (!item) return [""];
  if (item.exact) {
    const strings = product([item.exact, prefixOf(items, from + 1)]);
    if (strings) return strings;
    return item.exact.includes("") ? [""] : item.exact;
  }
  if (!item.optional) return item.prefix;
  if (item.prefix.includes("")) return [""];
  const union = [...new Set([...item.prefix, ...prefixOf(items, from + 1)])];
  return union.length <= MAX_STRINGS ? union : [""];
}

/**
 * Strings (lower case, 3 chars or more, from ALPHABET, starting with a letter
 * or digit) one of which every match of the regex starts with,
 * case-insensitively; null when unknown.
 */
export function requiredPrefixes(source: string): string[] | null {
  let prefixes = knownPrefixes.get(source);
  if (prefixes === undefined) knownPrefixes.set(source, (prefixes = analysePrefixes(source)));
  return prefixes;
}

const knownPrefixes = new Map<string, string[] | null>();

function analysePrefixes(source: string): string[] | null {
  try {
    const parser = new Parser(source);
    const info = parser.alternation();
    if (parser.position !== source.length) return null;
    const prefix = info.prefix;
    return prefix.every((p) => p.length >= MIN_USEFUL && /^[a-z0-9]/.test(p)) ? prefix : null;
  } catch {
    return null;
  }
}

function product(sets: string[][]): string[] | null {
  let out = [""];
  for (const set of sets) {
    const next: string[] = [];
    for (const prefix of out) for (const s of set) next.push(prefix + s);
    out = [...new Set(next)];
    if (out.length > MAX_STRINGS) return null;
  }
  return out;
}

function literal(char: string): Info {
  const lower = char.toLowerCase();
  return lower.length === 1 && ALPHABET.includes(lower) ? exactly([lower]) : UNKNOWN;
}

class Parser {
  position = 0;
  constructor(private readonly source: string) {}

  private peek(offset = 0): string | undefined {
    return this.source[this.position + offset];
  }

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.peek() === "|") {
      this.position++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
    // a match matches one branch: it contains a string of that branch's best set
    const best = branches.map(bestRequirement);
    const prefix = [...new Set(branches.flatMap((b) => b.prefix))];
    return {
      exact: exact && exact.length <= MAX_STRINGS ? exact : null,
      required: best.every((set) => set !== null) ? [[...new Set(best.flatMap((set) => set!))]] : [],
      prefix: prefix.length <= MAX_STRINGS ? prefix : [""],
      optional: branches.some((b) => b.optional),
    };
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.position < this.source.length && this.peek() !== "|" && this.peek() !== ")") items.push(this.quantified(this.atom()));
    // a match of a sequence contains a match of each of its items
    const candidates: string[][] = items.flatMap(allRequirements);
    // runs of exactly known pieces give longer strings: "cadre" + "s?" = cadre, cadres
    let run: string[][] = [];
    const closeRun = (): void => {
      const strings = run.length > 1 ? product(run) : null;
      if (strings && !strings.includes("")) candidates.push(strings);
      run = [];
    };
    for (const item of items) {
      if (item.exact) run.push(item.exact);
      else closeRun();
    }
    closeRun();
    const exact = items.every((item) => item.exact) ? product(items.map((item) => item.exact!)) : null;
    return { exact, required: candidates, prefix: prefixOf(items, 0), optional: items.every((item) => item.optional) };
  }

  private quantified(atom: Info): Info {
    const char = this.peek();
    let min: number;
    let max: number;
    if (char === "?") [min, max] = [0, 1];
    else if (char === "*") [min, max] = [0, Infinity];
    else if (char === "+") [min, max] = [1, Infinity];
    else if (char === "{") {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.position));
      if (!match) throw new Error("not a quantifier");
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
      this.position += match[0].length - 1;
    } else return atom;
    this.position++;
    if (this.peek() === "?") this.position++; // lazy
    if (min === 0) return max === 1 && atom.exact ? exactly([...new Set(["", ...atom.exact])]) : { ...UNKNOWN, prefix: atom.prefix, optional: true };
    if (min === 1 && max === 1) return atom;
    return { exact: null, required: allRequirements(atom), prefix: atom.prefix, optional: atom.optional };
  }

  private atom(): Info {
    const char = this.source[this.position++]!;
    switch (char) {
      case "(":
        return this.group();
      case "[":
        return this.characterClass();
      case "\\":
        return this.escape();
      case ".":
        return UNKNOWN;
      case "^":
      case "$":
        return EMPTY;
      default:
        return literal(char);
    }
  }

  private group(): Info {
    let lookaround = false;
    if (this.peek() === "?") {
      const rest = this.source.slice(this.position);
      if (rest.startsWith("?:")) this.position += 2;
      else if (/^\?<?[=!]/.test(rest)) {
        lookaround = true;
        this.position += rest[1] === "<" ? 3 : 2;
      } else if (rest.startsWith("?<")) this.position = this.source.indexOf(">", this.position) + 1;
      else throw new Error("unknown group");
    }
    const inner = this.alternation();
    if (this.source[this.position++] !== ")") throw new Error("unclosed group");
    // a look-around matches no characters of its own
    return lookaround ? EMPTY : inner;
  }

  private characterClass(): Info {
    const chars: string[] = [];
    let plain = this.peek() !== "^";
    while (this.position < this.source.length && this.peek() !== "]") {
      const char = this.source[this.position++]!;
      if (char === "\\") {
        this.position++;
        plain = false;
      } else if (char === "-" && chars.length > 0 && this.peek() !== "]") plain = false;
      else chars.push(char.toLowerCase());
    }
    if (this.source[this.position++] !== "]") throw new Error("unclosed class");
    const set = [...new Set(chars)];
    return plain && set.length > 0 && set.every((c) => c.length === 1 && ALPHABET.includes(c)) ? exactly(set) : UNKNOWN;
  }

  private escape(): Info {
    const char = this.source[this.position++];
    if (char === undefined) throw new Error("dangling escape");
    if (char === "b" || char === "B") return EMPTY;
    if (char === "p" || char === "P" || char === "u" || char === "x") {
      if (this.peek() === "{") this.position = this.source.indexOf("}", this.position) + 1;
      else this.position += char === "u" ? 4 : char === "x" ? 2 : 0;
      return UNKNOWN;
    }
    if (char === "k") {
      this.position = this.source.indexOf(">", this.position) + 1;
      return UNKNOWN; // a back-reference: anything, even nothing
    }
    if (char === "c") {
      this.position++;
      return UNKNOWN;
    }
    if (/[dDwWsStrnvf0-9]/.test(char)) return UNKNOWN;
    return literal(char);
  }
}
