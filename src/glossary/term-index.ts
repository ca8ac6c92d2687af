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

/** The table's key for a term or a text at i: its first UTF-16 unit for one unit (below 65536), else its first two units (65536 and above). */
function keyAt(text: string, i: number): number {
  return i + 1 < text.length ? (text.charCodeAt(i) + 1) * 65536 + text.charCodeAt(i + 1) : text.charCodeAt(i);
}

/**
 * Every glossary and terminology term, for finding them in Chinese text.
 * Terms are normalised to Simplified on first use (so building the index
 * costs nothing for English-only runs); a table by first pair of characters
 * (UTF-16 units; terms of one unit by that unit) finds the candidates in one
 * pass, and only text with a candidate is segmented.
 */
export class TermIndex {
  private table?: Map<number, Term[]>;
  private exact?: Map<string, GlossaryEntry>;

  constructor(readonly entries: readonly GlossaryEntry[]) {}

  get size(): number {
    return this.entries.length;
  }

  private build(): Map<number, Term[]> {
    if (this.table) return this.table;
    const table = new Map<number, Term[]>();
    const exact = new Map<string, GlossaryEntry>();
    for (const entry of this.entries) {
      const forms = new Set(entry.zh.flatMap((zh) => [zh, toSimplified(zh)]));
      for (const text of forms) {
        // a term is in exact and in the table with the first entry that has it
        if (exact.has(text)) continue;
        exact.set(text, entry);
        if (!text) continue; // found nowhere
        const key = keyAt(text, 0);
        const terms = table.get(key);
        if (terms) terms.push({ text, entry });
        else table.set(key, [{ text, entry }]);
      }
    }
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
    const add = (terms: Term[] | undefined, i: number): void => {
      for (const term of terms ?? []) {
        if (text.startsWith(term.text, i)) candidates.push({ entry: term.entry, term: term.text, start: i, end: i + term.text.length });
      }
    };
    for (let i = 0; i < text.length; i++) {
      add(table.get(text.charCodeAt(i)), i);
      if (i + 1 < text.length) add(table.get(keyAt(text, i)), i);
    }
    if (!candidates.length) return [];
    const boundaries = wordBoundaries(text, candidates.map((c) => [c.start, c.end] as const));
    // longest first, then leftmost: a total order, since two candidates of one length at one offset are one term
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
