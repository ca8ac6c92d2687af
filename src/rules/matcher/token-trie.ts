import type { MatcherStore } from "./matcher-store.js";
import { prebuiltMatchers, type StoredTrie } from "./prebuilt.js";
import { foldsTo, isJoiner, isPhraseSpace, isSpaceCode, keyHash, normalizeToken, phraseKeys, scanTokens, tokenKey, TokenReader, wordCharBefore, type TokenList } from "./tokenize.js";

// A trie over word tokens: matching walks the text's tokens once, following at
// most as many trie edges from each token as the longest phrase has words, so
// the cost grows with the text, not with the number of phrases (a joined regex
// alternation tries every alternative at every position instead). Edges with
// an ASCII key are also found by the key's hash, which the scanner computes
// as it reads each token: a plain token is matched without making its key.

interface Node<T> {
  next: Map<string, Node<T>>;
  /** the children with an ASCII key, by the hash of that key */
  byHash: Map<number, { key: string; node: Node<T> }[]>;
  values: T[];
  /** a node of a stored trie whose children are not made yet (see ready): the trie, and its number there */
  pending: Restored<T> | undefined;
  id: number;
}

/** A trie read from the build's file, with the values its ordinals stand for. */
interface Restored<T> {
  stored: StoredTrie;
  keys: string[];
  values: T[];
}

/** A phrase to add, as TokenTrie.of takes them. */
export interface Phrase<T> {
  phrase: string;
  value: T;
  caseSensitive: boolean;
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  /** every value whose phrase ends here, in insertion order */
  values: T[];
}

// A node gets its own maps and value list with its first child and value:
// until then it shares these empty ones, never written to. Most of the
// nodes of a dictionary's trie are leaves or hold no value, and the trie is
// built at each start.
const NO_CHILDREN = new Map<string, never>();
const NO_HASHES = new Map<number, never>();
const NO_VALUES: never[] = [];
const newNode = <T>(): Node<T> => ({ next: NO_CHILDREN, byHash: NO_HASHES, values: NO_VALUES, pending: undefined, id: -1 });

/** Two roots, case-insensitive and case-sensitive: a stored trie numbers its other nodes from here. */
const ROOTS = 2;

function isAscii(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 0x7f) return false;
  return true;
}
// small integers make the cheapest Map keys
const bucket = (hash: number): number => hash & 0x3fffffff;

export class TokenTrie<T> {
  /**
   * A trie of these phrases: the one the build stored for exactly this
   * phrase set (the built-in dictionaries'; see prebuilt.ts), or the one
   * `store` kept for it, whose nodes are made as a walk first reaches them;
   * or one built here (and kept in `store`). Building one costs tens of
   * milliseconds at each start, mostly tokenizing the phrases. `tries`: the
   * stored tries to look in, by phrase set (the build's by default).
   */
  static of<T>(phrases: readonly Phrase<T>[], tries?: ReadonlyMap<string, StoredTrie>, store?: MatcherStore): TokenTrie<T> {
    const { key, values } = phraseSetOf(phrases);
    const trie = new TokenTrie<T>();
    // a user dictionary's set is looked for in its store first: a start that finds it there does not read the build's file
    const stored = store?.trie(key) ?? (tries ?? prebuiltMatchers().tries).get(key);
    if (stored) trie.restore(stored, values);
    else for (const { phrase, value, caseSensitive } of phrases) trie.add(phrase, value, caseSensitive);
    trie.phraseSet = { key, values };
    if (!stored) store?.keepTrie(trie.stored());
    return trie;
  }

  private readonly root = newNode<T>();
  /**
   * A bit for the low 16 bits of the case-insensitive hash of each ASCII
   * first word (a case-sensitive match is a case-insensitive one too): most
   * tokens of a text begin no phrase, and one bit tells so without a look-up.
   */
  private readonly firstWords = new Uint8Array(1 << 13);
  private readonly rootCaseSensitive = newNode<T>();
  private hasCaseSensitive = false;
  size = 0;
  /** the keys of every phrase added, with its value, for choosing anchors once all are in */
  private readonly added: { keys: string[]; value: T }[] = [];
  private anchorSet?: { anchors: Map<string, number>; anchored: boolean };
  /** for a trie made by TokenTrie.of: its phrase set, and the distinct values in the order the stored form numbers them */
  private phraseSet?: { key: string; values: T[] };
  /** read from a stored trie: it takes no more phrases (its anchors were chosen for these) */
  restored = false;

  /**
   * The anchor pieces of the phrases (see anchorOf): piece → the most keys
   * a phrase anchored on it has before the key holding it.
   */
  get anchors(): Map<string, number> {
    return (this.anchorSet ??= this.chooseAnchors()).anchors;
  }

  /** false when a phrase has no anchor: matchesAround cannot find its matches */
  get anchored(): boolean {
    return (this.anchorSet ??= this.chooseAnchors()).anchored;
  }

  /** The trie as the build step stores it (see prebuilt.ts); for a trie made by TokenTrie.of. */
  stored(): StoredTrie {
    const { key, values } = this.phraseSet!;
    const ordinals = new Map(values.map((value, ordinal) => [value, ordinal]));
    const nodes = [this.root, this.rootCaseSensitive];
    const keys: string[] = [];
    const edgeStart = [0];
    const edgeHash: number[] = [];
    const valueStart = [0];
    const valueOrdinals: number[] = [];
    // breadth first: the child along edge e is node e + ROOTS
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n]!;
      const hashOf = new Map<Node<T>, number>();
      for (const [hash, children] of node.byHash) for (const child of children) hashOf.set(child.node, hash);
      for (const [childKey, child] of node.next) {
        keys.push(childKey);
        edgeHash.push(hashOf.get(child) ?? -1);
        nodes.push(child);
      }
      edgeStart.push(keys.length);
      for (const value of node.values) valueOrdinals.push(ordinals.get(value)!);
      valueStart.push(valueOrdinals.length);
    }
    const { anchors, anchored } = this;
    return {
      phrases: key,
      anchors: [...anchors],
      anchored,
      size: this.size,
      hasCaseSensitive: this.hasCaseSensitive,
      keys: keys.join("\n"),
      firstWords: new Int32Array(this.firstWords.buffer.slice(0)),
      edgeStart: Int32Array.from(edgeStart),
      edgeHash: Int32Array.from(edgeHash),
      valueStart: Int32Array.from(valueStart),
      values: Int32Array.from(valueOrdinals),
    };
  }

  /** Takes a stored trie's tables (its nodes are made as the walks reach them), `values` by ordinal. */
  private restore(stored: StoredTrie, values: T[]): void {
    const restored: Restored<T> = { stored, keys: stored.keys.split("\n"), values };
    this.restored = true;
    this.size = stored.size;
    this.hasCaseSensitive = stored.hasCaseSensitive;
    this.firstWords.set(new Uint8Array(stored.firstWords.buffer, stored.firstWords.byteOffset, this.firstWords.length));
    this.anchorSet = { anchors: new Map(stored.anchors), anchored: stored.anchored };
    [this.root, this.rootCaseSensitive].forEach((root, id) => {
      root.pending = restored;
      root.id = id;
      ready(root);
    });
  }

  /** Each phrase's anchor, a piece shared by the phrases of fewer values (entries) first (see anchorOf). */
  private chooseAnchors(): { anchors: Map<string, number>; anchored: boolean } {
    // the distinct values of the phrases holding each piece (few: a short list beats a Set)
    const valuesOf = new Map<string, T[]>();
    for (const { keys, value } of this.added) {
      for (const key of keys) {
        forEachPiece(key, (piece) => {
          const values = valuesOf.get(piece);
          if (!values) valuesOf.set(piece, [value]);
          else if (!values.includes(value)) values.push(value);
        });
      }
    }
    const sharedBy = (piece: string): number => valuesOf.get(piece)?.length ?? 1;
    const anchors = new Map<string, number>();
    let anchored = true;
    for (const { keys } of this.added) {
      const anchor = anchorOf(keys, sharedBy);
      if (anchor) anchors.set(anchor.piece, Math.max(anchor.before, anchors.get(anchor.piece) ?? 0));
      else anchored = false;
    }
    return { anchors, anchored };
  }

  add(phrase: string, value: T, caseSensitive = false): void {
    if (this.restored) throw new Error("a stored trie takes no more phrases");
    const keys = phraseKeys(phrase, caseSensitive);
    if (keys.length === 0) return;
    this.added.push({ keys, value });
    this.anchorSet = undefined;
    let node = caseSensitive ? this.rootCaseSensitive : this.root;
    if (caseSensitive) this.hasCaseSensitive = true;
    if (isAscii(keys[0]!)) {
      const bit = keyHash(keys[0]!, 0, keys[0]!.length, false) & 0xffff;
      this.firstWords[bit >> 3]! |= 1 << (bit & 7);
    }
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        if (node.next === NO_CHILDREN) {
          node.next = new Map();
          node.byHash = new Map();
        }
        node.next.set(key, (child = newNode<T>()));
        if (isAscii(key)) {
          const hash = bucket(keyHash(key, 0, key.length, caseSensitive));
          const list = node.byHash.get(hash) ?? [];
          list.push({ key, node: child });
          node.byHash.set(hash, list);
        }
      }
      node = child;
    }
    if (node.values === NO_VALUES) node.values = [value];
    else node.values.push(value);
    this.size++;
  }

  /**
   * All phrase matches in `text`, every start position, longest first at each
   * start. Consecutive tokens may be separated by whitespace only (any amount,
   * line breaks included) or by nothing.
   */
  *matches(text: string): Generator<TrieMatch<T>> {
    const tokens = scanTokens(text);
    if (!this.hasCaseSensitive) {
      yield* this.walk(tokens, this.root, false);
      return;
    }
    // Both walks merged in text order (longest first at each start), as
    // callers expect: a case-sensitive match must not come after the
    // case-insensitive matches further along the text.
    const all = [...this.walk(tokens, this.root, false), ...this.walk(tokens, this.rootCaseSensitive, true)];
    yield* all.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /**
   * The matches `matches` gives, as an array, found around anchor hits only:
   * `hits` holds, in increasing order, where an anchor piece occurs in the
   * text (at least wherever it occurs between non-letters, non-digits) times
   * 64 plus its `anchors` value; every
   * match holds its phrase's anchor piece, so it starts at most that many
   * tokens before the token holding a hit. Undefined when a hit lies in a
   * run of text without white space too long to look back in.
   */
  matchesAround(text: string, hits: Float64Array): TrieMatch<T>[] | undefined {
    const starts = startsAround(text, hits, this.firstWords);
    if (!starts) return undefined;
    const found: TrieMatch<T>[] = [];
    const reader = this.reader;
    for (const start of starts) {
      if (!reader.read(text, start)) continue;
      if (reader.plain) {
        const bit = reader.hash & 0xffff;
        if ((this.firstWords[bit >> 3]! & (1 << (bit & 7))) === 0) continue;
      }
      this.walkFrom(text, start, this.root, false, reader, found);
      // the first token again, for the other root (walkFrom reads on)
      if (this.hasCaseSensitive && reader.read(text, start)) this.walkFrom(text, start, this.rootCaseSensitive, true, reader, found);
    }
    // as matches() orders them: by start, longest first, the case-insensitive first at equal ranges
    return this.hasCaseSensitive ? found.sort((a, b) => a.start - b.start || b.end - a.end) : found;
  }

  private readonly reader = new TokenReader();

  /** The matches from the token the reader holds, starting at `start`, longest first, appended to `out` (as walk() yields them). */
  private walkFrom(text: string, start: number, root: Node<T>, caseSensitive: boolean, reader: TokenReader, out: TrieMatch<T>[]): void {
    let node = childAt(root, text, reader, caseSensitive);
    const from = out.length;
    while (node) {
      const end = reader.end;
      if (node.values.length) out.push({ start, end, values: node.values });
      if (node.next.size === 0 || !reader.read(text, end) || !onlySpaceBetween(text, end, reader.start)) break;
      node = childAt(node, text, reader, caseSensitive);
    }
    // longest first
    for (let i = from, j = out.length - 1; i < j; i++, j--) [out[i], out[j]] = [out[j]!, out[i]!];
  }

  private *walk(tokens: TokenList, root: Node<T>, caseSensitive: boolean): Generator<TrieMatch<T>> {
    const { text, count, starts, ends, plain, hashes } = tokens;
    const firstWords = this.firstWords;
    for (let i = 0; i < count; i++) {
      if (plain[i]) {
        const bit = hashes[i]! & 0xffff;
        if ((firstWords[bit >> 3]! & (1 << (bit & 7))) === 0) continue;
      }
      const first = childOf(root, tokens, i, caseSensitive);
      if (!first) continue;
      let node: Node<T> = first;
      const found: TrieMatch<T>[] = [];
      let j = i;
      for (;;) {
        if (node.values.length) found.push({ start: starts[i]!, end: ends[j]!, values: node.values });
        if (j + 1 >= count || node.next.size === 0 || !onlySpaceBetween(text, ends[j]!, starts[j + 1]!)) break;
        const child: Node<T> | undefined = childOf(node, tokens, j + 1, caseSensitive);
        if (!child) break;
        node = child;
        j++;
      }
      for (let k = found.length - 1; k >= 0; k--) yield found[k]!;
    }
  }
}

/**
 * The phrase set of TokenTrie.of as a string, to find its stored trie by:
 * each phrase (as JSON: it may hold any char), whether case matters and the
 * ordinal of its value (which phrases share a value matters, not what the
 * value is); with the distinct values, by ordinal.
 */
function phraseSetOf<T>(phrases: readonly Phrase<T>[]): { key: string; values: T[] } {
  const ordinals = new Map<T, number>();
  const values: T[] = [];
  let key = "";
  for (const { phrase, value, caseSensitive } of phrases) {
    let ordinal = ordinals.get(value);
    if (ordinal === undefined) {
      ordinals.set(value, (ordinal = values.length));
      values.push(value);
    }
    key += `${ordinal}${caseSensitive ? "c" : "i"}${JSON.stringify(phrase)}\n`;
  }
  return { key, values };
}

/**
 * The node with its children made: those of a stored trie's node are made
 * (each with its values, its own children not yet) the first time a walk
 * reaches it, so a run makes the few nodes its text leads to.
 */
function ready<T>(node: Node<T>): Node<T> {
  const restored = node.pending;
  if (restored === undefined) return node;
  node.pending = undefined;
  const { edgeStart, edgeHash, valueStart, values: ordinals } = restored.stored;
  const from = edgeStart[node.id]!;
  const to = edgeStart[node.id + 1]!;
  if (from === to) return node;
  node.next = new Map();
  node.byHash = new Map();
  for (let edge = from; edge < to; edge++) {
    const id = edge + ROOTS;
    const child = newNode<T>();
    const valuesFrom = valueStart[id]!;
    const valuesTo = valueStart[id + 1]!;
    if (valuesFrom < valuesTo) {
      child.values = [];
      for (let v = valuesFrom; v < valuesTo; v++) child.values.push(restored.values[ordinals[v]!]!);
    }
    if (edgeStart[id]! < edgeStart[id + 1]!) {
      child.pending = restored;
      child.id = id;
    }
    const key = restored.keys[edge]!;
    node.next.set(key, child);
    const hash = edgeHash[edge]!;
    if (hash >= 0) {
      const list = node.byHash.get(hash);
      if (list) list.push({ key, node: child });
      else node.byHash.set(hash, [{ key, node: child }]);
    }
  }
  return node;
}

/** The child of `node` along token i: by hash and a char comparison for a plain token, by its key otherwise. */
function childOf<T>(node: Node<T>, tokens: TokenList, i: number, caseSensitive: boolean): Node<T> | undefined {
  if (!tokens.plain[i]) return readyOrNone(node.next.get(tokenKey(tokens, i, caseSensitive)));
  const start = tokens.starts[i]!;
  const end = tokens.ends[i]!;
  const hash = caseSensitive ? keyHash(tokens.text, start, end, true) : tokens.hashes[i]!;
  const candidates = node.byHash.get(bucket(hash));
  if (!candidates) return undefined;
  for (const candidate of candidates) if (foldsTo(tokens.text, start, end, candidate.key, caseSensitive)) return ready(candidate.node);
  return undefined;
}

/** The child of `node` along the token the reader holds (as childOf). */
function childAt<T>(node: Node<T>, text: string, reader: TokenReader, caseSensitive: boolean): Node<T> | undefined {
  const { start, end } = reader;
  if (!reader.plain) return readyOrNone(node.next.get(normalizeToken(text.slice(start, end), caseSensitive)));
  const hash = caseSensitive ? keyHash(text, start, end, true) : reader.hash;
  const candidates = node.byHash.get(bucket(hash));
  if (!candidates) return undefined;
  for (const candidate of candidates) if (foldsTo(text, start, end, candidate.key, caseSensitive)) return ready(candidate.node);
  return undefined;
}

const readyOrNone = <T>(node: Node<T> | undefined): Node<T> | undefined => node && ready(node);

// Anchors. Every phrase is found around the places where one piece of it
// occurs: a run of [a-z0-9] in one of its keys, between the key's
// apostrophes and hyphens. A token whose key holds such a piece holds it in
// the text too, compared as LiteralScanner compares (ASCII case folded; the
// only other char whose lower case is an ASCII letter or digit is the Kelvin
// sign, which it folds to k), so a scan for the pieces finds every place a
// phrase may match. The piece chosen is the one likely rarest in a text: an
// uncommon word (common ones occur everywhere and would make the scan find
// little), long, among the first keys (those before the anchor's are read at
// each hit), and particular to its entry: a word many entries share (the
// "years" of "years ago", "years of", "years later") is a common word.
// Where it can, the anchor is that piece and the one next to it across
// white space (see anchorOf): two adjacent keys are tokens separated by
// phrase white space only, which the scan reads as one space.

const COMMON = new Set(
  "the of and to in a an is are was were be been for on with by at from as that this these those it its or but not no will would can could should has have had do does did he she they we you i his her their our your which who what all more most new one two three first also into than other some such there up out about over after make made way work".split(" "),
);
/** phrases with a longer lead before their anchor are not anchored (hits hold it in 6 bits) */
const MAX_BEFORE = 63;

/**
 * Calls `fn` with each piece of a key that may anchor its phrase: the runs
 * between apostrophes and hyphens of the key in lower case that are all
 * [a-z0-9]. A char loop, as it runs for every key of every phrase at each
 * start: splitting by a regex and filtering cost several times more.
 */
export function forEachPiece(key: string, fn: (piece: string) => void): void {
  const lower = key.toLowerCase();
  let from = 0;
  let plain = true;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 45; // a hyphen after the last char ends the last run
    if (code === 39 || code === 45) {
      if (plain && i > from) fn(from === 0 && i === lower.length ? lower : lower.slice(from, i));
      from = i + 1;
      plain = true;
    } else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) plain = false;
  }
}

/**
 * The anchor of a phrase's keys (see above), with how many keys come before
 * the one holding its first word; undefined when no key has a piece. The
 * best piece (`sharedBy`: how many entries have a phrase holding it) is
 * joined to the piece next to it in the next or the previous key, when it
 * begins or ends its own key and that key's neighbour ends or begins with a
 * piece: "carry out", not "carry". Two words separated by white space occur
 * only where each occurs, and in English far less often (the scan finds
 * such pairs as one literal, see literal-scanner.ts), so fewer places are
 * matched around. Of the two neighbours the more telling word is taken, the
 * next at a tie.
 */
export function anchorOf(keys: readonly string[], sharedBy: (piece: string) => number = () => 1): { piece: string; before: number } | undefined {
  let bestPiece: string | undefined;
  let bestBefore = 0;
  let bestScore = 0;
  for (let before = 0; before < keys.length && before <= MAX_BEFORE; before++) {
    forEachPiece(keys[before]!, (piece) => {
      const score = (COMMON.has(piece) ? 0 : 1000) + piece.length - before - (sharedBy(piece) - 1) / 2;
      if (bestPiece === undefined || score > bestScore) {
        bestPiece = piece;
        bestBefore = before;
        bestScore = score;
      }
    });
  }
  if (bestPiece === undefined) return undefined;
  const key = keys[bestBefore]!;
  const previous = bestBefore > 0 && firstPiece(key) === bestPiece ? lastPiece(keys[bestBefore - 1]!) : undefined;
  const next = bestBefore + 1 < keys.length && lastPiece(key) === bestPiece ? firstPiece(keys[bestBefore + 1]!) : undefined;
  if (previous !== undefined && (next === undefined || wordScore(previous) > wordScore(next))) return { piece: `${previous} ${bestPiece}`, before: bestBefore - 1 };
  if (next !== undefined) return { piece: `${bestPiece} ${next}`, before: bestBefore };
  return { piece: bestPiece, before: bestBefore };
}

const wordScore = (piece: string): number => (COMMON.has(piece) ? 0 : 1000) + piece.length;

const PIECE = /^[a-z0-9]+$/;
const runsOf = (key: string): string[] => key.toLowerCase().split(/['-]/);

/** The first run of a key (up to an apostrophe or hyphen), when it is a piece. */
function firstPiece(key: string): string | undefined {
  const run = runsOf(key)[0]!;
  return PIECE.test(run) ? run : undefined;
}

/** The last run of a key (after its last apostrophe or hyphen), when it is a piece. */
function lastPiece(key: string): string | undefined {
  const run = runsOf(key).pop()!;
  return PIECE.test(run) ? run : undefined;
}

// startsAround's working space, reused from one paragraph to the next
const startsReader = new TokenReader();
let startsOut = new Int32Array(1024);

/** Look back at most this far for the white space before a hit's tokens: a text is English prose there, or matched the slow way. */
const MAX_LOOK_BACK = 1024;

/**
 * The token starts from which a phrase may match, in increasing order, each
 * once: for each hit (position * 64 + tokens before), the token holding it
 * and that many tokens before it, but for plain tokens whose bit in
 * firstWords says they begin no phrase. The tokens are read from white space
 * before the hit: from the start of the run of non-space holding the hit,
 * back one run more per token wanted (a run holds one token or more).
 */
function startsAround(text: string, hits: Float64Array, firstWords: Uint8Array): Int32Array | undefined {
  const reader = startsReader;
  let out = startsOut;
  let count = 0;
  for (let h = 0; h < hits.length; h++) {
    // room for the tokens of a look-back (one per char at most) and the hit's own
    if (count + MAX_LOOK_BACK + 2 > out.length) {
      const bigger = new Int32Array(out.length * 2 + MAX_LOOK_BACK);
      bigger.set(out.subarray(0, count));
      startsOut = out = bigger;
    }
    const hit = hits[h]!;
    // not hit % 64: a remainder of doubles is a call into the runtime
    const position = Math.floor(hit / 64);
    const before = hit - position * 64;
    // the commonest case, read from the text at once: a hit at the start of its token, which is the phrase's first
    if (before === 0 && !wordCharBefore(text, position) && !joinedBefore(text, position)) {
      out[count++] = position;
      continue;
    }
    const limit = Math.max(0, position - MAX_LOOK_BACK);
    let from = position;
    for (let run = 0; run <= before; run++) {
      if (run > 0) while (from > limit && isSpaceCode(text.charCodeAt(from - 1))) from--;
      while (from > limit && !isSpaceCode(text.charCodeAt(from - 1))) from--;
      if (from === 0) break;
      if (from === limit) return undefined;
    }
    // the tokens from there to the one holding the hit: the last before + 1 of them may start a phrase
    const first = count;
    for (let at = from; reader.read(text, at); at = reader.end) {
      // none for a plain token that begins no phrase (the walk would stop at it at once)
      const bit = reader.hash & 0xffff;
      out[count++] = reader.plain && (firstWords[bit >> 3]! & (1 << (bit & 7))) === 0 ? -1 : reader.start;
      if (reader.end > position) break;
    }
    let kept = first;
    for (let k = Math.max(first, count - 1 - before); k < count; k++) if (out[k]! >= 0) out[kept++] = out[k]!;
    count = kept;
  }
  const starts = out.subarray(0, count).sort();
  let distinct = 0;
  for (let i = 0; i < starts.length; i++) if (i === 0 || starts[i] !== starts[distinct - 1]) starts[distinct++] = starts[i]!;
  return starts.subarray(0, distinct);
}

/**
 * Whether the token holding a hit (between non-letters, non-digits) starts
 * before it: only when an apostrophe or hyphen after a letter or digit joins
 * it to what precedes.
 */
function joinedBefore(text: string, position: number): boolean {
  return position > 0 && isJoiner(text.charCodeAt(position - 1)) && wordCharBefore(text, position - 1);
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isPhraseSpace(text.charCodeAt(i))) return false;
  return true;
}
