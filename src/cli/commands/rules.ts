import { EXIT, UsageError } from "../../errors.js";
import type { RuleInfo } from "../../linter.js";
import { createLinter, type CliIO, type LintFlags } from "../context.js";

export interface RulesFlags extends LintFlags {
  format: string;
  stats?: boolean;
}

const safetyLabel = (info: RuleInfo): string => (info.safety === undefined ? "report" : info.safety);
/** A rule that is off unless turned on shows as off: listing its severity alone read as if it ran. */
const severityLabel = (info: RuleInfo): string => (info.defaultOff ? "off" : info.severity);
const severityLine = (info: RuleInfo): string =>
  info.defaultOff ? `off unless turned on (the strict preset, or --rule ${info.id}=${info.severity}); then ${info.severity}` : info.severity;

function describeOne(info: RuleInfo): string {
  const lines = [`${info.id}`, `  category: ${info.category}`, `  severity: ${severityLine(info)}`, `  fix: ${safetyLabel(info)}`, `  ${info.description}`];
  const entry = info.entry;
  if (entry) {
    lines.push(`  matches: ${entry.regex ? `/${entry.regex.source}/${entry.line ? " (whole line)" : ""}` : entry.phrases.map((p) => `“${p}”`).join(", ")}`);
    if (entry.replacements.length) lines.push(`  replace with: ${entry.replacements.map((r) => (r === "" ? "(delete)" : `“${r}”`)).join(", ")}`);
    if (entry.zh.length) lines.push(`  Chinese: ${entry.zh.join(", ")}`);
    const when = Object.entries(entry.when).map(([key, regex]) => `${key} /${regex.source}/`);
    if (when.length) lines.push(`  only when: ${when.join("; ")}`);
    if (entry.note) lines.push(`  note: ${entry.note}`);
    lines.push("  examples:");
    for (const example of entry.examples) lines.push(`    before: ${JSON.stringify(example.before)}`, `    after:  ${JSON.stringify(example.after)}`);
    for (const text of entry.keep) lines.push(`    keep:   ${JSON.stringify(text)}`);
    lines.push(`  defined in: ${entry.where.file}:${entry.where.line}`);
  }
  const term = info.term;
  if (term) {
    lines.push(`  Chinese: ${term.zh.join(", ")}`, `  preferred: “${term.en[0]}”`);
    if (term.en.length > 1) lines.push(`  also accepted: ${term.en.slice(1).map((e) => `“${e}”`).join(", ")}`);
    if (term.avoid.length) lines.push(`  avoid (key-term replaces them): ${term.avoid.map((e) => `“${e}”`).join(", ")}`);
    if (term.note) lines.push(`  note: ${term.note}`);
    lines.push("  checked by: key-term (with a Chinese source), untranslated-chinese (Chinese left in English)", `  defined in: ${term.where.file}:${term.where.line}`);
  }
  return lines.join("\n") + "\n";
}

/** The counts of one category in `rules --stats`. */
interface CategoryCounts {
  category: string;
  rules: number;
  entries: number;
  safe: number;
  suggestion: number;
  report: number;
  /** dictionary entries with both examples and keep texts */
  withExamples: number;
}

/**
 * Rules per category: all of them, the dictionary entries among them, their
 * fix safety, and how many entries carry examples and keep texts (code rules
 * have tests instead, so they are not counted there); and the totals.
 */
function statistics(rules: RuleInfo[]) {
  const counts = new Map<string, CategoryCounts>();
  for (const info of rules) {
    const row = counts.get(info.category) ?? { category: info.category, rules: 0, entries: 0, safe: 0, suggestion: 0, report: 0, withExamples: 0 };
    row.rules++;
    row[info.safety === "safe" ? "safe" : info.safety === undefined ? "report" : "suggestion"]++;
    if (info.entry) row.entries++;
    if (info.entry && info.entry.examples.length && info.entry.keep.length) row.withExamples++;
    counts.set(info.category, row);
  }
  const categories = [...counts.values()].sort((a, b) => a.category.localeCompare(b.category));
  const entries = categories.reduce((sum, row) => sum + row.entries, 0);
  const glossaryEntries = rules.filter((info) => info.term).length;
  const total = { rules: rules.length, entries, withExamples: categories.reduce((sum, row) => sum + row.withExamples, 0), glossaryEntries, codeRules: rules.length - entries - glossaryEntries };
  return { categories, total };
}

function statisticsTable({ categories, total }: ReturnType<typeof statistics>): string {
  const columns: [string, number][] = [["category", 16], ["rules", 6], ["entries", 8], ["safe", 6], ["suggest", 8], ["report", 7], ["w/ examples", 12]];
  const line = (cells: (string | number)[]): string => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(columns[i]![1]) : String(cell).padStart(columns[i]![1]))).join(" ");
  const rows = categories.map((row) => line([row.category, row.rules, row.entries, row.safe, row.suggestion, row.report, row.withExamples]));
  const examplesNote = total.withExamples === total.entries ? "all with examples and keep texts" : `${total.withExamples} with examples and keep texts`;
  return [line(columns.map(([name]) => name)), ...rows, `total: ${total.rules} rules: ${total.entries} dictionary entries (${examplesNote}), ${total.glossaryEntries} glossary entries, ${total.codeRules} built-in code rules`].join("\n") + "\n";
}

export function runRules(ids: string[], flags: RulesFlags, io: CliIO): number {
  const rules = createLinter(flags).listRules();
  if (flags.format !== "text" && flags.format !== "json") throw new UsageError(`Unknown format "${flags.format}" (choose text or json).`);
  if (flags.stats) {
    const stats = statistics(rules);
    io.stdout(flags.format === "json" ? JSON.stringify(stats, null, 2) + "\n" : statisticsTable(stats));
    return EXIT.ok;
  }
  const selected = ids.length ? ids.map((id) => rules.find((info) => info.id === id) ?? throwUnknown(id)) : rules;
  if (flags.format === "json") {
    io.stdout(JSON.stringify(selected.map(({ entry, term, ...info }) => ({ ...info, ...(term ? { zh: term.zh, en: term.en, avoid: term.avoid, note: term.note, file: term.where.file, line: term.where.line } : {}), ...(entry ? { zh: entry.zh, replacements: entry.replacements, examples: entry.examples, keep: entry.keep, file: entry.where.file, line: entry.where.line } : {}) })), null, 2) + "\n");
  } else if (ids.length) {
    io.stdout(selected.map(describeOne).join("\n"));
  } else {
    const width = Math.max(...rules.map((info) => info.id.length));
    const categoryWidth = Math.max(...rules.map((info) => info.category.length));
    io.stdout(rules.map((info) => `${info.id.padEnd(width)}  ${info.category.padEnd(categoryWidth)} ${severityLabel(info).padEnd(7)} ${safetyLabel(info).padEnd(10)} ${info.description.replace(/\s+/g, " ")}`).join("\n") + `\n${rules.length} rules. \`mtclean rules ID\` explains one with its examples.\n`);
  }
  return EXIT.ok;
}

function throwUnknown(id: string): never {
  throw new UsageError(`No rule, dictionary or glossary entry has the id "${id}" (see \`mtclean rules\`).`);
}
