import type { Segment } from "../types.js";
import { SegmentBuilder } from "./builder.js";
import { decodeEntities, type Decoded } from "./entities.js";
import { lazyRequire } from "../lazy-require.js";

// HTML through htmlparser2, with the source offsets of its events: the text
// between block boundaries (block elements and <br>) is one paragraph, so
// language detection sees whole paragraphs; inline tags inside it are locked
// pieces no fix may cross; alt, title and <meta name="description"> values
// are segments of their own. Script, style, pre, code, textarea, comments
// and every other attribute are never handed to the rules.

type Htmlparser2 = typeof import("htmlparser2");
const htmlparser2 = lazyRequire<Htmlparser2>("htmlparser2");

/** Elements that flow inside a paragraph: their tags are locked pieces, not boundaries. */
const INLINE = new Set([
  "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "button", "cite", "data", "del", "dfn", "em", "font", "i",
  "ins", "label", "mark", "nobr", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "wbr",
]);
/** Inline objects: they take a place in the sentence, shown as one placeholder character. */
const INLINE_OBJECT = new Set(["img", "input", "embed"]);
/** Hidden content that keeps its place in the sentence (as one placeholder character). */
const INLINE_CODE = new Set(["code", "kbd", "samp", "var", "textarea"]);
/** Hidden content that leaves no trace in the sentence. */
const HIDDEN = new Set(["script", "style", "template", "noscript", "svg", "math", "iframe", "object", "canvas", "audio", "video"]);
/** Hidden content that is a block of its own. */
const HIDDEN_BLOCK = new Set(["pre", "xmp", "listing", "plaintext"]);

const KIND_OF: Record<string, Segment["kind"]> = {
  h1: "heading", h2: "heading", h3: "heading", h4: "heading", h5: "heading", h6: "heading",
  li: "list-item", dt: "list-item", dd: "list-item",
  td: "table-cell", th: "table-cell",
  blockquote: "quote",
  figcaption: "caption", caption: "caption",
  title: "metadata",
};

/**
 * Elements a line deletion must not leave empty when it takes all their text:
 * an empty heading, list item, table cell or quote is a visible hole (and a
 * cell cannot go without breaking its table), so such a line is only
 * reported. A <p> emptied of an editor line keeps the page's structure.
 */
const KEEP_FILLED = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "blockquote", "caption", "title"]);

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeText = (text: string): string => text.replace(/[&<>]/g, (char) => TEXT_ESCAPES[char]!);
const escapeQuoted = (text: string): string => text.replace(/[&<>"']/g, (char) => TEXT_ESCAPES[char]!);
/** An unquoted attribute value ends at white space: a replacement with space or quotes cannot go there. */
const escapeUnquoted = (text: string): string | undefined => (/[\s"'=<>`]/u.test(text) ? undefined : escapeText(text));

interface AttributeValue {
  start: number;
  end: number;
  quoted: boolean;
}

interface Hidden {
  start: number;
  /** how the hidden element appears in its paragraph */
  as: "placeholder" | "tag" | "block";
  depth: number;
}

export function htmlSegments(source: string): Segment[] {
  const { Parser } = htmlparser2();
  const segments: Segment[] = [];
  /** the open block elements, innermost last (inline elements are not kept) */
  const blocks: string[] = [];
  /** for each open block element: the paragraphs ended before its content began */
  const opened: number[] = [];
  let boundaries = 0;
  /** a link opened in the paragraph: emptying the paragraph would leave an empty <a href> */
  let link = false;
  let paragraph = new SegmentBuilder(source);
  let hidden: Hidden | undefined;
  // after a comment or CDATA left open at the end of the file, htmlparser2's
  // indices run one or two past the end: every offset is kept inside the source
  const inSource = (index: number): number => Math.min(index, source.length);

  /** ends the paragraph; `element`: the one whose whole content it is, if any */
  const flush = (element?: string): void => {
    const kind = blocks.includes("nav") ? "navigation" : ([...blocks].reverse().map((name) => KIND_OF[name]).find(Boolean) ?? "paragraph");
    const emptiable = !link && !(element && KEEP_FILLED.has(element));
    const segment = paragraph.build(kind, { escape: escapeText, emptiable });
    if (segment) segments.push(segment);
    paragraph = new SegmentBuilder(source);
    boundaries++;
    link = false;
  };

  const addAttributeSegments = (name: string, attributes: Record<string, string>, start: number, end: number): void => {
    const values = attributeValues(source, start, end);
    const wanted: [string, Segment["kind"]][] = [["alt", "caption"], ["title", "metadata"]];
    if (name === "meta" && attributes.name?.toLowerCase() === "description") wanted.push(["content", "metadata"]);
    for (const [attribute, kind] of wanted) {
      const value = values.get(attribute);
      if (!value || value.end <= value.start) continue;
      const builder = new SegmentBuilder(source);
      const decoded = decodeEntities(source, value.start, value.end, "attribute");
      builder.addMapped(decoded.text, decoded.map);
      const segment = builder.build(kind, { escape: value.quoted ? escapeQuoted : escapeUnquoted, emptiable: true });
      if (segment) segments.push(segment);
    }
  };

  const parser: InstanceType<Htmlparser2["Parser"]> = new Parser(
    {
      onopentag(name, attributes, isImplied) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (hidden) {
          hidden.depth++;
          return;
        }
        if (!isImplied) addAttributeSegments(name, attributes, start, end);
        const untranslatable = attributes.translate?.toLowerCase() === "no";
        if (HIDDEN_BLOCK.has(name) || (untranslatable && !INLINE.has(name) && !INLINE_CODE.has(name))) {
          flush();
          hidden = { start, as: "block", depth: 1 };
        } else if (INLINE_CODE.has(name) || untranslatable) {
          hidden = { start, as: "placeholder", depth: 1 };
        } else if (HIDDEN.has(name)) {
          hidden = { start, as: "tag", depth: 1 };
        } else if (INLINE.has(name)) {
          if (name === "a") link = true;
          paragraph.addTag(start, end);
        } else if (INLINE_OBJECT.has(name)) {
          paragraph.addPlaceholder(start, end);
        } else {
          flush();
          blocks.push(name);
          opened.push(boundaries);
        }
      },
      onclosetag(name, isImplied) {
        // an implied end tag has no source of its own
        const start = inSource(parser.startIndex);
        const end = isImplied ? start : inSource(parser.endIndex + 1);
        if (hidden) {
          if (--hidden.depth > 0) return;
          const { start: hiddenStart, as } = hidden;
          hidden = undefined;
          if (as === "placeholder") paragraph.addPlaceholder(hiddenStart, Math.max(end, hiddenStart));
          else if (as === "tag") paragraph.addTag(hiddenStart, Math.max(end, hiddenStart));
          else flush();
          return;
        }
        if (INLINE.has(name)) {
          paragraph.addTag(start, end);
          return;
        }
        // a void object was placed when it opened
        if (INLINE_OBJECT.has(name)) return;
        const index = blocks.lastIndexOf(name);
        // no paragraph ended since the element opened: this one is all it holds
        flush(index !== -1 && index === blocks.length - 1 && opened[index] === boundaries ? name : undefined);
        if (index !== -1) {
          blocks.length = index;
          opened.length = index;
        }
      },
      ontext() {
        if (hidden) return;
        const decoded = collapseSpace(decodeEntities(source, parser.startIndex, parser.endIndex + 1, "text"), paragraph.endsWithSpace);
        paragraph.addMapped(decoded.text, decoded.map);
      },
      oncomment() {
        if (!hidden) paragraph.addTag(parser.startIndex, inSource(parser.endIndex + 1));
      },
      onprocessinginstruction() {
        if (!hidden) flush();
      },
      onend() {
        flush();
      },
    },
    { decodeEntities: false },
  );
  parser.end(source);
  return segments.sort((a, b) => a.start - b.start);
}

/**
 * White space as a browser shows it: a run of spaces, tabs and line breaks is
 * one space (mapped to the whole run), so "campus\n    today" reads as two
 * words and space on both sides of a tag is not a double space. No-break
 * spaces (&nbsp;) are kept.
 */
function collapseSpace({ text, map }: Decoded, afterSpace: boolean): Decoded {
  let out = "";
  const outMap: number[] = [];
  let previousSpace = afterSpace;
  for (let i = 0; i < text.length; i++) {
    const space = /[\t\n\f\r ]/.test(text[i]!);
    if (space && previousSpace) continue;
    out += space ? " " : text[i];
    outMap.push(map[i]!);
    previousSpace = space;
  }
  outMap.push(map[text.length]!);
  return { text: out, map: outMap };
}

/**
 * The attribute values of the tag at source[start, end), by lower-cased name
 * (the first of a repeated name, as browsers keep it), with their source
 * ranges. htmlparser2 reports values but not where they are; the tag's own
 * text is scanned with the tokenizer's rules for that.
 */
export function attributeValues(source: string, start: number, end: number): Map<string, AttributeValue> {
  const values = new Map<string, AttributeValue>();
  const isSpace = (char: string | undefined): boolean => char !== undefined && /[\t\n\f\r ]/.test(char);
  let i = start + 1;
  while (i < end && !isSpace(source[i]) && source[i] !== "/" && source[i] !== ">") i++;
  while (i < end) {
    while (i < end && (isSpace(source[i]) || source[i] === "/")) i++;
    if (i >= end || source[i] === ">") break;
    const nameStart = i;
    i++; // a name may start with "="
    while (i < end && !isSpace(source[i]) && !"/>=".includes(source[i]!)) i++;
    const name = source.slice(nameStart, i).toLowerCase();
    let j = i;
    while (j < end && isSpace(source[j])) j++;
    if (source[j] !== "=") {
      if (!values.has(name)) values.set(name, { start: i, end: i, quoted: false });
      i = j;
      continue;
    }
    j++;
    while (j < end && isSpace(source[j])) j++;
    const quote = source[j];
    let value: AttributeValue;
    if (quote === '"' || quote === "'") {
      const close = source.indexOf(quote, j + 1);
      const valueEnd = close === -1 || close >= end ? end - 1 : close;
      value = { start: j + 1, end: valueEnd, quoted: true };
      i = valueEnd + 1;
    } else {
      let valueEnd = j;
      while (valueEnd < end && !isSpace(source[valueEnd]) && source[valueEnd] !== ">") valueEnd++;
      value = { start: j, end: valueEnd, quoted: false };
      i = valueEnd;
    }
    if (!values.has(name)) values.set(name, value);
  }
  return values;
}
