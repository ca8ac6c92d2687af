import { foldsTo, keyHash, phraseKeys, scanTokens, tokenKey, type TokenList } from "./tokenize.js";

// A trie over word tokens: matching walks the text's tokens once, following at
// most as many trie edges from each token as the longest phrase has words, so
// the cost grows with the text, not with the number of phrases (a joined regex
// alternation tries every alternative at every position instead). Edges with
// an ASCII key are also found by the key's hash, which the scanner computes
// as it reads each token: a plain token is matched without making its key.

interface Node<T> {
  next: Map<string, Node<T>>;
  /** the children with an ASCII key, by the hash of that key */
  byHash: Map<number, { key: string; node: Node<T> }[]>;
  values: T[];
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  /** every value whose phrase ends here, in insertion order */
  values: T[];
}

const newNode = <T>(): Node<T> => ({ next: new Map(), byHash: new Map(), values: [] });
const isAscii = (key: string): boolean => /^[\x00-\x7f]*$/.test(key);
// small integers make the cheapest Map keys
const bucket = (hash: number): number => hash & 0x3fffffff;

export class TokenTrie<T> {
  private readonly root = newNode<T>();
  /**
   * A bit for the low 16 bits of the case-insensitive hash of each ASCII
   * first word (a case-sensitive match is a case-insensitive one too): most
   * tokens of a text begin no phrase, and one bit tells so without a look-up.
   */
  private readonly firstWords = new Uint8Array(1 << 13);
  private readonly rootCaseSensitive = newNode<T>();
  private hasCaseSensitive = false;
  size = 0;

  add(phrase: string, value: T, caseSensitive = false): void {
    const keys = phraseKeys(phrase, caseSensitive);
    if (keys.length === 0) return;
    let node = caseSensitive ? this.rootCaseSensitive : this.root;
    if (caseSensitive) this.hasCaseSensitive = true;
    if (isAscii(keys[0]!)) {
      const bit = keyHash(keys[0]!, 0, keys[0]!.length, false) & 0xffff;
      this.firstWords[bit >> 3]! |= 1 << (bit & 7);
    }
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        node.next.set(key, (child = newNode<T>()));
        if (isAscii(key)) {
          const hash = bucket(keyHash(key, 0, key.length, caseSensitive));
          const list = node.byHash.get(hash) ?? [];
          list.push({ key, node: child });
          node.byHash.set(hash, list);
        }
      }
      node = child;
    }
    node.values.push(value);
    this.size++;
  }

  /**
   * All phrase matches in `text`, every start position, longest first at each
   * start. Consecutive tokens may be separated by whitespace only (any amount,
   * line breaks included) or by nothing.
   */
  *matches(text: string): Generator<TrieMatch<T>> {
    const tokens = scanTokens(text);
    if (!this.hasCaseSensitive) {
      yield* this.walk(tokens, this.root, false);
      return;
    }
    // Both walks merged in text order (longest first at each start), as
    // callers expect: a case-sensitive match must not come after the
    // case-insensitive matches further along the text.
    const all = [...this.walk(tokens, this.root, false), ...this.walk(tokens, this.rootCaseSensitive, true)];
    yield* all.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  private *walk(tokens: TokenList, root: Node<T>, caseSensitive: boolean): Generator<TrieMatch<T>> {
    const { text, count, starts, ends, plain, hashes } = tokens;
    const firstWords = this.firstWords;
    for (let i = 0; i < count; i++) {
      if (plain[i]) {
        const bit = hashes[i]! & 0xffff;
        if ((firstWords[bit >> 3]! & (1 << (bit & 7))) === 0) continue;
      }
      const first = childOf(root, tokens, i, caseSensitive);
      if (!first) continue;
      let node: Node<T> = first;
      const found: TrieMatch<T>[] = [];
      let j = i;
      for (;;) {
        if (node.values.length) found.push({ start: starts[i]!, end: ends[j]!, values: node.values });
        if (j + 1 >= count || node.next.size === 0 || !onlySpaceBetween(text, ends[j]!, starts[j + 1]!)) break;
        const child: Node<T> | undefined = childOf(node, tokens, j + 1, caseSensitive);
        if (!child) break;
        node = child;
        j++;
      }
      for (let k = found.length - 1; k >= 0; k--) yield found[k]!;
    }
  }
}

/** The child of `node` along token i: by hash and a char comparison for a plain token, by its key otherwise. */
function childOf<T>(node: Node<T>, tokens: TokenList, i: number, caseSensitive: boolean): Node<T> | undefined {
  if (!tokens.plain[i]) return node.next.get(tokenKey(tokens, i, caseSensitive));
  const start = tokens.starts[i]!;
  const end = tokens.ends[i]!;
  const hash = caseSensitive ? keyHash(tokens.text, start, end, true) : tokens.hashes[i]!;
  const candidates = node.byHash.get(bucket(hash));
  if (!candidates) return undefined;
  for (const candidate of candidates) if (foldsTo(tokens.text, start, end, candidate.key, caseSensitive)) return candidate.node;
  return undefined;
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // space, tab, line breaks, NBSP, ideographic space
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0 && code !== 0x3000) return false;
  }
  return true;
}
