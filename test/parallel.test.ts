// Worker threads: a run over many files gives exactly what one thread gives,
// in the same order, whatever thread finishes first.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chunksOf, threadsFor, PARALLEL_MIN_CHARS, PARALLEL_MIN_FILES } from "../src/cli/parallel/index.js";

const BIN = new URL("../bin/mtclean.js", import.meta.url).pathname;
const SEED = readFileSync(new URL("../fixtures/seed/input.txt", import.meta.url), "utf8");
const NEWS = readFileSync(new URL("../../shared/corpus/english/ntrex128_newstest2019_en.txt", import.meta.url), "utf8").split("\n");

function run(args: string[], cwd?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? "" }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Files of very different sizes (so threads finish out of order), some with MT leftovers. */
function corpus(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), "mtclean-parallel-"));
  for (let i = 0; i < count; i++) {
    const lines = NEWS.slice((i * 37) % 1500, ((i * 37) % 1500) + 1 + ((i * 13) % 60));
    const text = (i % 3 === 0 ? SEED + "\n" : "") + lines.join("\n\n") + (i % 5 === 0 ? "\nThe the campus。In the school.\n" : "\n");
    writeFileSync(join(dir, `file-${String(i).padStart(3, "0")}.txt`), text);
  }
  return dir;
}

const files = (dir: string): string[] => readdirSync(dir).sort().map((name) => join(dir, name));

describe("--jobs", () => {
  it("check gives the same report with 1 and 3 threads", () => {
    const dir = corpus(40);
    const one = run(["check", "--no-config", "--format", "json", "--jobs", "1", ...files(dir)]);
    const three = run(["check", "--no-config", "--format", "json", "--jobs", "3", ...files(dir)]);
    expect(three.stderr).toBe("");
    expect(JSON.parse(one.stdout).length).toBe(40);
    expect(JSON.parse(one.stdout).some((file: { findings: unknown[] }) => file.findings.length > 0)).toBe(true);
    expect(three.stdout).toBe(one.stdout);
    expect(three.code).toBe(one.code);
  });

  it("fix --write and diff give the same files and patch with 1 and 2 threads", () => {
    const a = corpus(30);
    const b = corpus(30);
    expect(run(["diff", "--no-config", "--format", "patch", "--jobs", "2", ...files(a)], a).stdout).toBe(run(["diff", "--no-config", "--format", "patch", "--jobs", "1", ...files(a)], a).stdout);
    const one = run(["fix", "--no-config", "--write", "--unsafe", "--jobs", "1", ...files(a)]);
    const two = run(["fix", "--no-config", "--write", "--unsafe", "--jobs", "2", ...files(b)]);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/fixed [1-9]\d* of 30 files/);
    expect(files(b).map((file) => readFileSync(file, "utf8"))).toEqual(files(a).map((file) => readFileSync(file, "utf8")));
  });

  it("refuses a value that is not a number of threads", () => {
    const result = run(["check", "--jobs", "0", "-"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("--jobs expects a whole number");
  });

  // workers start before the files are read (prestartWorkers): a run that
  // stops at reading, or that turns out to need fewer threads, must end as before
  it("a run that stops while its workers start ends at once, with its error", () => {
    const dir = corpus(10);
    const started = Date.now();
    const result = run(["check", "--no-config", "--format", "compact", "--jobs", "3", ...files(dir), join(dir, "missing.txt")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("missing.txt");
    expect(result.stdout).toBe("");
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("without the built-in dictionaries, and with more threads than files, the report is the one of one thread", () => {
    const dir = corpus(3);
    const dictionary = join(dir, "mine.yml");
    writeFileSync(dictionary, "category: phrasing\nentries:\n  - id: my-term\n    match: the campus\n    replace: the school\n    message: Say school.\n    examples: [{before: the campus, after: the school}]\n    keep: [campus]\n");
    const args = ["check", "--no-config", "--no-builtin", "--dict", dictionary, "--format", "json", ...files(dir).filter((file) => file.endsWith(".txt"))];
    const one = run([...args, "--jobs", "1"]);
    // a run that fails says why here rather than as JSON that does not parse
    expect(one.stderr).toBe("");
    expect(JSON.parse(one.stdout).flatMap((file: { findings: unknown[] }) => file.findings).length).toBeGreaterThan(0);
    expect(run([...args, "--jobs", "8"])).toEqual(one);
  });
});

describe("when threads pay", () => {
  const job = (chars: number) => ({ text: "x".repeat(chars), linter: 0, check: {} });
  it("stays in one thread for a few files or little text, unless --jobs says otherwise", () => {
    expect(threadsFor(Array.from({ length: PARALLEL_MIN_FILES - 1 }, () => job(PARALLEL_MIN_CHARS)), undefined)).toBe(1);
    expect(threadsFor(Array.from({ length: 100 }, () => job(10)), undefined)).toBe(1);
    expect(threadsFor(Array.from({ length: 100 }, () => job(10)), 2)).toBe(2);
    expect(threadsFor([job(10)], 4)).toBe(1);
    // 5 MB in 500 files stays in one thread (two did not pay there, see parallel/index.ts)
    const article = job(10_000);
    expect(threadsFor(Array.from({ length: 500 }, () => article), undefined)).toBe(1);
    const large = job(PARALLEL_MIN_CHARS / PARALLEL_MIN_FILES);
    expect(threadsFor(Array.from({ length: PARALLEL_MIN_FILES }, () => large), undefined)).toBe(Math.min(availableParallelism(), PARALLEL_MIN_FILES));
  });

  it("deals files out in chunks that keep their order and cover every file once", () => {
    const jobs = [job(150_000), job(100_000), ...Array.from({ length: 100 }, () => job(10)), job(500_000)];
    for (const threads of [1, 2, 8]) {
      const chunks = chunksOf(jobs, threads);
      expect(chunks.flatMap((chunk) => chunk.jobs)).toEqual(jobs);
      chunks.forEach((chunk, index) => expect(chunk.first).toBe(index === 0 ? 0 : chunks[index - 1]!.first + chunks[index - 1]!.jobs.length));
      expect(chunks.length).toBeGreaterThan(2);
    }
    // a small run is still cut into several chunks per thread
    expect(chunksOf(Array.from({ length: 40 }, () => job(1000)), 2).length).toBeGreaterThanOrEqual(8);
  });
});
