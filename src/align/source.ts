import { assignLanguages } from "../language/detect.js";
import { Locator } from "../locate.js";
import { segmentsOf, type Format } from "../markup/index.js";
import type { Segment, SourceText } from "../types.js";
import { alignParagraphs, type Bead } from "./align.js";
import { addNote, ALIGNMENT_FAILED, EXTRA_PARAGRAPH, MISSING_PARAGRAPH, type AlignmentNotes } from "./notes.js";
import { splitSource } from "./split.js";

/** The Chinese original of a document, as `check` and `fix` take it. */
export interface SourceDocument {
  text: string;
  /** how to read it (default: plain text) */
  format?: Format;
  /** its name in messages and labels, e.g. the file name (default "source") */
  label?: string;
}

/** Paragraphs shorter than this (in Chinese characters) are captions and bylines: their absence is only noted. */
const SHORT = 12;

/**
 * Aligns the English document's segments with the source's paragraphs: each
 * English segment paired with source text gets it as `source`; a source
 * paragraph with no English and an English paragraph with no source become
 * notes. When the two do not align at all, that is the only note, and no
 * segment gets a source, so that the bilingual checks do not report a cascade.
 */
export function alignToSource(segments: Segment[], document: SourceDocument): AlignmentNotes {
  const notes: AlignmentNotes = new Map();
  const name = document.label ?? "source";
  const sourceSegments = assignLanguages(segmentsOf(document.text, document.format));
  const alignment = alignParagraphs(sourceSegments, segments);
  if (alignment.failure) {
    const first = segments.find((segment) => segment.lang !== "none") ?? segments[0];
    if (first) {
      addNote(notes, first, ALIGNMENT_FAILED, {
        start: 0,
        end: firstLineEnd(first.text),
        message: `This file could not be aligned with its source ${name}: ${alignment.failure}. The checks against the source were skipped.`,
      });
    }
    return notes;
  }
  const locator = new Locator(document.text);
  const labelOf = (indexes: number[]): string => {
    const lines = indexes.map((index) => locator.at(sourceSegments[index]!.start).line);
    return lines.length > 1 && lines.at(-1) !== lines[0] ? `${name}:${lines[0]}-${lines.at(-1)}` : `${name}:${lines[0]}`;
  };
  for (const [index, bead] of alignment.beads.entries()) {
    const sources = bead.source.map((i) => sourceSegments[i]!);
    const targets = bead.target.map((j) => segments[j]!);
    if (!targets.length) {
      const missing = sources[0]!;
      if (missing.lang === "none") continue;
      const { segment, at } = placeOfMissing(alignment.beads, index, segments);
      if (!segment) continue;
      addNote(notes, segment, MISSING_PARAGRAPH, {
        start: at,
        end: at,
        message: `The source paragraph at ${labelOf(bead.source)} has no English: “${excerpt(missing.text)}”.`,
        severity: size(missing.text) < SHORT ? "info" : undefined,
      });
      continue;
    }
    if (!sources.length) {
      const extra = targets[0]!;
      if (extra.lang === "none") continue;
      addNote(notes, extra, EXTRA_PARAGRAPH, {
        start: 0,
        end: firstLineEnd(extra.text),
        message: `This paragraph matches nothing in the source ${name}${extra.lang === "zh" ? " and is in Chinese" : ""}.`,
        severity: size(extra.text) / alignment.ratio < SHORT && extra.lang !== "zh" ? "info" : undefined,
      });
      continue;
    }
    // a file name or a bare number on the source side has nothing for the checks to compare
    if (sources.every((segment) => segment.lang === "none")) continue;
    const label = labelOf(bead.source);
    if (targets.length === 1) {
      targets[0]!.source = { text: sources.map((segment) => segment.text).join("\n"), label };
    } else {
      const parts = splitSource(sources[0]!.text, targets.map((segment) => segment.text));
      targets.forEach((segment, k) => (segment.source = { text: parts[k]!, label } satisfies SourceText));
    }
  }
  return notes;
}

/** A missing paragraph shows at the start of the next English segment, or at the end of the last one. */
function placeOfMissing(beads: Bead[], index: number, segments: Segment[]): { segment?: Segment; at: number } {
  const after = beads.slice(index + 1).find((bead) => bead.target.length);
  if (after) return { segment: segments[after.target[0]!], at: 0 };
  const last = segments.at(-1);
  return { segment: last, at: last?.text.length ?? 0 };
}

function firstLineEnd(text: string): number {
  const newline = text.search(/\r?\n/u);
  return newline === -1 ? text.length : newline;
}

function size(text: string): number {
  return text.replace(/\s/gu, "").length;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  return [...flat].length > 30 ? [...flat].slice(0, 30).join("") + "…" : flat;
}
