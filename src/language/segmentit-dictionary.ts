import type { ChunkContext } from "./segmentit-chunks.js";

// segmentit's dictionary, loaded a part at a time. useDefault puts its
// 151,000 words into two plain objects before the first split, most of half
// a second; a text of news needs the words of its own pairs of characters,
// about a sixth of them over a whole corpus. Every word segmentit looks up is
// a part of the text it is splitting (DictTokenizer looks up the text's
// substrings, DictOptimizer two neighbouring words joined, the scoring the
// words of a split), so it finds the same words, with the same part of
// speech and frequency, when its tables hold the single characters and every
// word that begins with a pair of characters of the text. The build writes
// the words of useDefault's tables into a list (wordListOf), and the tables
// are filled from it before each split (WordList.load). Words loaded into the
// segmenter (glossary terms) stay as loaded: with useDefault, they would have
// replaced the dictionary's. test/language/segmentit-dictionary.test.ts
// compares the splits with segmentit's own on real and generated text.

type Tables = Pick<ChunkContext, "TABLE" | "TABLE2">;
type Entry = ChunkContext["TABLE"][string];

/**
 * The words of segmentit's loaded tables, one `word|p|f` a line: the words of
 * one character first, then an empty line, then the others sorted by code
 * unit (so the words that begin with a pair of characters are consecutive).
 */
export function wordListOf(TABLE: ChunkContext["TABLE"]): string {
  const line = (word: string): string => `${word}|${TABLE[word]!.p}|${TABLE[word]!.f}`;
  const words = Object.keys(TABLE);
  const longer = words.filter((word) => word.length > 1).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...words.filter((word) => word.length === 1).map(line), "", ...longer.map(line)].join("\n");
}

export class WordList {
  /** where each line of the list starts (and, last, the list's length plus one), read in place: no string per line until it is loaded */
  private readonly starts: Int32Array;
  /** the line of the longer words that comes first (after the empty line) */
  private readonly firstLonger: number;
  /** each line's first pair of characters (first code unit × 65536 + second), for the binary search among the longer words */
  private readonly linePairs: Float64Array;
  /** the pairs of characters whose words are in the tables: first code unit → second ones (small integers, where a number for the pair would not be) */
  private readonly pairs = new Map<number, Set<number>>();
  private singlesLoaded = false;

  constructor(private readonly list: string) {
    const starts = [0];
    for (let at = list.indexOf("\n"); at !== -1; at = list.indexOf("\n", at + 1)) starts.push(at + 1);
    starts.push(list.length + 1);
    this.starts = Int32Array.from(starts);
    const lines = starts.length - 1;
    this.linePairs = new Float64Array(lines);
    let gap = -1;
    for (let k = 0; k < lines; k++) {
      const at = starts[k]!;
      if (gap === -1 && starts[k + 1]! - at === 1) gap = k;
      this.linePairs[k] = list.charCodeAt(at) * 65536 + list.charCodeAt(at + 1);
    }
    this.firstLonger = gap + 1;
  }

  /**
   * Puts into the tables every word segmentit could look up while splitting
   * `text` that is not there yet; `added` hears of each word put in.
   */
  load(text: string, tables: Tables, added: (word: string) => void): void {
    if (!this.singlesLoaded) {
      this.singlesLoaded = true;
      for (let k = 0; k < this.firstLonger - 1; k++) this.put(k, tables, added);
    }
    for (let i = 0; i + 1 < text.length; i++) {
      const first = text.charCodeAt(i);
      const second = text.charCodeAt(i + 1);
      let seconds = this.pairs.get(first);
      if (!seconds) this.pairs.set(first, (seconds = new Set()));
      if (seconds.has(second)) continue;
      seconds.add(second);
      const pair = first * 65536 + second;
      for (let k = this.firstOf(pair); k < this.linePairs.length && this.linePairs[k] === pair; k++) this.put(k, tables, added);
    }
  }

  /** The line of the first longer word whose pair of characters is `pair` or after it. */
  private firstOf(pair: number): number {
    let low = this.firstLonger;
    let high = this.linePairs.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.linePairs[middle]! < pair) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The word of line k into both tables, as segmentit's loadDict puts it; a word already there was loaded later than the dictionary, and stays. */
  private put(k: number, { TABLE, TABLE2 }: Tables, added: (word: string) => void): void {
    const { list, starts } = this;
    const bar = list.indexOf("|", starts[k]!);
    const second = list.indexOf("|", bar + 1);
    const word = list.slice(starts[k]!, bar);
    if (Object.hasOwn(TABLE, word)) return;
    const entry: Entry = { f: Number(list.slice(second + 1, starts[k + 1]! - 1)), p: Number(list.slice(bar + 1, second)) };
    TABLE[word] = entry;
    (TABLE2[word.length] ??= {})[word] = entry;
    added(word);
  }
}

/** segmentit's dictionaries that useDefault loads into its word tables (segmentit.dicts), by the names its module declares them with */
const DICTIONARY_NAMES = ["pangu", "panguExtend1", "panguExtend2", "names", "wildcard"];

/**
 * segmentit's module source without the dictionaries the word list replaces:
 * each is a string literal of its source (3.7 of its 3.8 MB, which Node must
 * read through at every require), emptied. Undefined unless every literal is
 * found exactly as JSON.stringify writes the module's exported value (then
 * the rest of the module is its own code, unchanged).
 */
export function segmentitCodeOf(source: string, segmentit: Record<string, unknown>): string | undefined {
  let code = source;
  for (const name of DICTIONARY_NAMES) {
    const literal = `var ${name} = ${JSON.stringify(segmentit[name])};`;
    if (typeof segmentit[name] !== "string" || code.split(literal).length !== 2) return undefined;
    code = code.replace(literal, () => `var ${name} = "";`);
  }
  return code;
}
