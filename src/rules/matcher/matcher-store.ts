import type { StoredAutomaton, StoredTrie } from "./prebuilt.js";

/**
 * Where the matchers built for dictionaries other than the built-in ones
 * are kept from one run to the next (see dictionary/user-cache.ts): the
 * built-in dictionaries' are made at build time (see prebuilt.ts), a user
 * dictionary's phrase trie and literal automaton would otherwise be built
 * again at each start. As with the build's, a stored matcher is used only
 * for exactly the phrase set or the literals it was built from.
 */
export interface MatcherStore {
  /** the stored trie of this phrase set (see TokenTrie.of), if any */
  trie(phrases: string): StoredTrie | undefined;
  /** the stored automaton of these literals, joined by line breaks, if any */
  automaton(literals: string): StoredAutomaton | undefined;
  /** keeps a trie just built, for the next run */
  keepTrie(trie: StoredTrie): void;
  keepAutomaton(automaton: StoredAutomaton): void;
}
