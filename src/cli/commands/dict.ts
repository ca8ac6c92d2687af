import { readFileSync } from "node:fs";
import { BUILTIN_DICTIONARY_DIR, dictionaryFilesIn } from "../../dictionary/builtin.js";
import { toPrh, toVale } from "../../dictionary/export.js";
import { glossaryToDictionary } from "../../dictionary/import.js";
import { lintDictionaries } from "../../dictionary/lint.js";
import { loadDictionaryFile } from "../../dictionary/loader.js";
import { runDictionarySpecs } from "../../dictionary/specs.js";
import type { Dictionary } from "../../dictionary/types.js";
import { EXIT, GlossaryError, InputError, UsageError } from "../../errors.js";
import type { Safety } from "../../types.js";
import { Linter } from "../../linter.js";
import { writeReportFile } from "../report-file.js";
import type { CliIO } from "../context.js";

export interface DictFlags {
  builtin?: boolean;
  format?: string;
}

export interface DictImportFlags {
  output?: string;
  category: string;
  safety: Safety;
}

/** The given dictionary files, after the built-in ones unless --no-builtin; no files means the built-in ones. */
function loadAll(files: string[], flags: DictFlags): Dictionary[] {
  const builtin = flags.builtin === false ? [] : dictionaryFilesIn(BUILTIN_DICTIONARY_DIR);
  return [...(files.length && flags.builtin === undefined ? [] : builtin), ...files].map(loadDictionaryFile);
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `mtclean dict test`: every entry's examples and keep texts, each entry on its own. */
export function runDictTest(files: string[], flags: DictFlags, io: CliIO): number {
  const dictionaries = loadAll(files, flags);
  const failures = runDictionarySpecs(dictionaries);
  for (const f of failures) {
    io.stdout(`${f.entry.where.file}:${f.entry.where.line}: ${f.entry.id}: ${f.reason}\n  text:     ${JSON.stringify(f.text)}\n  expected: ${JSON.stringify(f.expected)}\n  actual:   ${JSON.stringify(f.actual)}\n`);
  }
  const entries = dictionaries.flatMap((d) => d.entries);
  const examples = entries.reduce((sum, e) => sum + e.examples.length + e.keep.length, 0);
  io.stdout(`${count(entries.length, "entry").replace("entrys", "entries")} in ${count(dictionaries.length, "file")}, ${count(examples, "example")}: ${failures.length ? count(failures.length, "failure") : "all pass"}.\n`);
  return failures.length ? EXIT.findings : EXIT.ok;
}

/** `mtclean dict lint`: entries that shadow or contradict each other. */
export function runDictLint(files: string[], flags: DictFlags, io: CliIO): number {
  const problems = lintDictionaries(loadAll(files, flags));
  for (const p of problems) io.stdout(`${p.file}:${p.line}: ${p.entryId}: ${p.message}\n`);
  io.stdout(problems.length ? `${count(problems.length, "problem")}.\n` : "No problems.\n");
  return problems.length ? EXIT.findings : EXIT.ok;
}

/** `mtclean dict export --format prh|vale`: the entries other tools can express (src/dictionary/export.ts). */
export function runDictExport(files: string[], flags: DictFlags, io: CliIO): number {
  const entries = loadAll(files, flags).flatMap((d) => d.entries);
  if (flags.format === "prh") io.stdout(toPrh(entries));
  else if (flags.format === "vale") io.stdout(toVale(entries));
  else throw new UsageError(`Unknown export format "${flags.format}" (choose prh or vale).`);
  return EXIT.ok;
}

/**
 * `mtclean dict import glossary.tsv`: the glossary's terms with avoided
 * variants as dictionary entries (YAML) on standard output, or in -o's file;
 * terms that cannot become an entry are listed on standard error.
 */
export function runDictImport(file: string, flags: DictImportFlags, io: CliIO): number {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(`Cannot read the glossary "${file}" (${(error as NodeJS.ErrnoException).code ?? "error"}).`);
  }
  const reservedIds = new Linter().listRules().map((rule) => rule.id);
  const result = glossaryToDictionary(source, file, { category: flags.category, safety: flags.safety, reservedIds });
  for (const term of result.skipped) io.stderr(`${file}:${term.line}: ${term.zh} skipped: ${term.reason}\n`);
  if (result.entries.length === 0) throw new GlossaryError(file, 1, "no term could become an entry (a term needs an avoid column with the wrong renderings to match)");
  if (flags.output) {
    writeReportFile(flags.output, result.yaml);
    io.stderr(`${count(result.entries.length, "entry").replace("entrys", "entries")} written to ${flags.output}${result.skipped.length ? `, ${count(result.skipped.length, "term")} skipped` : ""}.\n`);
  } else {
    io.stdout(result.yaml);
  }
  return EXIT.ok;
}
