import { tokenize, phraseKeys, type Token } from "./tokenize.js";

// A trie over word tokens: matching walks the text's tokens once, following at
// most as many trie edges from each token as the longest phrase has words, so
// the cost grows with the text, not with the number of phrases (a joined regex
// alternation tries every alternative at every position instead).

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  /** every value whose phrase ends here, in insertion order */
  values: T[];
}

const newNode = <T>(): Node<T> => ({ next: new Map(), values: [] });

export class TokenTrie<T> {
  private readonly root = newNode<T>();
  private readonly rootCaseSensitive = newNode<T>();
  private hasCaseSensitive = false;
  size = 0;

  add(phrase: string, value: T, caseSensitive = false): void {
    const keys = phraseKeys(phrase, caseSensitive);
    if (keys.length === 0) return;
    let node = caseSensitive ? this.rootCaseSensitive : this.root;
    if (caseSensitive) this.hasCaseSensitive = true;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode<T>()));
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
    yield* this.walk(text, tokenize(text), this.root);
    if (this.hasCaseSensitive) yield* this.walk(text, tokenize(text, true), this.rootCaseSensitive);
  }

  private *walk(text: string, tokens: Token[], root: Node<T>): Generator<TrieMatch<T>> {
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      let node = root.next.get(first.key);
      if (!node) continue;
      const found: TrieMatch<T>[] = [];
      let j = i;
      for (;;) {
        if (node.values.length) found.push({ start: first.start, end: tokens[j]!.end, values: node.values });
        const following = tokens[j + 1];
        if (!following || !onlySpaceBetween(text, tokens[j]!.end, following.start)) break;
        const child: Node<T> | undefined = node.next.get(following.key);
        if (!child) break;
        node = child;
        j++;
      }
      for (let k = found.length - 1; k >= 0; k--) yield found[k]!;
    }
  }
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // space, tab, line breaks, NBSP, ideographic space
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0 && code !== 0x3000) return false;
  }
  return true;
}
