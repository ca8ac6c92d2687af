import type { Segment } from "../types.js";
import { alignValue } from "./align.js";
import { SegmentBuilder } from "./builder.js";
import { lazyRequire } from "../lazy-require.js";

// YAML front matter is data, never touched, except the values of `title` and
// `description`, which are prose a reader sees. Each value is mapped back to
// its place in the file, and a replacement is written in the value's own
// style (quotes doubled or escaped); one the style cannot hold (": " in a
// plain scalar, a line break anywhere) is dropped, so a fix never breaks the YAML.

type YamlModule = typeof import("yaml");
const yaml = lazyRequire<YamlModule>("yaml");

const PROSE_KEYS = new Set(["title", "description"]);

/** A plain scalar cannot take what would start a mapping, a comment, a quote or a flow collection. */
const escapePlain = (text: string): string | undefined => (/[:#\n\r"'`{}[\]|>*&!%@]/.test(text) ? undefined : text);
const escapeDouble = (text: string): string | undefined => (/[\n\r]/.test(text) ? undefined : text.replace(/["\\]/g, "\\$&"));
const escapeSingle = (text: string): string | undefined => (/[\n\r]/.test(text) ? undefined : text.replace(/'/g, "''"));
const escapeBlock = (text: string): string | undefined => (/[\n\r]/.test(text) ? undefined : text);

/** The prose values of the YAML at source[start, end). */
export function frontMatterSegments(source: string, start: number, end: number): Segment[] {
  const { parseDocument, isMap, isScalar, Scalar } = yaml();
  const document = parseDocument(source.slice(start, end));
  if (document.errors.length || !isMap(document.contents)) return [];
  const segments: Segment[] = [];
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || !PROSE_KEYS.has(String(pair.key.value)) || !isScalar(pair.value)) continue;
    const scalar = pair.value;
    if (typeof scalar.value !== "string" || !scalar.range) continue;
    let [from, to] = [start + scalar.range[0], start + scalar.range[1]];
    let escape: (text: string) => string | undefined = escapePlain;
    if (scalar.type === Scalar.QUOTE_DOUBLE) [from, to, escape] = [from + 1, to - 1, escapeDouble];
    else if (scalar.type === Scalar.QUOTE_SINGLE) [from, to, escape] = [from + 1, to - 1, escapeSingle];
    else if (scalar.type === Scalar.BLOCK_FOLDED || scalar.type === Scalar.BLOCK_LITERAL) {
      from = source.indexOf("\n", from) + 1;
      escape = escapeBlock;
    }
    const value = scalar.value.trimEnd();
    const map = alignValue(value, source, from, to, false);
    if (!map) continue;
    const builder = new SegmentBuilder(source);
    builder.addMapped(value, map);
    const segment = builder.build("metadata", { escape, emptiable: true });
    if (segment) segments.push(segment);
  }
  return segments;
}
