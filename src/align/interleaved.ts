import type { Language, Segment } from "../types.js";
import { CodePointClass, countCodePoints } from "../language/code-points.js";
import { isChinese } from "../language/detect.js";
import { Locator } from "../locate.js";
import { alignParagraphs } from "./align.js";

// A bilingual page: each Chinese paragraph (or run of them) followed by its
// English rendering. Runs of one language alternate; each Chinese run is
// aligned with the English run after it and every paired English segment
// gets its Chinese as `source`. An English article with a paragraph left in
// Chinese is not interleaved: the English run after that paragraph is far
// longer than a translation of it, so nothing is paired.

interface Run {
  lang: Language;
  segments: Segment[];
}

/** A Chinese run and the English run after it, with their characters (see characters()) */
interface Pair {
  zh: Run;
  en: Run;
  zhChars: number;
  enChars: number;
}

/** English characters per Chinese character that still count as a translation of a run */
const PLAUSIBLE_RATIO: [number, number] = [0.8, 6];

/** Sets `source` on the English segments of an interleaved document (other documents are left as they are). */
export function pairInterleaved(text: string, segments: Segment[]): void {
  // nothing pairs without Chinese; asking languages would decide the pending ones (see language/detect.ts)
  if (!segments.some(isChinese)) return;
  const runs = languageRuns(segments);
  const pairs: Pair[] = [];
  for (let k = 0; k + 1 < runs.length; k++) {
    const [zh, en] = [runs[k]!, runs[k + 1]!];
    if (zh.lang === "zh" && en.lang === "en") pairs.push({ zh, en, zhChars: characters(zh.segments), enChars: characters(en.segments) });
  }
  const plausible = pairs.filter(({ zhChars, enChars }) => {
    const ratio = enChars / Math.max(zhChars, 1);
    return ratio >= PLAUSIBLE_RATIO[0] && ratio <= PLAUSIBLE_RATIO[1];
  });
  const wholeDocument = runs.length === 2 && plausible.length === 1;
  if (!(plausible.length >= 2 || wholeDocument) || plausible.length * 3 < pairs.length * 2) return;
  const locator = new Locator(text);
  const ratio = sum(plausible.map((pair) => pair.enChars)) / Math.max(sum(plausible.map((pair) => pair.zhChars)), 1);
  for (const { zh, en } of plausible) {
    // one paragraph each side is the common case and needs no aligning: the source is that paragraph as it is
    if (zh.segments.length === 1 && en.segments.length === 1) {
      const source = zh.segments[0]!;
      en.segments[0]!.source = { text: source.text, label: `line ${locator.at(source.start).line}` };
      continue;
    }
    // runs of several are aligned with the document's ratio
    const alignment = alignParagraphs(zh.segments, en.segments, ratio);
    if ("failure" in alignment && alignment.failure) continue;
    for (const bead of alignment.beads) {
      if (!bead.source.length || !bead.target.length) continue;
      const sources = bead.source.map((i) => zh.segments[i]!);
      const label = `line ${locator.at(sources[0]!.start).line}`;
      for (const j of bead.target) en.segments[j]!.source = { text: sources.map((segment) => segment.text).join("\n"), label };
    }
  }
}

/** Consecutive segments of one language; segments of no language (file names, numbers) join the run they interrupt. */
function languageRuns(segments: Segment[]): Run[] {
  const runs: Run[] = [];
  for (const segment of segments) {
    if (segment.lang === "none") continue;
    const last = runs.at(-1);
    if (last?.lang === segment.lang) last.segments.push(segment);
    else runs.push({ lang: segment.lang, segments: [segment] });
  }
  return runs;
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

const SPACE = new CodePointClass(/^\s$/u);

/** The characters of the segments, white space aside (every \s is one code unit, so this is replace(/\s/gu, "").length, without the copies) */
function characters(segments: Segment[]): number {
  return segments.reduce((sum, segment) => sum + segment.text.length - countCodePoints(segment.text, SPACE), 0);
}
