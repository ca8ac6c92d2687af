import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode, encode, firstInvalidUtf8Byte, sniffBom, type EncodingOption } from "../../src/input/encoding.js";
import { EncodingError } from "../../src/errors.js";

const bytes = (...values: number[]): Buffer => Buffer.from(values);
const utf16le = (text: string): Buffer => Buffer.concat([bytes(0xff, 0xfe), iconv.encode(text, "utf-16le")]);
const utf16be = (text: string): Buffer => Buffer.concat([bytes(0xfe, 0xff), iconv.encode(text, "utf-16be")]);
const gb = (text: string): Buffer => iconv.encode(text, "gb18030");
const CHINESE = "学校召开新学期工作会议。\n\nThe school held a meeting。\n";

describe("firstInvalidUtf8Byte", () => {
  it.each([
    ["valid ASCII", bytes(0x61, 0x62), -1],
    ["valid two-byte é", Buffer.from("café"), -1],
    ["a Latin-1 é after three letters", bytes(0x63, 0x61, 0x66, 0xe9), 3],
    ["a truncated three-byte character at the end", Buffer.concat([Buffer.from("ab"), Buffer.from("中").subarray(0, 2)]), 2],
    ["a valid character across the middle, then a bad byte", Buffer.concat([Buffer.from("é"), bytes(0xff)]), 2],
    ["an overlong encoding of /", bytes(0xc0, 0xaf), 0],
    ["a UTF-16 surrogate encoded in UTF-8", bytes(0x61, 0xed, 0xa0, 0x80), 1],
    ["above U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ["a stray continuation byte", bytes(0x61, 0x80), 1],
  ])("%s", (_name, input, expected) => {
    expect(firstInvalidUtf8Byte(input)).toBe(expected);
    // the validator agrees with the platform's strict decoder
    const valid = (() => {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(input);
        return true;
      } catch {
        return false;
      }
    })();
    expect(valid).toBe(expected === -1);
  });
});

describe("decode and encode give the same bytes back", () => {
  const table: [string, Buffer, EncodingOption, string, string][] = [
    ["UTF-8 with a BOM keeps the BOM in the text", Buffer.from("\uFEFFHello\r\n"), "utf-8", "\uFEFFHello\r\n", "utf-8"],
    ["UTF-16 LE with a BOM, read by default", utf16le("Hello。\r\n"), "utf-8", "\uFEFFHello。\r\n", "utf-16le"],
    ["UTF-16 BE with a BOM, read by default", utf16be("Hello。\n"), "utf-8", "\uFEFFHello。\n", "utf-16be"],
    ["UTF-16 BE with a BOM, --encoding utf-16", utf16be("Hi\r"), "utf-16", "\uFEFFHi\r", "utf-16be"],
    ["UTF-16 LE without a BOM, --encoding utf-16le", iconv.encode("Hi", "utf-16le"), "utf-16le", "Hi", "utf-16le"],
    ["GB18030, --encoding gb18030", gb(CHINESE), "gb18030", CHINESE, "gb18030"],
    ["GB18030, --encoding auto", gb(CHINESE), "auto", CHINESE, "gb18030"],
    ["UTF-8, --encoding auto", Buffer.from(CHINESE), "auto", CHINESE, "utf-8"],
    ["UTF-16 LE BOM, --encoding auto", utf16le(CHINESE), "auto", "\uFEFF" + CHINESE, "utf-16le"],
    ["GB18030 four-byte characters (outside GBK)", gb("𠀀 and € and ㄅ"), "gb18030", "𠀀 and € and ㄅ", "gb18030"],
    // as GB18030 each accented letter and the letter after it would be one Han character ("飗")
    ["Windows-1252 with accents inside words, --encoding auto", Buffer.from("A na\xefve man ate cr\xeapes at the caf\xe9s.\n", "latin1"), "auto", "A naïve man ate crêpes at the cafés.\n", "windows-1252"],
    ["Windows-1252 with accents before spaces, --encoding auto", Buffer.from("Caf\xe9 cr\xe8me br\xfbl\xe9e\n", "latin1"), "auto", "Café crème brûlée\n", "windows-1252"],
    ["Windows-1252 curly quotes and euro, --encoding windows-1252", bytes(0x93, 0x61, 0x94, 0x20, 0x80, 0x35), "windows-1252", "“a” €5", "windows-1252"],
    ["GB18030 Chinese beside English words, --encoding auto", gb("The Ministry of Education教育部said on Monday周一."), "auto", "The Ministry of Education教育部said on Monday周一.", "gb18030"],
  ];
  it.each(table)("%s", (_name, input, option, text, encoding) => {
    const decoded = decode(input, option, "f.txt");
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(encode(decoded.text, decoded.encoding).equals(input)).toBe(true);
  });
});

describe("what cannot be decoded is an encoding error naming the file and the offset", () => {
  it.each([
    ["Latin-1 as UTF-8", bytes(0x63, 0x61, 0x66, 0xe9, 0x0a), "utf-8", /"f\.txt" is not valid UTF-8 \(first bad byte at offset 3\)/],
    ["with auto: neither Chinese nor Windows-1252 (0x81 is no Windows-1252 character)", bytes(0x61, 0x62, 0x81, 0x20, 0x0a), "auto", /"f\.txt" is neither UTF-8 \(first bad byte at offset 2\) nor GB18030 Chinese text nor Windows-1252/],
    // too little of it is Chinese for GB18030, and as Windows-1252 its bytes would be runs like "Ñ§Ð£", not letters in words
    ["GB18030 with Greek and kana, --encoding auto: not taken for Windows-1252", gb("学校召开新学期工作会议。Ελληνικά ひらがな\n"), "auto", /"f\.txt" is neither UTF-8 \(first bad byte at offset 4\) nor GB18030 Chinese text nor Windows-1252/],
    ["a truncated GB18030 character", Buffer.concat([gb("学校"), bytes(0xd1)]), "gb18030", /"f\.txt" is not valid GB18030 \(first bad byte at offset 4\)/],
    ["UTF-16 LE with an odd length", bytes(0xff, 0xfe, 0x61, 0x00, 0x62), "utf-16", /"f\.txt" is not valid UTF-16LE/],
  ])("%s", (_name, input, option, message) => {
    expect(() => decode(input, option as EncodingOption, "f.txt")).toThrow(EncodingError);
    expect(() => decode(input, option as EncodingOption, "f.txt")).toThrow(message);
  });
});

describe("sniffBom", () => {
  it.each([
    [bytes(0xef, 0xbb, 0xbf, 0x61), "utf-8"],
    [bytes(0xff, 0xfe, 0x61, 0x00), "utf-16le"],
    [bytes(0xfe, 0xff, 0x00, 0x61), "utf-16be"],
    [bytes(0x61), undefined],
    [bytes(), undefined],
  ])("%o", (input, expected) => expect(sniffBom(input)).toBe(expected));
});

describe("encode", () => {
  it("refuses text Windows-1252 cannot hold instead of writing “?”", () => {
    expect(() => encode("The campus。", "windows-1252")).toThrow(/holds “。”, which Windows-1252 cannot hold/);
    expect(encode("Café “crème”", "windows-1252").equals(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x63, 0x72, 0xe8, 0x6d, 0x65, 0x94]))).toBe(true);
  });
});
