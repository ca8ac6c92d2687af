import type { Language } from "../types.js";
import { hanBigrams, latinNames, latinWords, numberAnchors, punctuationAnchors, sharedCount } from "./anchors.js";

// Paragraph alignment of a Chinese original and its English translation, after
// Gale & Church (1993): dynamic programming over the two paragraph lists with
// the moves 1-1, 1-0, 0-1, 2-1 and 1-2, each priced by how likely the move is,
// how well the lengths agree and how many anchors (numbers, Latin names) the
// pairing leaves unmatched. Lengths are measured in Chinese characters: an
// English paragraph's length is divided by the document's length ratio, a
// paragraph left in Chinese counts as it is (and its Han bigrams match its source's).

export interface AlignUnit {
  text: string;
  lang: Language;
}

/** One step of the alignment: source and target paragraph indexes (0, 1 or 2 of each). */
export interface Bead {
  source: number[];
  target: number[];
  cost: number;
}

export interface Alignment {
  beads: Bead[];
  /** English characters per Chinese character, as estimated from the two texts */
  ratio: number;
  /** set when the texts do not look like translations of each other: why, in a sentence */
  failure?: string;
}

// Move priors: at paragraph level, 1-1 is the rule; merges, splits and drops are rarer than in Gale & Church's sentences.
const COST = {
  oneToOne: -Math.log(0.9),
  merge: -Math.log(0.005),
  drop: -Math.log(0.01),
};
/** variance of the length difference per character (measured on ../shared/corpus/parallel: 1.9) */
const VARIANCE = 2;
/** per anchor left without a partner */
const ANCHOR = 1.5;
/** how much a paragraph left in Chinese gains from being a copy of the source (Dice of Han bigrams, 0..1) */
const COPY = 6;
const DEFAULT_RATIO = 2.5;

interface Features {
  size: number;
  numbers: string[];
  names: string[];
  words: Set<string>;
  bigrams?: Set<string>;
}

/** `ratio`: English characters per Chinese character when the caller knows it better (from a whole document) than these paragraphs can tell. */
export function alignParagraphs(source: readonly AlignUnit[], target: readonly AlignUnit[], ratio?: number): Alignment {
  if (!source.length || !target.length) {
    return { beads: [], ratio: DEFAULT_RATIO, failure: source.length ? "the English text has no paragraphs" : "the source has no paragraphs" };
  }
  if (ratio !== undefined) return alignWithRatio(source, target, clampRatio(ratio));
  // the whole texts' ratio is thrown off by paragraphs only one side has: align once with it,
  // then again with the ratio of the paragraphs that paired one to one
  const first = alignWithRatio(source, target, estimateRatio(source, target));
  const refined = pairedRatio(first.beads, source, target);
  return refined === undefined || Math.abs(refined - first.ratio) < 0.05 ? first : alignWithRatio(source, target, refined);
}

function alignWithRatio(source: readonly AlignUnit[], target: readonly AlignUnit[], ratio: number): Alignment {
  const src = source.map((unit) => features(unit, ratio));
  const tgt = target.map((unit) => features(unit, ratio));
  const median = medianOf(src.map((unit) => unit.size)) || 1;
  const cost = (s: number[], t: number[]): number => beadCost(s.map((i) => src[i]!), t.map((j) => tgt[j]!), median);
  const beads = bestPath(src.length, tgt.length, cost);
  return { beads, ratio, failure: judge(beads, src, tgt) };
}

/** English over Chinese characters in the one-to-one pairs of a Chinese source paragraph and an English one. */
function pairedRatio(beads: Bead[], source: readonly AlignUnit[], target: readonly AlignUnit[]): number | undefined {
  let chinese = 0;
  let english = 0;
  for (const bead of beads) {
    if (bead.source.length !== 1 || bead.target.length !== 1) continue;
    const s = source[bead.source[0]!]!;
    const t = target[bead.target[0]!]!;
    if (s.lang !== "zh" || t.lang !== "en") continue;
    chinese += characters(s.text);
    english += characters(t.text);
  }
  return chinese < 100 ? undefined : clampRatio(english / chinese);
}

function features(unit: AlignUnit, ratio: number): Features {
  const count = characters(unit.text);
  return {
    size: unit.lang === "zh" ? count : count / ratio,
    numbers: [...numberAnchors(unit.text), ...punctuationAnchors(unit.text)],
    names: latinNames(unit.text),
    words: latinWords(unit.text),
    bigrams: unit.lang === "zh" ? hanBigrams(unit.text) : undefined,
  };
}

/** English characters over Chinese ones, leaving out paragraphs in the other language on each side. */
function estimateRatio(source: readonly AlignUnit[], target: readonly AlignUnit[]): number {
  const count = (units: readonly AlignUnit[], chinese: boolean) =>
    units.filter((unit) => (unit.lang === "zh") === chinese).reduce((total, unit) => total + characters(unit.text), 0);
  const chinese = count(source, true) - count(target, true);
  const english = count(target, false) - count(source, false);
  if (chinese < 100 || english <= 0) return DEFAULT_RATIO;
  return clampRatio(english / chinese);
}

const clampRatio = (ratio: number): number => Math.min(4, Math.max(1.5, ratio));
const characters = (text: string): number => text.replace(/\s/gu, "").length;

function beadCost(s: Features[], t: Features[], median: number): number {
  const sourceSize = sum(s.map((unit) => unit.size));
  const targetSize = sum(t.map((unit) => unit.size));
  if (!s.length || !t.length) {
    // a dropped paragraph costs more the longer it is: a caption goes more easily than a whole paragraph.
    // Its numbers go with it: they weigh less against a drop than against a pairing.
    return COST.drop + 2 * Math.sqrt((sourceSize + targetSize) / median) + (ANCHOR / 2) * unmatchedAnchors(s, t);
  }
  let cost = ANCHOR * unmatchedAnchors(s, t);
  cost += s.length + t.length === 2 ? COST.oneToOne : COST.merge + imbalance(s.length === 2 ? s : t);
  cost += lengthMismatch(sourceSize, targetSize) / 2;
  const sourceBigrams = s.flatMap((unit) => (unit.bigrams ? [...unit.bigrams] : []));
  const targetBigrams = t.flatMap((unit) => (unit.bigrams ? [...unit.bigrams] : []));
  if (sourceBigrams.length && targetBigrams.length) cost -= COPY * dice(new Set(sourceBigrams), new Set(targetBigrams));
  return cost;
}

/** The squared, normalised length difference (Gale & Church's delta squared). */
export function lengthMismatch(sourceSize: number, targetSize: number): number {
  return (targetSize - sourceSize) ** 2 / (VARIANCE * Math.max((sourceSize + targetSize) / 2, 1));
}

/** A merge of a long paragraph with a short one is more likely a dropped caption beside a 1-1 pair. */
function imbalance(pair: Features[]): number {
  const [a, b] = pair.map((unit) => unit.size) as [number, number];
  return a + b === 0 ? 0 : 3 * (1 - (2 * Math.min(a, b)) / (a + b));
}

function unmatchedAnchors(s: Features[], t: Features[]): number {
  const sourceNumbers = s.flatMap((unit) => unit.numbers);
  const targetNumbers = t.flatMap((unit) => unit.numbers);
  const numbers = sourceNumbers.length + targetNumbers.length - 2 * sharedCount(sourceNumbers, targetNumbers);
  const names = (from: Features[], to: Features[]) => {
    const words = new Set(to.flatMap((unit) => [...unit.words]));
    return from.flatMap((unit) => unit.names).filter((name) => !words.has(name)).length;
  };
  return numbers + names(s, t) + names(t, s);
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

const MOVES: readonly [number, number][] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
];

function bestPath(m: number, n: number, cost: (s: number[], t: number[]) => number): Bead[] {
  const width = n + 1;
  const total = new Float64Array((m + 1) * width).fill(Infinity);
  const move = new Int8Array((m + 1) * width).fill(-1);
  total[0] = 0;
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      if (i === 0 && j === 0) continue;
      for (const [index, [di, dj]] of MOVES.entries()) {
        if (i < di || j < dj) continue;
        const before = total[(i - di) * width + (j - dj)]!;
        if (before === Infinity) continue;
        const value = before + cost(range(i - di, i), range(j - dj, j));
        if (value < total[i * width + j]!) {
          total[i * width + j] = value;
          move[i * width + j] = index;
        }
      }
    }
  }
  const beads: Bead[] = [];
  for (let i = m, j = n; i > 0 || j > 0; ) {
    const [di, dj] = MOVES[move[i * width + j]!]!;
    const s = range(i - di, i);
    const t = range(j - dj, j);
    beads.push({ source: s, target: t, cost: cost(s, t) });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}

/**
 * Whether the alignment found means anything. Two unrelated texts still get a
 * cheapest path; it shows by leaving most of the text unpaired, by lengths
 * that disagree pair after pair, or by numbers and names that do not meet.
 */
function judge(beads: Bead[], src: Features[], tgt: Features[]): string | undefined {
  const paired = beads.filter((bead) => bead.source.length && bead.target.length);
  const pairedSize = sum(paired.flatMap((bead) => [...bead.source.map((i) => src[i]!.size), ...bead.target.map((j) => tgt[j]!.size)]));
  const totalSize = sum([...src, ...tgt].map((unit) => unit.size));
  const coverage = totalSize ? pairedSize / totalSize : 0;
  if (coverage < 0.5) return `only ${percent(coverage)} of the text pairs up with the other side`;
  let mismatch = 0;
  let weight = 0;
  let anchors = 0;
  let unmatched = 0;
  for (const bead of paired) {
    const s = bead.source.map((i) => src[i]!);
    const t = bead.target.map((j) => tgt[j]!);
    const size = sum([...s, ...t].map((unit) => unit.size));
    mismatch += lengthMismatch(sum(s.map((unit) => unit.size)), sum(t.map((unit) => unit.size))) * size;
    weight += size;
    anchors += sum([...s, ...t].map((unit) => unit.numbers.length + unit.names.length));
    unmatched += unmatchedAnchors(s, t);
  }
  if (weight && mismatch / weight > 8) return "the paired paragraphs' lengths disagree far more than a translation's do";
  if (anchors >= 6 && unmatched / anchors > 0.7) return `${percent(unmatched / anchors)} of the numbers and names find no partner`;
  return undefined;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;
const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[sorted.length >> 1]! : 0;
}
