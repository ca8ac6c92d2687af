// The library API: text in, findings or fixed text out. The CLI is a thin
// layer over exactly these functions.
import { Linter, type CheckOptions, type FixOptions, type FixResult, type LinterOptions } from "./linter.js";
import type { Finding } from "./types.js";

export { Linter, MAX_FIX_PASSES } from "./linter.js";
export type { CheckOptions, FixOptions, FixResult, LinterOptions, RuleInfo } from "./linter.js";
export type { SourceDocument } from "./align/index.js";
export type { Finding, Fix, Language, Locked, Rule, RuleMeta, Safety, Segment, Severity, SourceText } from "./types.js";
export type { Glossary, GlossaryEntry } from "./glossary/types.js";
export { loadGlossary } from "./glossary/load.js";
export { parseGlossary } from "./glossary/parse.js";
export { formatOfPath, segmentsOf, type Format } from "./markup/index.js";
export type { Dictionary, DictionaryEntry, RawEntry } from "./dictionary/types.js";
export { parseDictionary, loadDictionaryFile } from "./dictionary/loader.js";
export { applyFixes } from "./fix/apply.js";
export { detectLanguage } from "./language/detect.js";
export { ConfigError, DictionaryError, GlossaryError, EncodingError, InputError, MtcleanError, UsageError, EXIT } from "./errors.js";
export { ConfigResolver, parseConfig, loadConfigFile, type ConfigData, type ResolvedConfig } from "./config/index.js";
export { reporters, type FileResult, type Reporter, type ReportOptions } from "./reporters/index.js";

let defaultLinter: Linter | undefined;
const linterFor = (options?: LinterOptions): Linter =>
  options ? new Linter(options) : (defaultLinter ??= new Linter());

/** Finds the problems in a text. */
export async function check(text: string, options?: LinterOptions & CheckOptions): Promise<Finding[]> {
  return linterFor(options).check(text, options);
}

/** Fixes a text: safe fixes, and suggestions too with `unsafe: true`. */
export async function fix(text: string, options?: LinterOptions & FixOptions): Promise<FixResult> {
  return linterFor(options).fix(text, options);
}
