import { Locator } from "../locate.js";
import type { Finding } from "../types.js";
import { parseDirectives, type Directive } from "./parse.js";

export const UNUSED_DIRECTIVE_RULE = "unused-disable-directive";

export interface DirectiveOptions {
  /** add a warning for each disable directive (or id in one) that silenced nothing */
  reportUnused?: boolean;
}

const applies = (directive: Directive, finding: Finding): boolean =>
  directive.ids.length === 0 || directive.ids.includes(finding.ruleId) || directive.ids.includes(finding.category);

/**
 * Drops the findings that inline directives silence. Runs after the rules,
 * on the findings of the whole text, so a silenced finding never reaches a
 * report or a fix. A region opened by `disable` runs to the next `enable`
 * that covers the finding (or to the end); `disable-line` and
 * `disable-next-line` silence findings that start on their line.
 */
export function applyDirectives(source: string, findings: Finding[], options: DirectiveOptions = {}): Finding[] {
  const directives = parseDirectives(source);
  if (directives.length === 0) return findings;
  const used = new Map<Directive, Set<string>>();
  const markUsed = (directive: Directive, finding: Finding): void => {
    const ids = used.get(directive) ?? new Set<string>();
    for (const id of directive.ids) if (id === finding.ruleId || id === finding.category) ids.add(id);
    if (directive.ids.length === 0) ids.add("*");
    used.set(directive, ids);
  };
  const kept = findings.filter((finding) => {
    const silencer = silencerOf(directives, finding);
    if (silencer) markUsed(silencer, finding);
    return !silencer;
  });
  if (!options.reportUnused) return kept;
  const locator = new Locator(source);
  const unused = directives.filter((d) => d.kind !== "enable").flatMap((directive) => unusedReport(locator, directive, used.get(directive)));
  return [...kept, ...unused].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
}

function silencerOf(directives: Directive[], finding: Finding): Directive | undefined {
  const start = finding.range[0];
  let region: Directive | undefined;
  for (const directive of directives) {
    if (directive.range[0] >= start) break;
    if (!applies(directive, finding)) continue;
    if (directive.kind === "disable") region = directive;
    else if (directive.kind === "enable") region = undefined;
  }
  return region ?? directives.find((d) => d.targetLine === finding.line && applies(d, finding));
}

function unusedReport(locator: Locator, directive: Directive, used: Set<string> | undefined): Finding[] {
  const what = directive.ids.length === 0 ? (used ? [] : [""]) : directive.ids.filter((id) => !used?.has(id));
  if (what.length === 0) return [];
  const [start, end] = directive.range;
  const from = locator.at(start);
  const to = locator.at(end);
  const names = what[0] === "" ? "" : ` for ${what.map((id) => `“${id}”`).join(", ")}`;
  return [
    {
      ruleId: UNUSED_DIRECTIVE_RULE,
      category: "directive",
      severity: "warning",
      message: `Unused mtclean-${directive.kind} directive${names}: nothing was reported there.`,
      range: [start, end],
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
    },
  ];
}
