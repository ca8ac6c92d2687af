import type { TermIndex, TermMatch } from "../glossary/term-index.js";
import { toSimplified } from "../language/simplified.js";
import type { SourceText } from "../types.js";

// The glossary terms of a source paragraph, computed once per source text:
// fix runs the rules up to ten times over the same sources.
const cache = new WeakMap<TermIndex, Map<string, TermMatch[]>>();
const CACHE_LIMIT = 5000;

export function termsOfSource(index: TermIndex, source: SourceText): TermMatch[] {
  let perIndex = cache.get(index);
  if (!perIndex) cache.set(index, (perIndex = new Map()));
  let matches = perIndex.get(source.text);
  if (!matches) {
    matches = index.find(toSimplified(source.text));
    if (perIndex.size >= CACHE_LIMIT) perIndex.clear();
    perIndex.set(source.text, matches);
  }
  return matches;
}
