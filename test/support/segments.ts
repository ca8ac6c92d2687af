// The Segment contract, checked on real processor output: every character
// the rules see comes from the source at its mapped offset (itself, its
// escape, its character reference, or a run of white space), every locked
// piece sits where the map says, and the map only moves forward.
import { decodeHTML } from "entities";
import { expect } from "vitest";
import type { Segment } from "../../src/types.js";

const offsetOf = (segment: Segment, index: number): number => (segment.map ? segment.map[index]! : segment.start + index);

export function expectConsistent(source: string, segments: Segment[]): void {
  for (const segment of segments) {
    const where = `segment ${JSON.stringify(segment.text.slice(0, 40))} at ${segment.start}`;
    const { text } = segment;
    if (!segment.map) expect(source.slice(segment.start, segment.start + text.length), where).toBe(text);
    else expect(segment.map, where).toHaveLength(text.length + 1);
    expect(offsetOf(segment, 0), where).toBe(segment.start);
    expect(offsetOf(segment, text.length), `${where}: ends inside the source`).toBeLessThanOrEqual(source.length);
    for (const piece of segment.locked ?? []) expect(piece.source[1], `${where}: locked piece inside the source`).toBeLessThanOrEqual(source.length);
    const locked = new Map((segment.locked ?? []).filter((piece) => piece.length === 1).map((piece) => [piece.at, piece]));
    for (let i = 0; i < text.length; i++) {
      const from = offsetOf(segment, i);
      const to = offsetOf(segment, i + 1);
      expect(to, `${where}: offsets go forward at ${i}`).toBeGreaterThanOrEqual(from);
      const piece = locked.get(i);
      if (piece) {
        expect([from, to], `${where}: placeholder ${i}`).toEqual(piece.source);
        continue;
      }
      const slice = source.slice(from, Math.max(to, from + 1));
      const char = text[i]!;
      const reference = /^&[#\w]+;?/.exec(slice)?.[0];
      const ok =
        slice.startsWith(char) ||
        slice.startsWith(`\\${char}`) ||
        (reference !== undefined && decodeHTML(reference).includes(char)) ||
        (/\s/u.test(char) && /^\s/u.test(slice));
      expect(ok, `${where}: text[${i}] ${JSON.stringify(char)} is not the source ${JSON.stringify(slice.slice(0, 12))}`).toBe(true);
    }
    for (const piece of segment.locked ?? []) {
      if (piece.length === 1) continue;
      // a tag sits between the character before it and the one after it
      expect(piece.at, where).toBeGreaterThan(0);
      expect(piece.at, where).toBeLessThan(text.length);
      expect(piece.source[0], where).toBeGreaterThan(offsetOf(segment, piece.at - 1));
      expect(piece.source[1], where).toBeLessThanOrEqual(offsetOf(segment, piece.at));
    }
  }
}
