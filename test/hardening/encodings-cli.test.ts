// Encodings and line endings through the CLI: a file is written back in the
// encoding it came in, with its BOM and its line breaks, changed only where
// a fix applies.
import iconv from "iconv-lite";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.js";

const gb = (text: string): Buffer => iconv.encode(text, "gb18030");
const BEFORE = "学校召开新学期工作会议。\n\nThe school held a meeting。Teachers attended.\n";
const AFTER = "学校召开新学期工作会议。\n\nThe school held a meeting. Teachers attended.\n";

describe("GB18030", () => {
  it.each([["gb18030"], ["auto"]])("--encoding %s: fix --write writes the file back in GB18030, the Chinese paragraph untouched", (encoding) => {
    const file = join(tempDir(), "news.txt");
    writeFileSync(file, gb(BEFORE));
    const run = runCli(["fix", "--write", "--encoding", encoding, file]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(file).equals(gb(AFTER))).toBe(true);
  });
  it("fix to standard output prints GB18030 too, so `fix a > b` equals --write", () => {
    const file = join(tempDir(), "news.txt");
    writeFileSync(file, gb(BEFORE));
    expect(runCli(["fix", "--encoding", "gb18030", file]).stdout.equals(gb(AFTER))).toBe(true);
  });
  it("check reads GB18030 and reports in UTF-8", () => {
    const file = join(tempDir(), "news.txt");
    writeFileSync(file, gb(BEFORE));
    const run = runCli(["check", "--format", "compact", "--encoding", "auto", file]);
    expect(run.text).toContain("news.txt:3:26: error Full-width “。”");
  });
  it("without --encoding a GB18030 file is an encoding error (exit 5) that says what to do", () => {
    const file = join(tempDir(), "news.txt");
    writeFileSync(file, gb(BEFORE));
    const run = runCli(["check", file]);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/"[^"]*news\.txt" is not valid UTF-8 \(first bad byte at offset \d+\); if it is GB18030 or UTF-16, say so with --encoding/);
  });
});

describe("Windows-1252 (Latin-1)", () => {
  const latin1 = (text: string): Buffer => Buffer.from(text, "latin1");
  it("--encoding auto reads accented words as Windows-1252, not as GB18030 Han characters", () => {
    const file = join(tempDir(), "l1.txt");
    writeFileSync(file, latin1("A na\xefve man ate cr\xeapes at the caf\xe9s.\n"));
    const run = runCli(["check", "--format", "compact", "--encoding", "auto", file]);
    expect(run.code, run.text).toBe(0);
    expect(run.text).not.toContain("untranslated");
  });
  it("fix --write writes the file back in Windows-1252, changed only where a fix applies", () => {
    const file = join(tempDir(), "l1.txt");
    writeFileSync(file, latin1("The caf\xe9s  opened on Monday, said the na\xefve  man.\n"));
    const run = runCli(["fix", "--write", "--encoding", "auto", file]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(file).equals(latin1("The caf\xe9s opened on Monday, said the na\xefve man.\n"))).toBe(true);
  });
});

describe("UTF-16 with a BOM", () => {
  it.each([
    ["utf-16le", Buffer.from([0xff, 0xfe])],
    ["utf-16be", Buffer.from([0xfe, 0xff])],
  ] as const)("%s is decoded without --encoding and written back in the same encoding with its BOM", (encoding, bom) => {
    const file = join(tempDir(), "a.txt");
    writeFileSync(file, Buffer.concat([bom, iconv.encode("The campus。Next\r\n", encoding)]));
    expect(runCli(["fix", "--write", file]).code).toBe(0);
    expect(readFileSync(file).equals(Buffer.concat([bom, iconv.encode("The campus. Next\r\n", encoding)]))).toBe(true);
  });
});

describe("line endings are kept", () => {
  it.each([
    ["CRLF", "The campus。Next\r\n\r\nWechat photo _20230831112846.jpg\r\n\r\nLast：done\r\n", "The campus. Next\r\n\r\nLast: done\r\n"],
    ["CR only", "The campus。Next\r\rWechat photo _20230831112846.jpg\r\rLast：done\r", "The campus. Next\r\rLast: done\r"],
    ["mixed", "The campus。Next\r\n\nWechat photo _20230831112846.jpg\r\rLast：done\n", "The campus. Next\r\n\nLast: done\n"],
    ["UTF-8 BOM and CRLF", "\uFEFFThe campus。Next\r\n", "\uFEFFThe campus. Next\r\n"],
  ])("%s", (_name, input, output) => {
    const run = runCli(["fix"], { input });
    expect(run.code, run.stderr).toBe(0);
    expect(run.text).toBe(output);
  });
  it("CR-only files are split into lines: findings point at the right line", () => {
    const run = runCli(["check", "--format", "compact"], { input: "First line.\rSecond line。Next\r" });
    expect(run.text).toContain("<stdin>:2:12:");
  });
});
