// The website (fixtures/site, HTML) and the blog (fixtures/blog, Markdown):
// golden fixed outputs, and the invariants every fixture must keep:
// - each segment is consistent with the source (see support/segments.ts);
// - every edit `fix --unsafe` makes, in every pass, lies inside prose (a
//   segment, or the removal a segment declares), so everything else in the
//   file stays byte-identical;
// - re-parsing the fixed file gives the same structure: the same tags and
//   attributes for HTML (prose attribute values aside), the same node types
//   for Markdown (less the paragraphs a fix deleted whole), and the same
//   scripts, code, URLs and front-matter data, byte for byte.
// Golden files are rewritten only with UPDATE=1.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { Parser } from "htmlparser2";
import type { Nodes, Root } from "mdast";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { applyFixes, isApplicable } from "../../src/fix/apply.js";
import { Linter } from "../../src/linter.js";
import { formatOfPath, segmentsOf, type Format } from "../../src/markup/index.js";
import { parseMarkdown } from "../../src/markup/markdown.js";
import { expectConsistent } from "../support/segments.js";

const ROOT = new URL("../../fixtures/", import.meta.url).pathname;
const GOLDEN = join(ROOT, "markup-golden");
const UPDATE = process.env.UPDATE === "1";
const linter = new Linter();

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(html|md)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function golden(path: string, actual: string): void {
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `${path} is missing: run UPDATE=1 npm test and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

/** Tags, attributes (prose values blanked), comments and the raw text of script, style, pre, code and textarea. */
function htmlStructure(source: string): string[] {
  const out: string[] = [];
  const raw = new Set(["script", "style", "pre", "code", "textarea", "kbd"]);
  let rawDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const isDescription = name === "meta" && attributes.name === "description";
        const shown = Object.entries(attributes).map(([key, value]) => `${key}=${key === "alt" || key === "title" || (isDescription && key === "content") ? "<prose>" : value}`);
        out.push(`<${name} ${shown.join(" ")}>`);
        if (raw.has(name)) rawDepth++;
      },
      onclosetag(name) {
        out.push(`</${name}>`);
        if (raw.has(name)) rawDepth--;
      },
      ontext(text) {
        if (rawDepth > 0) out.push(`text:${text}`);
      },
      oncomment(text) {
        out.push(`<!--${text}-->`);
      },
    },
    { decodeEntities: false },
  );
  parser.end(source);
  return out;
}

/** Node types in document order, with the values that are not prose (code, math, HTML, URLs, front-matter data). */
function markdownStructure(source: string, removed: [number, number][] = []): string[] {
  const out: string[] = [];
  const visit = (node: Nodes, depth: number): void => {
    const start = node.position!.start.offset!;
    if (depth === 1 && node.type === "paragraph" && removed.some(([from, to]) => from <= start && node.position!.end.offset! <= to)) return;
    let detail = "";
    if (node.type === "code" || node.type === "inlineCode" || node.type === "math" || node.type === "inlineMath" || node.type === "html") detail = node.value;
    if (node.type === "link" || node.type === "image" || node.type === "definition") detail = `${node.url} ${node.title ?? ""}`;
    if (node.type === "yaml") {
      const data = parseYaml(node.value) as Record<string, unknown>;
      delete data.title;
      delete data.description;
      detail = JSON.stringify(data);
    }
    out.push(`${"  ".repeat(depth)}${node.type}${detail ? ` ${JSON.stringify(detail)}` : ""}`);
    if ("children" in node) for (const child of node.children) visit(child as Nodes, depth + 1);
  };
  visit(parseMarkdown(source.replace(/^\uFEFF/, "")) as Root, 0);
  return out;
}

/** fix --unsafe, pass by pass as Linter.fix runs it, checking that each edit lies inside prose. */
function fixCheckingEdits(source: string, format: Format): { output: string; removed: [number, number][] } {
  let current = source;
  const removed: [number, number][] = [];
  for (let pass = 1; pass <= 10; pass++) {
    const findings = linter.check(current, { format });
    if (!findings.some((finding) => isApplicable(finding, true))) break;
    const segments = segmentsOf(current, format);
    const { output, applied } = applyFixes(current, findings, true);
    for (const finding of applied) {
      const [start, end] = finding.fix!.range;
      const owner = segments.find((segment) => {
        const segmentEnd = segment.map ? segment.map[segment.text.length]! : segment.start + segment.text.length;
        return (segment.start <= start && end <= segmentEnd) || (segment.removal?.[0] === start && segment.removal[1] === end);
      });
      expect(owner, `pass ${pass}: the edit ${JSON.stringify(current.slice(start, end))} at ${start} lies outside prose`).toBeDefined();
      const locked = owner!.locked?.find((piece) => start < piece.source[1] && piece.source[0] < end);
      expect(locked, `pass ${pass}: the edit at ${start} reaches into markup or code`).toBeUndefined();
      if (owner!.removal?.[0] === start && owner!.removal[1] === end) {
        expect(pass, "a paragraph is deleted whole in the first pass only").toBe(1);
        removed.push([start, end]);
      }
    }
    current = output;
  }
  return { output: current, removed };
}

const CODE_LIKE = /<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<pre[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>|<textarea[\s\S]*?<\/textarea>|```[\s\S]*?```|`[^`\n]+`|\$\$[\s\S]*?\$\$|https?:\/\/[^\s"'<>)]+/g;

for (const site of ["site", "blog"]) {
  describe(`fixture ${site}`, () => {
    for (const path of filesUnder(join(ROOT, site))) {
      const name = relative(ROOT, path);
      const format = formatOfPath(path);
      const source = readFileSync(path, "utf8");
      describe(name, () => {
        const safe = linter.fix(source, { format });
        const unsafe = linter.fix(source, { format, unsafe: true });
        it("segments are consistent with the source", () => expectConsistent(source, segmentsOf(source, format)));
        it("golden: safe fixes", () => golden(join(GOLDEN, name), safe.output));
        it("golden: suggestions applied too", () => golden(join(GOLDEN, "unsafe", name), unsafe.output));
        it("fixing converges and is idempotent", () => {
          expect(safe.converged && unsafe.converged).toBe(true);
          expect(linter.fix(unsafe.output, { format, unsafe: true }).output).toBe(unsafe.output);
        });
        it("every edit lies inside prose, and the structure survives", () => {
          const { output, removed } = fixCheckingEdits(source, format);
          expect(output).toBe(unsafe.output);
          if (format === "html") expect(htmlStructure(output)).toEqual(htmlStructure(source));
          else expect(markdownStructure(output)).toEqual(markdownStructure(source, removed));
        });
        it("scripts, code and URLs are byte-identical, 。 and “connotative development” included", () => {
          const kept = source.match(CODE_LIKE) ?? [];
          for (const piece of kept) expect(unsafe.output, `lost: ${piece.slice(0, 60)}`).toContain(piece);
        });
      });
    }
  });
}

describe("the fixtures hold what the invariants are about", () => {
  const all = [...filesUnder(join(ROOT, "site")), ...filesUnder(join(ROOT, "blog"))].map((path) => readFileSync(path, "utf8")).join("\n");
  it("scripts and code with 。 and “connotative development”, entities, tables, front matter", () => {
    expect(all).toMatch(/<script>[^<]*connotative development。/);
    expect(all).toMatch(/```[a-z]*\n[^`]*。/);
    expect(all).toMatch(/<code>。<\/code>/);
    expect(all).toMatch(/https?:\/\/\S*。/);
    for (const entity of ["&nbsp;", "&amp;", "&#12290;"]) expect(all).toContain(entity);
    expect(all).toContain("<table");
    expect(all).toMatch(/^\| .* \|$/m);
    expect(all).toMatch(/^---\ntitle: /m);
  });
});
