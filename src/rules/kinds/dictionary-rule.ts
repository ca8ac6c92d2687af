import type { DictionaryEntry } from "../../dictionary/types.js";
import type { Rule, RuleContext, RuleReport } from "../../types.js";
import { TokenTrie } from "../matcher/token-trie.js";
import { nextLineBreak } from "../../markup/line-breaks.js";
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
    else if (entry.regex) regexEntries.push(entry);
    else for (const phrase of entry.phrases) trie.add(phrase, entry, entry.caseSensitive);
  }
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
      check: (context) => checkPatterns(regexEntries, context),
    });
  }
  const anchoredLines = lineEntries.map((entry) => new RegExp(`^(?:${entry.regex!.source})$`, entry.regex!.flags));
  if (lineEntries.length > 0) {
    rules.push({
      meta: { id: "dictionary/lines", category: "dictionary", severity: "warning", safety: "mixed", description: "dictionary line entries", languages: ["en", "none"] },
      check: (context) => checkLines(lineEntries, anchoredLines, context),
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

function reportEntry(entry: DictionaryEntry, start: number, end: number, replacements: string[]): RuleReport {
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
    report(reportEntry(entry, match.start, match.end, replacements));
    reportedEnd.set(entry, match.end);
    lastStart = match.start;
    if (entry.safety === "safe") safeEnd = match.end;
  }
}

function checkPatterns(entries: DictionaryEntry[], { segment, report }: RuleContext): void {
  const { text } = segment;
  for (const entry of entries) {
    const regex = new RegExp(entry.regex!.source, entry.regex!.flags + "g");
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start || !contextAllows(entry, text, start, end)) continue;
      const replacements = entry.replacements.map((r) => adaptCase(match[0], expandTemplate(r, match)));
      if (alreadyPreferred(match[0], replacements)) continue;
      report(reportEntry(entry, start, end, replacements));
    }
  }
}

function checkLines(entries: DictionaryEntry[], anchored: RegExp[], { segment, report }: RuleContext): void {
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
      const index = anchored.findIndex((regex) => regex.test(content));
      if (index !== -1) {
        const contentStart = lineStart + raw.indexOf(content);
        report({ ...reportEntry(entries[index]!, contentStart, contentStart + content.length, [""]), deleteLine: true });
      }
    }
    if (!lineBreak) break;
    lineStart = lineBreak.end;
  }
}
