// The review's state machine and screen, key by key, without a terminal.
import { describe, expect, it } from "vitest";
import { applyFixes } from "../../src/fix/apply.js";
import { acceptedEdits, conflicts, press, reviewItems, startReview, tally, type Key, type ReviewState } from "../../src/interactive/review.js";
import { renderScreen, sentenceAround } from "../../src/interactive/screen.js";
import { Linter } from "../../src/linter.js";
import type { Finding } from "../../src/types.js";

const linter = new Linter();
const NEWS = "The delegation visited the campus。They met teachers：students and parents.\n\nWechat picture _20230831112840_ Copy.jpg\n\nThe plan is ready and  the work goes on.\n";
const NOTES = "Zhang Jun and his party visited the campus.\nThe the meeting ended at noon，and everyone left.\n";
const files = [
  { name: "news.txt", source: NEWS },
  { name: "notes.txt", source: NOTES },
];

const start = (): ReviewState => startReview(files.flatMap((file, index) => reviewItems(index, file.source, linter.check(file.source))));
const keys = (state: ReviewState, ...sequence: (string | Key)[]): ReviewState =>
  sequence.reduce<ReviewState>((current, key) => press(current, typeof key === "string" ? { sequence: key, name: key.length === 1 ? key : undefined } : key), state);
const output = (state: ReviewState, index: number): string => applyFixes(files[index]!.source, acceptedEdits(state, index), true).output;
const screen = (state: ReviewState): string => renderScreen(state, files, { color: false });

describe("review state machine", () => {
  it("walks every finding in text order, file by file", () => {
    const state = start();
    expect(state.items.map((item) => `${item.file}:${item.finding.ruleId}`)).toEqual([
      "0:fullwidth-punctuation",
      "0:fullwidth-punctuation",
      "0:wechat-image-placeholder",
      "0:double-space",
      "1:his-party-delegation",
      "1:repeated-word",
      "1:fullwidth-punctuation",
    ]);
    expect(state.current).toBe(0);
    expect(state.finished).toBeUndefined();
  });

  it("accept, reject, choose an alternative: the accepted edits go through the applier on the original text", () => {
    const state = keys(start(), "y", "n", "y", "n", "2", "n", "y");
    expect(state.finished).toBe("done");
    expect(output(state, 0)).toBe("The delegation visited the campus. They met teachers：students and parents.\n\nThe plan is ready and  the work goes on.\n");
    expect(output(state, 1)).toBe("Zhang Jun and his entourage visited the campus.\nThe the meeting ended at noon, and everyone left.\n");
    expect(tally(state)).toEqual({ accepted: 4, rejected: 3, overlap: 0, undecided: 0 });
  });

  it("edits a replacement: typing, cursor keys, backspace, Ctrl-U, Enter; Esc goes back without deciding", () => {
    let state = keys(start(), "n", "e");
    expect(state.mode).toEqual({ kind: "edit", buffer: ": ", cursor: 2 });
    state = keys(state, { name: "escape", sequence: "\x1b" });
    expect(state.mode.kind).toBe("choose");
    expect(state.current).toBe(1);
    state = keys(state, "e", { name: "u", ctrl: true }, "x", { name: "backspace" }, ";", " ", "!", { name: "left" }, { name: "backspace" }, { name: "end" });
    expect(state.mode).toEqual({ kind: "edit", buffer: ";!", cursor: 2 });
    state = keys(state, { name: "left" }, { name: "delete" }, " ", { name: "return" });
    expect(state.current).toBe(2);
    expect(output(state, 0)).toContain("teachers; students");
  });

  it("a finding without a replacement can be fixed only by an edit", () => {
    const source = "The school held a meeting on 教育 reform yesterday.\n";
    const items = reviewItems(0, source, linter.check(source));
    expect(items.map((item) => [item.finding.ruleId, item.replacements])).toEqual([["untranslated-chinese", []]]);
    let state = keys(startReview(items), "y");
    expect(state.note).toMatch(/no replacement: press e/);
    expect(state.current).toBe(0);
    state = keys(state, "e");
    expect(state.mode).toEqual({ kind: "edit", buffer: "教育", cursor: 2 });
    state = keys(state, { name: "u", ctrl: true }, ..."education".split(""), { name: "enter" });
    expect(applyFixes(source, acceptedEdits(state, 0), true).output).toBe("The school held a meeting on education reform yesterday.\n");
  });

  it("a: accepts every remaining finding of the rule, in every file", () => {
    const state = keys(start(), "a");
    expect(state.note).toBe("Accepted 3 changes of fullwidth-punctuation.");
    expect(state.current).toBe(2);
    const rest = keys(state, "n", "n", "n", "n");
    expect(rest.finished).toBe("done");
    expect(output(rest, 0)).toContain("campus. They met teachers: students");
    expect(output(rest, 1)).toContain("noon, and");
  });

  it("s: rejects the rest of the file and goes to the next file", () => {
    const state = keys(start(), "y", "s");
    expect(state.current).toBe(4);
    expect(state.items[state.current]!.file).toBe(1);
    expect(tally(state)).toMatchObject({ accepted: 1, rejected: 3 });
  });

  it("u: undoes the last key's decisions, also a whole `a`", () => {
    const state = keys(start(), "y", "a", "u");
    expect(state.current).toBe(1);
    expect(tally(state)).toMatchObject({ accepted: 1, undecided: 6 });
    expect(keys(start(), "u").note).toBe("Nothing to undo.");
  });

  it("q quits with what was accepted; Ctrl-C aborts; both ignore further keys", () => {
    const quit = keys(start(), "y", "q", "y");
    expect(quit.finished).toBe("quit");
    expect(tally(quit)).toMatchObject({ accepted: 1, undecided: 6 });
    expect(output(quit, 0)).toContain("campus. They");
    expect(keys(start(), "y", { name: "c", ctrl: true }).finished).toBe("aborted");
  });

  it("skips findings whose ranges overlap an accepted change, as the applier would defer them", () => {
    const source = "one two three four";
    const finding = (start: number, end: number, replacement: string): Finding => ({
      ruleId: `r${start}`, category: "c", severity: "warning", message: "m", range: [start, end], line: 1, column: start + 1, endLine: 1, endColumn: end + 1,
      fix: { range: [start, end], replacements: [replacement], safety: "suggestion" },
    });
    // "one two" → "1 2"; "two three" overlaps it; "four" does not; an insertion at 8 touches "two three" only
    const items = reviewItems(0, source, [finding(0, 7, "1 2"), finding(4, 13, "2 3"), finding(14, 18, "4"), finding(8, 8, "and ")]);
    const state = keys(startReview(items), "y");
    expect(state.items[state.current]!.finding.ruleId).toBe("r8");
    const done = keys(state, "y", "y");
    expect(done.finished).toBe("done");
    expect(tally(done)).toEqual({ accepted: 3, rejected: 0, overlap: 1, undecided: 0 });
    const { output: text, deferred } = applyFixes(source, acceptedEdits(done, 0), true);
    expect(deferred).toEqual([]);
    expect(text).toBe("1 2 and three 4");
    expect(conflicts([3, 3], [3, 3])).toBe(true);
    expect(conflicts([3, 3], [3, 5])).toBe(false);
    expect(conflicts([4, 4], [3, 5])).toBe(true);
  });
});

describe("review screen", () => {
  it("shows the finding and its sentence with the change marked", () => {
    const text = screen(start());
    expect(text).toContain("Finding 1 of 7  ·  file 1 of 2  ·  accepted 0, rejected 0");
    expect(text).toContain("news.txt:1:34  error  punctuation  fullwidth-punctuation");
    expect(text).toContain("  The delegation visited the campus[-。-]{+. +}They met teachers：students and parents.\n");
    expect(text).toContain("safe fix: 1) “. ”");
    expect(text).toContain("a accept all fullwidth-punctuation");
  });

  it("shows the replacement being edited in the sentence", () => {
    const text = screen(keys(start(), "n", "e", { name: "u", ctrl: true }, ";", " "));
    expect(text).toContain("campus。They met teachers[-：-]{+; +}students and parents.");
    expect(text).toContain("> ; ");
    expect(text).toContain("Enter: accept");
  });

  it("cuts the sentence out of its paragraph, and shows removed lines with visible line breaks", () => {
    const source = "First sentence here. Second has the the error in it. Third one.\n";
    const at = source.indexOf("the the");
    expect(sentenceAround(source, [at, at + 4])).toEqual({ before: "Second has ", after: "the error in it." });
    const wechat = screen(keys(start(), "n", "n"));
    expect(wechat).toContain("[-Wechat picture _20230831112840_ Copy.jpg↵↵-]");
    expect(wechat).toContain("safe fix: 1) (delete)");
  });
});
