// Property tests over generated documents (fast-check): whatever the input,
// check and fix do not crash; fix is idempotent; fix changes the text only
// through edits that check reported, each pass copying everything between
// them byte for byte; Chinese paragraphs come out unchanged; in Markdown and
// HTML, code, scripts, preformatted text and URLs come out unchanged.
//
// `npm test` runs a bounded number of documents per property, always the same
// ones (a fixed seed, so a failure is never a fluke of one run); `npm run fuzz`
// sets FUZZ_RUNS (documents per property) and draws new documents each time.
// A failure prints its seed: FUZZ_SEED=<seed> replays it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyFixes, isApplicable } from "../../src/fix/apply.js";
import { Linter, MAX_FIX_PASSES, type CheckOptions } from "../../src/linter.js";
import type { Finding } from "../../src/types.js";
import { htmlDocument, htmlSoup, markdownDocument, markdownSoup, textDocument, unicodeDocument, type Document } from "./arbitraries.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20261206;
// a Markdown document takes about 30 ms on a busy machine; the fuzz run must not time out
const TIMEOUT = Math.max(60_000, RUNS * 100);
const linter = new Linter();

/** The text with the given edits spliced in, rebuilt here from the findings alone; edits must not overlap. */
function splice(text: string, edits: Finding[]): string {
  const sorted = [...edits].sort((a, b) => a.fix!.range[0] - b.fix!.range[0]);
  let out = "";
  let position = 0;
  for (const { fix } of sorted) {
    const [start, end] = fix!.range;
    expect(start, "edits overlap").toBeGreaterThanOrEqual(position);
    expect(end).toBeLessThanOrEqual(text.length);
    out += text.slice(position, start) + fix!.replacements[0]!;
    position = end;
  }
  return out + text.slice(position);
}

/** Each piece occurs in the text, in order. */
function expectInOrder(text: string, pieces: readonly string[], what: string): void {
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    expect(at, `${what} changed: ${JSON.stringify(piece)}`).toBeGreaterThanOrEqual(0);
    from = at + piece.length;
  }
}

function checkDocument({ source, chinese, kept = [] }: Document, options: CheckOptions & { unsafe?: boolean }): void {
  // no crash, and findings that point into the text
  const findings = linter.check(source, options);
  for (const finding of findings) {
    expect(finding.range[0]).toBeGreaterThanOrEqual(0);
    expect(finding.range[1]).toBeLessThanOrEqual(source.length);
    if (finding.fix) expect(finding.fix.range[1]).toBeLessThanOrEqual(source.length);
  }
  const result = linter.fix(source, options);

  // pass by pass, fix applies only edits that check reported, and copies the rest
  let current = source;
  const seen = new Set([source]);
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    const reported = linter.check(current, options);
    if (!reported.some((finding) => isApplicable(finding, options.unsafe ?? false))) break;
    const { output, applied } = applyFixes(current, reported, options.unsafe);
    for (const edit of applied) expect(reported).toContain(edit);
    expect(output).toBe(splice(current, applied));
    if (pass === 1) expect(result.fixed).toEqual(applied);
    current = output;
    if (seen.has(output)) break;
    seen.add(output);
  }
  expect(result.output).toBe(current);

  // idempotent
  expect(result.converged, "fix did not settle").toBe(true);
  expect(linter.fix(result.output, options).output).toBe(result.output);

  // Chinese paragraphs, code, scripts and URLs untouched, in order
  expectInOrder(result.output, chinese, "Chinese paragraph");
  expectInOrder(result.output, kept, "Code or markup");
}

/** Each property checks RUNS documents: counted here, so a fuzz run's total is a fact, not a setting. */
const property = (arbitrary: fc.Arbitrary<Document>, options: CheckOptions & { unsafe?: boolean }) => () => {
  let documents = 0;
  fc.assert(
    fc.property(arbitrary, (document) => {
      documents++;
      checkDocument(document, options);
    }),
    { numRuns: RUNS, seed: SEED },
  );
  expect(documents).toBe(RUNS);
};

describe(`properties of check and fix (${RUNS} documents each)`, () => {
  it("random Unicode", property(unicodeDocument, {}), TIMEOUT);
  it("machine-translated plain text", property(textDocument, {}), TIMEOUT);
  it("machine-translated plain text, fix --unsafe", property(textDocument, { unsafe: true }), TIMEOUT);
  it("Markdown", property(markdownDocument, { format: "markdown" }), TIMEOUT);
  it("Markdown, fix --unsafe", property(markdownDocument, { format: "markdown", unsafe: true }), TIMEOUT);
  it("random Markdown syntax, fix --unsafe", property(markdownSoup, { format: "markdown", unsafe: true }), TIMEOUT);
  it("HTML", property(htmlDocument, { format: "html" }), TIMEOUT);
  it("HTML, fix --unsafe", property(htmlDocument, { format: "html", unsafe: true }), TIMEOUT);
  it("random HTML tags and entities, fix --unsafe", property(htmlSoup, { format: "html", unsafe: true }), TIMEOUT);
});
