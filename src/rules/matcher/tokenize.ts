// Word tokens for phrase matching. A word is letters and digits joined by
// apostrophes or hyphens ("teacher-student", "China's"); every other non-space
// character is a token of its own, so "first, we" is [first] [,] [we].
export interface Token {
  start: number;
  end: number;
  /** lower-cased, with typographic apostrophes folded, for look-ups */
  key: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function normalizeToken(word: string, caseSensitive = false): string {
  const folded = word.replace(/[’‐]/g, (c) => (c === "’" ? "'" : "-"));
  return caseSensitive ? folded : folded.toLowerCase();
}

export function tokenize(text: string, caseSensitive = false): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({ start, end: start + match[0].length, key: normalizeToken(match[0], caseSensitive) });
  }
  return tokens;
}

/** The keys of a phrase as the trie stores them. */
export function phraseKeys(phrase: string, caseSensitive = false): string[] {
  return tokenize(phrase, caseSensitive).map((token) => token.key);
}
