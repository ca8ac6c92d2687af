import type { Nodes, Parent, PhrasingContent, Root, RootContent } from "mdast";
import type { EditPlace, Segment } from "../types.js";
import { alignValue } from "./align.js";
import { SegmentBuilder } from "./builder.js";
import { frontMatterSegments } from "./front-matter.js";
import { lazyRequire } from "../lazy-require.js";
import { lineStartBefore, nextLineBreak, wholeLines } from "./line-breaks.js";

// Markdown through mdast-util-from-markdown (micromark, with GFM, front
// matter and math), which keeps the source offset of every node. Paragraphs,
// headings, list items, table cells and block quotes are prose segments; link
// text stays in its sentence, while the brackets and the destination around it
// are locked pieces; inline code and math stay in the sentence as a
// placeholder no edit may touch; image alt text is a segment of its own.
// Code blocks, HTML, math blocks, definitions and front matter (but for its
// title and description) never reach the rules.

interface Parsers {
  fromMarkdown: typeof import("mdast-util-from-markdown").fromMarkdown;
  options: Parameters<typeof import("mdast-util-from-markdown").fromMarkdown>[1];
}

let parsers: Parsers | undefined;
/** micromark, mdast and their extensions, loaded on the first Markdown file (about 100 ms) */
function loadParsers(): Parsers {
  const load = <T>(name: string): T => lazyRequire<T>(name)();
  const { gfm } = load<typeof import("micromark-extension-gfm")>("micromark-extension-gfm");
  const { gfmFromMarkdown } = load<typeof import("mdast-util-gfm")>("mdast-util-gfm");
  const { frontmatter } = load<typeof import("micromark-extension-frontmatter")>("micromark-extension-frontmatter");
  const { frontmatterFromMarkdown } = load<typeof import("mdast-util-frontmatter")>("mdast-util-frontmatter");
  const { math } = load<typeof import("micromark-extension-math")>("micromark-extension-math");
  const { mathFromMarkdown } = load<typeof import("mdast-util-math")>("mdast-util-math");
  return {
    fromMarkdown: load<typeof import("mdast-util-from-markdown")>("mdast-util-from-markdown").fromMarkdown,
    options: {
      extensions: [gfm(), frontmatter(["yaml"]), math()],
      mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(["yaml"]), mathFromMarkdown()],
    },
  };
}

/** Characters that would start Markdown syntax in a replacement are escaped with a backslash ("【" fixed to "[" inside link text must not open a link). */
const escapeMarkdown = (text: string): string => text.replace(/[\\`*_<[\]]/g, "\\$&");
const escapeTableCell = (text: string): string => escapeMarkdown(text).replace(/\|/g, "\\|");

// A marker that opens a block at a line start (after up to three spaces): a
// bullet, a heading's hashes, a quote's ">", an ordered item's number. The
// group is the character a backslash makes text: "1\." is not a list.
const BLOCK_START = /^ {0,3}(?:([-+]|#{1,6})(?=[ \t]|$)|(>)|\d{1,9}([.)])(?=[ \t]|$))/;
// what may stand before a marker on its line: a few spaces and digits (full-width ones, which another fix makes ASCII, too)
const MARKER_PREFIX = /(?:^|[\n\r])( {0,3}[0-9０-９]{0,9})$/;
const toAsciiDigits = (text: string): string => text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

/**
 * A replacement in a paragraph, list item or quote escaped for Markdown,
 * including what it would make block syntax at its line's start (“１． Not a
 * list” fixed to “1. Not a list” is an ordered list): the marker gets a
 * backslash, or, when it lies past the replacement (an edit before “1. ” at
 * a line start), the fix is dropped.
 */
function escapeBlockText(text: string, place?: EditPlace): string | undefined {
  const value = escapeMarkdown(text);
  if (!place) return value;
  const prefix = MARKER_PREFIX.exec(place.text.slice(Math.max(0, place.start - 13), place.start));
  // the edit is not at the start of its line, or is past where a marker could be
  if (!prefix || (place.start > 13 && !/^[\n\r]/.test(prefix[0]))) return value;
  const before = toAsciiDigits(prefix[1]!);
  const after = place.text.slice(place.end, place.end + 12).split(/[\n\r]/, 1)[0]!;
  const marker = BLOCK_START.exec(before + value + after);
  if (!marker) return value;
  const at = marker[0].length - (marker[1]?.length ?? 1) - before.length;
  // a marker before the edit was there already, or comes from another edit that escapes it
  if (at < 0) return value;
  if (at <= value.length) return `${value.slice(0, at)}\\${value.slice(at)}`;
  return undefined;
}

type Container = "root" | "list-item" | "quote" | "footnote";
/** what may stand before a block on its line for a deletion to take the whole line: indentation and quote markers */
const CONTAINER_LEAD = /^[ \t>]*$/;
const PARAGRAPH_KIND: Record<Container, Segment["kind"]> = { root: "paragraph", "list-item": "list-item", quote: "quote", footnote: "paragraph" };

export function parseMarkdown(markdown: string): Root {
  parsers ??= loadParsers();
  const { fromMarkdown, options } = parsers;
  const tree = fromMarkdown(markdown, options);
  restorePositions(tree, markdown);
  return tree;
}

/**
 * GFM finds some literal URLs (`www.a.com`, `http://…` right after a `[`
 * that opens no link) only after parsing, by splitting a text node into text
 * and link nodes that have no source position. Those nodes get back the
 * positions of the text they were cut from; where that cannot be lined up,
 * the run becomes one node of unknown content that the segments keep locked.
 */
function restorePositions(parent: Parent, source: string): void {
  const children = parent.children as Nodes[];
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.position) {
      if ("children" in child) restorePositions(child, source);
      continue;
    }
    let last = index;
    while (last + 1 < children.length && !children[last + 1]!.position) last++;
    const run = children.slice(index, last + 1);
    const from = index > 0 ? children[index - 1]!.position!.end.offset! : parent.position!.start.offset!;
    const to = last + 1 < children.length ? children[last + 1]!.position!.start.offset! : parent.position!.end.offset!;
    const values = run.map((node) => ("value" in node ? node.value : "children" in node ? (node.children as Nodes[]).map((inner) => ("value" in inner ? inner.value : "")).join("") : ""));
    const map = alignValue(values.join(""), source, from, to);
    if (map) {
      let at = 0;
      for (const [k, node] of run.entries()) {
        const position = { start: pointAt(map[at]!), end: pointAt(map[at + values[k]!.length]!) };
        at += values[k]!.length;
        node.position = position;
        if ("children" in node) for (const inner of node.children as Nodes[]) inner.position = position;
      }
    } else {
      const unknown = { type: "unpositioned", position: { start: pointAt(from), end: pointAt(to) } } as unknown as Nodes;
      children.splice(index, run.length, unknown);
    }
    // go on after the run (restored) or after the one node that replaced it
    if (map) index = last;
  }
}

/**
 * Whole lines removed after a blank line (a one-line quote, a loose list's
 * item) take a blank line with them: the one after, or at the end of the
 * document the one before, so no two blank lines (or an empty ">" line) are
 * left. A line of only ">" is blank inside a quote.
 */
function tidyBlankLines(source: string, range: [number, number] | undefined): [number, number] | undefined {
  if (!range) return undefined;
  const [from, to] = range;
  const previousStart = from === 0 ? 0 : lineStartBefore(source, from - 1);
  if (from > 0 && !CONTAINER_LEAD.test(source.slice(previousStart, from).trimEnd())) return range;
  const lineBreak = nextLineBreak(source, to);
  if (lineBreak) return CONTAINER_LEAD.test(source.slice(to, lineBreak.index)) ? [from, lineBreak.end] : range;
  return source.slice(to).trim() === "" ? [previousStart, to] : range;
}

/** Whether the node holds nothing but text, emphasis and line breaks: no code, link, image, math or HTML. */
function onlyText(node: Nodes): boolean {
  if (node.type === "text" || node.type === "break") return true;
  const container = node.type === "paragraph" || node.type === "heading" || node.type === "emphasis" || node.type === "strong" || node.type === "delete";
  return container && node.children.every(onlyText);
}

/** A point with only its offset: the segments read nothing else. */
const pointAt = (offset: number) => ({ offset, line: 0, column: 0 });

export function markdownSegments(source: string): Segment[] {
  // micromark drops a byte-order mark and counts offsets without it
  const bom = source.startsWith("\uFEFF") ? 1 : 0;
  const tree = parseMarkdown(bom ? source.slice(1) : source);
  const segments: Segment[] = [];
  const startOf = (node: Nodes | Parent): number => node.position!.start.offset! + bom;
  const endOf = (node: Nodes | Parent): number => node.position!.end.offset! + bom;

  const phrasing = (parent: Parent, kind: Segment["kind"], extra: Pick<Segment, "escape" | "removal">): void => {
    const builder = new SegmentBuilder(source);
    addChildren(builder, parent);
    const segment = builder.build(kind, extra);
    if (segment) segments.push(segment);
  };

  const addChildren = (builder: SegmentBuilder, parent: Parent): void => {
    let cursor = startOf(parent);
    for (const child of parent.children as PhrasingContent[]) {
      builder.addTag(cursor, startOf(child));
      addInline(builder, child);
      cursor = endOf(child);
    }
    builder.addTag(cursor, endOf(parent));
  };

  const addInline = (builder: SegmentBuilder, node: PhrasingContent): void => {
    const start = startOf(node);
    const end = endOf(node);
    switch (node.type) {
      case "text": {
        const map = alignValue(node.value, source, start, end);
        if (map) builder.addMapped(node.value, map);
        else builder.addPlaceholder(start, end);
        return;
      }
      case "emphasis":
      case "strong":
      case "delete":
      case "linkReference":
        addChildren(builder, node);
        return;
      case "link":
        // an autolink (<https://…>, or a bare URL with GFM) is its destination: not prose
        if (source[start] === "[") addChildren(builder, node);
        else builder.addPlaceholder(start, end);
        return;
      case "html":
      case "footnoteReference":
        builder.addTag(start, end);
        return;
      case "break":
        builder.addPlaceholder(start, end, "\n");
        return;
      case "image":
      case "imageReference":
        builder.addPlaceholder(start, end);
        altSegment(node.alt, start, end);
        return;
      default:
        // inline code, inline math and anything unknown: hidden, kept in the sentence
        builder.addPlaceholder(start, end);
    }
  };

  const altSegment = (alt: string | null | undefined, start: number, end: number): void => {
    if (!alt) return;
    const map = alignValue(alt, source, start + 2, end);
    if (!map) return;
    const builder = new SegmentBuilder(source);
    builder.addMapped(alt, map);
    const segment = builder.build("caption", { escape: escapeMarkdown, emptiable: true });
    if (segment) segments.push(segment);
  };

  /** `item`: the list item the blocks are in */
  const blocks = (children: RootContent[], container: Container, item?: Nodes): void => {
    children.forEach((node, index) => {
      switch (node.type) {
        case "yaml": {
          // the YAML between the fences: from after the opening line to the closing line's start
          const contentStart = source.indexOf("\n", startOf(node)) + 1;
          const contentEnd = source.lastIndexOf("\n", endOf(node) - 1);
          if (contentStart > 0 && contentEnd >= contentStart) segments.push(...frontMatterSegments(source, contentStart, contentEnd));
          return;
        }
        case "heading":
        case "paragraph": {
          // a paragraph or heading deleted whole goes with its markers: a top-level one with the
          // blank lines after it, as in plain text (no empty "#" is left behind), a list item's only
          // paragraph with the item's line(s), one in a quote with its lines and their ">". One
          // holding code, a link or an image is not deleted (never its code or URL, and no empty
          // link is left), nor one sharing a line with other markup (“- > text”)
          const next = children[index + 1];
          const previous = children[index - 1];
          const removal: [number, number] | undefined = !onlyText(node)
            ? undefined
            : container !== "root"
              ? tidyBlankLines(
                  source,
                  item && children.length === 1
                    ? wholeLines(source, startOf(item), endOf(item), CONTAINER_LEAD)
                    : wholeLines(source, startOf(node), endOf(node), CONTAINER_LEAD),
                )
              : next
                ? [startOf(node), startOf(next)]
                : previous
                  ? [endOf(previous), endOf(node)]
                  : [startOf(node), endOf(node)];
          // a heading's text is inline only: no block can start inside it
          const [kind, escape] = node.type === "heading" ? (["heading", escapeMarkdown] as const) : [PARAGRAPH_KIND[container], escapeBlockText];
          phrasing(node, kind, removal ? { escape, removal } : { escape });
          return;
        }
        case "blockquote":
          blocks(node.children, "quote");
          return;
        case "list":
          for (const item of node.children) blocks(item.children, "list-item", item);
          return;
        case "footnoteDefinition":
          blocks(node.children, "footnote");
          return;
        case "table":
          for (const row of node.children) for (const cell of row.children) phrasing(cell, "table-cell", { escape: escapeTableCell });
          return;
        default:
        // code, math, html, definitions, thematic breaks: not prose
      }
    });
  };

  blocks(tree.children, "root");
  return segments.sort((a, b) => a.start - b.start);
}
