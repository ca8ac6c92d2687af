import { readFileSync } from "node:fs";
import { GlossaryError } from "../errors.js";
import type { DictionaryEntry } from "../dictionary/types.js";
import { parseGlossary } from "./parse.js";
import type { Glossary, GlossaryEntry } from "./types.js";

/** Reads one glossary file (TSV or CSV); throws GlossaryError naming file and line. */
export function loadGlossary(file: string): Glossary {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    throw new GlossaryError(file, 1, `cannot read the glossary (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return parseGlossary(source, file);
}

/**
 * Terminology dictionary entries that carry their Chinese term are glossary
 * entries too: the Chinese term, the replacements as renderings, the matched
 * phrases as the renderings to avoid (the dictionary rule already reports those).
 */
export function termsFromDictionary(entries: readonly DictionaryEntry[]): GlossaryEntry[] {
  return entries
    .filter((entry) => entry.category === "terminology" && entry.zh.length && entry.replacements.some((r) => r.trim()))
    .map((entry) => ({
      id: entry.id,
      zh: entry.zh,
      en: entry.replacements.filter((r) => r.trim()),
      avoid: entry.phrases,
      note: entry.note,
      where: entry.where,
      origin: "dictionary" as const,
    }));
}
