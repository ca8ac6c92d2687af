// Pairs of English and Chinese paragraphs checked the way an aligned
// document is: each English paragraph carries its Chinese original as
// `segment.source`, and the linter's rules run over them.
import { applyFixes } from "../../src/fix/apply.js";
import { assignLanguages } from "../../src/language/detect.js";
import type { Linter } from "../../src/linter.js";
import { locate } from "../../src/locate.js";
import { segmentsOf } from "../../src/markup/index.js";
import { runRules } from "../../src/rules/engine.js";
import type { Finding } from "../../src/types.js";

export interface Pair {
  en: string;
  zh: string;
  /** where the source comes from, for messages (default zh:N) */
  label?: string;
}

/** The English paragraphs joined by blank lines: the document the findings point into. */
export function englishDocument(pairs: readonly Pair[]): string {
  return pairs.map((pair) => pair.en).join("\n\n");
}

export function checkPairs(linter: Linter, pairs: readonly Pair[], only?: string): Finding[] {
  const text = englishDocument(pairs);
  const segments = assignLanguages(segmentsOf(text));
  if (segments.length !== pairs.length) throw new Error(`expected ${pairs.length} paragraphs, got ${segments.length}`);
  segments.forEach((segment, index) => (segment.source = { text: pairs[index]!.zh, label: pairs[index]!.label ?? `zh:${index + 1}` }));
  return locate(text, runRules(segments, linter.rules, { only }));
}

/** The English after one pass of the pairs' fixes (suggestions too with unsafe). */
export function fixPairs(linter: Linter, pairs: readonly Pair[], unsafe = false): string {
  return applyFixes(englishDocument(pairs), checkPairs(linter, pairs), unsafe).output;
}
