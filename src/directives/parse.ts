import { Locator } from "../locate.js";

export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line";

export interface Directive {
  kind: DirectiveKind;
  /** rule ids, entry ids or categories; empty means every rule */
  ids: string[];
  /** where the directive is written, [start, end) in the source */
  range: [number, number];
  /** the lines it silences (disable-line, disable-next-line): 1-based */
  targetLine?: number;
}

// <!-- mtclean-disable-next-line repeated-word, phrasing -- why -->
const COMMENT = /<!--\s*mtclean-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;
// a line of its own in plain text: mtclean-disable-next-line repeated-word
const LINE = /^[ \t]*mtclean-(disable-next-line|disable|enable)\b([^\n]*?)[ \t]*\r?$/gm;

/**
 * Finds the inline directives in a source by its raw text, so they work the
 * same whatever parser reads the file: HTML comments (Markdown and HTML) and,
 * for plain text, lines that hold only a directive. Anything after ` -- ` is
 * a comment for the reader.
 */
export function parseDirectives(source: string): Directive[] {
  if (!source.includes("mtclean-")) return []; // both forms need it: most texts have none
  const locator = new Locator(source);
  const directives: Directive[] = [];
  const add = (match: RegExpExecArray): void => {
    const kind = match[1] as DirectiveKind;
    const start = match.index;
    const end = start + match[0].length;
    const directive: Directive = { kind, ids: parseIds(match[2] ?? ""), range: [start, end] };
    if (kind === "disable-line") directive.targetLine = locator.at(start).line;
    if (kind === "disable-next-line") directive.targetLine = locator.at(end).line + 1;
    directives.push(directive);
  };
  for (const match of source.matchAll(COMMENT)) add(match);
  for (const match of source.matchAll(LINE)) add(match);
  return directives.sort((a, b) => a.range[0] - b.range[0]);
}

function parseIds(text: string): string[] {
  const withoutReason = text.split(/\s--\s|\s--$/)[0] ?? "";
  return withoutReason.split(/[\s,]+/).filter(Boolean);
}
