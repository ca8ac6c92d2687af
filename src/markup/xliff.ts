import type { Segment } from "../types.js";
import { lazyRequire } from "../lazy-require.js";
import { PLACEHOLDER as PLACEHOLDER_CHAR, SegmentBuilder } from "./builder.js";

// XLIFF 1.2 and 2.x as CAT tools export them. Each <target> of a trans-unit
// (1.2) or segment (2.x) is one English segment whose `source` is the text of
// its <source>; with 1.2 <seg-source>, each <mrk mtype="seg"> of the target is
// a segment of its own, paired with the source <mrk> of the same mid.
// Only target text is prose. Inline tags stay as they are: paired and
// transparent ones (<g>, <pc>, <mrk>, <bpt>/<ept>, <bx/>/<ex/>, <sc/>/<ec/>,
// <sm/>/<em/>) vanish from the text the rules see, placeholders (<x/>, <ph>,
// <it>, <cp/>) become U+FFFC, the content of 1.2 native-code elements (<bpt>,
// <ept>, <ph>, <it>) is not prose, and every tag, comment and CDATA section is
// locked: a fix that would touch one is withheld. Entities are decoded for the
// rules and replacements are escaped back.
//
// htmlparser2 in xmlMode (already a dependency for HTML) gives the offset of
// every tag and of every text run, and reports an entity as its own text
// event, which is exactly what a source map needs; it loads only for XLIFF.

type Htmlparser2 = typeof import("htmlparser2");
const htmlparser2 = lazyRequire<Htmlparser2>("htmlparser2");

const CONTAINERS = new Set(["trans-unit", "segment"]);
/** stand for something in the text (a variable, an image, a line break): the rules see U+FFFC */
const PLACEHOLDERS = new Set(["x", "ph", "it", "cp"]);
/** 1.2 elements whose content is native code, not prose */
const NATIVE_CODE = new Set(["bpt", "ept", "ph", "it"]);
export { PLACEHOLDER_CHAR };

/** Text gathered from one element, built as a segment (source map, locked tags) as it comes. */
class Collector {
  /** the plain text, placeholders included: a <source>'s text for the bilingual checks */
  text = "";
  private readonly builder: SegmentBuilder;
  constructor(document: string) {
    this.builder = new SegmentBuilder(document);
  }
  add(data: string, start: number, end: number): void {
    // an entity is one text event: every character of it maps to its start
    const verbatim = end - start === data.length;
    this.builder.addMapped(data, [...Array.from({ length: data.length }, (_, k) => (verbatim ? start + k : start)), end]);
    this.text += data;
  }
  tag(start: number, end: number): void {
    this.builder.addTag(start, end);
  }
  placeholder(start: number, end: number): void {
    this.builder.addPlaceholder(start, end, PLACEHOLDER_CHAR);
    this.text += PLACEHOLDER_CHAR;
  }
  build(): Segment | undefined {
    return this.builder.build("paragraph", { escape: escapeXml });
  }
}

interface Unit {
  label: string;
  source?: Collector;
  target?: Collector;
  segSource: Map<string, Collector>;
  segTarget: Map<string, Collector>;
}

export function xliffSegments(document: string): Segment[] {
  const { Parser } = htmlparser2();
  const segments: Segment[] = [];
  const stack: { name: string; attributes: Record<string, string> }[] = [];
  /** the collectors text goes to now; the innermost are last */
  let active: Collector[] = [];
  let unit: Unit | undefined;
  let codeDepth = 0;
  let inCdata = false;
  let fileCount = 0;
  let unitId = "";

  const lockTag = (start: number, end: number) => {
    for (const collector of active) collector.tag(start, end);
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = stack.at(-1)?.name;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        stack.push({ name, attributes });
        if (name === "file") fileCount++;
        if (name === "unit") unitId = attributes.id ?? "";
        if (CONTAINERS.has(name)) {
          const label = name === "trans-unit" ? `trans-unit ${attributes.id ?? "?"}` : `unit ${unitId || "?"}${attributes.id ? ` segment ${attributes.id}` : ""}`;
          unit = { label: fileCount > 1 ? `file ${fileCount} ${label}` : label, segSource: new Map(), segTarget: new Map() };
          return;
        }
        if (!unit) return;
        if (parent && CONTAINERS.has(parent) && (name === "source" || name === "target" || name === "seg-source")) {
          const collector = new Collector(document);
          if (name === "source") unit.source = collector;
          if (name === "target") unit.target = collector;
          active = name === "seg-source" ? [] : [collector];
          if (name === "seg-source") active = [];
          codeDepth = 0;
          return;
        }
        const within = stack.find((element, index) => index > 0 && (element.name === "target" || element.name === "seg-source") && CONTAINERS.has(stack[index - 1]!.name));
        if (!active.length && within?.name !== "seg-source") return;
        if (codeDepth === 0 && PLACEHOLDERS.has(name)) for (const collector of active) collector.placeholder(start, end);
        else lockTag(start, end);
        if (NATIVE_CODE.has(name)) codeDepth++;
        if (name === "mrk" && attributes.mtype === "seg" && attributes.mid !== undefined && codeDepth === 0) {
          const collector = new Collector(document);
          (within?.name === "seg-source" ? unit.segSource : unit.segTarget).set(attributes.mid, collector);
          active = [...active, collector];
        }
      },
      onclosetag(name, implied) {
        const element = stack.pop();
        const parent = stack.at(-1)?.name;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (CONTAINERS.has(name)) {
          if (unit) segments.push(...unitSegments(unit));
          unit = undefined;
          return;
        }
        if (!unit) return;
        if (parent && CONTAINERS.has(parent) && (name === "source" || name === "target" || name === "seg-source")) {
          active = [];
          return;
        }
        if (!active.length) return;
        if (!implied) lockTag(start, end);
        // native code's content is skipped: its tags and content merge into one locked piece
        if (NATIVE_CODE.has(name)) codeDepth--;
        if (name === "mrk" && element?.attributes.mtype === "seg") active = active.slice(0, -1);
      },
      ontext(data) {
        if (!active.length || codeDepth > 0) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        // CDATA cannot take an escaped replacement: the rules see a placeholder
        for (const collector of active) {
          if (inCdata) collector.placeholder(start, end);
          else collector.add(data, start, end);
        }
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
      oncomment() {
        lockTag(parser.startIndex, parser.endIndex + 1);
      },
      onprocessinginstruction() {
        lockTag(parser.startIndex, parser.endIndex + 1);
      },
    },
    { xmlMode: true },
  );
  parser.end(document);
  return segments;
}

function unitSegments(unit: Unit): Segment[] {
  if (!unit.target) return [];
  if (unit.segTarget.size) {
    return [...unit.segTarget].flatMap(([mid, target]) => {
      const source = unit.segSource.get(mid) ?? unit.source;
      return segmentOf(target, source, `${unit.label} mrk ${mid}`);
    });
  }
  return segmentOf(unit.target, unit.source, unit.label);
}

function segmentOf(target: Collector, source: Collector | undefined, label: string): Segment[] {
  const segment = target.build();
  if (!segment) return [];
  const sourceText = source?.text.replaceAll(PLACEHOLDER_CHAR, "").trim();
  if (sourceText) segment.source = { text: sourceText, label };
  return [segment];
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>]/gu, (char) => (char === "&" ? "&amp;" : char === "<" ? "&lt;" : "&gt;"));
}
