import type { DictionaryEntry } from "../../dictionary/types.js";
import type { Rule, RuleContext, RuleReport } from "../../types.js";
import { regexSourceOf } from "../../dictionary/cache.js";
import { LineSet, RegexSet } from "../matcher/regex-set.js";
import { LiteralIndex } from "../matcher/literal-scanner.js";
import type { StoredAutomaton, StoredTrie } from "../matcher/prebuilt.js";
import type { MatcherStore } from "../matcher/matcher-store.js";
import { TokenTrie, type Phrase } from "../matcher/token-trie.js";
import { isPhraseSpace, wordCharAt, wordCharBefore } from "../matcher/tokenize.js";
import { forEachLine } from "../../markup/line-breaks.js";
import { adjustArticle } from "./article.js";
import { adaptCase, expandTemplate } from "./replacement.js";

/** How far around a match `when` conditions look: enough for a clause, bounded so each test is O(1). */
const CONTEXT_CHARS = 120;

/**
 * Compiles dictionary entries into rules: every phrase entry goes into one
 * token trie (one pass over the text whatever their number); regex entries
 * run one by one, line entries test each line of a segment. One scan of a
 * paragraph for literals (see EntryMatchers) serves all three. `store`:
 * where the trie and the automaton are looked for and kept when they are not
 * the build's (see MatcherStore).
 */
export function compileEntries(entries: DictionaryEntry[], store?: MatcherStore): Rule[] {
  const trie = phraseTrie(entries, store);
  const { regexEntries, lineEntries } = byKind(entries);
  // built on first use: a run that checks no English builds nothing
  let built: EntryMatchers | undefined;
  const matchers = (): EntryMatchers => (built ??= new EntryMatchers(trie, regexEntries, lineEntries, store));
  const rules: Rule[] = [];
  if (trie.size > 0) {
    rules.push({
      meta: { id: "dictionary/phrases", category: "dictionary", severity: "warning", safety: "mixed", description: "dictionary phrase entries", languages: ["en"] },
      check: (context) => checkPhrases(trie, matchers(), context),
    });
  }
  if (regexEntries.length > 0) {
    rules.push({
      meta: { id: "dictionary/patterns", category: "dictionary", severity: "warning", safety: "mixed", description: "dictionary regex entries", languages: ["en"] },
      check: (context) => checkPatterns(regexEntries, matchers().patterns, context),
    });
  }
  if (lineEntries.length > 0) {
    rules.push({
      meta: { id: "dictionary/lines", category: "dictionary", severity: "warning", safety: "mixed", description: "dictionary line entries", languages: ["en", "none"] },
      check: (context) => checkLines(lineEntries, matchers().lines, context),
    });
  }
  return rules;
}

/**
 * The matchers of regex and line entries, and the anchors of the phrase
 * trie, over one literal index: the strings regexes need, those line
 * regexes need, and the phrases' anchor pieces are found by one scan of
 * each paragraph (one automaton, made at build time for the built-in
 * dictionaries), not one per kind.
 */
class EntryMatchers {
  readonly literals: LiteralIndex;
  readonly patterns: RegexSet;
  readonly lines: LineSet;
  /** per literal id: the anchors value (tokens before) of a phrase anchor, -1 for other literals */
  readonly anchorBefore: Int8Array | undefined;
  /** per literal id: for an anchor of two words, the length of the first (0 for one word) */
  private anchorLead = new Int32Array(0);

  /** `store`: where the automaton of the literals is looked for and kept (see MatcherStore) */
  constructor(trie: TokenTrie<DictionaryEntry>, regexEntries: DictionaryEntry[], lineEntries: DictionaryEntry[], store?: MatcherStore) {
    this.literals = new LiteralIndex(store);
    this.patterns = new RegexSet(regexEntries.map((entry) => regexSourceOf(entry)!), this.literals);
    this.lines = new LineSet(lineEntries.map((entry) => regexSourceOf(entry)!), this.literals);
    if (!trie.anchored || trie.size === 0) return;
    const anchors = [...trie.anchors].map(([piece, before]) => [this.literals.scanner.add(piece), before, Math.max(0, piece.indexOf(" "))] as const);
    this.anchorBefore = new Int8Array(this.literals.scanner.size).fill(-1);
    this.anchorLead = new Int32Array(this.literals.scanner.size);
    // a piece that is also another matcher's literal keeps its id
    for (const [id, before, lead] of anchors) {
      this.anchorBefore[id] = before;
      this.anchorLead[id] = lead;
    }
  }

  /**
   * Where anchor pieces occur in `text` (loaded), as TokenTrie.matchesAround
   * takes them. A piece lies between a key's bounds, apostrophes and
   * hyphens: an occurrence with a letter or digit just before or after it
   * ("time" in "sometimes") is part of a longer piece, and anchors nothing.
   * An anchor of two words is reported by the scan at its second: its hit
   * is where the first starts, before the white space between them.
   */
  anchorHits(text: string): Float64Array {
    const { literals } = this;
    literals.load(text);
    const { count, ids, starts } = literals.occurrences;
    const { anchorLead } = this;
    const anchorBefore = this.anchorBefore!;
    const { scanner } = literals;
    if (this.hits.length < count) this.hits = new Float64Array(count);
    const hits = this.hits;
    let found = 0;
    for (let i = 0; i < count; i++) {
      const id = ids[i]!;
      const before = anchorBefore[id]!;
      if (before < 0) continue;
      let start = starts[i]!;
      if (wordCharAt(text, start + scanner.lengthOf(id))) continue;
      const lead = anchorLead[id]!;
      if (lead > 0) {
        while (isPhraseSpace(text.charCodeAt(start - 1))) start--;
        start -= lead;
      }
      if (wordCharBefore(text, start)) continue;
      hits[found++] = start * 64 + before;
    }
    return hits.subarray(0, found).sort();
  }

  /** room for the hits of a paragraph, reused from one to the next */
  private hits = new Float64Array(256);
}

function phraseTrie(entries: DictionaryEntry[], store?: MatcherStore): TokenTrie<DictionaryEntry> {
  const phrases: Phrase<DictionaryEntry>[] = [];
  for (const entry of entries) if (!entry.line && !regexSourceOf(entry)) for (const phrase of entry.phrases) phrases.push({ phrase, value: entry, caseSensitive: entry.caseSensitive });
  return TokenTrie.of(phrases, undefined, store);
}

function byKind(entries: DictionaryEntry[]): { regexEntries: DictionaryEntry[]; lineEntries: DictionaryEntry[] } {
  return { regexEntries: entries.filter((entry) => !entry.line && regexSourceOf(entry)), lineEntries: entries.filter((entry) => entry.line) };
}

/** The phrase trie and the literal automaton compileEntries() works out for these entries (for the build step to store; see prebuilt.ts). */
export function storedMatchersOf(entries: DictionaryEntry[]): { automata: StoredAutomaton[]; tries: StoredTrie[] } {
  const trie = phraseTrie(entries);
  const { regexEntries, lineEntries } = byKind(entries);
  return { automata: [new EntryMatchers(trie, regexEntries, lineEntries).literals.scanner.stored()], tries: [trie.stored()] };
}

function contextAllows(entry: DictionaryEntry, text: string, start: number, end: number): boolean {
  const { precededBy, notPrecededBy, followedBy, notFollowedBy } = entry.when;
  // the context is cut out only for an entry that looks at it (most do not)
  if (precededBy || notPrecededBy) {
    const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
    if (precededBy && !precededBy.test(before)) return false;
    if (notPrecededBy && notPrecededBy.test(before)) return false;
  }
  if (followedBy || notFollowedBy) {
    const after = text.slice(end, end + CONTEXT_CHARS);
    if (followedBy && !followedBy.test(after)) return false;
    if (notFollowedBy && notFollowedBy.test(after)) return false;
  }
  return true;
}

/**
 * A match that already reads as the entry's first replacement is the
 * preferred form, not a problem: a broad regex (“Culture|Literature and
 * Tourism”) also matches the correct name, and flagging it would be harm.
 */
const alreadyPreferred = (matched: string, replacements: string[]): boolean => replacements.length > 0 && replacements[0] === matched;

function reportEntry(entry: DictionaryEntry, start: number, end: number, replacements: string[], text?: string): RuleReport {
  // a/an before the match follows the replacement (line deletions pass no text)
  if (text !== undefined) ({ start, replacements } = adjustArticle(text, start, replacements));
  return {
    start,
    end,
    message: entry.message,
    replacements: replacements.length ? replacements : undefined,
    safety: entry.safety,
    ruleId: entry.id,
    category: entry.category,
    severity: entry.severity,
  };
}

function checkPhrases(trie: TokenTrie<DictionaryEntry>, matchers: EntryMatchers, { segment, report }: RuleContext): void {
  const { text } = segment;
  // around the anchors' hits when every phrase has one (and the text lets us look back from them), else over every token
  const matches = (matchers.anchorBefore && trie.matchesAround(text, matchers.anchorHits(text))) ?? trie.matches(text);
  // The longest passing entry at each start wins. A match inside a safe
  // match is dropped (that text is fixed anyway); a match inside a mere
  // suggestion is kept, so a safe fix is never hidden by a longer suggestion,
  // unless it is the same entry again: an entry that lists both “make new and
  // greater contributions” and “new and greater contributions” reports once.
  let safeEnd = -1;
  let lastStart = -1;
  const reportedEnd = new Map<DictionaryEntry, number>();
  for (const match of matches) {
    if (match.start === lastStart || match.start < safeEnd) continue;
    const entry = match.values.find((candidate) => contextAllows(candidate, text, match.start, match.end));
    if (!entry || match.start < (reportedEnd.get(entry) ?? -1)) continue;
    const matched = text.slice(match.start, match.end);
    const replacements = entry.replacements.map((r) => adaptCase(matched, r));
    if (alreadyPreferred(matched, replacements)) continue;
    report(reportEntry(entry, match.start, match.end, replacements, text));
    reportedEnd.set(entry, match.end);
    lastStart = match.start;
    if (entry.safety === "safe") safeEnd = match.end;
  }
}

function checkPatterns(entries: DictionaryEntry[], patterns: RegexSet, { segment, report }: RuleContext): void {
  const { text } = segment;
  patterns.forEachMatch(text, (index, match) => {
    const entry = entries[index]!;
    const start = match.index;
    const end = start + match[0].length;
    if (end === start || !contextAllows(entry, text, start, end)) return;
    const replacements = entry.replacements.map((r) => adaptCase(match[0], expandTemplate(r, match)));
    if (alreadyPreferred(match[0], replacements)) return;
    report(reportEntry(entry, start, end, replacements, text));
  });
}

function checkLines(entries: DictionaryEntry[], lines: LineSet, { segment, report }: RuleContext): void {
  // line entries delete page chrome pasted into a text; a site's own navigation is that chrome, in its place
  if (segment.kind === "navigation") return;
  const { text } = segment;
  forEachLine(text, (lineStart, lineEnd) => {
    const [from, to] = trimmed(text, lineStart, lineEnd);
    if (from >= to) return;
    const index = lines.firstMatch(text, from, to);
    if (index !== -1) report({ ...reportEntry(entries[index]!, from, to, [""]), deleteLine: true });
  });
}

/** text[from, to) without the white space String.prototype.trim() removes, as a range. */
function trimmed(text: string, from: number, to: number): [number, number] {
  while (from < to && isTrimmed(text.charCodeAt(from))) from++;
  while (to > from && isTrimmed(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

const TRIMMED = /^[\s\uFEFF\xA0]$/;
const isTrimmed = (code: number): boolean => (code === 32 || code === 9 ? true : code > 32 && code < 127 ? false : TRIMMED.test(String.fromCharCode(code)));
