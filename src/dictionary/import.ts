import { stringify } from "yaml";
import { parseGlossary } from "../glossary/parse.js";
import type { GlossaryEntry } from "../glossary/types.js";
import { Linter } from "../linter.js";
import type { Safety } from "../types.js";
import { runEntrySpecs } from "./specs.js";
import type { DictionaryEntry, RawDictionary, RawEntry } from "./types.js";
import { validateEntry } from "./validate.js";

// `mtclean dict import`: a terminologist's glossary (zh, en, avoid) becomes
// dictionary entries, one per term with avoided variants: the variants are
// matched, the preferred rendering (then the other accepted ones) replaces
// them. Each entry gets an example per variant and a keep text with the
// preferred rendering, computed by running the entry itself, so the output
// passes `mtclean dict test` as it is.

export interface ImportOptions {
  category: string;
  safety: Safety;
  /** ids already in use (the built-in rules and entries), so that the imported file can be loaded beside them */
  reservedIds?: Iterable<string>;
}

export interface SkippedTerm {
  line: number;
  zh: string;
  reason: string;
}

export interface ImportResult {
  /** the dictionary as YAML, ready to save */
  yaml: string;
  entries: RawEntry[];
  skipped: SkippedTerm[];
}

const quote = (text: string): string => `“${text}”`;
const sameLetters = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A readable id from the preferred rendering ("Party committee" → party-committee), unique in the file. */
function idFor(term: GlossaryEntry, taken: Set<string>): string {
  const base = term.en[0]!.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 48).replace(/-+$/, "") || `term-line-${term.where.line}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The sentence an example or keep text puts a rendering in. */
const sentence = (phrase: string): string => `The report mentions ${phrase} twice.`;

function rawEntryFor(term: GlossaryEntry, id: string, avoid: string[], options: ImportOptions): RawEntry {
  const message = `${term.zh.join(" / ")} is ${quote(term.en[0]!)} in the glossary, not ${avoid.map(quote).join(" or ")}.${term.note ? ` ${term.note}` : ""}`;
  return {
    id,
    match: avoid.length === 1 ? avoid[0]! : avoid,
    caseSensitive: undefined,
    replace: term.en.length === 1 ? term.en[0]! : term.en,
    safety: options.safety,
    message,
    zh: term.zh.length === 1 ? term.zh[0]! : term.zh,
    // placeholders, computed below by running the entry
    examples: avoid.map((variant) => ({ before: sentence(variant), after: "" })),
    keep: [sentence(term.en[0]!)],
  };
}

/** Converts glossary text to a dictionary; terms that cannot become a working entry are listed in `skipped`. */
export function glossaryToDictionary(source: string, file: string, options: ImportOptions): ImportResult {
  const glossary = parseGlossary(source, file);
  const header: RawDictionary = { category: options.category, defaults: { severity: "warning", safety: options.safety }, entries: [] };
  const taken = new Set<string>(options.reservedIds ?? []);
  const skipped: SkippedTerm[] = [];
  const entries: RawEntry[] = [];
  for (const term of glossary.entries) {
    const skip = (reason: string): void => void skipped.push({ line: term.where.line, zh: term.zh[0]!, reason });
    const avoid = term.avoid.filter((variant) => !term.en.includes(variant.trim()));
    // "party committee" avoided for "Party committee": only the capitals are wrong, so match with case
    const caseSensitive = avoid.some((variant) => term.en.some((rendering) => sameLetters(rendering, variant)));
    if (avoid.length === 0) {
      skip("no avoided variants, so there is nothing for an entry to match");
      continue;
    }
    const raw = rawEntryFor(term, idFor(term, taken), avoid, options);
    if (caseSensitive) raw.caseSensitive = true;
    let entry: DictionaryEntry;
    try {
      entry = validateEntry({ ...raw, examples: raw.examples.map((e) => ({ ...e, after: `${e.before} ` })) }, header, { file, line: term.where.line }, (reason) => {
        throw new Error(reason);
      });
    } catch (error) {
      skip((error as Error).message);
      continue;
    }
    const linter = new Linter({ builtin: false, builtinRules: false, dictionaryObjects: [{ file, entries: [entry] }] });
    raw.examples = raw.examples.map(({ before }) => ({ before, after: linter.fix(before, { unsafe: true }).output }));
    entry.examples = raw.examples;
    const failures = runEntrySpecs(entry, linter);
    if (failures.some((failure) => failure.kind === "keep")) {
      skip(`the preferred rendering ${quote(term.en[0]!)} contains an avoided variant, so the fix would never settle`);
      continue;
    }
    if (failures.length) {
      skip(`the variant ${quote(failures[0]!.text)} cannot be matched as written`);
      continue;
    }
    entries.push(raw);
  }
  const body = stringify({ category: options.category, defaults: header.defaults, entries }, { lineWidth: 0 });
  const yaml = `# Imported from ${file} by \`mtclean dict import\`: review each message and its safety,\n# then run \`mtclean dict test\` on this file.\n${body}`;
  return { yaml, entries, skipped };
}
