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

/**
 * Rules per category: all of them, the dictionary entries among them, their
 * fix safety, and how many entries carry examples and keep texts (code rules
 * have tests instead, so they are not counted there).
 */
function statistics(rules: RuleInfo[]): string {
  const counts = new Map<string, { entries: number; safe: number; suggestion: number; report: number; examples: number }>();
  for (const info of rules) {
    const row = counts.get(info.category) ?? { entries: 0, safe: 0, suggestion: 0, report: 0, examples: 0 };
    const safety = info.safety === "safe" ? "safe" : info.safety === undefined ? "report" : "suggestion";
    row[safety]++;
    if (info.entry) row.entries++;
    if (info.entry && info.entry.examples.length && info.entry.keep.length) row.examples++;
    counts.set(info.category, row);
  }
  const columns: [string, number][] = [["category", 16], ["rules", 6], ["entries", 8], ["safe", 6], ["suggest", 8], ["report", 7], ["w/ examples", 12]];
  const line = (cells: (string | number)[]): string => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(columns[i]![1]) : String(cell).padStart(columns[i]![1]))).join(" ");
  const rows = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([category, row]) => line([category, row.safe + row.suggestion + row.report, row.entries, row.safe, row.suggestion, row.report, row.examples]));
  const entries = rules.filter((info) => info.entry);
  const withExamples = entries.filter((info) => info.entry!.examples.length && info.entry!.keep.length).length;
  const terms = rules.filter((info) => info.term).length;
  const examplesNote = withExamples === entries.length ? "all with examples and keep texts" : `${withExamples} with examples and keep texts`;
  return [line(columns.map(([name]) => name)), ...rows, `total: ${rules.length} rules: ${entries.length} dictionary entries (${examplesNote}), ${terms} glossary entries, ${rules.length - entries.length - terms} built-in code rules`].join("\n") + "\n";
}

export function runRules(ids: string[], flags: RulesFlags, io: CliIO): number {
  const rules = createLinter(flags).listRules();
  if (flags.format !== "text" && flags.format !== "json") throw new UsageError(`Unknown format "${flags.format}" (choose text or json).`);
  if (flags.stats) {
    io.stdout(statistics(rules));
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
