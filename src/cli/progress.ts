import type { CliIO } from "./context.js";

/** Below this many files a run is quick enough that a bar would only flicker. */
export const PROGRESS_MIN_FILES = 20;
/** Redraw at most this often, so a fast run is not slowed down by the terminal. */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

/** CI services set CI (to true, 1 or a name); their logs are no terminal even when a pseudo-terminal says so. */
export function inCI(env: NodeJS.ProcessEnv): boolean {
  return env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
}

/** "[##########··············] 12/40 news/today.md", cut to the terminal's width. */
export function progressLine(done: number, total: number, label: string, columns: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const line = `[${"#".repeat(filled)}${"·".repeat(BAR_WIDTH - filled)}] ${done}/${total} ${label}`;
  // one column short of the width, so the cursor never wraps to a new line
  const room = Math.max(1, columns - 1);
  return line.length > room ? line.slice(0, room - 1) + "…" : line;
}

/**
 * Runs `work` on each item, showing a progress bar on standard error while it
 * does when there are many items, stderr is a terminal and this is not CI.
 * The bar is drawn over itself with a carriage return and erased at the end
 * (also when `work` throws), so nothing of it stays in the terminal.
 */
export function withProgress<T, R>(items: T[], io: CliIO, label: (item: T) => string, work: (item: T) => R, now: () => number = Date.now): R[] {
  if (!showsProgress(items.length, io)) return items.map(work);
  const columns = io.stderrColumns ?? 80;
  let drawn = -Infinity;
  const results: R[] = [];
  try {
    items.forEach((item, index) => {
      if (now() - drawn >= REDRAW_MS) {
        io.stderr(`\r\x1b[K${progressLine(index, items.length, label(item), columns)}`);
        drawn = now();
      }
      results.push(work(item));
    });
    io.stderr(`\r\x1b[K${progressLine(items.length, items.length, "", columns)}`);
  } finally {
    io.stderr("\r\x1b[K");
  }
  return results;
}

/** Whether a run over this many files shows a bar: many files, a terminal, not CI. */
export function showsProgress(count: number, io: CliIO): boolean {
  return count >= PROGRESS_MIN_FILES && Boolean(io.stderrIsTTY) && !inCI(io.env);
}

/**
 * The bar for work that finishes outside a loop (files done by worker
 * threads): `update` as files are done, `end` erases it.
 */
export function progressBar(total: number, io: CliIO, now: () => number = Date.now): { update(done: number): void; end(): void } {
  if (!showsProgress(total, io)) return { update: () => undefined, end: () => undefined };
  const columns = io.stderrColumns ?? 80;
  let drawn = -Infinity;
  return {
    update(done) {
      if (now() - drawn < REDRAW_MS && done < total) return;
      io.stderr(`\r\x1b[K${progressLine(done, total, "", columns)}`);
      drawn = now();
    },
    end: () => io.stderr("\r\x1b[K"),
  };
}
