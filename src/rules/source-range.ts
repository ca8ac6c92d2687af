import type { Segment } from "../types.js";

// From segment-text ranges to source ranges, honouring the segment's locked
// pieces (inline tags, emphasis markers, inline code): a range never starts
// before a tag it follows nor ends after a tag it precedes, and a range that
// would overlap or span a locked piece has no source range to edit at all.

export function toSource(segment: Segment, index: number): number {
  return segment.map ? segment.map[index]! : segment.start + index;
}

/** The source offset where a range ending at `index` ends: before a tag that sits there. */
function toSourceEnd(segment: Segment, index: number): number {
  const tag = segment.locked?.find((piece) => piece.length === 0 && piece.at === index);
  return tag ? tag.source[0] : toSource(segment, index);
}

/** The source range of [start, end) in the segment's text, for reports: always defined. */
export function sourceRange(segment: Segment, start: number, end: number): [number, number] {
  const sourceEnd = toSourceEnd(segment, end);
  // an insertion where a tag sits goes before the tag, like every range ending there
  return [start === end ? sourceEnd : toSource(segment, start), sourceEnd];
}

/** True when an edit of [start, end) would change or span a locked piece. */
export function crossesLocked(segment: Segment, start: number, end: number): boolean {
  if (!segment.locked) return false;
  return segment.locked.some((piece) => (piece.length === 0 ? start < piece.at && piece.at < end : start < piece.at + 1 && end > piece.at));
}
