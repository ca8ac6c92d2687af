import { loadUserDictionary, userMatcherStore } from "./dictionary/user-cache.js";
import { BUILTIN_DICTIONARY_DIR } from "./dictionary/builtin.js";
import { loadDictionaryFolder } from "./dictionary/cache.js";
import type { Dictionary, DictionaryEntry } from "./dictionary/types.js";
import { ALIGNMENT_RULES, attachSources, type SourceDocument } from "./align/index.js";
import { applyDirectives } from "./directives/apply.js";
import { DictionaryError } from "./errors.js";
import { applyFixes } from "./fix/apply.js";
import { runPasses, type PassesResult } from "./fix/passes.js";
import { assignLanguages, mayHaveHan } from "./language/detect.js";
import { bilingualRuleMetas, bilingualRules } from "./bilingual/index.js";
import { joinTerms, loadGlossary, termsFromDictionary } from "./glossary/load.js";
import { TermIndex } from "./glossary/term-index.js";
import type { Glossary, GlossaryEntry } from "./glossary/types.js";
import { locate } from "./locate.js";
import { segmentsOf, type Format } from "./markup/index.js";
import { textSegmentRuns } from "./markup/text.js";
import { builtinRules } from "./rules/builtin/index.js";
import { createUntranslatedChinese } from "./rules/builtin/untranslated-chinese.js";
import { byPosition, runRules, type EngineOptions, type RawFinding } from "./rules/engine.js";
import { compileEntries } from "./rules/kinds/dictionary-rule.js";
import type { Finding, Rule, RuleMeta, Segment } from "./types.js";

export interface LinterOptions extends EngineOptions {
  /** extra dictionary files (YAML) */
  dictionaries?: string[];
  /** already loaded dictionaries, for callers that build them in memory */
  dictionaryObjects?: Dictionary[];
  /** load the dictionaries shipped with mtclean (default true) */
  builtin?: boolean;
  /** run the code rules (punctuation, spacing...) too (default true) */
  builtinRules?: boolean;
  /** rules written in code by the caller, run after the built-in ones */
  customRules?: Rule[];
  /** glossary files (TSV or CSV: zh, en, avoid, note) for the bilingual checks and the Chinese-fragment look-up */
  glossaries?: string[];
  /** already loaded glossaries (see parseGlossary) */
  glossaryObjects?: Glossary[];
  /** honour mtclean-disable / mtclean-enable comments in the text (default true) */
  inlineConfig?: boolean;
  /** report disable directives that silenced nothing, as `unused-disable-directive` warnings */
  reportUnusedDisableDirectives?: boolean;
}

export interface CheckOptions {
  format?: Format;
  /** the Chinese original of this text: its paragraphs are aligned with the English ones for the bilingual checks */
  source?: SourceDocument;
}

export interface FixOptions extends CheckOptions {
  /** also apply suggestions (their first replacement) */
  unsafe?: boolean;
}

export type FixResult = PassesResult<string>;

/**
 * A text of RUNS_FROM characters or more is checked run by run, in runs of
 * paragraphs of about RUN_CHARS (see Linter.inRuns): small enough for what a
 * run allocates to die young, never reaching the old generation of the heap.
 */
export const RUN_CHARS = 1 << 16;
const RUNS_FROM = 1 << 18;

/** A byte-order mark is U+FEFF, above U+2E80 but no Han character: it does not keep a text from being checked in runs. */
const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export { MAX_FIX_PASSES } from "./fix/passes.js";

export interface RuleInfo {
  id: string;
  category: string;
  severity: RuleMeta["severity"];
  safety: RuleMeta["safety"];
  description: string;
  /** off unless a configuration turns it on (see RuleMeta.defaultOff) */
  defaultOff?: boolean;
  entry?: DictionaryEntry;
  /** a glossary entry: checked by the key-term rule, listed for reference */
  term?: GlossaryEntry;
}

function describeTerm(term: GlossaryEntry): string {
  const accepted = term.en.length > 1 ? ` (also ${term.en.slice(1).join(", ")})` : "";
  const avoid = term.avoid.length ? `; not ${term.avoid.join(", ")}` : "";
  return `${term.zh.join(" / ")} → ${term.en[0]}${accepted}${avoid}`;
}

/** Dictionaries compiled once, then any number of texts checked or fixed. */
export class Linter {
  readonly entries: DictionaryEntry[];
  readonly rules: Rule[];
  /** the glossary files this linter was given (see LinterOptions.glossaries) */
  readonly glossaries: readonly string[];
  /** the glossary entries and terminology entries with a Chinese term, as the bilingual rules use them */
  readonly terms: readonly GlossaryEntry[];
  private readonly engineOptions: EngineOptions;
  private readonly directives: { enabled: boolean; reportUnused: boolean };

  constructor(options: LinterOptions = {}) {
    const dictionaries = [
      ...(options.builtin === false ? [] : loadDictionaryFolder()),
      ...(options.dictionaries ?? []).map(loadUserDictionary),
      ...(options.dictionaryObjects ?? []),
    ];
    this.entries = mergeEntries(dictionaries);
    const glossaries = [...(options.glossaries ?? []).map(loadGlossary), ...(options.glossaryObjects ?? [])];
    this.terms = joinTerms(glossaries, termsFromDictionary(this.entries));
    const terms = new TermIndex(this.terms);
    const codeRules = builtinRules.map((rule) => (rule.meta.id === "untranslated-chinese" ? createUntranslatedChinese(terms) : rule));
    this.rules = [
      ...(options.builtinRules === false ? [] : [...codeRules, ...bilingualRules(terms, this.entries)]),
      ...(options.customRules ?? []),
      // a user dictionary's matchers are kept from one run to the next (the built-in ones' are made by the build)
      ...compileEntries(this.entries, options.dictionaries?.length ? userMatcherStore() : undefined),
    ];
    this.engineOptions = { rules: options.rules, categories: options.categories, only: options.only };
    this.glossaries = options.glossaries ?? [];
    this.directives = { enabled: options.inlineConfig !== false, reportUnused: options.reportUnusedDisableDirectives === true };
  }

  check(text: string, options: CheckOptions = {}): Finding[] {
    const findings = locate(text, this.inRuns(text, options) ?? this.whole(text, options));
    // directives filter after the rules, so a silenced finding is never fixed either
    return this.directives.enabled ? applyDirectives(text, findings, { reportUnused: this.directives.reportUnused }) : findings;
  }

  private whole(text: string, options: CheckOptions): RawFinding[] {
    const segments = assignLanguages(segmentsOf(text, options.format));
    const alignment = attachSources(text, segments, options.source);
    const rules = alignment ? [...this.rules, alignment] : this.rules;
    return runRules(segments, rules, this.engineOptions);
  }

  /**
   * A big plain text with no Chinese (so no source and no paragraph pairs
   * to align) is checked a run of paragraphs at a time, with the same
   * findings: the segments of a 100 MB file would take twice its size.
   */
  private inRuns(text: string, options: CheckOptions): RawFinding[] | undefined {
    if (!this.checksInRuns(text.length, mayHaveHan(withoutBom(text)), options)) return undefined;
    const findings: RawFinding[] = [];
    for (const run of textSegmentRuns(text, RUN_CHARS)) for (const finding of this.checkRun(run)) findings.push(finding);
    return findings.sort(byPosition);
  }

  /**
   * Whether check() takes a text of this length, with or without a char that
   * may be Han (a BOM at its start aside), run by run: a text that is read a
   * piece at a time (a large file, see cli/large) is checked that way too
   * when this says so, with findings identical to check()'s.
   */
  checksInRuns(length: number, mayHaveHan: boolean, options: CheckOptions = {}): boolean {
    return length >= RUNS_FROM && (options.format ?? "text") === "text" && !options.source && !mayHaveHan;
  }

  /** The raw findings of one run of textSegmentRuns(text, RUN_CHARS), by position. */
  checkRun(run: Segment[]): RawFinding[] {
    return runRules(assignLanguages(run), this.rules, this.engineOptions);
  }

  /** Whether check() applies inline directives (mtclean-disable...) to its findings. */
  get readsDirectives(): boolean {
    return this.directives.enabled;
  }

  fix(text: string, options: FixOptions = {}): FixResult {
    const unsafe = options.unsafe ?? false;
    return runPasses(text, unsafe, {
      pass: (current) => {
        const findings = this.check(current, options);
        const { output, applied } = applyFixes(current, findings, unsafe);
        return { findings, applied, output, outputKey: output };
      },
      check: (current) => this.check(current, options),
      firstKey: () => text,
    })!;
  }

  /** Every rule, dictionary entry and glossary entry, as `mtclean rules` lists them. */
  listRules(): RuleInfo[] {
    const code = [...builtinRules.map((rule) => rule.meta), ...bilingualRuleMetas, ...ALIGNMENT_RULES].map((meta) => ({ id: meta.id, category: meta.category, severity: meta.severity, safety: meta.safety, description: meta.description, ...(meta.defaultOff && { defaultOff: true }) }));
    const entries = this.entries.map((entry) => ({ id: entry.id, category: entry.category, severity: entry.severity, safety: entry.safety, description: entry.message, entry }));
    const glossary = this.terms.filter((term) => term.origin === "glossary").map((term) => ({ id: term.id, category: "glossary", severity: "warning" as const, safety: undefined, description: describeTerm(term), term }));
    return [...code, ...entries, ...glossary];
  }
}

/**
 * Joins dictionaries in order. An id used twice among the built-in files is a
 * mistake; a user dictionary may redefine a built-in id on purpose, and wins.
 */
function mergeEntries(dictionaries: Dictionary[]): DictionaryEntry[] {
  const byId = new Map<string, DictionaryEntry>();
  const codeIds = new Set([...builtinRules.map((rule) => rule.meta.id), ...bilingualRuleMetas.map((meta) => meta.id), ...ALIGNMENT_RULES.map((meta) => meta.id)]);
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.entries) {
      const earlier = byId.get(entry.id);
      if (codeIds.has(entry.id)) {
        throw new DictionaryError(entry.where.file, entry.where.line, entry.id, "this id belongs to a built-in rule; choose another");
      }
      if (earlier && earlier.where.file.startsWith(BUILTIN_DICTIONARY_DIR) && entry.where.file.startsWith(BUILTIN_DICTIONARY_DIR)) {
        throw new DictionaryError(entry.where.file, entry.where.line, entry.id, `duplicate id (also in ${earlier.where.file}:${earlier.where.line})`);
      }
      if (earlier) byId.delete(entry.id);
      byId.set(entry.id, entry);
    }
  }
  return [...byId.values()];
}
