// A large plain-text file is checked and fixed a piece at a time (cli/large):
// its findings, fixes and output must be exactly those of the whole string,
// whatever the encoding and wherever the chunks end (here every few bytes:
// inside multi-byte characters, between \r and \n, inside paragraphs longer
// than a chunk, next to findings).
import iconv from "iconv-lite";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decode, encode, type Encoding, type EncodingOption } from "../../src/input/encoding.js";
import { Linter } from "../../src/linter.js";
import { checkLarge, fixLarge, newFileAt } from "../../src/cli/large/lint.js";
import { surveyLarge } from "../../src/cli/large/survey.js";
import { largeText } from "./large-text.js";
import { dictionaryLinter } from "../support/rule-tester.js";

const dir = mkdtempSync(join(tmpdir(), "mtclean-large-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const linter = new Linter();
let count = 0;

function fileOf(bytes: Uint8Array): string {
  const path = join(dir, `${count++}.txt`);
  writeFileSync(path, bytes);
  return path;
}

const bytesOf = (text: string, encoding: Encoding, bom: boolean): Buffer => {
  const body = encoding === "utf-8" ? Buffer.from(text) : iconv.encode(text, encoding);
  const mark = !bom ? Buffer.alloc(0) : encoding === "utf-8" ? Buffer.from([0xef, 0xbb, 0xbf]) : encoding === "utf-16le" ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]);
  return Buffer.concat([mark, body]);
};

const survey = (path: string, encoding: EncodingOption, chunkBytes: number, directives = true) =>
  surveyLarge(path, { encoding, maxBytes: Infinity, directives, from: 0, chunkBytes });

const TEXT = largeText(300_000, 7);

describe("a large file read a piece at a time", () => {
  const cases: [string, Encoding, boolean, EncodingOption, number][] = [
    ["UTF-8, 7-byte chunks", "utf-8", false, "utf-8", 7],
    ["UTF-8 with a BOM, 1000-byte chunks", "utf-8", true, "utf-8", 1000],
    ["UTF-8 read with --encoding auto, 61-byte chunks", "utf-8", false, "auto", 61],
    ["UTF-16LE with a BOM, read by default, 333-byte chunks (odd: half a code unit)", "utf-16le", true, "utf-8", 333],
    ["UTF-16BE with a BOM, --encoding utf-16, 64-byte chunks", "utf-16be", true, "utf-16", 64],
    ["UTF-16LE without a BOM, --encoding utf-16le, 5-byte chunks", "utf-16le", false, "utf-16le", 5],
    ["GB18030, --encoding gb18030, 9-byte chunks", "gb18030", false, "gb18030", 9],
  ];
  it.each(cases)("%s: the text decode() gives, and check()'s findings", (_name, encoding, bom, option, chunkBytes) => {
    const bytes = bytesOf(TEXT, encoding, bom);
    const path = fileOf(bytes);
    const whole = decode(bytes, option, path);
    const surveyed = survey(path, option, chunkBytes)!;
    expect(surveyed).toBeDefined();
    expect(surveyed.file.encoding).toBe(whole.encoding);
    expect(surveyed.file.length).toBe(whole.text.length);
    expect(linter.checksInRuns(whole.text.length, false)).toBe(true);
    const expected = linter.check(whole.text);
    expect(expected.filter((finding) => finding.fix).length).toBeGreaterThan(20);
    expect(checkLarge(linter, surveyed.file)).toEqual(expected);
  });

  it.each(cases.filter((_, index) => index % 2 === 0 || index === 3))("%s: fix gives Linter.fix's output, bytes included, and its findings", (_name, encoding, bom, option, chunkBytes) => {
    const bytes = bytesOf(TEXT, encoding, bom);
    const path = fileOf(bytes);
    const whole = decode(bytes, option, path);
    // larger chunks than for check: a fix holds the text back to its last edit, and tiny chunks make that slow
    const surveyed = survey(path, option, chunkBytes * 7)!;
    const expected = linter.fix(whole.text);
    expect(expected.passes).toBeGreaterThan(0);
    const made: string[] = [];
    const result = fixLarge(linter, surveyed.file, false, newFileAt(() => (made.push(join(dir, `pass-${count++}`)), made.at(-1)!)))!;
    expect(result).toBeDefined();
    expect(readFileSync(result.output!)).toEqual(encode(expected.output, whole.encoding));
    expect({ ...result, output: undefined }).toEqual({ ...expected, output: undefined });
    // every other pass file is gone
    expect(made.filter(existsSync)).toEqual([result.output]);
  });

  it("LF only and CRLF only, unsafe fixes too", () => {
    for (const lineBreak of ["\n", "\r\n"] as const) {
      const text = largeText(320_000, 3, lineBreak);
      const path = fileOf(Buffer.from(text));
      const surveyed = survey(path, "utf-8", 97)!;
      expect(checkLarge(linter, surveyed.file)).toEqual(linter.check(text));
      const expected = linter.fix(text, { unsafe: true });
      const result = fixLarge(linter, surveyed.file, true, newFileAt(() => join(dir, `pass-${count++}`)))!;
      expect(readFileSync(result.output!, "utf8")).toBe(expected.output);
      expect({ ...result, output: undefined }).toEqual({ ...expected, output: undefined });
    }
  });

  it("a text with nothing to fix is left where it is", () => {
    const text = "A plain sentence of clean English.\n\n".repeat(9000);
    const surveyed = survey(fileOf(Buffer.from(text)), "utf-8", 4096)!;
    const result = fixLarge(linter, surveyed.file, false, newFileAt(() => join(dir, `pass-${count++}`)))!;
    expect(result).toEqual({ output: undefined, ...linter.fix(text), ...{ output: undefined } });
  });

  it("a fix that puts a Han character or a directive into the text, or leaves it short, hands the file back to be fixed whole", () => {
    for (const replacement of ["校", "mtclean-disable"]) {
      const custom = dictionaryLinter(`category: terminology\nentries:\n  - id: zz-test\n    match: [plain sentence]\n    replace: "${replacement}"\n    safety: safe\n    message: m\n    examples: [{ before: "a plain sentence", after: "a ${replacement}" }]\n    keep: [a plain sentences]\n`);
      // long enough to stay over the length check() takes in runs after the fixes
      const text = "A plain sentence of clean English.\n\n".repeat(20_000);
      const surveyed = survey(fileOf(Buffer.from(text)), "utf-8", 4096)!;
      expect(custom.fix(text).output.length).toBeGreaterThan(1 << 18);
      const made: string[] = [];
      expect(fixLarge(custom, surveyed.file, false, newFileAt(() => (made.push(join(dir, `pass-${count++}`)), made.at(-1)!)))).toBeUndefined();
      expect(made.filter(existsSync)).toEqual([]);
    }
    // 300 K chars that fixes bring under the length check() takes in runs
    const text = largeText(270_000, 3, "\n");
    const shrunk = survey(fileOf(Buffer.from(text)), "utf-8", 4096)!;
    expect(linter.fix(text, { unsafe: true }).output.length).toBeLessThan(shrunk.file.length);
    expect(fixLarge(linter, shrunk.file, true, newFileAt(() => join(dir, `pass-${count++}`)))).toBeUndefined();
  });
});

describe("which files are read whole instead (the whole-file reader then decides, with its messages)", () => {
  const text = largeText(20_000, 5, "\n");
  it.each([
    ["invalid UTF-8 near the end", Buffer.concat([Buffer.from(text), Buffer.from([0xff]), Buffer.from("end")]), "utf-8"],
    ["a truncated sequence at the very end", Buffer.concat([Buffer.from(text), Buffer.from("€").subarray(0, 2)]), "utf-8"],
    ["Latin-1 read as auto (GB18030 is for the whole-file reader to try)", Buffer.from(text + "caf\xe9", "latin1"), "auto"],
    ["bytes that are not GB18030", Buffer.concat([iconv.encode(text, "gb18030"), Buffer.from([0x81, 0x20])]), "gb18030"],
    ["odd UTF-16", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le"), Buffer.from([0x41])]), "utf-8"],
    ["a binary file", Buffer.concat([Buffer.from("abc\0def"), Buffer.from(text)]), "utf-8"],
    ["a Han character at the end", Buffer.from(text + "中"), "utf-8"],
    ["an emoji (a surrogate pair, above U+2E80)", Buffer.from(text + "🙂"), "utf-8"],
    ["an inline directive split by chunks", Buffer.from(text + "\n\nmtclean-disable\n\n" + text), "utf-8"],
  ] as [string, Buffer, EncodingOption][])("%s", (_name, bytes, option) => {
    expect(survey(fileOf(bytes), option, 3)).toBeUndefined();
  });

  it("a directive matters only when directives are applied; size limits and small files", () => {
    const path = fileOf(Buffer.from(text + "\n\nmtclean-disable\n"));
    expect(survey(path, "utf-8", 3, false)).toBeDefined();
    expect(surveyLarge(path, { maxBytes: 100, directives: false, from: 0 })).toBeUndefined();
    expect(surveyLarge(path, { maxBytes: Infinity, directives: false })).toBeUndefined();
    expect(surveyLarge(dir, { maxBytes: Infinity, directives: false, from: 0 })).toBeUndefined();
    expect(surveyLarge(join(dir, "missing"), { maxBytes: Infinity, directives: false, from: 0 })).toBeUndefined();
  });
});
