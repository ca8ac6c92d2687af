import type { Rule, Segment } from "../types.js";
import { pairInterleaved } from "./interleaved.js";
import { alignmentNotesRule } from "./notes.js";
import { alignToSource, type SourceDocument } from "./source.js";

export { ALIGNMENT_RULES } from "./notes.js";
export type { SourceDocument } from "./source.js";

/**
 * Gives English segments their Chinese original: from a source document when
 * there is one, else from the document itself when it is interleaved
 * (Chinese paragraph, then its English). Segments that already carry one (an
 * XLIFF target) keep it. Returns the rule that reports what the alignment
 * found, or undefined when it found nothing to report.
 */
export function attachSources(text: string, segments: Segment[], source?: SourceDocument): Rule | undefined {
  if (source) {
    const notes = alignToSource(segments, source);
    return notes.size ? alignmentNotesRule(notes) : undefined;
  }
  if (!segments.some((segment) => segment.source)) pairInterleaved(text, segments);
  return undefined;
}
