// The interactive review as a pure state machine: findings and key presses in,
// decisions out. No terminal here, so every key sequence can be unit-tested;
// terminal.ts feeds it real keys and screen.ts draws its state.
import type { Finding } from "../types.js";

/** One finding to decide on, with the edit it would make on its file's original text. */
export interface ReviewItem {
  /** index of the file in the review */
  file: number;
  finding: Finding;
  /** the range the edit replaces: the fix's range, or the finding's own for a finding without a fix */
  range: [number, number];
  /** the text in that range now */
  original: string;
  /** the fix's replacements, best first; empty when the finding only reports (then only an edit can fix it) */
  replacements: string[];
}

export type Decision =
  | { kind: "accepted"; text: string }
  | { kind: "rejected" }
  /** rejected with the rest of its file (s) */
  | { kind: "file-skipped" }
  /** never shown: its range overlaps a change accepted before it */
  | { kind: "overlap" };

export type Mode = { kind: "choose" } | { kind: "edit"; buffer: string; cursor: number };

export interface ReviewState {
  items: readonly ReviewItem[];
  decisions: readonly (Decision | undefined)[];
  /** the item on screen; items.length once every item is decided */
  current: number;
  mode: Mode;
  /** a one-line note for the user about the last key */
  note?: string;
  /** set when the review is over: every item decided, q pressed, or Ctrl-C (nothing is written) */
  finished?: "done" | "quit" | "aborted";
  /** earlier states, for undo */
  history: readonly Snapshot[];
}

type Snapshot = Pick<ReviewState, "decisions" | "current">;

/** What readline's keypress events give: a name for special keys, the typed sequence for the rest. */
export interface Key {
  name?: string;
  sequence?: string;
  ctrl?: boolean;
  meta?: boolean;
}

/** Whether two edits cannot both be applied: overlapping ranges, or two insertions at one point (as the applier defers them). */
export function conflicts(a: [number, number], b: [number, number]): boolean {
  return (a[0] < b[1] && b[0] < a[1]) || (a[0] === a[1] && b[0] === b[1] && a[0] === b[0]);
}

export function startReview(items: readonly ReviewItem[]): ReviewState {
  const state: ReviewState = { items, decisions: items.map(() => undefined), current: -1, mode: { kind: "choose" }, history: [] };
  return advance(state);
}

/** The next undecided item after the current one, or the end (then the review is done). */
function advance(state: ReviewState): ReviewState {
  let next = state.current + 1;
  while (next < state.items.length && state.decisions[next] !== undefined) next++;
  return { ...state, current: next, mode: { kind: "choose" }, finished: next >= state.items.length ? "done" : undefined };
}

/** Records decisions (index → decision), keeping the state before them for undo, then moves on. */
function decide(state: ReviewState, decisions: Map<number, Decision>, note?: string): ReviewState {
  const next = [...state.decisions];
  for (const [index, decision] of decisions) next[index] = decision;
  return advance({ ...state, decisions: next, note, history: [...state.history, { decisions: state.decisions, current: state.current }] });
}

/**
 * Accepting an item also settles every undecided item of the same file whose
 * range conflicts with it: those are marked as overlaps and never shown.
 */
function acceptance(state: ReviewState, index: number, text: string, into = new Map<number, Decision>()): Map<number, Decision> {
  const item = state.items[index]!;
  into.set(index, { kind: "accepted", text });
  state.items.forEach((other, otherIndex) => {
    if (otherIndex === index || other.file !== item.file || into.has(otherIndex) || state.decisions[otherIndex] !== undefined) return;
    if (conflicts(other.range, item.range)) into.set(otherIndex, { kind: "overlap" });
  });
  return into;
}

export function press(state: ReviewState, key: Key): ReviewState {
  if (state.finished) return state;
  if (key.ctrl && key.name === "c") return { ...state, finished: "aborted" };
  return state.mode.kind === "edit" ? pressInEdit(state, state.mode, key) : pressInChoose(state, key);
}

function pressInChoose(state: ReviewState, key: Key): ReviewState {
  const item = state.items[state.current]!;
  const char = key.ctrl || key.meta ? "" : (key.sequence ?? "");
  if (/^[1-9]$/.test(char)) {
    const text = item.replacements[Number(char) - 1];
    if (text === undefined) return { ...state, note: `There is no replacement ${char}.` };
    return decide(state, acceptance(state, state.current, text));
  }
  switch (char) {
    case "y":
      if (item.replacements.length === 0) return { ...state, note: "This finding has no replacement: press e to write one, or n to leave it." };
      return decide(state, acceptance(state, state.current, item.replacements[0]!));
    case "n":
      return decide(state, new Map([[state.current, { kind: "rejected" }]]));
    case "e": {
      const buffer = item.replacements[0] ?? item.original;
      return { ...state, note: undefined, mode: { kind: "edit", buffer, cursor: buffer.length } };
    }
    case "a":
      return acceptRule(state, item);
    case "s": {
      const skipped = new Map<number, Decision>();
      state.items.forEach((other, index) => {
        if (other.file === item.file && state.decisions[index] === undefined) skipped.set(index, { kind: "file-skipped" });
      });
      return decide(state, skipped);
    }
    case "u": {
      const previous = state.history[state.history.length - 1];
      if (!previous) return { ...state, note: "Nothing to undo." };
      return { ...state, ...previous, mode: { kind: "choose" }, note: undefined, history: state.history.slice(0, -1) };
    }
    case "q":
      return { ...state, finished: "quit" };
    default:
      return { ...state, note: "Keys: y accept, 1-9 choose, n reject, e edit, a accept all of this rule, s skip file, u undo, q quit." };
  }
}

/** a: accepts this item and every later undecided one of the same rule that has a replacement and fits. */
function acceptRule(state: ReviewState, item: ReviewItem): ReviewState {
  if (item.replacements.length === 0) return { ...state, note: "This finding has no replacement: press e to write one, or n to leave it." };
  const decisions = acceptance(state, state.current, item.replacements[0]!);
  let count = 1;
  state.items.forEach((other, index) => {
    if (index <= state.current || other.finding.ruleId !== item.finding.ruleId || other.replacements.length === 0) return;
    if (state.decisions[index] !== undefined || decisions.has(index)) return;
    acceptance(state, index, other.replacements[0]!, decisions);
    count++;
  });
  return decide(state, decisions, `Accepted ${count} change${count === 1 ? "" : "s"} of ${item.finding.ruleId}.`);
}

function pressInEdit(state: ReviewState, mode: Extract<Mode, { kind: "edit" }>, key: Key): ReviewState {
  const { buffer, cursor } = mode;
  const edit = (next: string, at: number): ReviewState => ({ ...state, mode: { kind: "edit", buffer: next, cursor: at } });
  if (key.ctrl) {
    if (key.name === "a") return edit(buffer, 0);
    if (key.name === "e") return edit(buffer, buffer.length);
    if (key.name === "u") return edit("", 0);
    return state;
  }
  switch (key.name) {
    case "return":
    case "enter":
      return decide(state, acceptance(state, state.current, buffer));
    case "escape":
      return { ...state, mode: { kind: "choose" }, note: "Edit cancelled." };
    case "backspace":
      return cursor === 0 ? state : edit(buffer.slice(0, cursor - 1) + buffer.slice(cursor), cursor - 1);
    case "delete":
      return edit(buffer.slice(0, cursor) + buffer.slice(cursor + 1), cursor);
    case "left":
      return edit(buffer, Math.max(0, cursor - 1));
    case "right":
      return edit(buffer, Math.min(buffer.length, cursor + 1));
    case "home":
      return edit(buffer, 0);
    case "end":
      return edit(buffer, buffer.length);
  }
  const typed = key.meta ? "" : (key.sequence ?? "");
  // printable text only: control characters and escape sequences of unknown keys are ignored
  if (typed === "" || /[\u0000-\u001f\u007f]/.test(typed)) return state;
  return edit(buffer.slice(0, cursor) + typed + buffer.slice(cursor), cursor + typed.length);
}

/** The accepted edits of one file, as findings whose fix is the chosen text: ready for the applier. */
export function acceptedEdits(state: ReviewState, file: number): Finding[] {
  const edits: Finding[] = [];
  state.items.forEach((item, index) => {
    const decision = state.decisions[index];
    if (item.file !== file || decision?.kind !== "accepted") return;
    edits.push({ ...item.finding, fix: { range: item.range, replacements: [decision.text], safety: "safe" } });
  });
  return edits;
}

/** How many items ended which way, for the closing summary. */
export function tally(state: ReviewState): { accepted: number; rejected: number; overlap: number; undecided: number } {
  const count = (kind: Decision["kind"]): number => state.decisions.filter((decision) => decision?.kind === kind).length;
  return {
    accepted: count("accepted"),
    rejected: count("rejected") + count("file-skipped"),
    overlap: count("overlap"),
    undecided: state.decisions.filter((decision) => decision === undefined).length,
  };
}

/** The review items of one file, in text order. */
export function reviewItems(file: number, source: string, findings: Finding[]): ReviewItem[] {
  return findings
    .map((finding) => {
      const range: [number, number] = finding.fix ? finding.fix.range : finding.range;
      return { file, finding, range, original: source.slice(range[0], range[1]), replacements: finding.fix?.replacements ?? [] };
    })
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}
