import { EXIT, UsageError } from "../../errors.js";
import type { RuleInfo } from "../../linter.js";
import { createLinter, type CliIO, type LintFlags } from "../context.js";

export interface RulesFlags extends LintFlags {
  format: string;
  stats?: boolean;
}

const safetyLabel = (info: RuleInfo): string => (info.safety === undefined ? "report" : info.safety);

function describeOne(info: RuleInfo): string {
  const lines = [`${info.id}`, `  category: ${info.category}`, `  severity: ${info.severity}`, `  fix: ${safetyLabel(info)}`, `  ${info.description}`];
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

function statistics(rules: RuleInfo[]): string {
  const counts = new Map<string, { safe: number; suggestion: number; report: number; examples: number }>();
  for (const info of rules) {
    const row = counts.get(info.category) ?? { safe: 0, suggestion: 0, report: 0, examples: 0 };
    const safety = info.safety === "safe" ? "safe" : info.safety === undefined ? "report" : "suggestion";
    row[safety]++;
    if (info.entry && info.entry.examples.length && info.entry.keep.length) row.examples++;
    counts.set(info.category, row);
  }
  const header = `${"category".padEnd(16)} ${"rules".padStart(6)} ${"safe".padStart(6)} ${"suggest".padStart(8)} ${"report".padStart(7)} ${"w/ examples".padStart(12)}`;
  const rows = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([category, row]) => {
    const total = row.safe + row.suggestion + row.report;
    return `${category.padEnd(16)} ${String(total).padStart(6)} ${String(row.safe).padStart(6)} ${String(row.suggestion).padStart(8)} ${String(row.report).padStart(7)} ${String(row.examples).padStart(12)}`;
  });
  const entries = rules.filter((info) => info.entry).length;
  const terms = rules.filter((info) => info.term).length;
  return [header, ...rows, `total: ${rules.length} rules (${entries} dictionary entries, ${terms} glossary entries, ${rules.length - entries - terms} built-in code rules)`].join("\n") + "\n";
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
    io.stdout(rules.map((info) => `${info.id.padEnd(width)}  ${info.category.padEnd(12)} ${info.severity.padEnd(7)} ${safetyLabel(info).padEnd(10)} ${info.description.replace(/\s+/g, " ")}`).join("\n") + `\n${rules.length} rules. \`mtclean rules ID\` explains one with its examples.\n`);
  }
  return EXIT.ok;
}

function throwUnknown(id: string): never {
  throw new UsageError(`No rule, dictionary or glossary entry has the id "${id}" (see \`mtclean rules\`).`);
}
