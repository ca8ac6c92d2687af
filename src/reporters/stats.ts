import type { Finding } from "../types.js";

/** One file for `--stats`: what was found, and for `fix` what is left after fixing. */
export interface StatsFile {
  path: string;
  /** words of the file's prose (see countWords), the base of the findings per 1,000 words */
  words: number;
  findings: Finding[];
  /** `fix`: the findings in the fixed text */
  remaining?: Finding[];
}

// Latin words (with inner apostrophes and hyphens: China’s, teacher-student) and single Chinese characters
const WORD = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:['’-](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*/gu;

/** Words in a text, counted as word processors do: hyphenated words are one; each Chinese character counts as one. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Findings per 1,000 words, with one decimal; "-" for a file without words. */
export function perThousandWords(findings: number, words: number): string {
  return words === 0 ? "-" : ((findings * 1000) / words).toFixed(1);
}

/**
 * The `--stats` table: counts per category and per rule (for `fix` also how
 * many are left), then each file's words, findings and findings per 1,000 words.
 */
export function statistics(files: StatsFile[]): string {
  const fixing = files.every((file) => file.remaining !== undefined) && files.length > 0;
  const found = files.flatMap((file) => file.findings);
  const left = files.flatMap((file) => file.remaining ?? []);
  const countColumns = (key: (finding: Finding) => string): string[][] => {
    const foundBy = tally(found, key);
    const leftBy = tally(left, key);
    const keys = [...new Set([...foundBy.keys(), ...leftBy.keys()])].sort((a, b) => (foundBy.get(b) ?? 0) - (foundBy.get(a) ?? 0) || a.localeCompare(b));
    return keys.map((name) => [name, String(foundBy.get(name) ?? 0), ...(fixing ? [String(leftBy.get(name) ?? 0)] : [])]);
  };
  const counts = fixing ? ["found", "left"] : ["findings"];
  const total = ["total", String(found.length), ...(fixing ? [String(left.length)] : [])];
  const perFile = files.map((file) => {
    const { words } = file;
    return [file.path, String(words), String(file.findings.length), ...(fixing ? [String(file.remaining!.length)] : []), perThousandWords(file.findings.length, words)];
  });
  return [
    table(["category", ...counts], [...countColumns((f) => f.category), total]),
    table(["rule", ...counts], countColumns((f) => f.ruleId)),
    table(["file", "words", ...counts, "per 1,000 words"], perFile),
  ].join("\n");
}

function tally(findings: Finding[], key: (finding: Finding) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
  return counts;
}

/** A plain text table: the first column left-aligned, numbers right-aligned. */
function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column]!.length)));
  const line = (row: string[]): string =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join("  ").trimEnd();
  return all.map(line).join("\n") + "\n";
}
