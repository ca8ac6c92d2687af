// check reads, checks and reports one file at a time for the formats that
// have a report stream (cli/commands/check.ts, checkStreamed); every other
// run reads all its files first and reports them at the end. The two must
// print the same bytes and exit alike: --jobs 2 (worker threads, so the
// whole path) is the oracle for every streamed run below.
import { readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../src/cli/context.js";
import { streams } from "../src/cli/commands/check.js";
import { LARGE_FROM } from "../src/cli/large/survey.js";
import { PARALLEL_MIN_CHARS, PARALLEL_MIN_FILES } from "../src/cli/parallel/index.js";
import { PROGRESS_MIN_FILES } from "../src/cli/progress.js";
import { runText as run, tempDir } from "./support/cli.js";

const ROOT = new URL("../", import.meta.url).pathname;
const STREAMED = ["compact", "json", "checkstyle", "github", "rdjson"];

/** the built CLI, as a user runs it */
async function check(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return run(["check", "--no-config", ...args]);
}

/** the streamed run and the whole path's (worker threads) */
async function both(args: string[]): Promise<[Awaited<ReturnType<typeof check>>, Awaited<ReturnType<typeof check>>]> {
  return [await check(args), await check(["--jobs", "2", ...args])];
}

// HTML pages, plain texts (one clean), the seed article: errors, warnings and infos
const site = [
  ...readdirSync(join(ROOT, "fixtures/site"), { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".html")).sort().map((name) => join(ROOT, "fixtures/site", name)),
  ...readdirSync(join(ROOT, "fixtures/reports/multi")).sort().map((name) => join(ROOT, "fixtures/reports/multi", name)),
  join(ROOT, "fixtures/seed/input.txt"),
];

describe("check a file at a time: the same report as the whole path", () => {
  it("the site has errors, warnings and a clean file", async () => {
    const { stdout } = await check(["--format", "compact", ...site]);
    expect(stdout).toMatch(/: error /);
    expect(stdout).toMatch(/: warning /);
    expect(stdout).toMatch(/[1-9]\d* warnings/);
  });

  for (const format of STREAMED) {
    for (const options of [[], ["--quiet"], ["--max-warnings", "0"], ["--max-warnings", "100000"]]) {
      it(`${format} ${options.join(" ")}`, async () => {
        const [streamed, whole] = await both(["--format", format, ...options, ...site]);
        expect(streamed).toEqual(whole);
        expect(streamed.stdout.length).toBeGreaterThan(0);
      });
    }

    it(`${format}: files with no findings, and no files left after a skipped one`, async () => {
      const dir = tempDir();
      writeFileSync(join(dir, "clean.txt"), "The team arrived.\n");
      writeFileSync(join(dir, "empty.md"), "");
      writeFileSync(join(dir, "photo.txt"), Buffer.from([0xff, 0xd8, 0, 0, 1]));
      for (const paths of [["clean.txt", "empty.md"], ["photo.txt"], ["clean.txt", "photo.txt", "empty.md"]]) {
        const [streamed, whole] = await both(["--format", format, ...paths.map((name) => join(dir, name))]);
        expect(streamed).toEqual(whole);
        expect(streamed.code).toBe(0);
      }
    });

    it(`${format} --output-file`, async () => {
      const dir = tempDir();
      const [streamed, whole] = [await check(["--format", format, "--output-file", join(dir, "a", "report"), ...site]), await check(["--jobs", "2", "--format", format, "--output-file", join(dir, "b", "report"), ...site])];
      expect(streamed).toEqual(whole);
      expect(streamed.stdout).toBe("");
      expect(readFileSync(join(dir, "a", "report"), "utf8")).toBe(readFileSync(join(dir, "b", "report"), "utf8"));
      expect(readFileSync(join(dir, "a", "report"), "utf8")).toBe((await check(["--format", format, ...site])).stdout);
    });
  }

  it("a file that cannot be read, after others were checked: only the error, as the whole path", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "photo.txt"), Buffer.from([0xff, 0xd8, 0, 0, 1]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("caf\xe9 au lait\n", "latin1"));
    const broken = [join(dir, "missing.md"), join(dir, "photo.txt"), join(dir, "latin1.txt")];
    for (const last of broken) {
      for (const format of STREAMED) {
        const [streamed, whole] = await both(["--format", format, ...site, join(dir, "photo.txt"), last]);
        expect(streamed).toEqual(whole);
        if (last !== broken[1]) {
          expect(streamed.stdout).toBe("");
          expect(streamed.code).toBeGreaterThan(1);
        }
      }
    }
  });

  it("an error checking the first file gives way to a read error later on, as on the whole path", async () => {
    const dir = tempDir();
    const bad = ["--rule", "fullwidth-punctuation=loud", "--format", "compact"];
    const [streamed, whole] = await both([...bad, ...site, join(dir, "missing.md")]);
    expect(streamed).toEqual(whole);
    expect(streamed.stderr).toMatch(/missing\.md/);
    const [alone, wholeAlone] = await both([...bad, ...site]);
    expect(alone).toEqual(wholeAlone);
    expect(alone.stderr).toMatch(/--rule expects/);
  });
});

describe("which runs are checked a file at a time", () => {
  const io: CliIO = { stdout: () => {}, stderr: () => {}, readStdin: () => Buffer.alloc(0), stdoutIsTTY: false, env: {} };
  const files = site.map((path) => ({ path }));

  it("a few small files in one thread; not with --stats, --source, worker threads, a bad --jobs or a progress bar", () => {
    expect(streams(files, { format: "compact" }, io)).toBe(true);
    expect(streams(files, { format: "json", jobs: "1" }, io)).toBe(true);
    expect(streams(files, { format: "compact", stats: true }, io)).toBe(false);
    expect(streams(files, { format: "compact", source: "{dir}/{stem}.zh{ext}" }, io)).toBe(false);
    expect(streams(files, { format: "compact", jobs: "2" }, io)).toBe(false);
    expect(streams(files, { format: "compact", jobs: "two" }, io)).toBe(false);
    const many = Array.from({ length: PROGRESS_MIN_FILES }, () => files[0]!);
    expect(streams(many, { format: "compact" }, io)).toBe(true);
    expect(streams(many, { format: "compact" }, { ...io, stderrIsTTY: true })).toBe(false);
  });

  it("not with a large file, nor with files enough for worker threads", () => {
    const dir = tempDir();
    // sparse files: sizes on disk without the bytes
    const sized = (name: string, size: number): { path: string } => {
      writeFileSync(join(dir, name), "");
      truncateSync(join(dir, name), size);
      return { path: join(dir, name) };
    };
    expect(streams([...files, sized("large.txt", LARGE_FROM)], { format: "compact" }, io)).toBe(false);
    expect(streams([...files, sized("below.txt", LARGE_FROM - 1)], { format: "compact" }, io)).toBe(true);
    const count = Math.max(PARALLEL_MIN_FILES, Math.ceil(PARALLEL_MIN_CHARS / (LARGE_FROM - 1)));
    const heavy = Array.from({ length: count }, (_, i) => sized(`part-${i}.txt`, LARGE_FROM - 1));
    // (one core: one thread whatever the size)
    expect(streams(heavy, { format: "compact" }, io)).toBe(availableParallelism() === 1);
    expect(streams(heavy, { format: "compact", jobs: "1" }, io)).toBe(true);
  });
});
