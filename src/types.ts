// The contracts every part of mtclean shares. Positions are UTF-16 offsets into
// the ORIGINAL text, as half-open ranges [start, end); 1-based lines and columns
// are derived from them only at the edge (see locate.ts).

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * `safe`: right in every context, applied by `fix`.
 * `suggestion`: needs a human (context decides), applied only with `--unsafe`.
 */
export type Safety = "safe" | "suggestion";

export type Language = "en" | "zh" | "none";

/** An edit proposal for one finding: the first replacement is the one `fix` applies. */
export interface Fix {
  range: [number, number];
  replacements: string[];
  safety: Safety;
}

export interface Finding {
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  range: [number, number];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
}

/**
 * A run of prose handed to the rules. `text` is what rules see; `toSource`
 * maps an offset in `text` to an offset in the original file (identity plus
 * `start` for plain text; markup processors that decode entities supply a map).
 */
export interface Segment {
  text: string;
  start: number;
  /** source offsets of text[i] for i in 0..text.length (length + 1 entries); absent means start + i */
  map?: number[];
  /**
   * escapes replacement text for the host format (HTML entities), identity when
   * absent; undefined when the text cannot be written there (a YAML plain
   * scalar cannot take ": "): that fix is dropped and the finding stays a report.
   * `place` is where the text goes in the segment (absent for a line deletion):
   * Markdown reads it to escape what a fix would make block syntax at a line start
   */
  escape?: (text: string, place?: EditPlace) => string | undefined;
  /**
   * Source inside the segment that no fix may change or span: inline tags and
   * emphasis markers (shown to rules as nothing, length 0) and inline code
   * (shown as one placeholder character). Ordered by `at`.
   */
  locked?: Locked[];
  /** source range removed when a rule deletes the whole segment (it includes separating blank lines) */
  removal?: [number, number];
  /**
   * a line deletion may leave it empty (an alt text, a metadata value, text
   * after an HTML <br>); without `removal` or this, deleting all its text is
   * not done: it would leave an empty link, heading, list item or table cell
   */
  emptiable?: boolean;
  /** "navigation": a site's own menus and breadcrumbs (HTML <nav>), where page chrome is not a leftover */
  kind: "paragraph" | "heading" | "list-item" | "table-cell" | "quote" | "caption" | "metadata" | "line" | "navigation";
  lang: Language;
  /**
   * For an English segment whose Chinese original is known (a --source file
   * aligned to it, the Chinese paragraph before it in an interleaved
   * document, an XLIFF <source>): that original. Bilingual rules read it;
   * other rules ignore it. Findings always point into the segment, never here.
   */
  source?: SourceText;
}

/** Where a replacement goes: the segment's text and the range [start, end) of it that the replacement takes. */
export interface EditPlace {
  text: string;
  start: number;
  end: number;
}

/**
 * A piece of source a segment hides from the rules. With `length` 0 it sits
 * between text[at - 1] and text[at]: a range that ends at `at` ends before it
 * in the source, one that starts at `at` starts after it. With `length` 1 the
 * placeholder text[at] stands for it. A fix that overlaps or spans one is
 * dropped (the finding stays as a report), so no edit crosses into markup or code.
 */
export interface Locked {
  at: number;
  length: 0 | 1;
  source: [number, number];
}

/** The Chinese original of an English segment, as the bilingual checks see it. */
export interface SourceText {
  text: string;
  /** where it came from, for messages: "zh.txt:12", "line 3", "trans-unit 7" */
  label: string;
}

/** What a rule reports: ranges relative to the segment text. */
export interface RuleReport {
  start: number;
  end: number;
  message: string;
  /** alternatives, best first; "" deletes */
  replacements?: string[];
  safety?: Safety;
  /** delete the whole line(s) the range covers, with their line break */
  deleteLine?: boolean;
  /** dictionary entries report under their own id, category and severity */
  ruleId?: string;
  category?: string;
  severity?: Severity;
}

export interface RuleMeta {
  id: string;
  category: string;
  severity: Severity;
  /** the safety of the fixes it offers, or undefined when it only reports */
  safety?: Safety | "mixed";
  description: string;
  /** off unless a configuration turns it on (the strict preset): for rules too noisy for clean text */
  defaultOff?: boolean;
  /** the languages of segments the rule runs on */
  languages: readonly Language[];
  /**
   * true when every report is under the rule's own id and category (no
   * `ruleId`/`category` in its reports): the engine then skips the rule
   * altogether when that id is off, instead of running it to drop every report
   */
  ownIdOnly?: boolean;
}

export interface RuleContext {
  segment: Segment;
  report(report: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
