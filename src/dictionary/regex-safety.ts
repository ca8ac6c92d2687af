// Finds regular expressions that can backtrack catastrophically, so that a
// dictionary entry can be rejected when it is loaded instead of hanging a run
// on some unlucky paragraph. JavaScript's regex engine backtracks: when a loop
// can match the same text in two different ways ((a+)+, (a|a)*, (\w+\s?)+),
// a failing match tries every combination, 2^n of them for n characters.
//
// The check is the one of Weideman et al. ("Analyzing matching time behavior
// of backtracking regular expression matchers by using ambiguity of NFA",
// 2016): build the expression's NFA, then look in the product of the NFA with
// itself for a loop that passes through a diagonal state (q,q) and an
// off-diagonal one (p,p'): two different paths from q back to q over the same
// text, which is exponential ambiguity. Characters are compared on a sample
// alphabet (ASCII, common Latin, Chinese and full-width characters), each
// atom (a character, a class, \w...) being the set of samples it matches.
// Polynomial backtracking (\s*\s*x) is not rejected: it is bounded by the
// length of a paragraph, and input size by --max-file-size.

export interface BacktrackingRisk {
  /** the smallest loop that is ambiguous, as written in the expression */
  fragment: string;
  /** one sentence, for messages */
  reason: string;
}

// ---------- parsing ----------

type Node =
  | { type: "atom"; source: string }
  | { type: "empty" } // assertions, backreferences, lookarounds: they consume nothing
  | { type: "seq"; items: Node[] }
  | { type: "alt"; options: Node[] }
  | { type: "repeat"; body: Node; min: number; max: number; source: string };

interface Parsed {
  root: Node;
  /** lookaround bodies: checked on their own, since they run as their own matches */
  lookarounds: Node[];
}

class Parser {
  private pos = 0;
  readonly lookarounds: Node[] = [];
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.pos < this.source.length) throw new Error(`unexpected "${this.source[this.pos]}"`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.source[this.pos] === "|") {
      this.pos++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { type: "alt", options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.pos < this.source.length && this.source[this.pos] !== "|" && this.source[this.pos] !== ")") {
      const start = this.pos;
      const atom = this.atom();
      items.push(this.quantified(atom, start));
    }
    return { type: "seq", items };
  }

  private quantified(atom: Node, start: number): Node {
    const s = this.source;
    let min: number;
    let max: number;
    const char = s[this.pos];
    if (char === "*") [min, max] = [0, Infinity];
    else if (char === "+") [min, max] = [1, Infinity];
    else if (char === "?") [min, max] = [0, 1];
    else if (char === "{") {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.pos));
      if (!match) return atom;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
      this.pos += match[0].length - 1;
    } else return atom;
    this.pos++;
    if (s[this.pos] === "?") this.pos++; // laziness changes the order of tries, not their number
    return this.quantified({ type: "repeat", body: atom, min, max, source: s.slice(start, this.pos) }, start);
  }

  private atom(): Node {
    const s = this.source;
    const start = this.pos;
    const char = s[this.pos]!;
    if (char === "(") {
      this.pos++;
      let lookaround = false;
      if (s.startsWith("?:", this.pos)) this.pos += 2;
      else if (s.startsWith("?=", this.pos) || s.startsWith("?!", this.pos)) [this.pos, lookaround] = [this.pos + 2, true];
      else if (s.startsWith("?<=", this.pos) || s.startsWith("?<!", this.pos)) [this.pos, lookaround] = [this.pos + 3, true];
      else if (s.startsWith("?<", this.pos)) this.pos = s.indexOf(">", this.pos) + 1;
      const body = this.alternation();
      if (s[this.pos] !== ")") throw new Error("unclosed group");
      this.pos++;
      if (lookaround) {
        this.lookarounds.push(body);
        return { type: "empty" };
      }
      return body;
    }
    if (char === "[") {
      this.pos++;
      if (s[this.pos] === "^") this.pos++;
      if (s[this.pos] === "]") this.pos++;
      while (this.pos < s.length && s[this.pos] !== "]") this.pos += s[this.pos] === "\\" ? 2 : 1;
      this.pos++;
      return { type: "atom", source: s.slice(start, this.pos) };
    }
    if (char === "^" || char === "$") {
      this.pos++;
      return { type: "empty" };
    }
    if (char === "\\") {
      const next = s[this.pos + 1] ?? "";
      if (next === "b" || next === "B") {
        this.pos += 2;
        return { type: "empty" };
      }
      const reference = /^\\(?:[1-9]\d*|k<[^>]+>)/.exec(s.slice(this.pos));
      if (reference) {
        // a backreference repeats a group's text; treated as matching nothing, which can only miss a risk, never invent one
        this.pos += reference[0].length;
        return { type: "empty" };
      }
      const escape = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[\s\S])/.exec(s.slice(this.pos))!;
      this.pos += escape[0].length;
      return { type: "atom", source: escape[0] };
    }
    // one code point (an astral character is two UTF-16 units)
    const codePoint = String.fromCodePoint(s.codePointAt(this.pos)!);
    this.pos += codePoint.length;
    return { type: "atom", source: codePoint };
  }
}

function parse(source: string): Parsed {
  const parser = new Parser(source);
  return { root: parser.parse(), lookarounds: parser.lookarounds };
}

// ---------- character sets over a sample alphabet ----------

const SAMPLES = [
  ..."\t\n\r\v\f",
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)),
  ..."\u00a0\u3000\u2028\u200b\u0085",
  ..."éÉèàçñßøÅÆœŒΩαжЖ",
  ..."中国学校会议的了。，、；：？！（）【】《》「」“”‘’—…·",
  ..."ＡａＺｚ０９：",
  ..."ーのア한ㄅ",
  "😀",
  "𠀀",
];

type Bits = Uint32Array;
const WORDS = Math.ceil((SAMPLES.length + 64) / 32);

/** Sample sets of atoms, shared by every analysis in this process (\s, \p{L} and the like recur). */
const SAMPLE_SETS = new Map<string, Bits>();

/** Each atom's set of sample characters; an atom that matches none of them gets a symbol of its own. */
class Alphabet {
  private readonly cache = new Map<string, Bits>();
  private nextPrivate = SAMPLES.length;
  constructor(private readonly flags: string) {}

  bits(source: string): Bits {
    let bits = this.cache.get(source) ?? SAMPLE_SETS.get(`${this.flags}/${source}`);
    if (bits) return bits;
    bits = new Uint32Array(WORDS + 4);
    const regex = new RegExp(`^(?:${source})$`, this.flags);
    SAMPLES.forEach((sample, index) => {
      if (regex.test(sample)) bits![index >> 5]! |= 1 << (index & 31);
    });
    if (bits.every((word) => word === 0)) {
      const index = Math.min(this.nextPrivate++, (WORDS + 4) * 32 - 1);
      bits[index >> 5]! |= 1 << (index & 31);
    } else SAMPLE_SETS.set(`${this.flags}/${source}`, bits);
    this.cache.set(source, bits);
    return bits;
  }
}

const overlap = (a: Bits, b: Bits): boolean => a.some((word, index) => (word & b[index]!) !== 0);

// ---------- NFA ----------

/** Bounded repeats are unrolled up to this many copies; larger bounds are ambiguous exactly when unbounded ones are. */
const MAX_COPIES = 12;
/** Beyond this the expression is not analysed (it is accepted): the check must stay fast at load time. */
const MAX_STATES = 4000;
const MAX_PAIRS = 300_000;

class TooLarge extends Error {}

class Nfa {
  readonly epsilon: number[][] = [];
  readonly edges: { bits: Bits; to: number }[][] = [];
  constructor(private readonly alphabet: Alphabet) {}

  state(): number {
    if (this.edges.length >= MAX_STATES) throw new TooLarge();
    this.epsilon.push([]);
    this.edges.push([]);
    return this.edges.length - 1;
  }

  build(node: Node, from: number): number {
    switch (node.type) {
      case "empty":
        return from;
      case "atom": {
        const to = this.state();
        this.edges[from]!.push({ bits: this.alphabet.bits(node.source), to });
        return to;
      }
      case "seq":
        return node.items.reduce((state, item) => this.build(item, state), from);
      case "alt": {
        const end = this.state();
        for (const option of node.options) {
          const start = this.state();
          this.epsilon[from]!.push(start);
          this.epsilon[this.build(option, start)]!.push(end);
        }
        return end;
      }
      case "repeat": {
        const min = Math.min(node.min, MAX_COPIES);
        const max = node.max - node.min > MAX_COPIES ? Infinity : min + (node.max - node.min);
        let state = from;
        for (let i = 0; i < min; i++) state = this.build(node.body, state);
        if (max === Infinity) {
          const loop = this.state();
          this.epsilon[state]!.push(loop);
          this.epsilon[this.build(node.body, loop)]!.push(loop);
          return loop;
        }
        const end = this.state();
        for (let i = min; i < max; i++) {
          this.epsilon[state]!.push(end);
          state = this.build(node.body, state);
        }
        this.epsilon[state]!.push(end);
        return end;
      }
    }
  }

  /**
   * The ε-free transitions of a state, each with the number of distinct
   * ε-paths that lead to it (1, or 2 meaning "more than one"): two ways to
   * reach the same character step are two ways to match.
   */
  closure(state: number): { bits: Bits; to: number; paths: number }[] {
    const count = new Map<number, number>([[state, 1]]);
    // relax path counts to a fixed point; capped at 2, so ε-cycles end too
    let changed = true;
    while (changed) {
      changed = false;
      const next = new Map<number, number>([[state, 1]]);
      for (const [from, paths] of count) {
        for (const to of this.epsilon[from]!) next.set(to, Math.min(2, (next.get(to) ?? 0) + paths));
      }
      for (const [to, paths] of next) {
        if ((count.get(to) ?? 0) !== paths) changed = true;
      }
      if (changed) {
        count.clear();
        for (const [to, paths] of next) count.set(to, paths);
      }
    }
    const out: { bits: Bits; to: number; paths: number }[] = [];
    for (const [from, paths] of count) for (const edge of this.edges[from]!) out.push({ ...edge, paths });
    return out;
  }
}

/** True when some loop of the expression can match one text in two ways. */
function exponentiallyAmbiguous(node: Node, flags: string): boolean {
  const nfa = new Nfa(new Alphabet(flags));
  const start = nfa.state();
  nfa.build(node, start);
  const states = [start, ...new Set(nfa.edges.flat().map((edge) => edge.to))];
  const moves = new Map(states.map((state) => [state, nfa.closure(state)]));

  // the product graph, from every diagonal pair
  const key = (p: number, q: number): number => p * MAX_STATES + q;
  const successors = new Map<number, number[]>();
  /** diagonal-to-diagonal steps that take two different transitions */
  const forks = new Set<string>();
  const queue = states.map((state) => key(state, state));
  const seen = new Set(queue);
  while (queue.length) {
    const pair = queue.pop()!;
    const p = Math.floor(pair / MAX_STATES);
    const q = pair % MAX_STATES;
    const list: number[] = [];
    const left = moves.get(p)!;
    const right = moves.get(q)!;
    left.forEach((a, i) => {
      right.forEach((b, j) => {
        if (!overlap(a.bits, b.bits)) return;
        const target = key(a.to, b.to);
        list.push(target);
        if (p === q && a.to === b.to && (i !== j || a.paths > 1)) forks.add(`${pair}>${target}`);
        if (!seen.has(target)) {
          if (seen.size >= MAX_PAIRS) throw new TooLarge();
          seen.add(target);
          queue.push(target);
        }
      });
    });
    successors.set(pair, list);
  }

  // strongly connected components (iterative Tarjan)
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const component = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  let counter = 0;
  let components = 0;
  for (const root of seen) {
    if (index.has(root)) continue;
    const work: [number, number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const [vertex, edge] = frame;
      const next = successors.get(vertex)!;
      if (edge < next.length) {
        frame[1]++;
        const target = next[edge]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push([target, 0]);
        } else if (onStack.has(target)) low.set(vertex, Math.min(low.get(vertex)!, index.get(target)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(vertex)!));
      }
      if (low.get(vertex) === index.get(vertex)) {
        let member: number;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.set(member, components);
        } while (member !== vertex);
        components++;
      }
    }
  }

  const isDiagonal = (pair: number): boolean => Math.floor(pair / MAX_STATES) === pair % MAX_STATES;
  const hasDiagonal = new Set<number>();
  const hasOffDiagonal = new Set<number>();
  for (const [pair, id] of component) (isDiagonal(pair) ? hasDiagonal : hasOffDiagonal).add(id);
  for (const id of hasDiagonal) if (hasOffDiagonal.has(id)) return true;
  for (const fork of forks) {
    const [from, to] = fork.split(">").map(Number) as [number, number];
    if (component.get(from) === component.get(to)) return true;
  }
  return false;
}

type Repeat = Node & { type: "repeat" };

/** The loops of an expression, innermost first. */
function loops(node: Node): Repeat[] {
  const inner = node.type === "seq" ? node.items.flatMap(loops) : node.type === "alt" ? node.options.flatMap(loops) : node.type === "repeat" ? loops(node.body) : [];
  return node.type === "repeat" && node.max > 1 ? [...inner, node] : inner;
}

/**
 * A bounded repeat of an ambiguous body, (.*a){12}, is no exponential loop
 * but tries about n^12 ways: as bad. From ten repetitions on, a bounded
 * repeat is judged as if it were unbounded; below that the cost stays a
 * modest constant factor (an entry's {0,5} words is fine).
 */
const HIGH_DEGREE = 10;

function riskyLoop(loop: Repeat, flags: string): boolean {
  const judged: Repeat = loop.max !== Infinity && loop.max >= HIGH_DEGREE ? { ...loop, max: Infinity } : loop;
  try {
    return exponentiallyAmbiguous(judged, flags);
  } catch {
    return false;
  }
}

/**
 * Checks an expression (as written in a dictionary, compiled with `flags`);
 * returns the risk, or undefined when it cannot backtrack exponentially (or
 * is too large to analyse, which a dictionary regex never is).
 */
export function backtrackingRisk(source: string, flags = "u"): BacktrackingRisk | undefined {
  let parsed: Parsed;
  try {
    parsed = parse(source);
  } catch {
    return undefined; // not our syntax to judge: new RegExp reports real syntax errors
  }
  const testFlags = flags.replace(/[gy]/g, "");
  for (const root of [parsed.root, ...parsed.lookarounds]) {
    let ambiguous: boolean;
    try {
      ambiguous = exponentiallyAmbiguous(root, testFlags);
    } catch (error) {
      if (!(error instanceof TooLarge)) throw error;
      ambiguous = false;
    }
    // name the smallest loop that is ambiguous on its own (bounded ones count from ten repetitions)
    const culprit = loops(root).find((loop) => (ambiguous || (loop.max !== Infinity && loop.max >= HIGH_DEGREE)) && riskyLoop(loop, testFlags));
    if (!ambiguous && !culprit) continue;
    const fragment = culprit?.source ?? source;
    return {
      fragment,
      reason: `it can backtrack catastrophically: the loop \`${fragment}\` can match the same text in more than one way (as (a+)+ or (\\w+\\s?)+ do), so a paragraph that almost matches takes exponential (or high polynomial) time; make each repetition match a text one way only`,
    };
  }
  return undefined;
}
