import type { TermIndex, TermMatch } from "../glossary/term-index.js";
import type { SourceText } from "../types.js";
import { memoByText } from "../language/memo.js";
import { simplifiedSource } from "./simplified-source.js";

// The glossary terms of a source paragraph, found once per source text and index.
const perIndex = new WeakMap<TermIndex, (text: string) => TermMatch[]>();

export function termsOfSource(index: TermIndex, source: SourceText): TermMatch[] {
  let find = perIndex.get(index);
  if (!find) perIndex.set(index, (find = memoByText((text) => index.find(simplifiedSource(text)))));
  return find(source.text);
}
