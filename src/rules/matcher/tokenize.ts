// Word tokens for phrase matching. A word is letters and digits joined by
// apostrophes or hyphens ("teacher-student", "China's"); every other non-space
// character is a token of its own, so "first, we" is [first] [,] [we].
//
// The definition is the regular expression TOKEN below; `scanTokens` is the
// same thing written as a loop over char codes, because it runs over every
// character of every English paragraph: it allocates no match objects and no
// strings, and leaves keys (lower-cased words) to the few tokens that need
// them (readToken, one token at a time, with no closure and no call on the
// ASCII path). test/rules/matcher/tokenize.test.ts checks the two agree.
export interface Token {
  start: number;
  end: number;
  /** lower-cased, with typographic apostrophes folded, for look-ups */
  key: string;
}

/** The reference definition of a token (the scanner must agree with it). */
export const TOKEN = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokens as parallel arrays: token i is text.slice(starts[i], ends[i]). */
export interface TokenList {
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when every char of the token is ASCII, ’ or ‐ (its key is then ASCII, made char by char) */
  plain: Uint8Array;
  /** for plain tokens: keyHash of the case-insensitive key, computed while scanning */
  hashes: Int32Array;
}

const WORD = 1;
const SPACE = 2;
const OTHER = 3;

// class of each BMP code unit, filled on first sight (0: not yet known)
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();
const IS_WORD = /^[\p{L}\p{N}]$/u;
const IS_SPACE = /^\s$/u;
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  bmpClass[code] = IS_WORD.test(char) ? WORD : IS_SPACE.test(char) ? SPACE : OTHER;
}

function classOf(char: string): number {
  return IS_WORD.test(char) ? WORD : IS_SPACE.test(char) ? SPACE : OTHER;
}

function bmp(code: number): number {
  let cls = bmpClass[code]!;
  if (cls === 0) bmpClass[code] = cls = classOf(String.fromCharCode(code));
  return cls;
}

function astral(codePoint: number): number {
  let cls = astralClass.get(codePoint);
  if (cls === undefined) astralClass.set(codePoint, (cls = classOf(String.fromCodePoint(codePoint))));
  return cls;
}

export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
// ' ’ - ‐
export const isJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010;

/** True when the code point that ends just before `index` is a letter or digit (what (?<![\p{L}\p{N}]) rejects). */
export function wordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 128) return bmpClass[code] === WORD;
  if (isLowSurrogate(code) && index >= 2 && isHighSurrogate(text.charCodeAt(index - 2))) return astral(text.codePointAt(index - 2)!) === WORD;
  return bmp(code) === WORD;
}

/** True when the code point at `index` is a letter or digit (what (?![\p{L}\p{N}]) rejects). */
export function wordCharAt(text: string, index: number): boolean {
  return index < text.length && classAt(text, index, text.length) === WORD;
}

let lastList: TokenList | undefined;

/**
 * The tokens of a text. Several rules tokenize the same paragraph one after
 * the other, so the last result is kept and handed out again for the same text.
 */
export function scanTokens(text: string): TokenList {
  if (lastList !== undefined && lastList.text === text) return lastList;
  const length = text.length;
  let capacity = Math.max(16, length >> 2);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let plain = new Uint8Array(capacity);
  let hashes = new Int32Array(capacity);
  let count = 0;
  for (let end = readToken(text, 0, length); end !== -1; end = readToken(text, end, length)) {
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      plain = grow(plain, capacity);
      hashes = grow(hashes, capacity);
    }
    starts[count] = tokenStart;
    ends[count] = end;
    plain[count] = tokenPlain;
    hashes[count] = tokenHash;
    count++;
  }
  lastList = { text, count, starts, ends, plain, hashes };
  return lastList;
}

// Reading one token at a time (TokenReader) serves matching around a few
// places of a paragraph, without tokenizing all of it. Reading from 0, from
// a token's start or end, or from just after white space gives the tokens
// scanTokens gives there, since a token never holds white space.

/**
 * True for the white space that may separate the words of a phrase in a text
 * (space, tab, line breaks, NBSP, ideographic space): other white space
 * separates tokens but not a phrase's words.
 */
export function isPhraseSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000;
}

/** True when the char code is white space to the tokenizer (a token boundary). */
export function isSpaceCode(code: number): boolean {
  return code < 128 ? bmpClass[code] === SPACE : bmp(code) === SPACE;
}

/** The last token read by readToken: [tokenStart, its end), plain and hash as in TokenList. */
let tokenStart = 0;
let tokenPlain = 0;
let tokenHash = 0;

/** Reads the first token at or after `from`: returns its end (and sets tokenStart, tokenPlain, tokenHash), or -1 when there is none. */
function readToken(text: string, from: number, length: number): number {
  let i = from;
  while (i < length) {
    const code = text.charCodeAt(i);
    let cls: number;
    let width = 1;
    // 1 while every char of the token is ASCII, ’ or ‐
    let isPlain = 1;
    if (code < 128) {
      cls = bmpClass[code]!;
    } else {
      if (code !== 0x2019 && code !== 0x2010) isPlain = 0;
      if (isHighSurrogate(code) && i + 1 < length && isLowSurrogate(text.charCodeAt(i + 1))) {
        cls = astral(text.codePointAt(i)!);
        width = 2;
      } else cls = bmp(code);
    }
    if (cls === SPACE) {
      i += width;
      continue;
    }
    tokenStart = i;
    let hash = hashStep(HASH_SEED, code);
    i += width;
    if (cls === WORD) {
      for (;;) {
        while (i < length) {
          const next = text.charCodeAt(i);
          if (next < 128) {
            if (bmpClass[next] !== WORD) break;
            hash = Math.imul(hash ^ LOWER[next]!, FNV_PRIME);
            i++;
            continue;
          }
          // a non-ASCII letter or digit (never ’ or ‐, which are not letters): the token is not plain
          if (isHighSurrogate(next) && i + 1 < length && isLowSurrogate(text.charCodeAt(i + 1))) {
            if (astral(text.codePointAt(i)!) !== WORD) break;
            i += 2;
          } else {
            if (bmp(next) !== WORD) break;
            i++;
          }
          isPlain = 0;
        }
        // a joiner followed by a letter or digit continues the word
        if (i + 1 < length) {
          const joiner = text.charCodeAt(i);
          if (isJoiner(joiner) && classAt(text, i + 1, length) === WORD) {
            hash = hashStep(hash, joiner);
            i += 1;
            continue;
          }
        }
        break;
      }
    }
    tokenPlain = isPlain;
    tokenHash = hash;
    return i;
  }
  return -1;
}

/** A token read from a position (see readToken); its fields are those of the last read. */
export class TokenReader {
  start = 0;
  end = 0;
  plain = 0;
  hash = 0;
  /** Reads the first token at or after `from`; false when there is none. */
  read(text: string, from: number): boolean {
    const end = readToken(text, from, text.length);
    if (end === -1) return false;
    this.start = tokenStart;
    this.end = end;
    this.plain = tokenPlain;
    this.hash = tokenHash;
    return true;
  }
}

/** The class of the code point at i. */
function classAt(text: string, i: number, length: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return bmpClass[code]!;
  if (isHighSurrogate(code) && i + 1 < length && isLowSurrogate(text.charCodeAt(i + 1))) return astral(text.codePointAt(i)!);
  return bmp(code);
}

function grow<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}

export function normalizeToken(word: string, caseSensitive = false): string {
  const folded = word.includes("’") || word.includes("‐") ? word.replace(/[’‐]/g, (c) => (c === "’" ? "'" : "-")) : word;
  return caseSensitive ? folded : folded.toLowerCase();
}

/** The look-up key of token i. */
export function tokenKey(list: TokenList, index: number, caseSensitive = false): string {
  return normalizeToken(list.text.slice(list.starts[index]!, list.ends[index]!), caseSensitive);
}

export function tokenize(text: string, caseSensitive = false): Token[] {
  const list = scanTokens(text);
  const tokens: Token[] = new Array(list.count);
  for (let i = 0; i < list.count; i++) tokens[i] = { start: list.starts[i]!, end: list.ends[i]!, key: tokenKey(list, i, caseSensitive) };
  return tokens;
}

/** The keys of a phrase as the trie stores them. */
export function phraseKeys(phrase: string, caseSensitive = false): string[] {
  // by the reference expression: a dictionary has a thousand short phrases, and
  // scanTokens' arrays, sized for paragraphs, cost more to make than to fill
  return (phrase.match(TOKEN) ?? []).map((token) => normalizeToken(token, caseSensitive));
}

const HASH_SEED = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** ASCII chars as a case-insensitive key holds them (A-Z lower-cased) */
const LOWER = Uint8Array.from({ length: 128 }, (_, code) => (code >= 65 && code <= 90 ? code + 32 : code));

/** One FNV-1a step over a char as a key holds it: ’ and ‐ folded, A-Z lower-cased unless case matters. */
function hashStep(hash: number, code: number, caseSensitive = false): number {
  if (code === 0x2019) code = 0x27;
  else if (code === 0x2010) code = 0x2d;
  else if (!caseSensitive && code >= 65 && code <= 90) code += 32;
  return Math.imul(hash ^ code, FNV_PRIME);
}

/**
 * A hash of a key, computed the same way from a plain token's chars (folding
 * and lower-casing them one by one) as from the key string: the trie finds
 * its edges by it without making the token's key. scanTokens computes the
 * case-insensitive one of every token as it goes (meaningful for plain tokens only).
 */
export function keyHash(text: string, start: number, end: number, caseSensitive: boolean): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i), caseSensitive);
  return hash;
}

/** True when text[start, end) folds to `key` (a plain token against an ASCII key). */
export function foldsTo(text: string, start: number, end: number, key: string, caseSensitive: boolean): boolean {
  if (end - start !== key.length) return false;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code === 0x2019) code = 0x27;
    else if (code === 0x2010) code = 0x2d;
    else if (!caseSensitive && code >= 65 && code <= 90) code += 32;
    if (code !== key.charCodeAt(i - start)) return false;
  }
  return true;
}
