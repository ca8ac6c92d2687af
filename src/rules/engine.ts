import type { EditPlace, Finding, Rule, RuleReport, Safety, Segment, Severity } from "../types.js";
import { lineStartBefore, nextLineBreak } from "../markup/line-breaks.js";
import { crossesLocked, sourceRange } from "./source-range.js";
import { languagePending } from "../language/detect.js";

export type RuleSetting = Severity | "off";

export interface EngineOptions {
  /** per rule or entry id: a severity, or off */
  rules?: Record<string, RuleSetting>;
  /** run only these categories */
  categories?: string[];
  /** run only this rule or entry id (dictionary examples use it) */
  only?: string;
}

/** A finding before line and column are known. */
export type RawFinding = Omit<Finding, "line" | "column" | "endLine" | "endColumn">;

/** A report kept by the options, with what its finding needs, held until its segment's language is known (see runRules). */
interface Held {
  rule: Rule;
  report: RuleReport;
  ruleId: string;
  category: string;
  severity: Severity;
  englishOnly: boolean;
}

/**
 * Runs every rule on the segments of its languages and maps ranges back to the source.
 *
 * A segment whose language is "en" or "none", not decided yet (see
 * language/detect.ts): a rule of both runs as it would; a rule of English
 * only runs too, its reports held until the end of the segment, and the
 * language is decided only when some were made (kept if it is English,
 * dropped if not); a rule of "none" only decides it first. The findings, and
 * their order, are those of deciding the language at the start.
 */
export function runRules(segments: Segment[], rules: readonly Rule[], options: EngineOptions = {}): RawFinding[] {
  const findings: RawFinding[] = [];
  const categories = options.categories?.length ? new Set(options.categories) : undefined;
  // the segment being checked, and its held reports while its language is pending
  let segment: Segment;
  let held: Held[] | undefined;
  // each rule's report function and languages are made once per call, not per
  // segment: a site has thousands of paragraphs, each a closure per rule
  const active = rules
    .filter((rule) => !(rule.meta.ownIdOnly && dropsOwnReports(rule, options, categories)))
    .map((rule) => {
      const { languages } = rule.meta;
      const english = languages.includes("en");
      const none = languages.includes("none");
      const englishOnly = !none;
      const report = (report: RuleReport): void => {
        const ruleId = report.ruleId ?? rule.meta.id;
        const category = report.category ?? rule.meta.category;
        if (options.only && ruleId !== options.only) return;
        if (categories && !categories.has(category)) return;
        const setting = options.rules?.[ruleId] ?? options.rules?.[category];
        if (setting === "off" || (setting === undefined && rule.meta.defaultOff && ruleId === rule.meta.id)) return;
        const severity = setting ?? report.severity ?? rule.meta.severity;
        if (held) held.push({ rule, report, ruleId, category, severity, englishOnly });
        else findings.push(toFinding(segment, rule, report, ruleId, category, severity));
      };
      return { rule, languages, english, none, englishOnly, report };
    });
  for (segment of segments) {
    if (!languagePending(segment)) {
      held = undefined;
      for (const { rule, languages, report } of active) if (languages.includes(segment.lang)) rule.check({ segment, report });
      continue;
    }
    const pending: Held[] = (held = []);
    for (const { rule, languages, english, none, report } of active) {
      if (!english && !none) continue;
      // a rule of "none" and not English must know (reading lang decides it); so must one once it is decided
      if ((!languagePending(segment) || !english) && !languages.includes(segment.lang)) continue;
      rule.check({ segment, report });
    }
    held = undefined;
    const isEnglish = !pending.some((h) => h.englishOnly) || segment.lang === "en";
    for (const { rule, report, ruleId, category, severity, englishOnly } of pending) {
      if (englishOnly && !isEnglish) continue;
      findings.push(toFinding(segment, rule, report, ruleId, category, severity));
    }
  }
  return findings.sort(byPosition);
}

/** The order of findings: by start, then end, then rule id. */
export const byPosition = (a: RawFinding, b: RawFinding): number => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId);

/** True when the filter in runRules would drop every report made under the rule's own id. */
function dropsOwnReports({ meta }: Rule, options: EngineOptions, categories: Set<string> | undefined): boolean {
  if (options.only && meta.id !== options.only) return true;
  if (categories && !categories.has(meta.category)) return true;
  const setting = options.rules?.[meta.id] ?? options.rules?.[meta.category];
  return setting === "off" || (setting === undefined && meta.defaultOff === true);
}

function toFinding(segment: Segment, rule: Rule, report: RuleReport, ruleId: string, category: string, severity: Severity): RawFinding {
  const { text } = segment;
  if (!(report.start >= 0 && report.start <= report.end && report.end <= text.length)) {
    throw new Error(`rule ${ruleId} reported the range [${report.start}, ${report.end}) outside its segment of length ${text.length}`);
  }
  if (report.replacements && rule.meta.safety === undefined) {
    throw new Error(`rule ${ruleId} offers a fix but declares itself report-only`);
  }
  const finding: RawFinding = { ruleId, category, severity, message: report.message, range: sourceRange(segment, report.start, report.end) };
  if (!report.replacements?.length) return finding;
  // a replacement the host format cannot hold is dropped; with none left the finding is a report
  const replacements = escaped(report.replacements, segment.escape, report.deleteLine ? undefined : { text, start: report.start, end: report.end });
  const range = !replacements.length ? undefined : report.deleteLine ? lineRemoval(segment, report.start, report.end) : editRange(segment, report.start, report.end);
  if (range) {
    const safety: Safety = report.safety ?? (rule.meta.safety === "safe" ? "safe" : "suggestion");
    finding.fix = { range, replacements, safety };
  }
  return finding;
}

/** The replacements escaped for the host format, without those it cannot hold: a new array, one pass (a site has thousands of findings). */
function escaped(values: readonly string[], escape: Segment["escape"], place: EditPlace | undefined): string[] {
  const kept: string[] = [];
  for (const value of values) {
    const written = escape ? escape(value, place) : value;
    if (written !== undefined) kept.push(written);
  }
  return kept;
}

/** The source range an edit of [start, end) changes, or undefined when it would cross markup or code. */
function editRange(segment: Segment, start: number, end: number): [number, number] | undefined {
  return crossesLocked(segment, start, end) ? undefined : sourceRange(segment, start, end);
}

/**
 * The source range that deletes the lines covering [start, end) with their line break.
 * Deleting every line of a segment takes its `removal` (the element with its
 * markers); without one, it is not done (undefined) unless the segment may
 * be empty: it would leave an empty link, heading, list item, table cell or
 * quote behind.
 */
function lineRemoval(segment: Segment, start: number, end: number): [number, number] | undefined {
  const { text } = segment;
  const lineStart = lineStartBefore(text, start);
  const lineBreak = nextLineBreak(text, end);
  const lineEnd = lineBreak ? lineBreak.index : text.length;
  if (text.slice(0, lineStart).trim() === "" && text.slice(lineEnd).trim() === "") {
    if (segment.removal) return segment.removal;
    if (!segment.emptiable) return undefined;
  }
  if (lineBreak) return editRange(segment, lineStart, lineBreak.end);
  // the last line of its segment: take the line break before it instead
  const previousBreak = lineStart > 0 ? (text.slice(lineStart - 2, lineStart) === "\r\n" ? lineStart - 2 : lineStart - 1) : lineStart;
  return editRange(segment, previousBreak, lineEnd);
}

