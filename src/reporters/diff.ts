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
    for (const part of diffWordsWithSpace(before, after)) {
      if (part.added) body += color ? c.green.underline(part.value) : `{+${part.value}+}`;
      else if (part.removed) body += color ? c.red.strikethrough(part.value) : `[-${part.value}-]`;
      else body += part.value;
    }
    out.push(body.endsWith("\n") ? body.slice(0, -1) : body);
  }
  return out.length ? out.join("\n") + "\n" : "";
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
