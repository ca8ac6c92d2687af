import type { Finding } from "../types.js";

/**
 * A finding's fix in words, `fix: “。” → “. ”` or `suggestion: “x” → “y” or “z”`,
 * shared by the reporters that print one line per finding.
 */
export function describeFix(finding: Finding, source: string): string | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  const original = source.slice(fix.range[0], fix.range[1]);
  const show = (text: string): string => (text === "" ? "(delete)" : `“${text}”`);
  const choices = fix.replacements.map(show).join(" or ");
  const how = fix.safety === "safe" ? "fix" : "suggestion";
  const what = original.includes("\n") || original.length > 60 ? "the line" : show(original);
  return `${how}: ${what} → ${choices}`;
}
