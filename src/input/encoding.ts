import { isUtf8 } from "node:buffer";
import { createRequire } from "node:module";
import { EncodingError } from "../errors.js";

// How bytes become text and text becomes bytes again. The rule that decides
// everything here: a file must come back byte-identical wherever no fix
// touched it. So every decoding is checked by encoding the text again; a file
// that would not survive that round trip (invalid bytes, a stray BOM) is an
// error instead of a silent change. A byte-order mark stays in the text as
// U+FEFF, so writing the text back writes the same mark.

/** What `--encoding` accepts; utf-8, the default, also reads a file that starts with a UTF-16 BOM as UTF-16. */
export const ENCODING_OPTIONS = ["utf-8", "gb18030", "utf-16", "utf-16le", "utf-16be", "windows-1252", "auto"] as const;
export type EncodingOption = (typeof ENCODING_OPTIONS)[number];

/** The encoding a file was read in, and so the one it is written back in. */
export type Encoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be" | "windows-1252";

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const BOMS: { encoding: Encoding; bytes: number[] }[] = [
  { encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
];

type Iconv = typeof import("iconv-lite");
let iconvModule: Iconv | undefined;
/** iconv-lite is loaded only when a file is not UTF-8. */
function iconv(): Iconv {
  iconvModule ??= createRequire(import.meta.url)("iconv-lite") as Iconv;
  return iconvModule;
}

/** The encoding a byte-order mark at the start announces, if any. */
export function sniffBom(bytes: Uint8Array): Encoding | undefined {
  return BOMS.find(({ bytes: bom }) => bom.every((byte, index) => bytes[index] === byte))?.encoding;
}

/** True when the bytes look like a binary file: a NUL byte in the first 8 KB (UTF-16 text is told apart first). */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/**
 * The byte order of what looks like UTF-16 text without a byte-order mark,
 * told by where its NUL bytes are: in mostly-ASCII UTF-16 the second byte of
 * each pair is NUL (little-endian) or the first is (big-endian), and the
 * other byte of those pairs is not. Undefined when the NUL bytes do not fall
 * that way, as in a binary file; for naming the --encoding that reads the file.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const head = bytes.subarray(0, 8192);
  let little = 0;
  let big = 0;
  let neither = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    const first = head[i]!;
    const second = head[i + 1]!;
    if (first !== 0 && second === 0) little++;
    else if (first === 0 && second !== 0) big++;
    else if (first === 0) neither++; // U+0000 is no character of a text
  }
  const pairs = Math.floor(head.length / 2);
  // a few Chinese characters (U+4E00, U+5000…) give a pair of the other order too
  const fits = (ascii: number, other: number): boolean => pairs >= 2 && ascii >= pairs / 2 && other + neither <= ascii / 10;
  if (fits(little, big)) return "utf-16le";
  if (fits(big, little)) return "utf-16be";
  return undefined;
}

/** Decodes `bytes` as `option` says; `name` is used in messages. Throws EncodingError (one sentence) when it cannot. */
export function decode(bytes: Uint8Array, option: EncodingOption, name: string): Decoded {
  switch (option) {
    case "utf-8": {
      // FF FE and FE FF never start UTF-8 text, so a UTF-16 BOM is trusted even by default
      const bom = sniffBom(bytes);
      if (bom === "utf-16le" || bom === "utf-16be") return { text: decodeChecked(bytes, bom, name), encoding: bom };
      return { text: decodeUtf8(bytes, name), encoding: "utf-8" };
    }
    case "gb18030":
      return { text: decodeChecked(bytes, "gb18030", name), encoding: "gb18030" };
    case "utf-16": {
      // the BOM decides; without one, little-endian (what Windows writes)
      const bom = sniffBom(bytes);
      const encoding = bom === "utf-16be" ? "utf-16be" : "utf-16le";
      return { text: decodeChecked(bytes, encoding, name), encoding };
    }
    case "utf-16le":
    case "utf-16be":
    case "windows-1252":
      return { text: decodeChecked(bytes, option, name), encoding: option };
    case "auto":
      return decodeAuto(bytes, name);
  }
}

/**
 * Encodes text back into the encoding it was read in. Windows-1252 holds few
 * characters: text it cannot hold (which a fix would have put there) is an
 * error, not a "?" in the file.
 */
export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === "utf-8") return Buffer.from(text, "utf8");
  const bytes = iconv().encode(text, encoding, { addBOM: false });
  if (encoding === "windows-1252" && iconv().decode(bytes, encoding) !== text) {
    const char = [...text].find((c) => iconv().decode(iconv().encode(c, encoding), encoding) !== c)!;
    throw new EncodingError(`The fixed text holds “${char}”, which Windows-1252 cannot hold, so it cannot be written back in the file's encoding; nothing was written.`);
  }
  return bytes;
}

/**
 * `auto`: a byte-order mark first (UTF-8, UTF-16 LE or BE), then valid UTF-8,
 * then GB18030 when the bytes decode cleanly and read as Chinese text, then
 * Windows-1252 when they read as accented Latin text.
 */
function decodeAuto(bytes: Uint8Array, name: string): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return decode(bytes, bom, name);
  if (isValidUtf8(bytes)) return { text: decodeUtf8(bytes, name), encoding: "utf-8" };
  const text = iconv().decode(Buffer.from(bytes), "gb18030", { stripBOM: false });
  if (looksChinese(text) && !accentsInsideWords(bytes) && sameBytes(encode(text, "gb18030"), bytes) === -1) return { text, encoding: "gb18030" };
  const latin = iconv().decode(Buffer.from(bytes), "windows-1252");
  if (looksLatin(latin) && sameBytes(encode(latin, "windows-1252"), bytes) === -1) return { text: latin, encoding: "windows-1252" };
  throw new EncodingError(
    `"${name}" is neither UTF-8 (first bad byte at offset ${firstInvalidUtf8Byte(bytes)}) nor GB18030 Chinese text nor Windows-1252; name its encoding with --encoding.`,
  );
}

const isAsciiLetter = (byte: number | undefined): boolean => byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));

/**
 * True when GB18030 would read the bytes as Latin-1 / Windows-1252 text
 * looks to it: an accented letter inside a word ("caf\xe9s") is one byte
 * between ASCII letters, which GB18030 takes as a two-byte character ending
 * in the letter after it. Chinese text seldom has a character that both
 * follows an ASCII letter and ends in one (the characters of GB2312, nearly
 * all of everyday Chinese, end in a byte from A1 to FE), so when at least
 * half the two-byte characters are such, the text is not Chinese.
 */
function accentsInsideWords(bytes: Uint8Array): boolean {
  let twoByte = 0;
  let inWords = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const next = bytes[i + 1];
    if (lead < 0x80 || lead === 0xff || next === undefined) i++;
    else if (next >= 0x30 && next <= 0x39) i += 4; // a four-byte character
    else {
      twoByte++;
      if (isAsciiLetter(bytes[i - 1]) && isAsciiLetter(next)) inWords++;
      i += 2;
    }
  }
  return inWords > 0 && inWords * 2 >= twoByte;
}

/**
 * Windows-1252 decodes nearly any bytes into something (GB18030 Chinese
 * into runs of "µÄÑ§"), so it is taken only when most non-ASCII characters
 * are letters inside Latin words, next to an ASCII letter (café, Zürich),
 * and none is a byte it leaves undefined (U+FFFD).
 */
function looksLatin(text: string): boolean {
  // Windows-1252 gives one UTF-16 unit per byte: the text is walked by index
  const asciiLetter = (index: number): boolean => /[A-Za-z]/.test(text.charAt(index));
  let nonAscii = 0;
  let inWords = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char < "\x80") continue;
    if (char === "\ufffd") return false;
    nonAscii++;
    if (/\p{L}/u.test(char) && (asciiLetter(i - 1) || asciiLetter(i + 1))) inWords++;
  }
  return nonAscii > 0 && inWords * 2 >= nonAscii;
}

/**
 * GB18030 decodes almost any bytes into something, so a Latin-1 or Shift-JIS
 * file must not pass for it: most of the non-ASCII characters have to be
 * Chinese characters or CJK / full-width punctuation, and none may be U+FFFD.
 */
function looksChinese(text: string): boolean {
  let nonAscii = 0;
  let chinese = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) continue;
    if (code === 0xfffd) return false;
    nonAscii++;
    if (
      (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
      (code >= 0x3400 && code <= 0x4dbf) || // extension A
      (code >= 0x3000 && code <= 0x303f) || // CJK punctuation
      (code >= 0xff00 && code <= 0xffef) || // full-width forms
      (code >= 0x2010 && code <= 0x2027) // dashes, quotes, ellipsis
    ) {
      chinese++;
    }
  }
  return nonAscii > 0 && chinese / nonAscii >= 0.8;
}

/** Decodes UTF-8 strictly; a BOM stays in the text. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new EncodingError(
      `"${name}" is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Byte(bytes)}); if it is GB18030 or UTF-16, say so with --encoding (or --encoding auto).`,
    );
  }
}

const isValidUtf8 = (bytes: Uint8Array): boolean => isUtf8(bytes);

/** Decodes with iconv-lite and insists that encoding the result gives the same bytes back. */
function decodeChecked(bytes: Uint8Array, encoding: Exclude<Encoding, "utf-8">, name: string): string {
  const text = iconv().decode(Buffer.from(bytes), encoding, { stripBOM: false });
  const offset = sameBytes(encode(text, encoding), bytes);
  if (offset !== -1) {
    throw new EncodingError(`"${name}" is not valid ${encoding.toUpperCase()} (first bad byte at offset ${offset}).`);
  }
  return text;
}

/** -1 when equal, else the first offset where they differ. */
function sameBytes(a: Uint8Array, b: Uint8Array): number {
  if (a.length === b.length && Buffer.compare(a, b) === 0) return -1;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return i;
  return length;
}

/**
 * The offset of the first byte that starts an invalid or truncated UTF-8
 * sequence (WHATWG rules: no overlong forms, no surrogates, nothing above
 * U+10FFFF), or -1 when all of it is valid.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      // only the second byte has a narrowed range
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}
