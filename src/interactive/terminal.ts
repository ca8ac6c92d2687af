// The terminal side of the interactive review: raw-mode keys in, screens out.
// All decisions are made by the state machine in review.ts.
import { emitKeypressEvents } from "node:readline";
import type { Key, ReviewState } from "./review.js";
import { press } from "./review.js";

/** What the review needs of a terminal; tests can pass their own. */
export interface ReviewTerminal {
  /** calls `onKey` for each key press until the returned function is called */
  listen(onKey: (key: Key) => void): () => void;
  /** calls `onResize` when the window changes size until the returned function is called */
  onResize(onResize: () => void): () => void;
  write(text: string): void;
}

// the alternate screen keeps the user's scrollback as it was; the summary goes to the normal screen after
const ENTER = "\x1b[?1049h\x1b[?25l";
const LEAVE = "\x1b[?25h\x1b[?1049l";
const CLEAR = "\x1b[H\x1b[2J";

/** The process's terminal, or undefined when standard input or output is not one. */
export function processTerminal(): ReviewTerminal | undefined {
  const { stdin, stdout } = process;
  if (!stdin.isTTY || !stdout.isTTY) return undefined;
  return {
    listen(onKey) {
      emitKeypressEvents(stdin);
      stdin.setRawMode(true);
      stdin.resume();
      const handler = (sequence: string | undefined, key: Key | undefined): void => onKey(key ?? { sequence });
      stdin.on("keypress", handler);
      return () => {
        stdin.off("keypress", handler);
        stdin.setRawMode(false);
        stdin.pause();
      };
    },
    onResize(onResize) {
      stdout.on("resize", onResize);
      return () => void stdout.off("resize", onResize);
    },
    write: (text) => void stdout.write(text),
  };
}

/**
 * Shows the review on the terminal's alternate screen and feeds it key
 * presses until it is finished; resolves with the final state. The terminal
 * is restored however the review ends.
 */
export function runReview(initial: ReviewState, terminal: ReviewTerminal, render: (state: ReviewState) => string): Promise<ReviewState> {
  if (initial.finished) return Promise.resolve(initial);
  return new Promise((resolve, reject) => {
    let state = initial;
    const draw = (): void => terminal.write(CLEAR + render(state));
    let stopKeys = (): void => {};
    let stopResize = (): void => {};
    const finish = (error?: unknown): void => {
      stopKeys();
      stopResize();
      terminal.write(LEAVE);
      if (error) reject(error);
      else resolve(state);
    };
    terminal.write(ENTER);
    try {
      stopResize = terminal.onResize(draw);
      stopKeys = terminal.listen((key) => {
        try {
          state = press(state, key);
          if (state.finished) finish();
          else draw();
        } catch (error) {
          finish(error);
        }
      });
      draw();
    } catch (error) {
      finish(error);
    }
  });
}
