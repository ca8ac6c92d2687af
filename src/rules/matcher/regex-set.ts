import { LiteralIndex, type LiteralScanner, type Occurrences } from "./literal-scanner.js";
import { requiredLiterals, requiredPrefixes } from "./literal-gate.js";
import { foldCase } from "./case-fold.js";
import { afterLeadingLookahead, BARRIER_CANDIDATES, barriersOf, consumedBarriersOf, firstAsciiOf, firstCharSource, leadingLookahead, leadSource, maxMatchLength, startsAtWordStart } from "./regex-shape.js";
import { isHighSurrogate, isLowSurrogate, wordCharBefore } from "./tokenize.js";

// Runs many regexes over a text, each where it can match only, with the
// matches a global search of the whole text gives. From each regex's source
// (see literal-gate.ts, regex-shape.ts) come:
// - sets of strings every match contains one of (its required literals):
//   one scan of the text finds them all (LiteralScanner), and a regex whose
//   strings are not all there does not run;
// - its barriers, chars it can never match: a match then lies between two
//   barriers (in a sentence, most often), and only the stretches holding all
//   its strings are searched;
// - the strings every match starts with (its prefixes), found by the same
//   scan: the regex is then tried (sticky) at those places only.

export interface RegexSource {
  source: string;
  flags: string;
}

interface Member {
  regex: RegexSource;
  /** literal ids, per required set */
  sets: number[][] | null;
  /** literal ids every match starts with */
  prefixes: number[] | null;
  /** the regex begins with (?<![\p{L}\p{N}…]): a match starts where a word does */
  atWordStart: boolean;
  /** its barrier chars as a mask of BARRIER_CANDIDATES bits (0: none), computed on first use */
  barriers?: number;
  /** the chars a match never consumes, as such a mask (barriers when not known) */
  consumedBarriers?: number;
  global?: RegExp;
  sticky?: RegExp;
}

const NO_USERS: number[] = [];

// Strings found nearly everywhere in English ("the", "and", and those inside
// frequent words: "heir" in "their") tell little about where a regex may
// match, yet make most of the scan's occurrences. A required set or a list of
// prefixes holding one is left out: the regex is then gated by its other
// sets, or searched in its stretches instead of tried at its prefixes, which
// changes where it runs, never what it finds.
const UBIQUITOUS = new Set("that with this from have they were been will more when your what them than then also into only over some said each which their there about would other heir here".split(" "));
const isTelling = (strings: readonly string[]): boolean => strings.every((string) => string.length > 3 && !UBIQUITOUS.has(string));
const telling = (strings: string[] | null): string[] | null => (strings && isTelling(strings) ? strings : null);
function tellingSets(sets: string[][] | null): string[][] | null {
  const kept = sets?.filter(isTelling) ?? [];
  return kept.length ? kept : null;
}

/**
 * The members (by index) that may match a text, in increasing order: those
 * with no required strings, and those one of whose first set's strings is in
 * it (found by way of the strings found, not by going through every member).
 */
class Candidates {
  private readonly usersOf: number[][];
  private readonly always: number[];
  /** per member: the generation of the last call that found it, ALWAYS for a member without required strings */
  private readonly stamps: Uint32Array;
  private generation = 0;

  constructor(sets: (number[][] | null)[], literalCount: number) {
    this.usersOf = Array.from({ length: literalCount }, () => []);
    this.always = [];
    this.stamps = new Uint32Array(sets.length);
    sets.forEach((memberSets, index) => {
      if (!memberSets) {
        this.always.push(index);
        this.stamps[index] = ALWAYS;
      } else for (const id of new Set(memberSets[0])) this.usersOf[id]!.push(index);
    });
  }

  of(literals: LiteralIndex): readonly number[] {
    return this.using(literals.found, literals.foundCount);
  }

  /** The members that may match a text holding the literals found[0..count) (and no others). */
  using(found: Int32Array, count: number): readonly number[] {
    const generation = ++this.generation;
    const { stamps } = this;
    let any = false;
    for (let k = 0; k < count; k++) {
      // a literal of another matcher sharing the index has no users here
      for (const index of this.usersOf[found[k]!] ?? NO_USERS) {
        if (stamps[index] === ALWAYS) continue;
        stamps[index] = generation;
        any = true;
      }
    }
    // most lines hold no literal of a line regex: those always tried, in order already
    if (!any) return this.always;
    // in order by one look at each member: cheaper than sorting the members found (a call to a comparator per step)
    const out: number[] = [];
    for (let index = 0; index < stamps.length; index++) if (stamps[index] === generation || stamps[index] === ALWAYS) out.push(index);
    return out;
  }
}

/** the stamp of a member tried on every text (generations count up from 1, far below it) */
const ALWAYS = 0xffffffff;

export class RegexSet {
  private readonly members: Member[];
  private readonly candidates: Candidates;
  /** the stretch stretches() looks at, and a test of it made once (a closure per stretch was garbage to collect) */
  private readonly stretch = { from: 0, end: 0 };
  private readonly withinStretch = (id: number): boolean => this.literals.within(id, this.stretch.from, this.stretch.end);

  /** `literals`: an index shared with other matchers, so that one scan of a text serves them all */
  constructor(
    regexes: readonly RegexSource[],
    private readonly literals = new LiteralIndex(),
  ) {
    this.members = regexes.map((regex): Member => {
      const literals = tellingSets(requiredLiterals(regex.source));
      // without a set, the regex would search every text whole: its prefixes, however common, are fewer places to try
      const prefixes = literals ? telling(requiredPrefixes(regex.source)) : requiredPrefixes(regex.source);
      return {
        regex,
        sets: literals && literals.map((set) => set.map((literal) => this.literals.scanner.add(literal))),
        prefixes: prefixes && prefixes.map((prefix) => this.literals.scanner.add(prefix)),
        atWordStart: startsAtWordStart(regex.source),
      };
    });
    this.candidates = new Candidates(
      this.members.map((member) => member.sets),
      this.literals.scanner.size,
    );
    this.literals.scanner.mark(BARRIER_CANDIDATES);
  }

  get size(): number {
    return this.members.length;
  }

  get scanner(): LiteralScanner {
    return this.literals.scanner;
  }

  /**
   * Calls back with each regex's matches in `text`, regex by regex in the
   * order given, each regex's matches in text order (match.index is into `text`).
   */
  forEachMatch(text: string, found: (index: number, match: RegExpExecArray) => void): void {
    const literals = this.literals;
    literals.load(text);
    for (const index of this.candidates.of(literals)) {
      const member = this.members[index]!;
      const { sets } = member;
      // a required set none of whose strings is in the text: no match
      if (sets && !everySet(sets, null, (id) => literals.has(id))) continue;
      const barriers = (member.barriers ??= barrierMask(barriersOf(member.regex.source, member.regex.flags)));
      // what a match holds lies between chars it never consumes (its look-arounds may see them): a tighter bound on where it starts
      const consumed = (member.consumedBarriers ??= barrierMask(consumedBarriersOf(member.regex.source, member.regex.flags)) || barriers);
      if (member.prefixes) {
        const stretches = sets ? this.stretches(member, text, consumed, false) : undefined;
        if (stretches && stretches.length === 0) continue;
        for (const match of execAt(this.sticky(member), text, this.starts(member, text, stretches))) found(index, match);
        continue;
      }
      if (sets && consumed !== barriers) {
        // only the look-arounds see some barriers, and the stretches between the others can be long (whole paragraphs):
        // tried at each place a match may start, from the stretch's start up to a string of the set with fewest
        const regions = this.stretches(member, text, consumed, true)!;
        if (regions.length > 0) for (const match of execAt(this.sticky(member), text, this.regionStarts(member, text, regions))) found(index, match);
        continue;
      }
      const stretches = sets ? this.stretches(member, text, barriers, false) : undefined;
      if (stretches && stretches.length === 0) continue;
      const global = (member.global ??= compile("", member.regex, "", "g"));
      if (!stretches) {
        for (const match of execAll(global, text)) found(index, match);
        continue;
      }
      for (let k = 0; k < stretches.length; k += 2) {
        const from = stretches[k]!;
        for (const match of execAll(global, text.slice(from, stretches[k + 1]!))) {
          match.index += from;
          found(index, match);
        }
      }
    }
  }

  private sticky(member: Member): RegExp {
    return (member.sticky ??= compile("", member.regex, "", "y"));
  }

  /**
   * The stretches of text between the barriers of `mask` that hold a string
   * of every required set, as [from, to) pairs in order; undefined when the
   * mask is empty (it may match anywhere). With `upToLead`, each ends just
   * after the last string of the leading set in it instead: a match holding
   * that string starts no later.
   */
  private stretches(member: Member, text: string, mask: number, upToLead: boolean): number[] | undefined {
    const literals = this.literals;
    if (mask === 0) return undefined;
    const sets = member.sets!;
    // the set with the fewest occurrences leads; the others are looked for in its stretches
    let lead = sets[0]!;
    let fewest = Infinity;
    for (const set of sets) {
      let count = 0;
      for (const id of set) count += literals.count(id);
      if (count < fewest) [lead, fewest] = [set, count];
    }
    const starts = lead.length === 1 ? literals.positions(lead[0]!) : mergedPositions(literals, lead);
    const out: number[] = [];
    let end = -1;
    let kept = false;
    for (let k = 0; k < starts.length; k++) {
      const start = starts[k]!;
      if (start < end) {
        // in the stretch just looked at
        if (kept && upToLead) out[out.length - 1] = start + 1;
        continue;
      }
      const stretch = this.stretch;
      barriersAround(literals.occurrences, text.length, mask, start, stretch);
      end = stretch.end;
      kept = everySet(sets, lead, this.withinStretch);
      if (kept) out.push(stretch.from, upToLead ? start + 1 : end);
    }
    return out;
  }

  /** Every place in these [from, to) regions where a match may start: at word starts when it asks for them, never inside a surrogate pair. */
  private regionStarts(member: Member, text: string, regions: number[]): number[] {
    const out: number[] = [];
    for (let k = 0; k < regions.length; k += 2) {
      for (let at = regions[k]!, to = regions[k + 1]!; at < to; at++) {
        if (isLowSurrogate(text.charCodeAt(at)) && at > 0 && isHighSurrogate(text.charCodeAt(at - 1))) continue;
        if (member.atWordStart && wordCharBefore(text, at)) continue;
        out.push(at);
      }
    }
    return out;
  }

  /** Where a match may start: the regex's prefixes, at word starts when it asks for them, within its stretches when it has them. */
  private starts(member: Member, text: string, stretches: number[] | undefined): number[] {
    const prefixes = member.prefixes!;
    const literals = this.literals;
    const all = prefixes.length === 1 ? literals.positions(prefixes[0]!) : mergedPositions(literals, prefixes);
    const out: number[] = [];
    let k = 0;
    for (let i = 0; i < all.length; i++) {
      const start = all[i]!;
      if (member.atWordStart && wordCharBefore(text, start)) continue;
      if (stretches) {
        while (k < stretches.length && stretches[k + 1]! <= start) k += 2;
        if (!(k < stretches.length && stretches[k]! <= start)) continue;
      }
      out.push(start);
    }
    return out;
  }
}

/** True when each set but `skip` has a literal that passes `test`. */
function everySet(sets: number[][], skip: number[] | null, test: (id: number) => boolean): boolean {
  for (const set of sets) {
    if (set === skip) continue;
    let found = false;
    for (let k = 0; k < set.length && !found; k++) found = test(set[k]!);
    if (!found) return false;
  }
  return true;
}

/** The positions of several literals, in increasing order, each once. */
function mergedPositions(literals: LiteralIndex, ids: number[]): Int32Array {
  let total = 0;
  for (const id of ids) total += literals.count(id);
  const all = new Int32Array(total);
  let at = 0;
  for (const id of ids) at = literals.copyPositions(id, all, at);
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
  return all.subarray(0, distinct);
}

/** The bit of each char of BARRIER_CANDIDATES, by code (all ASCII). */
const CANDIDATE_BIT = new Uint16Array(128);
for (let i = 0; i < BARRIER_CANDIDATES.length; i++) CANDIDATE_BIT[BARRIER_CANDIDATES.charCodeAt(i)] = 1 << i;

function barrierMask(chars: string): number {
  let mask = 0;
  for (let i = 0; i < chars.length; i++) mask |= CANDIDATE_BIT[chars.charCodeAt(i)]!;
  return mask;
}

/**
 * The stretch around `position` of a text whose scan is `scanned` (its
 * marks are the barrier candidates): from just after the last char of
 * `mask` before it to the first at or after it (the text's edges when there
 * is none), into `stretch`. The scan of the literals notes where the
 * candidates are as it goes: most regexes share the same barriers, and their
 * required strings the same sentences (walking from each occurrence to the
 * barriers around it went over those sentences again and again), and a pass
 * of its own cost as much as a third of the scan.
 */
function barriersAround(scanned: Occurrences, length: number, mask: number, position: number, stretch: { from: number; end: number }): void {
  const { markPositions: positions, markCodes: codes, markCount: count } = scanned;
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle]! < position) low = middle + 1;
    else high = middle;
  }
  let before = low - 1;
  while (before >= 0 && (CANDIDATE_BIT[codes[before]!]! & mask) === 0) before--;
  let after = low;
  while (after < count && (CANDIDATE_BIT[codes[after]!]! & mask) === 0) after++;
  stretch.from = before >= 0 ? positions[before]! + 1 : 0;
  stretch.end = after < count ? positions[after]! : length;
}

/**
 * The matches of a global expression, as text.matchAll(regex) gives them, but
 * without the copy of the expression that matchAll makes at every call.
 */
export function execAll(regex: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    matches.push(match);
    // an empty match moves on by one character (a whole code point in unicode mode), as matchAll does
    if (match[0] === "") regex.lastIndex = advance(text, regex.lastIndex, regex.unicode || regex.flags.includes("v"));
  }
  return matches;
}

/**
 * The matches a global search would find, when a match can start only at
 * `positions` (increasing): the sticky expression is tried at each position
 * not inside an earlier match.
 */
function execAt(sticky: RegExp, text: string, positions: number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const position of positions) {
    if (position < from) continue;
    sticky.lastIndex = position;
    const match = sticky.exec(text);
    if (!match) continue;
    matches.push(match);
    from = match[0] === "" ? position + 1 : position + match[0].length;
  }
  return matches;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}

/**
 * The RegExp of `before`, a regex and `after`, with the regex's flags but g
 * and y, and `extra`: the i flag folded away where foldCase() can (cheaper to
 * compile, the same matches). The regex is folded alone (its pieces are
 * whole parts of a pattern), so that the built-in cache can hold its folding.
 */
function compile(before: string, { source, flags }: RegexSource, after: string, extra = ""): RegExp {
  const folded = foldCase(source, flags.replace(/[gy]/g, ""));
  return new RegExp(before + folded.source + after, folded.flags + extra);
}

interface LineMember {
  sets: number[][] | null;
  /** matches the first char of any line the regex matches (built on first use); null when not known */
  first: (() => RegExp) | null;
  firstBuilt?: RegExp;
  /** what first gives for each ASCII char, "1" when it matches (its atoms match one code point each: the first char decides); see firstAsciiOf */
  firstAscii?: string;
  source: string;
  flags: string;
  /** matches the start of every line the regex matches (see leadSource; built on first use); null when not known */
  lead: (() => RegExp) | null;
  leadBuilt?: RegExp;
  /** the regex without its leading look-ahead, whole-line (built on first use); null when it has none */
  rest: (() => RegExp) | null;
  restBuilt?: RegExp;
  /** the longest line it can match */
  max: number;
  regex: () => RegExp;
  built?: RegExp;
}

/** The first-char test of a line regex whose first atoms are `first` (see linePieces): matches the first char of any line the regex matches. */
export const firstTest =
  (first: string, flags: string) =>
  (): RegExp =>
    compile("^", { source: first, flags }, "");

/**
 * The parts of a line regex LineSet also compiles alone, with its flags
 * (null where it has none): the atoms a line it matches can begin with (see
 * firstCharSource), its lead (see leadSource) and what follows its leading
 * look-ahead (see afterLeadingLookahead).
 */
export function linePieces(source: string, flags: string): { first: string | null; lead: string | null; rest: string | null } {
  return { first: flags.includes("m") ? null : firstCharSource(source, flags), lead: leadSource(source, flags), rest: afterLeadingLookahead(source) };
}

/**
 * Regexes that must match a whole line: the first that does, for a line,
 * tried only on lines no longer than it can match and holding its required
 * strings (a prose paragraph is one long line: most line regexes never run).
 */
export class LineSet {
  private readonly members: LineMember[];
  private readonly longest: number;
  private readonly candidates: Candidates;
  /** the literals of the line being tested: lineLiterals[0..lineCount), stamped with its generation in lineStamps */
  private lineLiterals = new Int32Array(64);
  private lineCount = 0;
  private lineStamps = new Uint32Array(0);
  private lineGeneration = 0;
  private readonly inLine = (id: number): boolean => this.lineStamps[id] === this.lineGeneration;
  private readonly addLineLiteral = (id: number): void => {
    if (this.lineStamps[id] === this.lineGeneration) return;
    this.lineStamps[id] = this.lineGeneration;
    if (this.lineCount === this.lineLiterals.length) {
      const more = new Int32Array(this.lineCount * 2);
      more.set(this.lineLiterals);
      this.lineLiterals = more;
    }
    this.lineLiterals[this.lineCount++] = id;
  };

  /** `literals`: as for RegexSet */
  constructor(
    regexes: readonly RegexSource[],
    private readonly literals = new LiteralIndex(),
  ) {
    this.members = regexes.map(({ source, flags }): LineMember => {
      // what a look-ahead at its start requires is in the line too (it looks at the rest of the line)
      const ahead = leadingLookahead(source);
      const { first, lead, rest } = linePieces(source, flags);
      const literals = tellingSets([...(requiredLiterals(source) ?? []), ...((ahead !== null && requiredLiterals(ahead)) || [])]);
      return {
        sets: literals && literals.map((set) => set.map((literal) => this.literals.scanner.add(literal))),
        max: flags.includes("m") ? Infinity : maxMatchLength(source, flags),
        first: first === null ? null : firstTest(first, flags),
        source,
        flags,
        lead: lead === null ? null : () => compile("^(?:", { source: lead, flags }, ")"),
        rest: rest === null ? null : () => compile("^(?:", { source: rest, flags }, ")$"),
        regex: () => compile("^(?:", { source, flags }, ")$"),
      };
    });
    this.longest = Math.max(0, ...this.members.map((member) => member.max));
    this.candidates = new Candidates(
      this.members.map((member) => member.sets),
      this.literals.scanner.size,
    );
  }

  get scanner(): LiteralScanner {
    return this.literals.scanner;
  }

  /** The index of the first regex matching the whole of text[from, to), -1 when none does. */
  firstMatch(text: string, from: number, to: number): number {
    if (to - from > this.longest) return -1;
    // the index may be shared: another matcher may have loaded another text since
    this.literals.load(text);
    // the literals of the line, and the regexes one of whose first set's strings is among them
    if (this.lineStamps.length < this.literals.scanner.size) {
      this.lineStamps = new Uint32Array(this.literals.scanner.size);
      this.lineGeneration = 0;
    }
    this.lineGeneration++;
    this.lineCount = 0;
    this.literals.forEachWithin(from, to, this.addLineLiteral);
    let content: string | undefined;
    for (const index of this.candidates.using(this.lineLiterals, this.lineCount)) {
      const member = this.members[index]!;
      if (to - from > member.max) continue;
      if (member.sets && !everySet(member.sets, null, this.inLine)) continue;
      // a cheap test first: most prose lines cannot even start a page-chrome line (and big regexes are slow to compile)
      if (member.first && !this.mayStart(member, text, from, to)) continue;
      content ??= text.slice(from, to);
      if (member.lead && !(member.leadBuilt ??= member.lead()).test(content)) continue;
      if (member.rest && !(member.restBuilt ??= member.rest()).test(content)) continue;
      if ((member.built ??= member.regex()).test(content)) return index;
    }
    return -1;
  }

  /** Whether a member's first-char test passes the line text[from, to). */
  private mayStart(member: LineMember, text: string, from: number, to: number): boolean {
    const first = (): RegExp => (member.firstBuilt ??= member.first!());
    const code = text.charCodeAt(from);
    if (code >= 128) return first().test(text.slice(from, to));
    member.firstAscii ??= firstAsciiOf(member.source, member.flags, first);
    return member.firstAscii.charCodeAt(code) === 49; // "1"
  }
}
