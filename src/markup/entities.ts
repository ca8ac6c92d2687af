import { lazyRequire } from "../lazy-require.js";

// Character references (&nbsp; &amp; &#12290;) decoded for the rules, with a
// map back to the source, so a fix next to an entity leaves the entity as it
// was written. The decoding is the `entities` package's, the one htmlparser2
// uses, so mtclean reads a reference exactly as the parser does.

type DecodeModule = typeof import("entities/decode");
const decodeModule = lazyRequire<DecodeModule>("entities/decode");

export type EntityMode = "text" | "attribute" | "strict";

export interface Decoded {
  text: string;
  /** map[i]: source offset of text[i]; map[text.length]: the source end */
  map: number[];
}

/** The reference that starts at `source[at]` ("&"), decoded, with its source length; undefined if there is none. */
export function entityAt(source: string, at: number, end: number, mode: EntityMode): { text: string; length: number } | undefined {
  const { HtmlEntityDecoder, DecodingMode } = decodeModule();
  let text = "";
  let consumed = 0;
  const decoder = new HtmlEntityDecoder((codePoint, length) => {
    text += String.fromCodePoint(codePoint);
    consumed = length;
  });
  decoder.startEntity(mode === "text" ? DecodingMode.Legacy : mode === "attribute" ? DecodingMode.Attribute : DecodingMode.Strict);
  const chunk = source.slice(at, end);
  if (decoder.write(chunk, 1) < 0) decoder.end();
  return consumed > 0 ? { text, length: consumed } : undefined;
}

/** Decodes the references in source[start, end). */
export function decodeEntities(source: string, start: number, end: number, mode: EntityMode): Decoded {
  let text = "";
  const map: number[] = [];
  let at = start;
  while (at < end) {
    const amp = source.indexOf("&", at);
    const plainEnd = amp === -1 || amp >= end ? end : amp;
    for (let i = at; i < plainEnd; i++) map.push(i);
    text += source.slice(at, plainEnd);
    at = plainEnd;
    if (at >= end) break;
    const entity = entityAt(source, at, end, mode);
    if (!entity) {
      map.push(at);
      text += "&";
      at++;
      continue;
    }
    // every unit of the decoded text points at the reference's start, so an
    // edit either keeps the whole reference or replaces the whole of it
    for (let i = 0; i < entity.text.length; i++) map.push(at);
    text += entity.text;
    at += entity.length;
  }
  map.push(end);
  return { text, map };
}
