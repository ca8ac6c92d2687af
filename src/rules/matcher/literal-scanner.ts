import { ALPHABET_SIZE, alphabetIndex, foldedIndex } from "./literal-gate.js";
import type { MatcherStore } from "./matcher-store.js";
import { prebuiltMatchers, type StoredAutomaton } from "./prebuilt.js";
import { isPhraseSpace } from "./tokenize.js";

// Where the required strings of the dictionary's regexes occur in a text, in
// one pass over it whatever their number: an Aho–Corasick automaton over the
// case-folded alphabet of those strings (letters, digits, ' . -). The regexes
// then run only where their strings are (see regex-set.ts).
//
// A literal may also be words separated by single spaces (the anchors of
// phrases, see token-trie.ts): a space in it stands for a run of the white
// space that separates a phrase's words (isPhraseSpace), as if each such run
// of the text were one space. The length of the run is not known when the
// literal ends, so such an occurrence is reported as that of its last word:
// its start and lengthOf() are those of the part after the last space.

/**
 * Occurrences of one scan: literal ids[i] starts at starts[i]; in increasing
 * order of end. And where the marked chars are (see LiteralScanner.mark):
 * markCodes[k] at markPositions[k], in increasing order of position.
 */
export interface Occurrences {
  count: number;
  ids: Int32Array;
  starts: Int32Array;
  markCount: number;
  markPositions: Int32Array;
  markCodes: Uint8Array;
}

const FOLDED_LITERAL = /^[a-z0-9'.-]+(?: [a-z0-9'.-]+)*$/;

// classes of the automaton: the alphabet, one for every other char, one for phrase white space
const OTHER = ALPHABET_SIZE;
const SPACE = ALPHABET_SIZE + 1;
const WIDTH = ALPHABET_SIZE + 2;

export class LiteralScanner {
  private readonly literals: string[] = [];
  private readonly reported: number[] = [];
  private readonly idOf = new Map<string, number>();
  private automaton?: Automaton;
  private lastText?: string;
  private last: Occurrences = { count: 0, ids: new Int32Array(64), starts: new Int32Array(64), markCount: 0, markPositions: new Int32Array(64), markCodes: new Uint8Array(64) };
  /** per ASCII code: its class in the automaton, plus MARKED for a marked char */
  private readonly classes = Uint8Array.from(FOLD);

  /** `store`: where an automaton built for other literals than the built-in dictionaries' is looked for and kept (see MatcherStore) */
  constructor(private readonly store?: MatcherStore) {}

  /** The id of a literal (lower case, alphabet chars only, or such words separated by single spaces), added once. */
  add(literal: string): number {
    let id = this.idOf.get(literal);
    if (id === undefined) {
      if (this.automaton) throw new Error("LiteralScanner: add() after the first scan");
      if (!FOLDED_LITERAL.test(literal)) throw new Error(`LiteralScanner: ${JSON.stringify(literal)} is not a folded literal`);
      this.idOf.set(literal, (id = this.literals.length));
      this.literals.push(literal);
      this.reported.push(reportedLength(literal));
    }
    return id;
  }

  private built(): Automaton {
    if (this.automaton) return this.automaton;
    const key = this.literals.join("\n");
    // the store first: a start that finds a user dictionary's automaton there does not read the build's file
    const stored = this.store?.automaton(key) ?? prebuiltMatchers().automata.get(key);
    if (stored) return (this.automaton = restore(stored));
    this.automaton = build(this.literals);
    this.store?.keepAutomaton(this.stored());
    return this.automaton;
  }

  useAutomaton(automaton: Automaton): void {
    this.automaton = automaton;
  }

  /** The automaton as the build step stores it (see prebuilt.ts). */
  stored(): StoredAutomaton {
    const { steps, outputStart, outputs } = this.built();
    return { literals: this.literals.join("\n"), steps, outputStart, outputs };
  }

  /**
   * Has the scan also note where these ASCII chars are (Occurrences.markCodes):
   * a matcher that needs them (the barriers of RegexSet) then makes no pass
   * of its own over the text.
   */
  mark(chars: string): void {
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i);
      if (code >= 128) throw new Error("LiteralScanner: only ASCII chars are marked");
      this.classes[code] = FOLD[code]! | MARKED;
    }
    this.lastText = undefined;
  }

  /** The length of an occurrence of literal `id` as the scan reports it (see above). */
  lengthOf(id: number): number {
    return this.reported[id]!;
  }

  get size(): number {
    return this.literals.length;
  }

  /** Every occurrence of every literal in `text` (case-folded as /iu regexes fold); the last result is reused for the same text. */
  scan(text: string): Occurrences {
    if (text === this.lastText) return this.last;
    const { steps, outputStart, outputs, lengths } = this.built();
    const classes = this.classes;
    let { ids, starts, markPositions, markCodes } = this.last;
    let count = 0;
    let markCount = 0;
    let row = 0;
    const length = text.length;
    // one table look-up per char; a state where literals end comes as a negative step
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      let index: number;
      if (code < 128) {
        index = classes[code]!;
        if (index >= MARKED) {
          index -= MARKED;
          if (markCount === markPositions.length) {
            markPositions = grow(markPositions);
            markCodes = growBytes(markCodes);
          }
          markPositions[markCount] = i;
          markCodes[markCount] = code;
          markCount++;
        }
      } else index = isPhraseSpace(code) ? SPACE : foldedIndex(code);
      const step = steps[row + index]!;
      if (step >= 0) {
        row = step;
        continue;
      }
      row = ~step;
      const state = row / WIDTH;
      for (let k = outputStart[state]!, to = outputStart[state + 1]!; k < to; k++) {
        if (count === ids.length) {
          ids = grow(ids);
          starts = grow(starts);
        }
        const id = outputs[k]!;
        ids[count] = id;
        starts[count] = i + 1 - lengths[id]!;
        count++;
      }
    }
    this.lastText = text;
    this.last = { count, ids, starts, markCount, markPositions, markCodes };
    return this.last;
  }
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function growBytes(array: Uint8Array): Uint8Array {
  const bigger = new Uint8Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

// The automata of the built-in dictionaries are made at build time (see
// prebuilt.ts), a user dictionary's kept from its first run (see
// MatcherStore): building one costs some 20 ms at each start. One is used
// only for exactly the literals it was made from.
function restore({ literals, steps, outputStart, outputs }: StoredAutomaton): Automaton {
  return { steps, outputStart, outputs, lengths: Int32Array.from(literals.split("\n"), reportedLength) };
}

/** The length of an occurrence as the scan reports it: that of the part after the last space. */
const reportedLength = (literal: string): number => literal.length - literal.lastIndexOf(" ") - 1;

/** A scanner made from a stored automaton, as a run gets it from the build (for tests). */
export function restoredScanner(automaton: StoredAutomaton): LiteralScanner {
  const scanner = new LiteralScanner();
  for (const literal of automaton.literals.split("\n")) scanner.add(literal);
  scanner.useAutomaton(restore(automaton));
  return scanner;
}

const FOLD = Uint8Array.from({ length: 128 }, (_, code) => (isPhraseSpace(code) ? SPACE : foldedIndex(code)));
/** added to the class of a marked char (classes are below WIDTH) */
const MARKED = 64;

export interface Automaton {
  /**
   * The transition table as the scan walks it: the step from row state ×
   * WIDTH on a char class is the next state's row, or its complement (a
   * negative number) when literals end there, so that a state without
   * outputs costs no other look-up.
   */
  steps: Int32Array;
  /** the literals ending at state s are outputs[outputStart[s]..outputStart[s + 1]) */
  outputStart: Int32Array;
  outputs: Int32Array;
  lengths: Int32Array;
}

/** The automaton as a full transition table, each state with the literals that end there. */
function build(literals: string[]): Automaton {
  // the trie of the literals
  const children: Int32Array[] = [new Int32Array(WIDTH).fill(-1)];
  const own: number[][] = [[]];
  // the states entered by a space
  const afterSpace: number[] = [];
  literals.forEach((literal, id) => {
    let state = 0;
    for (const char of literal) {
      const c = char === " " ? SPACE : alphabetIndex(char);
      if (children[state]![c] === -1) {
        children[state]![c] = children.length;
        if (c === SPACE) afterSpace.push(children.length);
        children.push(new Int32Array(WIDTH).fill(-1));
        own.push([]);
      }
      state = children[state]![c]!;
    }
    own[state]!.push(id);
  });
  // breadth first: failure links, missing edges filled from the failure state, outputs merged
  const states = children.length;
  const next = new Int32Array(states * WIDTH);
  const fail = new Int32Array(states);
  const outputs: (number[] | undefined)[] = new Array(states);
  const queue: number[] = [];
  for (let c = 0; c < WIDTH; c++) {
    const child = c === OTHER ? -1 : children[0]![c]!;
    next[c] = child === -1 ? 0 : child;
    if (child !== -1) queue.push(child);
  }
  outputs[0] = undefined;
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const merged = [...own[state]!, ...(outputs[fail[state]!] ?? [])];
    outputs[state] = merged.length ? merged : undefined;
    for (let c = 0; c < WIDTH; c++) {
      const child = c === OTHER ? -1 : children[state]![c]!;
      if (child === -1) next[state * WIDTH + c] = next[fail[state]! * WIDTH + c]!;
      else {
        fail[child] = next[fail[state]! * WIDTH + c]!;
        next[state * WIDTH + c] = child;
        queue.push(child);
      }
    }
  }
  // a run of spaces reads as one: a state entered by a space stays on the next
  // (any other state goes to the root on a space, as no literal begins with one)
  for (const state of afterSpace) next[state * WIDTH + SPACE] = state;
  const outputStart = new Int32Array(states + 1);
  for (let state = 0; state < states; state++) outputStart[state + 1] = outputStart[state]! + (outputs[state]?.length ?? 0);
  const flat = new Int32Array(outputStart[states]!);
  for (let state = 0; state < states; state++) flat.set(outputs[state] ?? [], outputStart[state]!);
  const steps = new Int32Array(next.length);
  for (let i = 0; i < next.length; i++) {
    const state = next[i]!;
    steps[i] = outputStart[state] === outputStart[state + 1] ? state * WIDTH : ~(state * WIDTH);
  }
  return { steps, outputStart, outputs: flat, lengths: Int32Array.from(literals, reportedLength) };
}

/**
 * The literals of a scanner with where they start in the text loaded last,
 * by literal id. Loading a text only stamps the literals found; their
 * positions are sorted out (by id, in one counting pass over the scan) the
 * first time some are asked for, which few texts need.
 */
export class LiteralIndex {
  readonly scanner: LiteralScanner;
  private stamps = new Uint32Array(0);
  private generation = 0;
  private loaded?: string;
  private scanned?: Occurrences;
  /**
   * positions of the literals found, grouped by id: literal id's are
   * sorted[first[id]..end[id]), valid for the ids found in the loaded text only
   */
  private sorted?: Int32Array;
  private first = new Int32Array(0);
  private end = new Int32Array(0);
  /** the distinct literals of the loaded text, in order of first occurrence: found[0..foundCount) */
  found = new Int32Array(0);
  foundCount = 0;

  /** `store`: see LiteralScanner */
  constructor(store?: MatcherStore) {
    this.scanner = new LiteralScanner(store);
  }

  load(text: string): void {
    if (text === this.loaded) return;
    const occurrences = this.scanner.scan(text);
    if (this.stamps.length < this.scanner.size) {
      this.stamps = new Uint32Array(this.scanner.size);
      this.first = new Int32Array(this.scanner.size);
      this.end = new Int32Array(this.scanner.size);
      this.found = new Int32Array(this.scanner.size);
      this.generation = 0;
    }
    const generation = ++this.generation;
    const { count, ids } = occurrences;
    const { stamps, found } = this;
    let foundCount = 0;
    for (let i = 0; i < count; i++) {
      const id = ids[i]!;
      if (stamps[id] === generation) continue;
      stamps[id] = generation;
      found[foundCount++] = id;
    }
    this.foundCount = foundCount;
    this.loaded = text;
    this.scanned = occurrences;
    this.sorted = undefined;
  }

  /** Every occurrence in the loaded text, in increasing order of end. */
  get occurrences(): Occurrences {
    return this.scanned ?? EMPTY_OCCURRENCES;
  }

  has(id: number): boolean {
    return this.stamps[id] === this.generation;
  }

  /** Where literal `id` starts in the loaded text, in increasing order. */
  positions(id: number): Int32Array {
    if (!this.has(id)) return EMPTY;
    const sorted = (this.sorted ??= this.sort());
    return sorted.subarray(this.first[id]!, this.end[id]!);
  }

  // count, copyPositions and within read the positions in place: a view of them per call was most of what the regex set allocated

  /** How many times literal `id` occurs in the loaded text. */
  count(id: number): number {
    if (!this.has(id)) return 0;
    this.sorted ??= this.sort();
    return this.end[id]! - this.first[id]!;
  }

  /** Copies positions(id) into `into` from index `at`; returns the index after them. */
  copyPositions(id: number, into: Int32Array, at: number): number {
    if (!this.has(id)) return at;
    const sorted = (this.sorted ??= this.sort());
    for (let k = this.first[id]!, to = this.end[id]!; k < to; k++) into[at++] = sorted[k]!;
    return at;
  }

  // A counting sort over the literals found only: its cost grows with the
  // occurrences and the distinct literals of the text, not with the number of
  // literals the dictionaries have (a pass over those per paragraph was a
  // tenth of a site check's matching time).
  private sort(): Int32Array {
    const { count, ids, starts } = this.scanned!;
    const { first, end, found, foundCount } = this;
    for (let k = 0; k < foundCount; k++) end[found[k]!] = 0;
    for (let i = 0; i < count; i++) end[ids[i]!]!++;
    let at = 0;
    for (let k = 0; k < foundCount; k++) {
      const id = found[k]!;
      const occurrences = end[id]!;
      first[id] = end[id] = at;
      at += occurrences;
    }
    const sorted = new Int32Array(count);
    // occurrences come in order of their end; for one literal (one length) that is the order of their start
    for (let i = 0; i < count; i++) sorted[end[ids[i]!]!++] = starts[i]!;
    return sorted;
  }

  /**
   * Calls back with the id of each occurrence lying wholly within [from, to)
   * of the loaded text (an id as often as it occurs there): occurrences come
   * in order of their end, so those are found by a binary search and a walk
   * over the ones ending by `to`.
   */
  forEachWithin(from: number, to: number, found: (id: number) => void): void {
    const { count, ids, starts } = this.occurrences;
    const { scanner } = this;
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! + scanner.lengthOf(ids[middle]!) <= from) low = middle + 1;
      else high = middle;
    }
    for (let k = low; k < count; k++) {
      const id = ids[k]!;
      if (starts[k]! + scanner.lengthOf(id) > to) break;
      if (starts[k]! >= from) found(id);
    }
  }

  /** True when literal `id` occurs wholly within [from, to) of the loaded text. */
  within(id: number, from: number, to: number): boolean {
    if (!this.has(id)) return false;
    const sorted = (this.sorted ??= this.sort());
    const last = this.end[id]!;
    let low = this.first[id]!;
    let high = last;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return low < last && sorted[low]! + this.scanner.lengthOf(id) <= to;
  }
}

const EMPTY = new Int32Array(0);
const EMPTY_OCCURRENCES: Occurrences = { count: 0, ids: EMPTY, starts: EMPTY, markCount: 0, markPositions: EMPTY, markCodes: new Uint8Array(0) };
