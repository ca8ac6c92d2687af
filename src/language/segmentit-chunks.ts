// segmentit's choice among the ways to split a run of Han characters into
// dictionary words (DictTokenizer.filterWord), computed without building the
// ways. segmentit lists every split as an array (each one copied again at
// every level of its recursion) and then scores each array; on a 40-character
// run that is 25,600 arrays and most of a second. Here the same splits are
// walked depth-first over one path, each scored as segmentit scores it, with
// the same floating-point operations in the same order, and the winner is
// picked by the same rule, ties included. The answer is the same words:
// test/language/segmentit-chunks.test.ts compares both on real and generated
// text. Every quirk of the original is kept on purpose (see the comments).

/** A dictionary word found at offset `c` (segmentit's `{w, c, f}`), or a single character where none starts. */
export interface WordInfo {
  w: string;
  c: number;
  f: number;
  p?: number;
}

export interface ChunkContext {
  /** segmentit's word table: word → part of speech and frequency (a plain object: `in` also sees Object.prototype, as in segmentit) */
  TABLE: Record<string, { p: number; f: number }>;
  /** segmentit's TABLE2: word length → word → the same entries */
  TABLE2: Record<string, Record<string, { p: number; f: number }>>;
  POSTAG: Record<string, number>;
  FAMILY_NAME_1: Record<string, unknown>;
  FAMILY_NAME_2: Record<string, unknown>;
}

/** segmentit's DATETIME$1 (not exported): time units that follow a number */
const DATETIME: Record<string, number> = {};
for (const unit of ["世纪", "年", "年份", "年度", "月", "月份", "月度", "日", "号", "时", "点", "点钟", "分", "分钟", "秒", "毫秒"]) DATETIME[unit] = unit.length;

interface Assessment {
  x: number[];
  a: number[];
  b: number[];
  c: number[];
  d: number[];
}

// Bit operations on a part of speech that may be undefined (a word not in the
// table): JavaScript reads undefined & n as 0, as segmentit relies on.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const bits = (p: unknown): any => p;

/**
 * The words of the best split of `text`, as segmentit's filterWord returns
 * them (only dictionary words, each with its offset), or undefined when
 * `words` gives no split at all (an empty text, where segmentit throws: the
 * caller lets the original run).
 */
export function bestSplit(words: WordInfo[], preword: WordInfo | undefined, text: string, context: ChunkContext): WordInfo[] | undefined {
  const { TABLE, POSTAG } = context;
  // getPosInfo: the words starting at each offset, a single character where none does
  const byPos: WordInfo[][] = [];
  for (const word of words) (byPos[word.c] ??= []).push(word);
  for (let i = 0; i < text.length; i++) if (!byPos[i]) byPos[i] = [{ w: text.charAt(i), c: i, f: 0 }];
  if (!byPos[0]) return undefined;

  // What the scoring asks of each word, asked once per word rather than once
  // per split it is in. A word's part of speech is the table's when it is in
  // the table and undefined otherwise (segmentit sets w.p from the table
  // before every use), so it is fixed per word.
  const all: WordInfo[] = [];
  const ids: number[][] = byPos.map((list) => list.map((word) => all.push(word) - 1));
  const inTable = all.map((word) => word.w in TABLE);
  const pos = all.map((word, id) => (inTable[id] ? TABLE[word.w]!.p : undefined));
  const numberUnit = all.map((word, id) => inTable[id] && ((TABLE[word.w]!.p & POSTAG.A_Q!) > 0 || word.w in DATETIME));
  const surname = all.map((word) => word.w in context.FAMILY_NAME_1 || word.w in context.FAMILY_NAME_2);
  const particle = all.map((word) => word.w === "的" || word.w === "之");
  const nominal = (p: number): boolean => (p & POSTAG.D_N!) > 0 || (p & POSTAG.A_NR!) > 0 || (p & POSTAG.A_NS!) > 0 || (p & POSTAG.A_NZ!) > 0 || (p & POSTAG.A_NT!) > 0;

  // Each split is scored as segmentit scores it, word by word from the first,
  // but what a word adds to a, c and d depends only on the words before it
  // and the one after (never on the split's length): those sums are carried
  // down the walk, each split's computed once for the words it shares with
  // others, in the same order of additions as segmentit's loop. Only b, whose
  // terms depend on the split's length, is summed at each split.
  const path: number[] = [];
  const lengths: number[] = [];
  const scores: Assessment = { x: [], a: [], b: [], c: [], d: [] };
  const prewordSurname = preword !== undefined && (preword.w in context.FAMILY_NAME_1 || preword.w in context.FAMILY_NAME_2);
  const leaf = (length: number, a: number, c: number, d: number, hasVerb: boolean): void => {
    const sp = text.length / length;
    let b = 0;
    for (let j = 0; j < length; j++) b += Math.pow(sp - lengths[j]!, 2);
    if (!hasVerb) d -= 0.5;
    scores.x.push(length);
    scores.a.push(a / length);
    scores.b.push(b / length);
    scores.c.push(c);
    scores.d.push(d);
  };
  // the state before the word at `depth`: sums so far, the word before (or the token before the text) and whether it looks ahead
  const score = (at: number, depth: number, a: number, c: number, d: number, hasVerb: boolean, hasPrev: boolean, prevPos: unknown, prevSurname: boolean, lookahead: boolean, lookPrevPos: unknown): void => {
    for (const id of ids[at]!) {
      path[depth] = id;
      const word = all[id]!;
      lengths[depth] = word.w.length;
      let wa = a;
      let wc = c;
      let wd = d;
      let verb = hasVerb;
      let looks = false;
      const wp = bits(pos[id]);
      // the previous word's conditions on this one (segmentit checks them with the previous word, before this word's own)
      if (lookahead) {
        const pp = bits(lookPrevPos);
        const previous = path[depth - 1]!;
        const prevWp = bits(pos[previous]);
        if ((prevWp & POSTAG.D_C!) > 0 && pp === pos[id]) wd++;
        if (particle[previous] && nominal(wp)) wd += 1.5;
      }
      if (inTable[id]) {
        wa += word.f;
        if (hasPrev) {
          const pp = bits(prevPos);
          if ((pp & POSTAG.A_M!) > 0 && numberUnit[id]) wd++;
          if ((wp & POSTAG.D_V!) > 0) {
            verb = true;
            if ((pp & POSTAG.D_A!) > 0) wd++;
          }
          if (((pp & POSTAG.A_NS!) > 0 || pp & POSTAG.A_NT! || (pp & POSTAG.D_A!) > 0) && nominal(wp)) wd++;
          // segmentit writes `w.p & POSTAG.A_M > 0 || w.p & POSTAG.D_MQ > 0`, which JavaScript reads as w.p & true: w.p & 1
          if ((pp & POSTAG.D_F!) > 0 && wp & 1) wd++;
          if (prevSurname && ((wp & POSTAG.D_N!) > 0 || (wp & POSTAG.A_NZ!) > 0)) wd++;
          looks = true;
        }
      } else {
        wc++;
      }
      const next = at + word.w.length;
      if (!ids[next]) leaf(depth + 1, wa, wc, wd, verb);
      else score(next, depth + 1, wa, wc, wd, verb, true, pos[id], surname[id]!, looks, prevPos);
    }
  };
  score(0, 0, 0, 0, 0, false, preword !== undefined, preword?.p, prewordSurname, false, undefined);

  // getChunks, depth first: the splits in segmentit's order (words at an offset in the order found)
  const walk = (at: number, depth: number, leaf: (length: number) => boolean): boolean => {
    for (const id of ids[at]!) {
      path[depth] = id;
      const next = at + all[id]!.w.length;
      if (!ids[next] ? leaf(depth + 1) : walk(next, depth + 1, leaf)) return true;
    }
    return false;
  };

  const best = topIndex(scores);
  let seen = 0;
  let chosen: number[] = [];
  walk(0, 0, (length) => {
    if (seen++ !== best) return false;
    chosen = path.slice(0, length);
    return true;
  });
  return chosen.filter((id) => inTable[id]).map((id) => all[id]!);
}

/**
 * Which word lengths each first character (UTF-16 unit) has among the own
 * words of segmentit's TABLE2, as bits (lengths of 31 and more are always
 * looked up): a scan of the table's keys, without copying its entries. A
 * typed array indexed by the char code: a lookup makes no one-character
 * string and hashes nothing.
 */
export type WordIndex = Int32Array;

const LONG = 31;

export function indexWords(byLength: ChunkContext["TABLE2"]): WordIndex {
  const index: WordIndex = new Int32Array(65536);
  for (const key of Object.keys(byLength)) for (const word of Object.keys(byLength[key]!)) indexWord(index, word);
  return index;
}

/** Adds one word of the table to the index. */
export function indexWord(index: WordIndex, word: string): void {
  if (word.length < LONG) index[word.charCodeAt(0)]! |= 1 << word.length;
}

/**
 * DictTokenizer.matchWord's list of the dictionary words in `text`: at each
 * offset, the words of every length the table has, shortest first (a for-in
 * over TABLE2 gives its integer keys in ascending order), the words segmentit
 * finds with `in`. segmentit looks up every length at every offset; here
 * only the lengths that some word beginning with that character has. The same
 * list when `text` has no ASCII character: `in` also finds the names
 * Object.prototype has (constructor, toString…), all ASCII, and an own word
 * of TABLE2[n] is n long. Undefined for a text with ASCII (the caller lets
 * segmentit look).
 */
export function dictionaryWords(text: string, byLength: ChunkContext["TABLE2"], index: WordIndex): WordInfo[] | undefined {
  if (/[\0-\x7f]/.test(text) || Object.getOwnPropertyNames(Object.prototype).some((name) => !/^[\0-\x7f]*$/.test(name))) return undefined;
  // the lengths of 31 and more, which the index has no bit for, in the table's order (ascending)
  const long: number[] = [];
  for (const key in byLength) if (Number(key) >= LONG) long.push(Number(key));
  const found: WordInfo[] = [];
  const add = (cur: number, length: number): void => {
    const w = text.substr(cur, length);
    // without ASCII in w, nothing of Object.prototype is found: an entry is there exactly when `w in table`
    const entry = byLength[length]![w];
    if (entry !== undefined) found.push({ w, c: cur, f: entry.f });
  };
  for (let cur = 0; cur < text.length; cur++) {
    // the lengths of the words that begin with this character and fit in the text, lowest bit (shortest) first
    let bits = index[text.charCodeAt(cur)]!;
    const room = text.length - cur;
    if (room < LONG - 1) bits &= (1 << (room + 1)) - 1;
    while (bits !== 0) {
      const lowest = bits & -bits;
      bits ^= lowest;
      add(cur, 31 - Math.clz32(lowest));
    }
    for (const length of long) if (length <= room) add(cur, length);
  }
  return found;
}

/** getTops: the index of the best-scored split, with segmentit's tie-break (which depends on the order). */
function topIndex({ x, a, b, c, d }: Assessment): number {
  const top = { x: x[0]!, a: a[0]!, b: b[0]!, c: c[0]!, d: d[0]! };
  for (let i = 1; i < x.length; i++) {
    if (a[i]! > top.a) top.a = a[i]!;
    if (b[i]! < top.b) top.b = b[i]!;
    if (c[i]! > top.c) top.c = c[i]!;
    if (d[i]! < top.d) top.d = d[i]!;
    if (x[i]! > top.x) top.x = x[i]!;
  }
  let current = 0;
  let max = 0;
  for (let i = 0; i < x.length; i++) {
    let s = 0;
    s += (top.x - x[i]!) * 1.5;
    if (a[i]! >= top.a) s += 1;
    if (b[i]! <= top.b) s += 1;
    s += top.c - c[i]!;
    s += (d[i]! < 0 ? top.d + d[i]! : d[i]! - top.d) * 1;
    if (i === 0) {
      max = s;
    } else if (s > max) {
      current = i;
      max = s;
    } else if (s === max) {
      let better = 0;
      let worse = 0;
      if (c[i]! < c[current]!) better++;
      else worse++;
      if (a[i]! > a[current]!) better++;
      else worse++;
      if (x[i]! < x[current]!) better++;
      else worse++;
      if (better > worse) {
        current = i;
        max = s;
      }
    }
  }
  return current;
}
