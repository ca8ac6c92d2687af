import { toSimplified } from "../language/simplified.js";
import { addWords, wordBoundaries } from "../language/words.js";
import type { GlossaryEntry } from "./types.js";

/** A glossary term found in a Chinese text (offsets in its Simplified form). */
export interface TermMatch {
  entry: GlossaryEntry;
  /** the term as it stands in the (Simplified) text */
  term: string;
  start: number;
  end: number;
}

interface Term {
  text: string;
  entry: GlossaryEntry;
}

/**
 * Every glossary and terminology term, for finding them in Chinese text.
 * Terms are normalised to Simplified on first use (so building the index
 * costs nothing for English-only runs); a first-character table finds the
 * candidates in one pass, and only text with a candidate is segmented.
 */
export class TermIndex {
  private table?: Map<string, Term[]>;
  private exact?: Map<string, GlossaryEntry>;

  constructor(readonly entries: readonly GlossaryEntry[]) {}

  get size(): number {
    return this.entries.length;
  }

  private build(): Map<string, Term[]> {
    if (this.table) return this.table;
    const table = new Map<string, Term[]>();
    const exact = new Map<string, GlossaryEntry>();
    for (const entry of this.entries) {
      const forms = new Set(entry.zh.flatMap((zh) => [zh, toSimplified(zh)]));
      for (const text of forms) {
        const first = text[0]!;
        const terms = table.get(first) ?? [];
        if (!terms.some((term) => term.text === text)) terms.push({ text, entry });
        table.set(first, terms);
        if (!exact.has(text)) exact.set(text, entry);
      }
    }
    for (const terms of table.values()) terms.sort((a, b) => b.text.length - a.text.length);
    addWords(exact.keys());
    this.exact = exact;
    return (this.table = table);
  }

  /** The entry whose term is exactly this text (Traditional or Simplified), if any. */
  lookup(text: string): GlossaryEntry | undefined {
    this.build();
    return this.exact!.get(text) ?? this.exact!.get(toSimplified(text));
  }

  /**
   * The terms of a Chinese text, matched at word boundaries, longest first,
   * never overlapping. `text` should already be Simplified (see toSimplified).
   */
  find(text: string): TermMatch[] {
    if (!this.entries.length) return [];
    const table = this.build();
    const candidates: TermMatch[] = [];
    for (let i = 0; i < text.length; i++) {
      for (const term of table.get(text[i]!) ?? []) {
        if (text.startsWith(term.text, i)) candidates.push({ entry: term.entry, term: term.text, start: i, end: i + term.text.length });
      }
    }
    if (!candidates.length) return [];
    const boundaries = wordBoundaries(text, candidates.map((c) => [c.start, c.end] as const));
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: TermMatch[] = [];
    for (const candidate of candidates) {
      if (!boundaries.has(candidate.start) || !boundaries.has(candidate.end)) continue;
      if (taken.some((t) => t.start < candidate.end && candidate.start < t.end)) continue;
      taken.push(candidate);
    }
    return taken.sort((a, b) => a.start - b.start);
  }
}
