import type { Segment } from "../types.js";
import { htmlSegments } from "./html.js";
import { markdownSegments } from "./markdown.js";
import { textSegments } from "./text.js";
import { xliffSegments } from "./xliff.js";

/** A markup processor: a pure function from a document's source to its prose segments. */
export type Processor = (source: string) => Segment[];

/** The processors by format, with the file extensions each one reads (lower case, with the dot). */
export const FORMATS = {
  text: { process: textSegments, extensions: [".txt"] },
  xliff: { process: xliffSegments, extensions: [".xlf", ".xliff"] },
  markdown: { process: markdownSegments, extensions: [".md", ".markdown"] },
  html: { process: htmlSegments, extensions: [".html", ".htm"] },
} satisfies Record<string, { process: Processor; extensions: readonly string[] }>;

export type Format = keyof typeof FORMATS;

export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATS, name);
}

/** The format of a file by its extension; text when no processor claims it. */
export function formatOfPath(path: string): Format {
  const lower = path.toLowerCase();
  const found = (Object.keys(FORMATS) as Format[]).find((format) => FORMATS[format].extensions.some((extension) => lower.endsWith(extension)));
  return found ?? "text";
}

/** Splits a document into prose segments, each a slice of the original text. */
export function segmentsOf(source: string, format: Format = "text"): Segment[] {
  return FORMATS[format].process(source);
}
