import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lazy, lazyRequire } from "../lazy-require.js";
import { bestSplit, dictionaryWords, indexWord, indexWords, type ChunkContext, type WordIndex, type WordInfo } from "./segmentit-chunks.js";
import { WordList } from "./segmentit-dictionary.js";

// Chinese word boundaries from segmentit, so that a glossary term matches
// only as whole words (人大 in 人大代表, not in 个人大事). Loaded on first
// use; only the runs of Han characters that need boundaries are segmented,
// since segmentit manages about 0.3 MB/s. Glossary terms are added to its
// dictionary so that it keeps them whole.

export interface Segmenter {
  doSegment(text: string, options: { simple: true }): string[];
  loadDict(dict: string): Segmenter;
  use(modules: unknown[]): Segmenter;
  loadStopwordDict(dict: string[]): Segmenter;
  getDict<T extends "TABLE" | "TABLE2">(type: T): ChunkContext[T];
  POSTAG: Record<string, number>;
  modules: { tokenizer: object[] };
}
interface DictTokenizer {
  matchWord(text: string, cur: number, preword: WordInfo | undefined): WordInfo[];
  filterWord(words: WordInfo[], preword: WordInfo | undefined, text: string): WordInfo[];
}
export interface SegmentitModule {
  Segment: new () => Segmenter;
  DictTokenizer: abstract new (...args: never[]) => DictTokenizer;
  CHS_NAMES: { FAMILY_NAME_1: Record<string, unknown>; FAMILY_NAME_2: Record<string, unknown> };
  useDefault(segment: Segmenter): Segmenter;
  modules: unknown[];
  stopwords: string[];
}

const HAN_RUN = /\p{Script=Han}+/gu;
/** the part-of-speech and frequency segmentit's dictionary lines carry: a common noun */
const TERM_TAG = "0x100000|20000";

const known = new Set<string>();
let pending: string[] = [];

/** segmentit's dictionary as a list of words, written by the build (see segmentit-dictionary.ts), in UTF-16: a third of the time to read that UTF-8 takes */
export const WORD_LIST = fileURLToPath(new URL("./segmentit-words.utf16", import.meta.url));

/** segmentit's code without the dictionaries the list holds, written by the build beside it (see segmentitCodeOf): a tenth of the time to require */
export const SEGMENTIT_CODE = fileURLToPath(new URL("./segmentit-code.cjs", import.meta.url));

const segmenter = lazy(() => {
  // without the build's list (run from the sources), segmentit loads its whole dictionary at once
  if (!existsSync(WORD_LIST)) {
    const segmentit = lazyRequire<SegmentitModule>("segmentit")();
    return withFastSplits(segmentit, segmentit.useDefault(new segmentit.Segment()));
  }
  const segmentit = lazyRequire<SegmentitModule>(existsSync(SEGMENTIT_CODE) ? SEGMENTIT_CODE : "segmentit")();
  const list = new WordList(readFileSync(WORD_LIST, "utf16le"));
  return withFastSplits(segmentit, withoutDictionary(segmentit), list);
});

/**
 * segmentit's useDefault without its dictionary: the same modules and stop
 * words, and empty word tables. Nor its synonyms: segmentit reads them only
 * when doSegment is given convertSynonym, which is never asked here, and
 * loading them took about 15 ms.
 */
export function withoutDictionary(segmentit: SegmentitModule): Segmenter {
  const segment = new segmentit.Segment();
  segment.use(segmentit.modules);
  segment.loadDict("");
  segment.loadStopwordDict(segmentit.stopwords);
  return segment;
}

/**
 * segmentit with its choice among a run's splits computed without listing
 * them (see segmentit-chunks.ts): the same words, without the time that grows
 * with the number of splits (most of a second on some 40-character runs).
 * Given a word list, the segment's tables (empty but for words loaded into
 * it) get the words each text needs before it is split.
 */
export function withFastSplits(segmentit: SegmentitModule, segment: Segmenter, list?: WordList): Segmenter {
  // the tables are segmentit's own objects, so words loaded later are seen too
  const context: ChunkContext = { TABLE: segment.getDict("TABLE"), TABLE2: segment.getDict("TABLE2"), POSTAG: segment.POSTAG, ...segmentit.CHS_NAMES };
  // the index of TABLE2 is rebuilt after every loadDict (glossary terms are added that way), and follows the list's words
  let index: WordIndex | undefined;
  if (list) {
    const doSegment = segment.doSegment.bind(segment);
    const added = (word: string): void => void (index && indexWord(index, word));
    segment.doSegment = (text, options) => {
      list.load(text, context, added);
      return doSegment(text, options);
    };
  }
  const loadDict = segment.loadDict.bind(segment);
  segment.loadDict = (dict) => {
    index = undefined;
    return loadDict(dict);
  };
  const tokenizer = segment.modules.tokenizer.find((module): module is DictTokenizer => module instanceof segmentit.DictTokenizer);
  if (!tokenizer) return segment;
  const filterWord = tokenizer.filterWord.bind(tokenizer);
  const matchWord = tokenizer.matchWord.bind(tokenizer);
  tokenizer.filterWord = (words, preword, text) => bestSplit(words, preword, text, context) ?? filterWord(words, preword, text);
  // DictTokenizer.split always asks from the start of a text
  tokenizer.matchWord = (text, cur, preword) => {
    const words = cur === 0 ? dictionaryWords(text, context.TABLE2, (index ??= indexWords(context.TABLE2))) : undefined;
    return words ? tokenizer.filterWord(words, preword, text) : matchWord(text, cur, preword);
  };
  return segment;
}

/** Words segmentit must keep whole (glossary terms); cheap until segmentation is first needed. */
export function addWords(words: Iterable<string>): void {
  for (const word of words) {
    if (!known.has(word) && /^\p{Script=Han}+$/u.test(word)) {
      known.add(word);
      pending.push(word);
    }
  }
}

function loadedSegmenter(): Segmenter {
  const segment = segmenter();
  if (pending.length) {
    segment.loadDict(pending.map((word) => `${word}|${TERM_TAG}`).join("\n"));
    pending = [];
  }
  return segment;
}

/**
 * Offsets in `text` where a word starts or ends, within the runs of Han
 * characters that overlap [from, to) ranges asked for. Positions next to
 * non-Han characters are boundaries by nature and are included for those runs.
 */
export function wordBoundaries(text: string, ranges: readonly (readonly [number, number])[]): Set<number> {
  const boundaries = new Set<number>();
  for (const run of text.matchAll(HAN_RUN)) {
    const start = run.index;
    const end = start + run[0].length;
    if (!ranges.some(([from, to]) => from < end && to > start)) continue;
    boundaries.add(start);
    boundaries.add(end);
    const words = loadedSegmenter().doSegment(run[0], { simple: true });
    if (words.join("") !== run[0]) {
      // segmentit rewrote the text (it should not within a Han run): treat every position as a boundary
      for (let i = start; i <= end; i++) boundaries.add(i);
      continue;
    }
    let offset = start;
    for (const word of words) boundaries.add((offset += word.length));
  }
  return boundaries;
}

/** The words of a Han text, as segmentit splits it (with the glossary terms kept whole). */
export function chineseWords(text: string): string[] {
  return loadedSegmenter().doSegment(text, { simple: true });
}
