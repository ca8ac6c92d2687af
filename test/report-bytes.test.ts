// ReportBytes (cli/report-bytes.ts) keeps a streamed report as UTF-8 in
// chunks: the chunks, in order, must be the bytes of the texts added, whatever
// their sizes and wherever a chunk ends (multi-byte chars, surrogate pairs,
// lone surrogates, a text larger than a chunk).
import { describe, expect, it } from "vitest";
import { ReportBytes } from "../src/cli/report-bytes.js";

describe("ReportBytes", () => {
  it("empty: no chunk", () => {
    const bytes = new ReportBytes();
    bytes.add("");
    expect(bytes.chunks()).toEqual([]);
  });

  it("the bytes of the texts, across many chunks", () => {
    const pieces = ["a.txt:1:2: warning “the” [rule]\n", "中文 — ", "😀", "\ud800", "x", "é".repeat(1000)];
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const texts: string[] = [];
    for (let i = 0; i < 5000; i++) texts.push(pieces[Math.floor(random() * pieces.length)]!.repeat(1 + Math.floor(random() * 40)));
    texts.push("z".repeat(3_000_000));
    const bytes = new ReportBytes();
    for (const text of texts) bytes.add(text);
    expect(bytes.chunks().length).toBeGreaterThan(2);
    expect(Buffer.concat(bytes.chunks()).equals(Buffer.from(texts.join(""), "utf8"))).toBe(true);
  });

  it("a short report is one chunk", () => {
    const bytes = new ReportBytes();
    for (const text of ["start\n", "", "end\n"]) bytes.add(text);
    expect(bytes.chunks().map(String)).toEqual(["start\nend\n"]);
  });
});
