import type { Rule, RuleMeta, RuleReport, Segment } from "../types.js";

// The findings of an alignment are facts about the whole document (this
// source paragraph has no English), known before the rules run. They are
// attached to the English segment where they show, and one rule made per
// check reports them, so that --rule, --category, directives and every
// reporter treat them like any other finding.

export const MISSING_PARAGRAPH: RuleMeta = {
  id: "missing-paragraph",
  category: "bilingual",
  severity: "warning",
  description: "A paragraph of the source has no English (found by aligning the translation with --source).",
  languages: ["en", "zh", "none"],
};

export const EXTRA_PARAGRAPH: RuleMeta = {
  id: "extra-paragraph",
  category: "bilingual",
  severity: "warning",
  description: "An English paragraph matches nothing in the source (found by aligning the translation with --source).",
  languages: ["en", "zh", "none"],
};

export const ALIGNMENT_FAILED: RuleMeta = {
  id: "alignment-failed",
  category: "bilingual",
  severity: "error",
  description: "The file and its --source could not be aligned; the checks that compare them were skipped.",
  languages: ["en", "zh", "none"],
};

export const ALIGNMENT_RULES: readonly RuleMeta[] = [MISSING_PARAGRAPH, EXTRA_PARAGRAPH, ALIGNMENT_FAILED];

/** What an alignment found, by the segment it is reported on. */
export type AlignmentNotes = Map<Segment, RuleReport[]>;

export function addNote(notes: AlignmentNotes, segment: Segment, meta: RuleMeta, report: Omit<RuleReport, "ruleId" | "category">): void {
  const list = notes.get(segment) ?? [];
  list.push({ ...report, ruleId: meta.id, category: meta.category, severity: report.severity ?? meta.severity });
  notes.set(segment, list);
}

/** A rule that reports one document's alignment notes on their segments. */
export function alignmentNotesRule(notes: AlignmentNotes): Rule {
  return {
    meta: { id: "alignment", category: "bilingual", severity: "warning", description: "alignment notes", languages: ["en", "zh", "none"] },
    check({ segment, report }) {
      for (const note of notes.get(segment) ?? []) report(note);
    },
  };
}
