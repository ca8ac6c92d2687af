// When one Chinese paragraph became two English ones, each English part gets
// the sentences of the source that correspond to it: the cut between Chinese
// sentences whose share of the paragraph is closest to the first English
// part's share (numbers shared with each part break ties). A paragraph of one
// sentence cannot be cut: both parts get all of it.

import { numberAnchors, sharedCount } from "./anchors.js";

const SENTENCE_END = /[。！？；!?;][”’」』）)]*/gu;

export function splitSource(source: string, targets: readonly [string, string] | readonly string[]): string[] {
  const sentences = sentencesOf(source);
  if (targets.length !== 2 || sentences.length < 2) return targets.map(() => source);
  const [first, second] = targets.map(size) as [number, number];
  const share = first / (first + second || 1);
  const total = size(source);
  let best = { cut: 1, score: Infinity };
  for (let cut = 1; cut < sentences.length; cut++) {
    const head = sentences.slice(0, cut).join("");
    const tail = sentences.slice(cut).join("");
    const anchors = sharedCount(numberAnchors(head), numberAnchors(targets[0]!)) + sharedCount(numberAnchors(tail), numberAnchors(targets[1]!));
    const score = Math.abs(size(head) / total - share) - 0.05 * anchors;
    if (score < best.score) best = { cut, score };
  }
  return [sentences.slice(0, best.cut).join("").trim(), sentences.slice(best.cut).join("").trim()];
}

function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (text.slice(from, end).trim()) sentences.push(text.slice(from, end));
    from = end;
  }
  if (text.slice(from).trim()) sentences.push(text.slice(from));
  return sentences;
}

function size(text: string): number {
  return text.replace(/\s/gu, "").length;
}
