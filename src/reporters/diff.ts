import { Chalk } from "chalk";
import { createTwoFilesPatch, diffWordsWithSpace } from "diff";

/** One file's text before and after fixing. */
export interface FileChange {
  path: string;
  before: string;
  after: string;
}

/**
 * The fixed text with each change shown in place: on a colour terminal as red
 * (deleted) and green (inserted) text, elsewhere with wdiff's [-old-]{+new+}
 * markers, so the output reads as the cleaned article and its diff at once.
 */
export function wordDiff(changes: FileChange[], { color }: { color: boolean }): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const { path, before, after } of changes) {
    if (before === after) continue;
    out.push(c.bold(`--- ${path}`));
    let body = "";
    for (const change of wordChanges(before, after)) {
      if (typeof change === "string") {
        body += change;
        continue;
      }
      if (change.removed) body += color ? c.red.strikethrough(change.removed) : `[-${change.removed}-]`;
      if (change.added) body += color ? c.green.underline(change.added) : `{+${change.added}+}`;
    }
    out.push(body.endsWith("\n") ? body.slice(0, -1) : body);
  }
  return out.length ? out.join("\n") + "\n" : "";
}

/** One change of a word diff: the text removed and the text put in its place (either may be empty). */
export interface Replacement {
  removed: string;
  added: string;
}

/** The word diff of two texts: unchanged runs as strings, changes as replacements (neighbouring word changes joined). */
export function wordChanges(before: string, after: string): (string | Replacement)[] {
  return coalesce(diffWordsWithSpace(before, after));
}

/**
 * Joins word changes separated only by spaces into one replacement, so that
 * "adhere to the teacher-student center" → "put teachers and students first"
 * reads as one change instead of five interleaved word swaps.
 */
function coalesce(parts: { value: string; added?: boolean; removed?: boolean }[]): (string | Replacement)[] {
  const out: (string | Replacement)[] = [];
  let pending: Replacement | undefined;
  let gap = "";
  const flush = (): void => {
    if (pending) out.push(pending);
    if (gap) out.push(gap);
    pending = undefined;
    gap = "";
  };
  for (const part of parts) {
    if (part.added || part.removed) {
      if (pending && gap) {
        pending.removed += gap;
        pending.added += gap;
        gap = "";
      } else if (!pending) {
        flush();
        pending = { removed: "", added: "" };
      }
      if (part.added) pending!.added += part.value;
      else pending!.removed += part.value;
    } else if (pending && /^[ \t]+$/.test(part.value)) {
      gap += part.value;
    } else {
      flush();
      out.push(part.value);
    }
  }
  flush();
  return out;
}

/** A unified diff with a/ and b/ prefixes, which `git apply` and `patch -p1` accept. */
export function unifiedPatch(changes: FileChange[]): string {
  return changes
    .filter(({ before, after }) => before !== after)
    .map(({ path, before, after }) => {
      const name = path.replace(/\\/g, "/").replace(/^\.\//, "");
      const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
      // drop the "===" banner line that createTwoFilesPatch puts first; git expects the headers
      return `diff --git a/${name} b/${name}\n` + patch.split("\n").slice(1).join("\n");
    })
    .join("");
}
