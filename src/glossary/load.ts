import { readFileSync } from "node:fs";
import { GlossaryError, whyUnreadable } from "../errors.js";
import { regexSourceOf } from "../dictionary/cache.js";
import type { DictionaryEntry } from "../dictionary/types.js";
import { parseGlossary } from "./parse.js";
import type { Glossary, GlossaryEntry } from "./types.js";

/** Reads one glossary file (TSV or CSV); throws GlossaryError naming file and line. */
export function loadGlossary(file: string): Glossary {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    throw new GlossaryError(file, undefined, `cannot read the glossary: ${whyUnreadable(error as NodeJS.ErrnoException)}`);
  }
  return parseGlossary(source, file);
}

/**
 * Terminology dictionary entries that name a fixed term are glossary entries
 * too: the Chinese term, the replacements as renderings, the matched phrases
 * as the renderings to avoid (the dictionary rule already reports those).
 * Only safe phrase entries qualify: an entry with context conditions, a
 * regex or a suggestion fix says the right English depends on the sentence,
 * so its absence proves nothing. Entries with the same Chinese term merge
 * (立德树人: "fostering virtue through education", "foster virtue through education").
 */
export function termsFromDictionary(entries: readonly DictionaryEntry[]): GlossaryEntry[] {
  const byZh = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    const renderings = entry.replacements.filter((r) => r.trim());
    if (entry.category !== "terminology" || !entry.zh.length || !renderings.length) continue;
    // regexSourceOf, not entry.regex: reading a cached entry's regex builds it, at every start
    if (entry.safety !== "safe" || regexSourceOf(entry) || Object.keys(entry.when).length || renderings.some((r) => r.includes("$"))) continue;
    const key = entry.zh.join("|");
    const earlier = byZh.get(key);
    if (earlier) {
      earlier.en = [...new Set([...earlier.en, ...renderings])];
      earlier.avoid = [...new Set([...earlier.avoid, ...entry.phrases])];
      continue;
    }
    byZh.set(key, { id: entry.id, zh: entry.zh, en: renderings, avoid: entry.phrases, note: entry.note, where: entry.where, origin: "dictionary" });
  }
  return [...byZh.values()];
}

/** Glossary entries first; a dictionary term the glossaries already define is left out (the user's glossary wins). */
export function joinTerms(glossaries: readonly Glossary[], dictionaryTerms: readonly GlossaryEntry[]): GlossaryEntry[] {
  const fromGlossaries = glossaries.flatMap((glossary) => glossary.entries);
  const defined = new Set(fromGlossaries.flatMap((entry) => entry.zh));
  return [...fromGlossaries, ...dictionaryTerms.filter((term) => !term.zh.some((zh) => defined.has(zh)))];
}
