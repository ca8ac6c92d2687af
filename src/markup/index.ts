import type { Segment } from "../types.js";
import { textSegments } from "./text.js";

export type Format = "text";

/** Splits a document into prose segments, each a slice of the original text. */
export function segmentsOf(source: string, _format: Format = "text"): Segment[] {
  return textSegments(source);
}
