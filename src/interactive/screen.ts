// Draws a review state as text: where we are, the finding, its sentence with
// the change marked, the choices. Pure, so tests can read exactly what a
// person would see.
import { Chalk } from "chalk";
import type { ReviewItem, ReviewState } from "./review.js";
import { tally } from "./review.js";

export interface ReviewFile {
  name: string;
  source: string;
}

/** How much of the sentence around a change is shown on each side. */
const CONTEXT = 160;
const SENTENCE_END = /[.!?。！？]["'”’)）]*\s+/g;

/**
 * The sentence around a range: from the end of the previous sentence (or the
 * line's start) to the end of the sentence holding the range (or the line's
 * end), cut to CONTEXT characters on each side.
 */
export function sentenceAround(source: string, range: [number, number]): { before: string; after: string } {
  const [start, end] = range;
  const lineStart = source.lastIndexOf("\n", start - 1) + 1;
  let from = lineStart;
  for (const match of source.slice(lineStart, start).matchAll(SENTENCE_END)) from = lineStart + match.index + match[0].length;
  let before = source.slice(from, start);
  if (before.length > CONTEXT) before = "…" + before.slice(-CONTEXT);
  // a change that removes whole lines ends at a line break: its sentence ends with it
  if (end > start && source[end - 1] === "\n") return { before, after: "" };
  let lineEnd = source.indexOf("\n", end);
  if (lineEnd === -1) lineEnd = source.length;
  const rest = source.slice(end, lineEnd).replace(/\r$/, "");
  const stop = /[.!?。！？]["'”’)）]*(?=\s|$)/.exec(rest);
  let after = stop ? rest.slice(0, stop.index + stop[0].length) : rest;
  if (after.length > CONTEXT) after = after.slice(0, CONTEXT) + "…";
  return { before, after };
}

/** Line breaks and tabs inside a change, shown as visible marks so the change stays on its line. */
const visible = (text: string): string => text.replace(/\r?\n/g, "↵").replace(/\t/g, "→");

export interface ScreenOptions {
  color: boolean;
}

export function renderScreen(state: ReviewState, files: readonly ReviewFile[], { color }: ScreenOptions): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const item = state.items[state.current];
  if (!item) return "";
  const file = files[item.file]!;
  const { finding } = item;
  const counts = tally(state);
  const lines: string[] = [];
  lines.push(
    c.bold(`Finding ${state.current + 1} of ${state.items.length}`) +
      c.dim(`  ·  file ${item.file + 1} of ${files.length}  ·  accepted ${counts.accepted}, rejected ${counts.rejected}`),
  );
  lines.push("");
  const severity = { error: c.red, warning: c.yellow, info: c.blue }[finding.severity](finding.severity);
  lines.push(`${c.underline(`${file.name}:${finding.line}:${finding.column}`)}  ${severity}  ${finding.category}  ${c.dim(finding.ruleId)}`);
  lines.push(finding.message);
  lines.push("");
  const shown = state.mode.kind === "edit" ? state.mode.buffer : item.replacements[0];
  lines.push("  " + sentenceWithChange(file.source, item, shown, c, color));
  lines.push("");
  if (state.mode.kind === "edit") {
    const { buffer, cursor } = state.mode;
    lines.push(c.bold("Replacement") + c.dim("  (Enter: accept · Esc: back · Ctrl-U: clear)"));
    lines.push(`> ${visible(buffer.slice(0, cursor))}${c.inverse(visible(buffer.slice(cursor, cursor + 1)) || " ")}${visible(buffer.slice(cursor + 1))}`);
  } else {
    if (item.replacements.length > 0) {
      const how = finding.fix?.safety === "safe" ? "safe fix" : "suggestion";
      lines.push(c.dim(`${how}:`) + " " + item.replacements.map((text, index) => `${index + 1}) ${text === "" ? "(delete)" : `“${visible(text)}”`}`).join("   "));
    } else {
      lines.push(c.dim("no replacement offered: press e to write one"));
    }
    lines.push("");
    lines.push(
      `${c.bold("y")} accept  ${c.bold("n")} reject  ${c.bold("e")} edit  ${c.bold("a")} accept all ${finding.ruleId}  ${c.bold("s")} skip file  ${c.bold("u")} undo  ${c.bold("q")} quit and write`,
    );
  }
  if (state.note) lines.push("", c.cyan(state.note));
  return lines.join("\n") + "\n";
}

/** The sentence with the change in place: [-removed-]{+inserted+}, or red and green on a colour terminal. */
function sentenceWithChange(source: string, item: ReviewItem, replacement: string | undefined, c: InstanceType<typeof Chalk>, color: boolean): string {
  const { before, after } = sentenceAround(source, item.range);
  const removed = visible(item.original);
  const inserted = replacement === undefined ? "" : visible(replacement);
  let change: string;
  if (replacement === undefined) change = color ? c.bgYellow.black(removed) : `[?${removed}?]`;
  else if (removed === inserted) change = removed;
  else change = (removed ? (color ? c.red.strikethrough(removed) : `[-${removed}-]`) : "") + (inserted ? (color ? c.green.underline(inserted) : `{+${inserted}+}`) : "");
  return visible(before) + change + visible(after);
}
