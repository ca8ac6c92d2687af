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

/**
 * wordListOf's list, read in place: its lines are found by searching the
 * string, with no table of where they start (building one for its 151,000
 * lines took about as long as reading the file).
 */
export class WordList {
  /** where the empty line is that ends the words of one character */
  private readonly emptyLine: number;
  /** the pairs of characters whose words are in the tables: first code unit → second ones (small integers, where a number for the pair would not be) */
  private readonly pairs = new Map<number, Set<number>>();
  private singlesLoaded = false;

  constructor(private readonly list: string) {
    // the empty line is the first line (no word of one character), or follows a line break (at the end of the list when no word is longer)
    const gap = list.indexOf("\n\n");
    if (list === "" || list.startsWith("\n")) this.emptyLine = 0;
    else if (gap !== -1) this.emptyLine = gap + 1;
    else if (list.endsWith("\n")) this.emptyLine = list.length;
    else throw new Error("not a list of wordListOf: no empty line after the words of one character");
  }

  /**
   * Puts into the tables every word segmentit could look up while splitting
   * `text` that is not there yet; `added` hears of each word put in.
   */
  load(text: string, tables: Tables, added: (word: string) => void): void {
    if (!this.singlesLoaded) {
      this.singlesLoaded = true;
      for (let at = 0; at < this.emptyLine; at = this.lineEnd(at) + 1) this.put(at, tables, added);
    }
    for (let i = 0; i + 1 < text.length; i++) {
      const first = text.charCodeAt(i);
      const second = text.charCodeAt(i + 1);
      let seconds = this.pairs.get(first);
      if (!seconds) this.pairs.set(first, (seconds = new Set()));
      if (seconds.has(second)) continue;
      seconds.add(second);
      const pair = first * 65536 + second;
      for (let at = this.firstOf(pair); at < this.list.length && this.pairAt(at) === pair; at = this.lineEnd(at) + 1) this.put(at, tables, added);
    }
  }

  /** The first pair of characters of the line that starts at `at` (first code unit × 65536 + second). */
  private pairAt(at: number): number {
    return this.list.charCodeAt(at) * 65536 + this.list.charCodeAt(at + 1);
  }

  /** Where the line that starts at `at` ends: its line break, or the end of the list. */
  private lineEnd(at: number): number {
    const end = this.list.indexOf("\n", at);
    return end === -1 ? this.list.length : end;
  }

  /**
   * Where the first longer word starts whose pair of characters is `pair` or
   * after it (past the list's end when there is none): a binary search over
   * the lines after the empty line, each step from a position to the start
   * of its line.
   */
  private firstOf(pair: number): number {
    let low = this.emptyLine + 1;
    let high = this.list.length;
    // every line before low has a smaller pair, every line from high on has `pair` or a greater one
    while (low < high) {
      const start = Math.max(low, this.list.lastIndexOf("\n", ((low + high) >>> 1) - 1) + 1);
      if (this.pairAt(start) < pair) low = this.lineEnd(start) + 1;
      else high = start;
    }
    return low;
  }

  /** The word of the line that starts at `at` into both tables, as segmentit's loadDict puts it; a word already there was loaded later than the dictionary, and stays. */
  private put(at: number, { TABLE, TABLE2 }: Tables, added: (word: string) => void): void {
    const { list } = this;
    const bar = list.indexOf("|", at);
    const second = list.indexOf("|", bar + 1);
    const word = list.slice(at, bar);
    if (Object.hasOwn(TABLE, word)) return;
    const entry: Entry = { f: Number(list.slice(second + 1, this.lineEnd(second))), p: Number(list.slice(bar + 1, second)) };
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
