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

  const path: number[] = [];
  const scores: Assessment = { x: [], a: [], b: [], c: [], d: [] };
  const score = (length: number): void => {
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    const sp = text.length / length;
    let hasVerb = false;
    // the word before: the token before the text for the first word (copied by segmentit), then the previous word of the split
    let hasPrev = preword !== undefined;
    let prevPos = bits(preword?.p);
    let prevSurname = preword !== undefined && (preword.w in context.FAMILY_NAME_1 || preword.w in context.FAMILY_NAME_2);
    for (let j = 0; j < length; j++) {
      const id = path[j]!;
      const word = all[id]!;
      if (inTable[id]) {
        a += word.f;
        if (hasPrev) {
          const pp = prevPos;
          const wp = bits(pos[id]);
          if ((pp & POSTAG.A_M!) > 0 && numberUnit[id]) d++;
          if ((wp & POSTAG.D_V!) > 0) {
            hasVerb = true;
            if ((pp & POSTAG.D_A!) > 0) d++;
          }
          if (((pp & POSTAG.A_NS!) > 0 || pp & POSTAG.A_NT! || (pp & POSTAG.D_A!) > 0) && nominal(wp)) d++;
          // segmentit writes `w.p & POSTAG.A_M > 0 || w.p & POSTAG.D_MQ > 0`, which JavaScript reads as w.p & true: w.p & 1
          if ((pp & POSTAG.D_F!) > 0 && wp & 1) d++;
          if (prevSurname && ((wp & POSTAG.D_N!) > 0 || (wp & POSTAG.A_NZ!) > 0)) d++;
          if (j + 1 < length) {
            const next = path[j + 1]!;
            if ((wp & POSTAG.D_C!) > 0 && pp === pos[next]) d++;
            if (particle[id] && nominal(bits(pos[next]))) d += 1.5;
          }
        }
      } else {
        c++;
      }
      b += Math.pow(sp - word.w.length, 2);
      hasPrev = true;
      prevPos = pos[id];
      prevSurname = surname[id]!;
    }
    if (!hasVerb) d -= 0.5;
    scores.x.push(length);
    scores.a.push(a / length);
    scores.b.push(b / length);
    scores.c.push(c);
    scores.d.push(d);
  };

  // getChunks, depth first: the splits in segmentit's order (words at an offset in the order found)
  const walk = (at: number, depth: number, leaf: (length: number) => boolean): boolean => {
    for (const id of ids[at]!) {
      path[depth] = id;
      const next = at + all[id]!.w.length;
      if (!ids[next] ? leaf(depth + 1) : walk(next, depth + 1, leaf)) return true;
    }
    return false;
  };
  walk(0, 0, (length) => (score(length), false));

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
 * looked up): a scan of the table's keys, without copying its entries.
 */
export type WordIndex = Map<string, number>;

const LONG = 31;

export function indexWords(byLength: ChunkContext["TABLE2"]): WordIndex {
  const index: WordIndex = new Map();
  for (const key of Object.keys(byLength)) for (const word of Object.keys(byLength[key]!)) indexWord(index, word);
  return index;
}

/** Adds one word of the table to the index. */
export function indexWord(index: WordIndex, word: string): void {
  if (word.length < LONG) index.set(word[0]!, (index.get(word[0]!) ?? 0) | (1 << word.length));
}

/**
 * DictTokenizer.matchWord's list of the dictionary words in `text`: at each
 * offset, the words of every length the table has, shortest first (a for-in
 * over TABLE2 gives its integer keys in ascending order), looked up with `in`
 * as segmentit does. segmentit looks up every length at every offset; here
 * only the lengths that some word beginning with that character has. The same
 * list when `text` has no ASCII character: `in` also finds the names
 * Object.prototype has (constructor, toString…), all ASCII, and an own word
 * of TABLE2[n] is n long. Undefined for a text with ASCII (the caller lets
 * segmentit look).
 */
export function dictionaryWords(text: string, byLength: ChunkContext["TABLE2"], index: WordIndex): WordInfo[] | undefined {
  if (/[\0-\x7f]/.test(text) || Object.getOwnPropertyNames(Object.prototype).some((name) => !/^[\0-\x7f]*$/.test(name))) return undefined;
  const lengths: number[] = [];
  const tables: Record<string, { f: number }>[] = [];
  for (const key in byLength) {
    lengths.push(Number(key));
    tables.push(byLength[key]!);
  }
  const found: WordInfo[] = [];
  for (let cur = 0; cur < text.length; cur++) {
    const bits = index.get(text[cur]!) ?? 0;
    for (let k = 0; k < lengths.length; k++) {
      const length = lengths[k]!;
      if (cur + length > text.length || (length < LONG && !(bits & (1 << length)))) continue;
      const w = text.substr(cur, length);
      const table = tables[k]!;
      if (w in table) found.push({ w, c: cur, f: table[w]!.f });
    }
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
