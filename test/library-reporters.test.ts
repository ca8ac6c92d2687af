// The reporters as the library offers them (README "Library"): the README's
// example runs as written, and every reporter works without its options.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, reporters, type FileResult } from "../src/index.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const DIST = new URL("../dist/index.js", import.meta.url).href;

describe("library reporters", () => {
  it("the README example prints what its comments say (npm test builds dist/ first)", () => {
    const example = [...README.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!).find((code) => code.includes("reporters.compact(results)"));
    expect(example, "README.md has no reporters example").toBeDefined();
    const expected = example!
      .split("\n")
      .filter((line) => line.startsWith("// "))
      .map((line) => `${line.slice(3)}\n`)
      .join("");
    const script = example!.replace('from "mtclean"', `from ${JSON.stringify(DIST)}`);
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(expected);
  });
  it.each(Object.keys(reporters))("reporters.%s works without options", async (name) => {
    const source = "The campus。In the school\n";
    const results: FileResult[] = [{ path: "news.txt", source, findings: await check(source) }];
    expect(reporters[name]!(results)).toContain("news.txt");
  });
  it("stylish colours only when asked", async () => {
    const source = "The campus。In the school\n";
    const results: FileResult[] = [{ path: "news.txt", source, findings: await check(source) }];
    expect(reporters.stylish!(results)).not.toContain("\u001b[");
    expect(reporters.stylish!(results, { color: true })).toContain("\u001b[");
  });
});
