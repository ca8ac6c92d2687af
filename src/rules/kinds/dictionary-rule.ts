import type { DictionaryEntry } from "../../dictionary/types.js";
import type { Rule, RuleContext, RuleReport } from "../../types.js";
import { regexSourceOf } from "../../dictionary/cache.js";
import { TrigramSet, WordStartIndex, requiredLiterals } from "../matcher/literal-gate.js";
import { wordCharBefore } from "../matcher/tokenize.js";
import { TokenTrie } from "../matcher/token-trie.js";
import { nextLineBreak } from "../../markup/line-breaks.js";
import { adjustArticle } from "./article.js";
import { adaptCase, expandTemplate } from "./replacement.js";

/** How far around a match `when` conditions look: enough for a clause, bounded so each test is O(1). */
const CONTEXT_CHARS = 120;

/**
 * Compiles dictionary entries into rules: every phrase entry goes into one
 * token trie (one pass over the text whatever their number); regex entries
 * run one by one, line entries test each line of a segment.
 */
export function compileEntries(entries: DictionaryEntry[]): Rule[] {
  const trie = new TokenTrie<DictionaryEntry>();
  const regexEntries: DictionaryEntry[] = [];
  const lineEntries: DictionaryEntry[] = [];
  for (const entry of entries) {
    if (entry.line) lineEntries.push(entry);
    else if (regexSourceOf(entry)) regexEntries.push(entry);
    else for (const phrase of entry.phrases) trie.add(phrase, entry, entry.caseSensitive);
  }
  // one global copy of each expression, made on its first use (not per paragraph: a RegExp built there is parsed again every time)
  const starts = new WordStartIndex<Pattern>();
  const patterns = regexEntries.map((entry): Pattern => {
    const { source } = regexSourceOf(entry)!;
    const pattern: Pattern = { entry, literals: requiredLiterals(source), indexed: false };
    pattern.indexed = starts.add(source, pattern);
    return pattern;
  });
  const trigrams = new TrigramSet();
  const rules: Rule[] = [];
  if (trie.size > 0) {
    rules.push({
      meta: { id: "dictionary/phrases", category: "dictionary", severity: "warning", safety: "mixed", description: "dictionary phrase entries", languages: ["en"] },
      check: (context) => checkPhrases(trie, context),
    });
  }
  if (regexEntries.length > 0) {
    rules.push({
      meta: { id: "dictionary/patterns", category: "dictionary", severity: "warning", safety: "mixed", description: "dictionary regex entries", languages: ["en"] },
      check: (context) => checkPatterns(patterns, trigrams, starts, context),
    });
  }
  // built on first use, and tried only on lines that hold the words they require
  const anchoredLines = lineEntries.map((entry): LinePattern => {
    const { source, flags } = regexSourceOf(entry)!;
    return { literals: requiredLiterals(source), regex: () => new RegExp(`^(?:${source})$`, flags) };
  });
  if (lineEntries.length > 0) {
    rules.push({
      meta: { id: "dictionary/lines", category: "dictionary", severity: "warning", safety: "mixed", description: "dictionary line entries", languages: ["en", "none"] },
      check: (context) => checkLines(lineEntries, anchoredLines, trigrams, context),
    });
  }
  return rules;
}

function contextAllows(entry: DictionaryEntry, text: string, start: number, end: number): boolean {
  const { precededBy, notPrecededBy, followedBy, notFollowedBy } = entry.when;
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = text.slice(end, end + CONTEXT_CHARS);
  if (precededBy && !precededBy.test(before)) return false;
  if (notPrecededBy && notPrecededBy.test(before)) return false;
  if (followedBy && !followedBy.test(after)) return false;
  if (notFollowedBy && notFollowedBy.test(after)) return false;
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

function checkPhrases(trie: TokenTrie<DictionaryEntry>, { segment, report }: RuleContext): void {
  const { text } = segment;
  // The longest passing entry at each start wins. A match inside a safe
  // match is dropped (that text is fixed anyway); a match inside a mere
  // suggestion is kept, so a safe fix is never hidden by a longer suggestion,
  // unless it is the same entry again: an entry that lists both “make new and
  // greater contributions” and “new and greater contributions” reports once.
  let safeEnd = -1;
  let lastStart = -1;
  const reportedEnd = new Map<DictionaryEntry, number>();
  for (const match of trie.matches(text)) {
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

interface Pattern {
  entry: DictionaryEntry;
  /** the global copy of entry.regex, made on first use */
  regex?: RegExp;
  /** true when its possible starts come from the WordStartIndex; it is then tried there only, with the sticky copy */
  indexed: boolean;
  sticky?: RegExp;
  /** any text the regex matches holds a string of each of these sets (null: no such knowledge) */
  literals: string[][] | null;
}

function checkPatterns(patterns: Pattern[], trigrams: TrigramSet, index: WordStartIndex<Pattern>, { segment, report }: RuleContext): void {
  const { text } = segment;
  trigrams.load(text);
  const starts = index.starts(text, wordCharBefore);
  for (const pattern of patterns) {
    const { entry, literals } = pattern;
    // skip the expressions whose required words cannot be in this paragraph
    if (literals && !literals.every((set) => set.some((literal) => trigrams.mayContain(literal)))) continue;
    let matches: RegExpExecArray[];
    if (pattern.indexed) {
      const positions = starts.get(pattern);
      if (!positions) continue;
      matches = execAt((pattern.sticky ??= new RegExp(entry.regex!.source, entry.regex!.flags + "y")), text, positions);
    } else {
      matches = execAll((pattern.regex ??= new RegExp(entry.regex!.source, entry.regex!.flags + "g")), text);
    }
    for (const match of matches) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start || !contextAllows(entry, text, start, end)) continue;
      const replacements = entry.replacements.map((r) => adaptCase(match[0], expandTemplate(r, match)));
      if (alreadyPreferred(match[0], replacements)) continue;
      report(reportEntry(entry, start, end, replacements, text));
    }
  }
}

/**
 * The matches of a global expression, as text.matchAll(regex) gives them, but
 * without the copy of the expression that matchAll makes at every call.
 */
function execAll(regex: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    matches.push(match);
    // an empty match moves on by one character (a whole code point in unicode mode), as matchAll does
    if (match[0] === "") regex.lastIndex = advance(text, regex.lastIndex, regex.unicode || regex.flags.includes("v"));
  }
  return matches;
}

/**
 * The matches a global search would find, when a match can start only at
 * `positions` (increasing): the sticky expression is tried at each position
 * not inside an earlier match.
 */
function execAt(sticky: RegExp, text: string, positions: number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const position of positions) {
    if (position < from) continue;
    sticky.lastIndex = position;
    const match = sticky.exec(text);
    if (!match) continue;
    matches.push(match);
    from = match[0] === "" ? position + 1 : position + match[0].length;
  }
  return matches;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}

interface LinePattern {
  literals: string[][] | null;
  regex: () => RegExp;
  built?: RegExp;
}

function lineMatches(pattern: LinePattern, content: string, trigrams: TrigramSet): boolean {
  if (pattern.literals && !pattern.literals.every((set) => set.some((literal) => trigrams.mayContain(literal)))) return false;
  return (pattern.built ??= pattern.regex()).test(content);
}

function checkLines(entries: DictionaryEntry[], anchored: LinePattern[], trigrams: TrigramSet, { segment, report }: RuleContext): void {
  // line entries delete page chrome pasted into a text; a site's own navigation is that chrome, in its place
  if (segment.kind === "navigation") return;
  const { text } = segment;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const lineBreak = nextLineBreak(text, lineStart);
    const lineEnd = lineBreak ? lineBreak.index : text.length;
    const raw = text.slice(lineStart, lineEnd);
    const content = raw.trim();
    if (content) {
      trigrams.load(content);
      const index = anchored.findIndex((pattern) => lineMatches(pattern, content, trigrams));
      if (index !== -1) {
        const contentStart = lineStart + raw.indexOf(content);
        report({ ...reportEntry(entries[index]!, contentStart, contentStart + content.length, [""]), deleteLine: true });
      }
    }
    if (!lineBreak) break;
    lineStart = lineBreak.end;
  }
}
