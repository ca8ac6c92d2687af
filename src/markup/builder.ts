import type { Locked, Segment } from "../types.js";

/** The character that stands for inline code and other hidden inline content in a segment's text. */
export const PLACEHOLDER = "\uFFFC";

/**
 * Builds one prose segment from pieces of a document's source: visible text
 * (with a map when it is decoded: entities, escapes, stripped prefixes), tags
 * or markers the rules must not see (zero-width locked pieces) and hidden
 * content that stays in the sentence as a placeholder (inline code). Leading
 * and trailing white space and markup are left outside the segment.
 */
export class SegmentBuilder {
  private text = "";
  private readonly map: number[] = [];
  private end = 0;
  private readonly locked: Locked[] = [];
  private pendingTag: [number, number] | undefined;

  /** `source` is the whole document the pieces come from */
  constructor(private readonly source: string) {}

  /** True at the start and after white space: where a browser drops further white space. */
  get endsWithSpace(): boolean {
    return this.text.length === 0 || /\s$/u.test(this.text);
  }

  /** Decoded text: map[i] is the source offset of text[i], map[text.length] the source end. */
  addMapped(text: string, map: readonly number[]): void {
    if (!text) return;
    this.flushTag();
    for (let i = 0; i < text.length; i++) this.map.push(map[i]!);
    this.text += text;
    this.end = map[text.length]!;
  }

  /** Source the rules do not see and no edit may cross: a tag, an emphasis marker, a comment. */
  addTag(sourceStart: number, sourceEnd: number): void {
    if (sourceEnd <= sourceStart) return;
    this.pendingTag = this.pendingTag ? [this.pendingTag[0], sourceEnd] : [sourceStart, sourceEnd];
  }

  /** Hidden content that keeps its place in the sentence as one character no edit may touch. */
  addPlaceholder(sourceStart: number, sourceEnd: number, char = PLACEHOLDER): void {
    this.flushTag();
    this.locked.push({ at: this.text.length, length: 1, source: [sourceStart, sourceEnd] });
    this.map.push(sourceStart);
    this.text += char;
    this.end = sourceEnd;
  }

  /** The segment, or undefined when it holds no prose (only white space and placeholders). */
  build(kind: Segment["kind"], extra: Pick<Segment, "escape" | "removal" | "emptiable"> = {}): Segment | undefined {
    const first = this.text.search(/\S/u);
    if (first === -1 || !/[^\s\uFFFC]/u.test(this.text)) return undefined;
    const last = this.text.length - (this.text.length - this.text.trimEnd().length);
    const text = this.text.slice(first, last);
    // the segment ends where its last character ends: before a tag that follows it
    const tagAfter = this.locked.find((piece) => piece.length === 0 && piece.at === last);
    const end = last === this.text.length ? this.end : (tagAfter?.source[0] ?? this.map[last]!);
    const map = [...this.map.slice(first, last), end];
    const start = map[0]!;
    const locked = this.locked
      .filter((piece) => piece.at >= first && piece.at + piece.length <= last && !(piece.length === 0 && (piece.at === first || piece.at === last)))
      .map((piece) => ({ ...piece, at: piece.at - first }));
    const segment: Segment = { text, start, kind, lang: "none", ...extra };
    // without a map a segment's text must be its source slice (a collapsed line break is not)
    if (map.some((offset, index) => offset !== start + index) || this.source.slice(start, start + text.length) !== text) segment.map = map;
    if (locked.length) segment.locked = locked;
    return segment;
  }

  private flushTag(): void {
    if (!this.pendingTag) return;
    // markup before the first character is outside the segment
    if (this.text.length > 0) this.locked.push({ at: this.text.length, length: 0, source: this.pendingTag });
    this.pendingTag = undefined;
  }
}
